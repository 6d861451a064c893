// Predict, then reveal, on the Step through stage (see StepExercise.h).
#include "stepthrough/StepExercise.h"

#include "common/AnswerFeedback.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "stepthrough/ConvolutionStage.h"

#include <QAction>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace convsight::widgets {

namespace {

QString html(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

StepExercise::StepExercise(ConvolutionStage* stage, QWidget* parent)
    : QWidget(parent)
    , stage_(stage) {
    setObjectName(QStringLiteral("stepExercise"));
    exerciseAction_ = new QAction(tr("Exercise"), this);
    exerciseAction_->setObjectName(QStringLiteral("exerciseAction"));
    exerciseAction_->setCheckable(true);
    exerciseAction_->setToolTip(tr("Predict, then reveal: type the output's size, then each "
                                   "output value before the stage shows it"));
    connect(exerciseAction_, &QAction::toggled, this, [this](bool on) { on ? start() : stop(); });
    if (parent)
        setWorkspaceShortcut(exerciseAction_, parent,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    question_ = new QLabel(this);
    question_->setObjectName(QStringLiteral("exerciseQuestion"));
    question_->setWordWrap(true);
    QFont bold = question_->font();
    bold.setBold(true);
    question_->setFont(bold);
    answer_ = new QLineEdit(this);
    answer_->setObjectName(QStringLiteral("exerciseAnswer"));
    answer_->setMaximumWidth(theme::px(180));
    answer_->setMinimumWidth(theme::px(110));
    connect(answer_, &QLineEdit::returnPressed, this, &StepExercise::submit);
    checkButton_ = new QPushButton(tr("Check"), this);
    checkButton_->setObjectName(QStringLiteral("exerciseCheck"));
    checkButton_->setToolTip(tr("Check the answer, then go on (Enter)"));
    connect(checkButton_, &QPushButton::clicked, this, &StepExercise::submit);
    scoreLabel_ = new QLabel(this);
    scoreLabel_->setObjectName(QStringLiteral("exerciseScore"));
    scoreLabel_->setFont(bold);
    feedback_ = new AnswerFeedback(this);
    feedback_->setObjectName(QStringLiteral("exerciseFeedback"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(question_, 1);
    row->addWidget(answer_);
    row->addWidget(checkButton_);
    row->addSpacing(12);
    row->addWidget(scoreLabel_);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addLayout(row);
    column->addWidget(feedback_);
    hide();

    connect(stage_, &ConvolutionStage::traceChanged, this, &StepExercise::traceChanged);
    connect(stage_, &ConvolutionStage::stepChanged, this, &StepExercise::stepChanged);
}

const course::Score& StepExercise::score() const {
    return exercise_ ? exercise_->score() : carried_;
}

QString StepExercise::scoreText() const {
    return QString::fromStdString(score().summary());
}

void StepExercise::start() {
    if (!exerciseAction_->isChecked()) {
        exerciseAction_->setChecked(true); // toggled() comes back here
        return;
    }
    if (exercise_)
        carried_ = exercise_->score();
    exercise_.reset();
    show();
    if (stage_->poolTrace())
        exercise_.emplace(stage_->poolTrace());
    else if (stage_->trace())
        exercise_.emplace(stage_->trace());
    if (exercise_)
        exercise_->score() = carried_;
    updateScore();
    if (!exercise_ || exercise_->step_count() == 0) {
        phase_ = Phase::NoQuestion;
        stage_->setConcealed(ConvolutionStage::Concealed::Nothing);
        setGiversVisible(true);
        question_->setText(tr("These settings give no output: nothing to ask about."));
        checkButton_->setText(tr("Try again"));
        return;
    }
    askSize();
}

void StepExercise::stop() {
    if (exerciseAction_->isChecked()) {
        exerciseAction_->setChecked(false); // toggled() comes back here
        return;
    }
    phase_ = Phase::Off;
    askedStep_ = -1;
    exercise_.reset();
    carried_.clear();
    stage_->setConcealed(ConvolutionStage::Concealed::Nothing);
    setGiversVisible(true);
    feedback_->hide();
    hide();
}

void StepExercise::askSize() {
    phase_ = Phase::Size;
    askedStep_ = -1;
    moving_ = true;
    stage_->jumpToStep(0);
    moving_ = false;
    stage_->setConcealed(ConvolutionStage::Concealed::OutputSize);
    setGiversVisible(false);
    question_->setText(tr("Before the pass: the output's size, H×W?"));
    answer_->clear();
    answer_->setPlaceholderText(tr("e.g. 3×3"));
    answer_->setFocus();
    checkButton_->setText(tr("Check"));
    feedback_->hide();
}

void StepExercise::askValue(int step) {
    phase_ = Phase::Value;
    askedStep_ = step;
    stage_->setConcealed(ConvolutionStage::Concealed::CurrentValue);
    setGiversVisible(true);
    question_->setText(
        tr("%1: what value goes here?").arg(QString::fromStdString(exercise_->position(step))));
    answer_->clear();
    answer_->setPlaceholderText(tr("a number, e.g. −4"));
    answer_->setFocus();
    checkButton_->setText(tr("Check"));
    feedback_->hide();
}

void StepExercise::reveal(const course::Feedback& feedback) {
    phase_ = Phase::Revealed;
    stage_->setConcealed(ConvolutionStage::Concealed::Nothing);
    setGiversVisible(true);
    feedback_->showFeedback(
        QStringLiteral("<b>%1</b><br>%2").arg(html(feedback.message), html(feedback.working)),
        feedback.right ? AnswerFeedback::Tone::Right : AnswerFeedback::Tone::Wrong);
    const bool last = askedStep_ + 1 >= exercise_->step_count();
    checkButton_->setText(last ? tr("Finish") : tr("Next"));
    updateScore();
    emit answered(feedback.right);
}

void StepExercise::submit() {
    if (!exercise_ && phase_ != Phase::NoQuestion)
        return;
    const std::string typed = answer_->text().toStdString();
    switch (phase_) {
    case Phase::Off:
        return;
    case Phase::NoQuestion:
    case Phase::Finished:
        start();
        return;
    case Phase::Size:
        if (const auto feedback = exercise_->check_size(typed))
            reveal(*feedback);
        else
            feedback_->showFeedback(tr("Type the height and the width, e.g. 3×3."),
                                    AnswerFeedback::Tone::Hint);
        return;
    case Phase::Value:
        if (const auto feedback = exercise_->check_value(askedStep_, typed))
            reveal(*feedback);
        else
            feedback_->showFeedback(tr("Type a number, e.g. −4 or 2.11."),
                                    AnswerFeedback::Tone::Hint);
        return;
    case Phase::Revealed:
        if (askedStep_ < 0) {
            askValue(0);
        } else if (askedStep_ + 1 < exercise_->step_count()) {
            moving_ = true;
            stage_->setStep(askedStep_ + 1);
            moving_ = false;
            askValue(askedStep_ + 1);
        } else {
            phase_ = Phase::Finished;
            question_->setText(tr("The pass is done: %1.").arg(scoreText()));
            answer_->clear();
            answer_->setPlaceholderText({});
            checkButton_->setText(tr("Again"));
        }
        return;
    }
}

void StepExercise::traceChanged() {
    if (!isActive())
        return;
    // An edit of the values keeps the question where it is; a new shape or mode asks for the size
    // again.
    const bool sameShape = exercise_ && stage_->trace() &&
                           exercise_->is_pooling() == (stage_->poolTrace() != nullptr) &&
                           exercise_->output_height() == stage_->trace()->output_height() &&
                           exercise_->output_width() == stage_->trace()->output_width() &&
                           exercise_->step_count() == stage_->stepCount();
    const Phase phase = phase_;
    if (!sameShape || phase == Phase::Size || phase == Phase::NoQuestion) {
        start();
        return;
    }
    carried_ = exercise_->score();
    exercise_.reset();
    if (stage_->poolTrace())
        exercise_.emplace(stage_->poolTrace());
    else
        exercise_.emplace(stage_->trace());
    exercise_->score() = carried_;
    if (phase == Phase::Value || phase == Phase::Revealed)
        askValue(std::max(0, stage_->step()));
}

void StepExercise::stepChanged(int index) {
    if (moving_ || !exercise_ || index < 0 || index >= exercise_->step_count())
        return;
    // The student moved the window: ask about the new position.
    if ((phase_ == Phase::Value || phase_ == Phase::Revealed) && index != askedStep_)
        askValue(index);
}

void StepExercise::setGiversVisible(bool visible) {
    // Transparent rather than hidden: the rows around them keep their places.
    for (QWidget* widget : sizeGivers_) {
        if (!widget)
            continue;
        if (visible) {
            widget->setGraphicsEffect(nullptr);
        } else if (!widget->graphicsEffect()) {
            auto* transparent = new QGraphicsOpacityEffect(widget);
            transparent->setOpacity(0.0);
            widget->setGraphicsEffect(transparent);
        }
    }
}

void StepExercise::updateScore() {
    scoreLabel_->setText(tr("Score: %1").arg(scoreText()));
}

} // namespace convsight::widgets
