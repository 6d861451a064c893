// "Which kernel made this output?" as a student answers it in the Filter workspace: the button
// starts a question, the kernel editor and the pixel read-out are hidden while the output is
// filtered with the drawn preset, four choices are offered, a right and a wrong click are marked,
// the kernel is revealed and the score counts.
#include "common/AnswerFeedback.h"
#include "common/ImageView.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "filter/KernelQuiz.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <opencv2/core.hpp>

using convsight::widgets::FilterWorkspace;
using convsight::widgets::KernelQuiz;

namespace {

// The mouse over image pixel (20, 20) of `view`, no button held.
void hover(convsight::widgets::ImageView* view) {
    const QPointF at = view->imageToWidget(QPointF(20.5, 20.5));
    QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view, &move);
}

} // namespace

class TestKernelQuiz : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void questionHidesTheKernel();
    void rightThenWrong();
    void leavingShowsTheKernel();
    void hoverDoesNotOutlineTheKernel();

private:
    FilterWorkspace* workspace_{};
    KernelQuiz* quiz_{};
};

void TestKernelQuiz::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
}

void TestKernelQuiz::init() {
    workspace_ = new FilterWorkspace;
    workspace_->resize(1280, 680);
    cv::Mat image(40, 48, CV_8UC3);
    cv::RNG rng(14);
    rng.fill(image, cv::RNG::UNIFORM, 0, 256);
    QVERIFY(workspace_->loadImage(image, QStringLiteral("noise.png")));
    workspace_->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace_));
    quiz_ = workspace_->kernelQuiz();
    QVERIFY(quiz_);
    QVERIFY(!quiz_->isVisible());
    quiz_->setSeed(2026);
    auto* button = workspace_->findChild<QToolButton*>(QStringLiteral("kernelQuizButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(quiz_->isActive());
    QVERIFY(quiz_->isAsking());
}

void TestKernelQuiz::cleanup() {
    delete workspace_;
    workspace_ = nullptr;
}

void TestKernelQuiz::questionHidesTheKernel() {
    const auto& question = *quiz_->question();
    // The same question as the core draws for this seed.
    const std::string& id = convsight::course::random_preset_id(2026);
    const auto expected = convsight::course::which_kernel_question(id, 2026);
    QCOMPARE(question.answer, expected.answer);
    QCOMPARE(question.choices[static_cast<std::size_t>(question.answer)].id, id);
    // The editor holds the preset and the output is filtered with it, but neither the editor nor
    // the pixel read-out is on screen.
    QCOMPARE(workspace_->kernelEditor()->presetId(), QString::fromStdString(id));
    QTRY_VERIFY(!workspace_->isFiltering());
    QVERIFY(!workspace_->result().output.empty());
    QVERIFY(!workspace_->kernelEditor()->isVisible());
    QVERIFY(!workspace_->findChild<QLabel*>(QStringLiteral("pixelExplanation"))->isVisible());
    QVERIFY(workspace_->outputView()->isVisible());
    QCOMPARE(quiz_->choiceButtons().size(), 4);
    for (int i = 0; i < 4; ++i) {
        QPushButton* button = quiz_->choiceButtons()[i];
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(),
                 QString::fromStdString(question.choices[static_cast<std::size_t>(i)].name));
    }
}

void TestKernelQuiz::rightThenWrong() {
    const int answer = quiz_->question()->answer;
    QTest::mouseClick(quiz_->choiceButtons()[answer], Qt::LeftButton);
    QVERIFY(!quiz_->isAsking());
    QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("Right")));
    QCOMPARE(quiz_->feedbackLabel()->tone(), convsight::widgets::AnswerFeedback::Tone::Right);
    QVERIFY(workspace_->kernelEditor()->isVisible()); // revealed
    for (QPushButton* button : quiz_->choiceButtons())
        QVERIFY(!button->isEnabled());
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 1 right"));

    auto* next = quiz_->findChild<QPushButton*>(QStringLiteral("kernelQuizNext"));
    QVERIFY(next && next->isVisible());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(quiz_->isAsking());
    QVERIFY(!workspace_->kernelEditor()->isVisible());
    const auto& question = *quiz_->question();
    QCOMPARE(
        workspace_->kernelEditor()->presetId(),
        QString::fromStdString(question.choices[static_cast<std::size_t>(question.answer)].id));
    const int wrong = (question.answer + 1) % 4;
    QTest::mouseClick(quiz_->choiceButtons()[wrong], Qt::LeftButton);
    QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("Not quite")));
    QVERIFY(
        quiz_->feedbackLabel()->text().contains(quiz_->choiceButtons()[question.answer]->text()));
    QCOMPARE(quiz_->feedbackLabel()->tone(), convsight::widgets::AnswerFeedback::Tone::Wrong);
    QVERIFY(workspace_->kernelEditor()->isVisible());
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 2 right"));
    // A click after the answer changes nothing.
    quiz_->choose(question.answer);
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 2 right"));
}

void TestKernelQuiz::leavingShowsTheKernel() {
    quiz_->quizAction()->trigger();
    QVERIFY(!quiz_->isActive());
    QVERIFY(!quiz_->isVisible());
    QVERIFY(workspace_->kernelEditor()->isVisible());
    QVERIFY(workspace_->findChild<QLabel*>(QStringLiteral("pixelExplanation"))->isVisible());
}

void TestKernelQuiz::hoverDoesNotOutlineTheKernel() {
    // The window drawn over a hovered pixel would show the kernel's size: not while asking.
    QTRY_VERIFY(!workspace_->isFiltering());
    hover(workspace_->outputView());
    QVERIFY(workspace_->inputView()->highlight().isNull());
    QVERIFY(workspace_->outputView()->highlight().isNull());
    quiz_->choose(0);
    hover(workspace_->outputView());
    const QRect window = workspace_->inputView()->highlight();
    QCOMPARE(window.width(), workspace_->kernelEditor()->kernelColumns());
    QCOMPARE(window.height(), workspace_->kernelEditor()->kernelRows());
    // The next question clears it.
    quiz_->ask();
    QVERIFY(workspace_->inputView()->highlight().isNull());
}

QTEST_MAIN(TestKernelQuiz)
#include "tst_kernelquiz.moc"
