// Predict, then reveal, on the Step through stage: before the pass the student types the output's
// size, then at each position the output value before the stage shows it; Enter checks the answer
// (right or wrong, the products written out) and the next Enter moves on. The score counts every
// answer since the exercise started ("7 of 9 right"). Questions come from the trace on the stage,
// so every document (random, edited, a lesson's) has them.
#pragma once

#include "course/Exercise.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace convsight::widgets {

class AnswerFeedback;
class ConvolutionStage;

class StepExercise : public QWidget {
    Q_OBJECT
public:
    // What the exercise waits for.
    enum class Phase {
        Off,       // not started
        Size,      // the output's size
        Value,     // the value of the stage's current step
        Revealed,  // an answer was checked: Enter moves on
        Finished,  // the pass is over: Enter starts another
        NoQuestion // the stage shows nothing to ask about (impossible settings)
    };

    // The exercise asks about what `stage` shows, and hides the answers on it. Hidden until
    // started.
    explicit StepExercise(ConvolutionStage* stage, QWidget* parent = nullptr);

    // "Exercise": checkable; on starts a pass from the first position, off leaves the exercise.
    QAction* exerciseAction() const { return exerciseAction_; }
    // Widgets that would give the output size away (the size formula, the step counter):
    // transparent while the size is asked.
    void setSizeGivers(const QList<QWidget*>& widgets) { sizeGivers_ = widgets; }

    Phase phase() const { return phase_; }
    bool isActive() const { return phase_ != Phase::Off; }
    // The step asked about (or last answered), −1 before the values.
    int askedStep() const { return askedStep_; }
    const course::Score& score() const;
    // "7 of 9 right", as shown.
    QString scoreText() const;

    QLineEdit* answerEdit() const { return answer_; }
    QLabel* questionLabel() const { return question_; }
    AnswerFeedback* feedbackLabel() const { return feedback_; }
    QLabel* scoreLabel() const { return scoreLabel_; }

public slots:
    // A new pass from the first position (the score is kept while the exercise stays on).
    void start();
    void stop();
    // What Enter does: check the answer typed, or move on after a checked one.
    void submit();

signals:
    // An answer was checked.
    void answered(bool right);

private:
    void traceChanged();
    void stepChanged(int index);
    void askSize();
    void askValue(int step);
    void reveal(const course::Feedback& feedback);
    void setGiversVisible(bool visible);
    void updateScore();

    ConvolutionStage* stage_;
    std::optional<course::TraceExercise> exercise_;
    course::Score carried_; // the score of the traces before this one
    Phase phase_{Phase::Off};
    int askedStep_{-1};
    bool moving_{}; // the exercise itself moves the stage
    QList<QWidget*> sizeGivers_;
    QAction* exerciseAction_{};
    QLabel* question_{};
    QLineEdit* answer_{};
    QPushButton* checkButton_{};
    AnswerFeedback* feedback_{};
    QLabel* scoreLabel_{};
};

} // namespace convsight::widgets
