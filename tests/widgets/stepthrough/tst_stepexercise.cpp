// The Step through exercise as a student drives it: Exercise, type the output size, Enter, then
// each output value, Enter to check and Enter to go on; right and wrong answers of the lecture's
// worked example, the products shown, the score, the stage hiding what is asked, and questions
// that follow a random example and pooling.
#include "common/AnswerFeedback.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepExercise.h"
#include "stepthrough/StepThroughWorkspace.h"

#include <QAction>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using convsight::widgets::ConvolutionStage;
using convsight::widgets::StepExercise;
using convsight::widgets::StepThroughWorkspace;
using Phase = StepExercise::Phase;
using Concealed = ConvolutionStage::Concealed;

namespace {

// Visible and not made transparent.
bool shown(const QWidget* widget) {
    const auto* effect = qobject_cast<const QGraphicsOpacityEffect*>(widget->graphicsEffect());
    return widget->isVisible() && (!effect || effect->opacity() > 0.5);
}

} // namespace

class TestStepExercise : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fullPassTypedRight();
    void fullPassWithWrongAnswers();
    void notANumberIsAskedAgain();
    void stageHidesWhatIsAsked();
    void followsARandomExampleAndPooling();
    void leavingShowsEverything();

private:
    // Types `text` into the answer field and presses Enter, as the student does.
    void answer(const QString& text);
    void enter();
    StepThroughWorkspace* workspace_{};
    StepExercise* exercise_{};
};

void TestStepExercise::init() {
    workspace_ = new StepThroughWorkspace;
    workspace_->resize(1280, 680);
    workspace_->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace_));
    exercise_ = workspace_->exercise();
    QVERIFY(exercise_);
    QCOMPARE(exercise_->phase(), Phase::Off);
    QVERIFY(!exercise_->isVisible());
    // The student presses the Exercise button of the playback bar.
    auto* button = workspace_->findChild<QToolButton*>(QStringLiteral("exerciseButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(exercise_->phase(), Phase::Size);
    QVERIFY(exercise_->isVisible());
}

void TestStepExercise::cleanup() {
    delete workspace_;
    workspace_ = nullptr;
}

void TestStepExercise::answer(const QString& text) {
    QLineEdit* edit = exercise_->answerEdit();
    edit->clear();
    // QTest types ASCII only: "−" and "×" come in as a paste would.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestStepExercise::enter() {
    QTest::keyClick(exercise_->answerEdit(), Qt::Key_Return);
}

void TestStepExercise::fullPassTypedRight() {
    ConvolutionStage* stage = workspace_->stage();
    answer(QStringLiteral("2x2"));
    QCOMPARE(exercise_->phase(), Phase::Revealed);
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("Right")));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("w' = ")));
    const QString typed[] = {QStringLiteral("-4"), QStringLiteral("\u22123"), QStringLiteral("3"),
                             QStringLiteral("-8")};
    for (int i = 0; i < 4; ++i) {
        enter(); // on to the next value
        QCOMPARE(exercise_->phase(), Phase::Value);
        QCOMPARE(exercise_->askedStep(), i);
        QCOMPARE(stage->step(), i);
        QCOMPARE(stage->concealed(), Concealed::CurrentValue);
        answer(typed[i]);
        QCOMPARE(exercise_->phase(), Phase::Revealed);
        const QString feedback = exercise_->feedbackLabel()->text();
        QVERIFY2(feedback.contains(QStringLiteral("Right")), qPrintable(feedback));
        // The products as the stage writes them.
        QVERIFY2(feedback.contains(stage->expressionText()), qPrintable(feedback));
        QCOMPARE(stage->concealed(), Concealed::Nothing);
    }
    QCOMPARE(exercise_->scoreText(), QStringLiteral("5 of 5 right"));
    QVERIFY(exercise_->scoreLabel()->text().contains(QStringLiteral("5 of 5 right")));
    enter();
    QCOMPARE(exercise_->phase(), Phase::Finished);
    QVERIFY(exercise_->questionLabel()->text().contains(QStringLiteral("5 of 5 right")));
    // Enter again: another pass, the score kept.
    enter();
    QCOMPARE(exercise_->phase(), Phase::Size);
    QCOMPARE(exercise_->scoreText(), QStringLiteral("5 of 5 right"));
}

