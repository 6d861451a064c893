// "Which class will it confuse most?" in the Inspect workspace of the main window, on a network
// trained for one epoch on synthetic shapes: with "Predict first" on, opening the Confusion tab
// evaluates the test set and asks before the matrix shows; a wrong answer, then a right one,
// each reveals the matrix; the answers agree with the evaluated counts.
#include "MainWindow.h"
#include "common/AnswerFeedback.h"
#include "common/TrainingSession.h"
#include "course/Exercise.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ConfusionQuiz.h"
#include "inspect/InspectWorkspace.h"
#include "train/TrainWorkspace.h"

#include <QComboBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <memory>

using convsight::app::MainWindow;
using convsight::widgets::AnswerFeedback;
using convsight::widgets::InspectWorkspace;
using convsight::widgets::TrainingSession;

class TestInspectQuiz : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void askedBeforeTheMatrixOpens();

private:
    std::unique_ptr<MainWindow> window_;
};

void TestInspectQuiz::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    convsight::widgets::TrainWorkspace* train = window_->trainWorkspace();
    QTRY_COMPARE(train->datasetSpec(), QStringLiteral("shapes"));
    train->epochsBox()->setValue(1);
    train->start();
    // A minute here, three under the sanitizers on a busy machine: QTRY waits no longer than it
    // must.
    QTRY_COMPARE_WITH_TIMEOUT(window_->trainingSession()->state(), TrainingSession::State::Finished,
                              180000);
    window_->showWorkspace(MainWindow::Workspace::Inspect);
}

void TestInspectQuiz::cleanupTestCase() {
    window_.reset();
}

void TestInspectQuiz::askedBeforeTheMatrixOpens() {
    InspectWorkspace* inspect = window_->inspectWorkspace();
    convsight::widgets::ConfusionQuiz* quiz = inspect->confusionQuiz();
    QVERIFY(quiz);
    auto* matrixScroll = inspect->findChild<QScrollArea*>(QStringLiteral("confusionScroll"));
    QVERIFY(matrixScroll);
    QSignalSpy evaluated(inspect, &InspectWorkspace::evaluated);
    inspect->tabs()->setCurrentIndex(1); // looking at it evaluates the test set
    QTest::mouseClick(quiz->findChild<QToolButton*>(QStringLiteral("confusionQuizButton")),
                      Qt::LeftButton);
    QVERIFY(quiz->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 30000);
    const convsight::nn::Evaluation& evaluation = inspect->confusionMatrix()->evaluation();
    const int worst = convsight::course::class_with_most_mistakes(evaluation.confusion);
    if (worst < 0)
        QSKIP("the network made no mistakes on the test set: nothing to ask");
    QVERIFY(quiz->isAsking());
    QCOMPARE(quiz->askedClass(), worst);
    QVERIFY(!matrixScroll->isVisible());

    const std::vector<int> answers =
        convsight::course::most_confused_with(evaluation.confusion, worst);
    QVERIFY(!answers.empty());
    int wrong = -1;
    for (int c = 0; c < static_cast<int>(evaluation.confusion.size()); ++c)
        if (c != worst && std::find(answers.begin(), answers.end(), c) == answers.end())
            wrong = c;
    QVERIFY(wrong >= 0);
    QTest::mouseClick(quiz->choiceButtons()[wrong], Qt::LeftButton);
    QCOMPARE(quiz->feedbackLabel()->tone(), AnswerFeedback::Tone::Wrong);
    QVERIFY(matrixScroll->isVisible());

    // Asked again about the same class: the matrix hides, the right answer is marked right.
    QComboBox* box = quiz->classBox();
    emit box->activated(worst);
    QVERIFY(!matrixScroll->isVisible());
    QTest::mouseClick(quiz->choiceButtons()[answers.front()], Qt::LeftButton);
    QCOMPARE(quiz->feedbackLabel()->tone(), AnswerFeedback::Tone::Right);
    QVERIFY(matrixScroll->isVisible());
    QCOMPARE(quiz->scoreText(), QStringLiteral("1 of 2 right"));
}

QTEST_MAIN(TestInspectQuiz)
#include "tst_inspectquiz.moc"
