// "Which class will it confuse most?" (see ConfusionQuiz.h).
#include "inspect/ConfusionQuiz.h"

#include "common/AnswerFeedback.h"
#include "common/FlowLayout.h"
#include "common/Shortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace convsight::widgets {

ConfusionQuiz::ConfusionQuiz(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("confusionQuiz"));
    quizAction_ = new QAction(tr("Predict first"), this);
    quizAction_->setObjectName(QStringLiteral("confusionQuizAction"));
    quizAction_->setCheckable(true);
    quizAction_->setToolTip(tr("Predict, then reveal: which class will the network confuse most? "
                               "The matrix opens once you have answered"));
    connect(quizAction_, &QAction::toggled, this, &ConfusionQuiz::setOn);
    if (parent)
        setWorkspaceShortcut(quizAction_, parent, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    quizButton_ = new QToolButton(this);
    quizButton_->setObjectName(QStringLiteral("confusionQuizButton"));
    quizButton_->setDefaultAction(quizAction_);
    auto* hint =
        new QLabel(tr("Which class will it confuse most? Answer before the matrix opens."), this);
    hint->setWordWrap(true);

    body_ = new QWidget(this);
    prompt_ = new QLabel(body_);
    prompt_->setObjectName(QStringLiteral("confusionQuizPrompt"));
    prompt_->setWordWrap(true);
    QFont bold = prompt_->font();
    bold.setBold(true);
    prompt_->setFont(bold);
    classBox_ = new QComboBox(body_);
    classBox_->setObjectName(QStringLiteral("confusionQuizClass"));
    classBox_->setToolTip(tr("The class to ask about"));
    connect(classBox_, &QComboBox::activated, this, [this](int index) { ask(index); });
    choiceRow_ = new QWidget(body_);
    new FlowLayout(choiceRow_);
    feedback_ = new AnswerFeedback(body_);
    feedback_->setObjectName(QStringLiteral("confusionQuizFeedback"));
    scoreLabel_ = new QLabel(body_);
    scoreLabel_->setObjectName(QStringLiteral("confusionQuizScore"));
    scoreLabel_->setFont(bold);

    auto* top = new QHBoxLayout;
    top->addWidget(quizButton_);
    top->addWidget(hint, 1);
    auto* askRow = new QHBoxLayout;
    askRow->addWidget(prompt_, 1);
    askRow->addWidget(classBox_);
    auto* bodyLayout = new QVBoxLayout(body_);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(askRow);
    bodyLayout->addWidget(choiceRow_);
    bodyLayout->addWidget(feedback_);
    bodyLayout->addWidget(scoreLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    layout->addWidget(body_);
    // With the matrix hidden the question keeps to the top of the room it gets.
    layout->addStretch(1);
    body_->hide();
}

bool ConfusionQuiz::isActive() const {
    return quizAction_->isChecked();
}

QString ConfusionQuiz::scoreText() const {
    return QString::fromStdString(score_.summary());
}

void ConfusionQuiz::setEvaluation(const nn::Evaluation& evaluation) {
    evaluation_ = evaluation;
    question_.reset();
    asking_ = false;
    rebuildChoices();
    if (isActive())
        ask();
}

void ConfusionQuiz::setOn(bool on) {
    body_->setVisible(on);
    if (on) {
        ask();
        return;
    }
    question_.reset();
    asking_ = false;
    score_.clear();
    setMatrixVisible(true);
}

void ConfusionQuiz::rebuildChoices() {
    const auto count = static_cast<int>(evaluation_.confusion.size());
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << (static_cast<std::size_t>(i) < evaluation_.class_names.size()
                      ? QString::fromStdString(evaluation_.class_names[static_cast<std::size_t>(i)])
                      : tr("class %1").arg(i));
    classBox_->clear();
    classBox_->addItems(names);
    qDeleteAll(choices_);
    choices_.clear();
    for (int i = 0; i < count; ++i) {
        auto* button = new QPushButton(names[i], choiceRow_);
        button->setObjectName(QStringLiteral("confusionChoice%1").arg(i));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        choiceRow_->layout()->addWidget(button);
        choices_ << button;
    }
}

void ConfusionQuiz::ask(int actual) {
    if (!isActive())
        return;
    feedback_->hide();
    scoreLabel_->setText(tr("Score: %1").arg(scoreText()));
    if (evaluation_.examples == 0 || evaluation_.confusion.empty()) {
        question_.reset();
        asking_ = false;
        prompt_->setText(tr("The question comes with the test set's evaluation."));
        classBox_->hide();
        choiceRow_->hide();
        setMatrixVisible(false);
        return;
    }
    if (actual < 0)
        actual = course::class_with_most_mistakes(evaluation_.confusion);
    if (actual < 0) {
        question_.reset();
        asking_ = false;
        prompt_->setText(tr("The network makes no mistakes on the test set: nothing to predict."));
        classBox_->hide();
        choiceRow_->hide();
        setMatrixVisible(true);
        return;
    }
    question_.emplace(evaluation_.confusion, evaluation_.class_names, actual);
    asking_ = true;
    classBox_->setCurrentIndex(actual);
    classBox_->show();
    choiceRow_->show();
    prompt_->setText(tr("Which class will the network take %1 for most often?")
                         .arg(classBox_->itemText(actual)));
    for (int i = 0; i < choices_.size(); ++i)
        choices_[i]->setVisible(i != actual);
    setMatrixVisible(false);
}

void ConfusionQuiz::choose(int predicted) {
    if (!question_ || !asking_ || predicted < 0 || predicted >= choices_.size() ||
        predicted == question_->actual())
        return;
    asking_ = false;
    const course::Feedback feedback = question_->check(predicted, &score_);
    // The answer is in the feedback: the choices make room for the matrix.
    choiceRow_->hide();
    feedback_->showFeedback(QStringLiteral("<b>%1</b><br>%2")
                                .arg(QString::fromStdString(feedback.message).toHtmlEscaped(),
                                     QString::fromStdString(feedback.working).toHtmlEscaped() +
                                         tr(" — pick another class above to be asked again.")),
                            feedback.right ? AnswerFeedback::Tone::Right
                                           : AnswerFeedback::Tone::Wrong);
    scoreLabel_->setText(tr("Score: %1").arg(scoreText()));
    setMatrixVisible(true);
    emit answered(feedback.right);
}

void ConfusionQuiz::setMatrixVisible(bool visible) {
    if (matrix_)
        matrix_->setVisible(visible);
}

} // namespace convsight::widgets
