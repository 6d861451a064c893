// "Which class will it confuse most?": Inspect's exercise, asked before the confusion matrix is
// shown. For a class (the one with the most mistakes, or another the student picks) the choices
// are the other class names; the answer is the class it is most often taken for (on a tie each of
// them counts), revealed with the matrix. A score counts the answers.
#pragma once

#include "course/Exercise.h"
#include "nn/Evaluator.h"

#include <QList>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace convsight::widgets {

class AnswerFeedback;

class ConfusionQuiz : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionQuiz(QWidget* parent = nullptr);

    // "Predict first": checkable; on, every evaluation's matrix stays hidden until the question
    // is answered; off shows the matrix.
    QAction* quizAction() const { return quizAction_; }
    // The confusion matrix (or what holds it): hidden while a question waits for its answer.
    void setMatrixWidget(QWidget* matrix) { matrix_ = matrix; }
    // The newest evaluation (one without examples: none yet); asks at once when the quiz is on.
    void setEvaluation(const nn::Evaluation& evaluation);

    bool isActive() const;
    // Whether a question waits for its answer (the matrix hidden).
    bool isAsking() const { return asking_; }
    // The class asked about, −1 without a question.
    int askedClass() const { return question_ ? question_->actual() : -1; }
    const std::optional<course::ConfusionQuestion>& question() const { return question_; }
    const course::Score& score() const { return score_; }
    QString scoreText() const;
    // One button per class, in class order (the asked class's is hidden); hidden once answered.
    const QList<QPushButton*>& choiceButtons() const { return choices_; }
    QComboBox* classBox() const { return classBox_; }
    AnswerFeedback* feedbackLabel() const { return feedback_; }
    QLabel* promptLabel() const { return prompt_; }

public slots:
    // Asks about `actual` (−1: the class with the most mistakes).
    void ask(int actual = -1);
    // The student picks class `predicted`: right or wrong, the matrix revealed.
    void choose(int predicted);

signals:
    void answered(bool right);

private:
    void setOn(bool on);
    void rebuildChoices();
    void setMatrixVisible(bool visible);

    nn::Evaluation evaluation_;
    std::optional<course::ConfusionQuestion> question_;
    bool asking_{};
    course::Score score_;
    QWidget* matrix_{};
    QAction* quizAction_{};
    QToolButton* quizButton_{};
    QWidget* body_{};
    QLabel* prompt_{};
    QComboBox* classBox_{};
    QWidget* choiceRow_{};
    QList<QPushButton*> choices_;
    AnswerFeedback* feedback_{};
    QLabel* scoreLabel_{};
};

} // namespace convsight::widgets
