// "Which class will it confuse most?" as a student answers it: with "Predict first" on, the
// matrix stays hidden until the question is answered; a right and a wrong click are marked, ties
// accept each tied class, another class can be asked about, the score counts; and in the Inspect
// workspace the question comes with the test set's evaluation of a trained network.
#include "common/AnswerFeedback.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ConfusionQuiz.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using convsight::widgets::AnswerFeedback;
using convsight::widgets::ConfusionMatrixView;
using convsight::widgets::ConfusionQuiz;

namespace {

// Shirt (2) is taken for T-shirt (0) most often; Pullover (3) ties between Shirt and Coat (4).
convsight::nn::Evaluation clothes() {
    convsight::nn::Evaluation e;
    e.class_names = {"T-shirt", "Trouser", "Shirt", "Pullover", "Coat"};
    e.confusion = {{80, 1, 15, 3, 1},
                   {0, 98, 1, 1, 0},
                   {20, 0, 60, 9, 11},
                   {2, 0, 7, 84, 7},
                   {1, 0, 10, 8, 81}};
    for (std::size_t t = 0; t < e.confusion.size(); ++t)
        for (std::size_t p = 0; p < e.confusion.size(); ++p) {
            e.examples += e.confusion[t][p];
            if (t == p)
                e.correct += e.confusion[t][p];
        }
    return e;
}

} // namespace

class TestConfusionQuiz : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void matrixHiddenUntilAnswered();
    void rightThenWrong();
    void tiesAcceptEachClass();
    void waitsForTheEvaluation();
    void offShowsTheMatrix();

private:
    QWidget* window_{};
    ConfusionQuiz* quiz_{};
    ConfusionMatrixView* matrix_{};
};

void TestConfusionQuiz::init() {
    window_ = new QWidget;
    auto* layout = new QVBoxLayout(window_);
    quiz_ = new ConfusionQuiz(window_);
    matrix_ = new ConfusionMatrixView;
    quiz_->setMatrixWidget(matrix_);
    layout->addWidget(quiz_);
    layout->addWidget(matrix_, 1);
    window_->resize(1000, 700);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    matrix_->setEvaluation(clothes());
    quiz_->setEvaluation(clothes());
    QVERIFY(!quiz_->isActive());
    QVERIFY(matrix_->isVisible());
    QTest::mouseClick(quiz_->findChild<QToolButton*>(QStringLiteral("confusionQuizButton")),
                      Qt::LeftButton);
    QVERIFY(quiz_->isActive());
}

void TestConfusionQuiz::cleanup() {
    delete window_;
    window_ = nullptr;
}

void TestConfusionQuiz::matrixHiddenUntilAnswered() {
    // The class with the most mistakes is asked first: Shirt (40 of 100 wrong).
    QVERIFY(quiz_->isAsking());
    QCOMPARE(quiz_->askedClass(), 2);
    QVERIFY(!matrix_->isVisible());
    QVERIFY(quiz_->promptLabel()->text().contains(QStringLiteral("Shirt")));
    QCOMPARE(quiz_->choiceButtons().size(), 5);
    QVERIFY(!quiz_->choiceButtons()[2]->isVisible()); // not the class itself
    for (int i : {0, 1, 3, 4})
        QVERIFY(quiz_->choiceButtons()[i]->isVisible());
    QCOMPARE(quiz_->choiceButtons()[0]->text(), QStringLiteral("T-shirt"));
}

void TestConfusionQuiz::rightThenWrong() {
    QTest::mouseClick(quiz_->choiceButtons()[0], Qt::LeftButton);
    QVERIFY(!quiz_->isAsking());
    QVERIFY(matrix_->isVisible()); // revealed with the answer
    QCOMPARE(quiz_->feedbackLabel()->tone(), AnswerFeedback::Tone::Right);
    QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("T-shirt 20 times")));
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 1 right"));
    QVERIFY(!quiz_->choiceButtons()[0]->isVisible()); // room for the matrix

    // Another class, picked in the box: the matrix hides again.
    QComboBox* box = quiz_->classBox();
    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(quiz_->askedClass(), 0);
    QVERIFY(quiz_->isAsking());
    QVERIFY(!matrix_->isVisible());
    QVERIFY(quiz_->choiceButtons()[1]->isVisible());
    QVERIFY(!quiz_->choiceButtons()[0]->isVisible());
    QTest::mouseClick(quiz_->choiceButtons()[1], Qt::LeftButton);
    QCOMPARE(quiz_->feedbackLabel()->tone(), AnswerFeedback::Tone::Wrong);
    QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("not Trouser")));
    QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("Shirt")));
    QVERIFY(matrix_->isVisible());
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 2 right"));
    // A choice after the answer changes nothing.
    quiz_->choose(2);
    QCOMPARE(quiz_->scoreText(), QStringLiteral("1 of 2 right"));
}

void TestConfusionQuiz::tiesAcceptEachClass() {
    QComboBox* box = quiz_->classBox();
    for (const int answer : {2, 4}) {
        box->setCurrentIndex(3);
        emit box->activated(3); // Pullover: 7 as Shirt, 7 as Coat
        QCOMPARE(quiz_->question()->answers(), (std::vector<int>{2, 4}));
        QTest::mouseClick(quiz_->choiceButtons()[answer], Qt::LeftButton);
        QCOMPARE(quiz_->feedbackLabel()->tone(), AnswerFeedback::Tone::Right);
        QVERIFY(quiz_->feedbackLabel()->text().contains(QStringLiteral("Shirt or Coat")));
    }
    QCOMPARE(quiz_->scoreText(), QStringLiteral("2 of 2 right"));
}

void TestConfusionQuiz::waitsForTheEvaluation() {
    // A new model: no evaluation yet, the question waits and the (empty) matrix stays hidden.
    quiz_->setEvaluation(convsight::nn::Evaluation{});
    QVERIFY(!quiz_->isAsking());
    QVERIFY(!matrix_->isVisible());
    QVERIFY(quiz_->promptLabel()->text().contains(QStringLiteral("evaluation")));
    quiz_->setEvaluation(clothes());
    QVERIFY(quiz_->isAsking());
    QCOMPARE(quiz_->askedClass(), 2);
    // A network without mistakes: nothing to ask, the matrix is shown.
    convsight::nn::Evaluation perfect;
    perfect.class_names = {"a", "b"};
    perfect.confusion = {{5, 0}, {0, 5}};
    perfect.examples = perfect.correct = 10;
    quiz_->setEvaluation(perfect);
    QVERIFY(!quiz_->isAsking());
    QVERIFY(matrix_->isVisible());
    QVERIFY(quiz_->promptLabel()->text().contains(QStringLiteral("no mistakes")));
}

void TestConfusionQuiz::offShowsTheMatrix() {
    QVERIFY(!matrix_->isVisible());
    quiz_->quizAction()->trigger();
    QVERIFY(!quiz_->isActive());
    QVERIFY(matrix_->isVisible());
    quiz_->setEvaluation(clothes()); // a later evaluation asks nothing while off
    QVERIFY(!quiz_->isAsking());
    QVERIFY(matrix_->isVisible());
}

QTEST_MAIN(TestConfusionQuiz)
#include "tst_confusionquiz.moc"