void TestStepExercise::fullPassWithWrongAnswers() {
    answer(QStringLiteral("3\u00d73"));
    QCOMPARE(exercise_->phase(), Phase::Revealed);
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("Not quite")));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("2\u00d72")));
    // The slide's printed bottom row (2, −9) against the exact 3, −8.
    const QString typed[] = {QStringLiteral("-4"), QStringLiteral("-3"), QStringLiteral("2"),
                             QStringLiteral("-9")};
    const bool right[] = {true, true, false, false};
    for (int i = 0; i < 4; ++i) {
        enter();
        answer(typed[i]);
        const QString feedback = exercise_->feedbackLabel()->text();
        QCOMPARE(feedback.contains(QStringLiteral("Right")), right[i]);
        QCOMPARE(feedback.contains(QStringLiteral("Not quite")), !right[i]);
        QVERIFY(feedback.contains(workspace_->stage()->expressionText()));
    }
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("you typed \u22129")));
    QVERIFY(exercise_->feedbackLabel()->text().contains(
        QStringLiteral("1\u00d7(\u22121) + 4\u00d7(\u22121) = \u22128")));
    QCOMPARE(exercise_->scoreText(), QStringLiteral("2 of 5 right"));
    using convsight::course::QuestionKind;
    QCOMPARE(exercise_->score().right(QuestionKind::OutputSize), 0);
    QCOMPARE(exercise_->score().right(QuestionKind::OutputValue), 2);
    QCOMPARE(exercise_->score().asked(QuestionKind::OutputValue), 4);
}

void TestStepExercise::notANumberIsAskedAgain() {
    answer(QStringLiteral("two"));
    QCOMPARE(exercise_->phase(), Phase::Size);
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("3×3")));
    answer(QStringLiteral("2x2"));
    enter();
    answer(QStringLiteral("minus four"));
    QCOMPARE(exercise_->phase(), Phase::Value);
    QCOMPARE(exercise_->askedStep(), 0);
    QCOMPARE(exercise_->scoreText(), QStringLiteral("1 of 1 right"));
}

void TestStepExercise::stageHidesWhatIsAsked() {
    ConvolutionStage* stage = workspace_->stage();
    auto* formula = workspace_->findChild<QLabel*>(QStringLiteral("formulaLabel"));
    auto* counter = workspace_->findChild<QLabel*>(QStringLiteral("stepCounter"));
    QVERIFY(formula && counter);
    // The size formula and "Step 1 of 4" would give the size away.
    QCOMPARE(stage->concealed(), Concealed::OutputSize);
    QVERIFY(!shown(formula));
    QVERIFY(!shown(counter));
    const QSize size(900, 500);
    const QImage sizeHidden = stage->renderFrame(size, 0);
    answer(QStringLiteral("2x2"));
    QVERIFY(shown(formula));
    QVERIFY(shown(counter));
    const QImage shown = stage->renderFrame(size, 0);
    QVERIFY(sizeHidden != shown);
    enter();
    QCOMPARE(stage->concealed(), Concealed::CurrentValue);
    const QImage valueHidden = stage->renderFrame(size, 0);
    QVERIFY(valueHidden != shown);
    QVERIFY(valueHidden != sizeHidden);
    // The student moves the window: the question follows it.
    workspace_->stepForward();
    QCOMPARE(exercise_->askedStep(), 1);
    QVERIFY(exercise_->questionLabel()->text().contains(QStringLiteral("row 1, column 2")));
    answer(QStringLiteral("-3"));
    QCOMPARE(exercise_->scoreText(), QStringLiteral("2 of 2 right"));
}

void TestStepExercise::followsARandomExampleAndPooling() {
    answer(QStringLiteral("2x2"));
    enter();
    // New random values of the same size: the question stays at its position, checked against
    // the new trace.
    workspace_->randomFill();
    QCOMPARE(exercise_->phase(), Phase::Value);
    const auto trace = workspace_->stage()->trace();
    const int step = exercise_->askedStep();
    const double value = trace->step(step).activated;
    answer(QString::fromStdString(convsight::course::shown_value(value)));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("Right")));

    // Max pooling with the same window: a new pass, size first.
    workspace_->setMode(StepThroughWorkspace::Mode::MaxPooling);
    QCOMPARE(exercise_->phase(), Phase::Size);
    const auto pool = workspace_->stage()->poolTrace();
    QVERIFY(pool);
    answer(QStringLiteral("%1x%2").arg(pool->output_height()).arg(pool->output_width()));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("Right")));
    enter();
    answer(QString::fromStdString(convsight::course::shown_value(pool->step(0).result) + "1"));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("Not quite")));
    QVERIFY(exercise_->feedbackLabel()->text().contains(QStringLiteral("max(")));
    QCOMPARE(exercise_->scoreText(), QStringLiteral("3 of 4 right"));
}

void TestStepExercise::leavingShowsEverything() {
    auto* formula = workspace_->findChild<QLabel*>(QStringLiteral("formulaLabel"));
    exercise_->exerciseAction()->trigger();
    QCOMPARE(exercise_->phase(), Phase::Off);
    QVERIFY(!exercise_->isVisible());
    QCOMPARE(workspace_->stage()->concealed(), Concealed::Nothing);
    QVERIFY(shown(formula));
    // The shortcut brings it back, with a fresh score.
    QTest::keyClick(workspace_, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(exercise_->phase(), Phase::Size);
    QCOMPARE(exercise_->scoreText(), QStringLiteral("No questions answered yet"));
}

QTEST_MAIN(TestStepExercise)
#include "tst_stepexercise.moc"
