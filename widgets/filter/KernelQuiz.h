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
class ImageView;
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
    // Image views whose hover read-out (the window drawn over the pixel, its size) would show
    // the kernel's size: cleared, and the hover ignored, while a question is open.
    void setHoverViews(const QList<ImageView*>& views);
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setConcealed(bool concealed);

    KernelEditor* editor_;
    std::uint64_t seed_;
    std::optional<course::KernelQuestion> question_;
    bool asking_{};
    course::Score score_;
    QList<QWidget*> concealed_;
    QList<ImageView*> hoverViews_;
    QAction* quizAction_{};
    QLabel* prompt_{};
    QList<QPushButton*> choices_;
    QPushButton* nextButton_{};
    AnswerFeedback* feedback_{};
    QLabel* scoreLabel_{};
};

} // namespace convsight::widgets
