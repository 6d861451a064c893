// "Which kernel made this output?": the Filter workspace's exercise. A preset drawn at random is
// put into the kernel editor, which is hidden with everything else that names the kernel; the
// student sees the output, picks one of four kernels (the one used and three other presets), and
// the kernel is revealed with right or wrong. A score counts the answers.
#pragma once

#include "course/Exercise.h"

#include <QList>
#include <QWidget>
#include <cstdint>
#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace convsight::widgets {

class AnswerFeedback;
class KernelEditor;

class KernelQuiz : public QWidget {
    Q_OBJECT
public:
    // The quiz sets `editor`'s kernel. Hidden until started.
    explicit KernelQuiz(KernelEditor* editor, QWidget* parent = nullptr);

    // "Which kernel?": checkable; on asks a question, off leaves the quiz and shows the kernel.
    QAction* quizAction() const { return quizAction_; }
    // Widgets that show or name the kernel (the editor, the pixel read-out): hidden while a
    // question is open.
    void setConcealedWidgets(const QList<QWidget*>& widgets) { concealed_ = widgets; }
    // Where the next questions are drawn from (random at first; tests fix it).
    void setSeed(std::uint64_t seed) { seed_ = seed; }

    bool isActive() const { return question_.has_value(); }
    // Whether the open question waits for an answer.
    bool isAsking() const { return asking_; }
    const std::optional<course::KernelQuestion>& question() const { return question_; }
    const course::Score& score() const { return score_; }
    QString scoreText() const;
    // The four choices, in the question's order.
    const QList<QPushButton*>& choiceButtons() const { return choices_; }
    AnswerFeedback* feedbackLabel() const { return feedback_; }

public slots:
    // A new question: a preset into the editor, the kernel hidden, four choices.
    void ask();
    // The student picks choice `index` (0…3): right or wrong, the kernel revealed.
    void choose(int index);
    void stop();

signals:
    void answered(bool right);

private:
    void setConcealed(bool concealed);

    KernelEditor* editor_;
    std::uint64_t seed_;
    std::optional<course::KernelQuestion> question_;
    bool asking_{};
    course::Score score_;
    QList<QWidget*> concealed_;
    QAction* quizAction_{};
    QLabel* prompt_{};
    QList<QPushButton*> choices_;
    QPushButton* nextButton_{};
    AnswerFeedback* feedback_{};
    QLabel* scoreLabel_{};
};

} // namespace convsight::widgets
