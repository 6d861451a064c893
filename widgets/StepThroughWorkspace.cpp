// The Step-through workspace: stage, playback controls, parameters and the output-size formula.
#include "StepThroughWorkspace.h"

#include "ConvolutionStage.h"
#include "conv/KernelPresets.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>
#include <stdexcept>

namespace convsight::widgets {
namespace {

// The lecture's kernel, the one the worked example uses.
constexpr const char* kLectureKernel = "horizontal-edge";
// Speed slider: interval = kSpeedScale / value ms, so the middle value 4 gives 700 ms a step.
constexpr int kSpeedScale = 2800;
constexpr int kDefaultSpeed = 4;

QFont scaledFont(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

conv::Matrix StepThroughWorkspace::lectureInput() {
    return {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
}

StepThroughWorkspace::StepThroughWorkspace(QWidget* parent)
    : QWidget(parent)
    , input_(lectureInput())
    , stage_(new ConvolutionStage(this))
    , timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("stepThroughWorkspace"));
    connect(timer_, &QTimer::timeout, this, &StepThroughWorkspace::advance);
    connect(stage_, &ConvolutionStage::stepChanged, this, &StepThroughWorkspace::showStep);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(createParameterBar());
    layout->addWidget(stage_, 1);
    layout->addWidget(createPlaybackBar());

    updateSpeed();
    rebuildTrace();
}

QWidget* StepThroughWorkspace::createParameterBar() {
    auto* bar = new QWidget(this);
    bar->setFont(scaledFont(font(), 1.2));

    kernelCombo_ = new QComboBox(bar);
    kernelCombo_->setObjectName(QStringLiteral("kernelCombo"));
    for (const conv::KernelPreset& preset : conv::kernelPresets()) {
        kernelCombo_->addItem(QString::fromStdString(preset.name),
                              QString::fromStdString(preset.id));
        kernelCombo_->setItemData(kernelCombo_->count() - 1,
                                  QString::fromStdString(preset.explanation), Qt::ToolTipRole);
    }
    kernelCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kernelCombo_->setMinimumContentsLength(21);
    kernelCombo_->setCurrentIndex(kernelCombo_->findData(QString::fromLatin1(kLectureKernel)));

    strideSpin_ = new QSpinBox(bar);
    strideSpin_->setObjectName(QStringLiteral("strideSpin"));
    strideSpin_->setRange(1, 3);
    strideSpin_->setValue(1);
    strideSpin_->setToolTip(tr("How many cells the window moves at each step"));

    paddingCombo_ = new QComboBox(bar);
    paddingCombo_->setObjectName(QStringLiteral("paddingCombo"));
    paddingCombo_->addItem(tr("VALID"), static_cast<int>(conv::PaddingMode::Valid));
    paddingCombo_->addItem(tr("SAME"), static_cast<int>(conv::PaddingMode::Same));
    paddingCombo_->setItemData(0, tr("No padding: the window only visits places where it fits"),
                               Qt::ToolTipRole);
    paddingCombo_->setItemData(1, tr("Zeros around the input so that output = input / stride"),
                               Qt::ToolTipRole);

    formulaLabel_ = new QLabel(bar);
    formulaLabel_->setObjectName(QStringLiteral("formulaLabel"));
    formulaLabel_->setTextFormat(Qt::PlainText);
    formulaLabel_->setWordWrap(true);
    formulaLabel_->setStyleSheet(QStringLiteral(
        "color: #0f172a; background: #eff6ff; border-radius: 6px; padding: 4px 10px;"));

    const auto label = [bar](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    auto* column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    column->addLayout(row);
    row->addWidget(label(tr("&Kernel"), kernelCombo_));
    row->addWidget(kernelCombo_);
    row->addSpacing(16);
    row->addWidget(label(tr("S&tride"), strideSpin_));
    row->addWidget(strideSpin_);
    row->addSpacing(16);
    row->addWidget(label(tr("&Padding"), paddingCombo_));
    row->addWidget(paddingCombo_);
    row->addStretch(1);
    column->addWidget(formulaLabel_);

    connect(kernelCombo_, &QComboBox::currentIndexChanged, this,
            &StepThroughWorkspace::rebuildTrace);
    connect(strideSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::rebuildTrace);
    connect(paddingCombo_, &QComboBox::currentIndexChanged, this,
            &StepThroughWorkspace::rebuildTrace);
    return bar;
}

QWidget* StepThroughWorkspace::createPlaybackBar() {
    auto* bar = new QWidget(this);
    bar->setFont(scaledFont(font(), 1.3));
    QStyle* s = style();

    resetAction_ = new QAction(s->standardIcon(QStyle::SP_MediaSkipBackward), tr("Reset"), this);
    resetAction_->setObjectName(QStringLiteral("resetAction"));
    resetAction_->setShortcut(Qt::Key_Home);
    resetAction_->setToolTip(tr("Back to the first position (Home)"));
    connect(resetAction_, &QAction::triggered, this, &StepThroughWorkspace::reset);

    stepBackAction_ = new QAction(s->standardIcon(QStyle::SP_MediaSeekBackward), tr("Back"), this);
    stepBackAction_->setObjectName(QStringLiteral("stepBackAction"));
    stepBackAction_->setShortcut(Qt::Key_Left);
    stepBackAction_->setToolTip(tr("One step back (Left arrow)"));
    connect(stepBackAction_, &QAction::triggered, this, &StepThroughWorkspace::stepBack);

    playAction_ = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Play"), this);
    playAction_->setObjectName(QStringLiteral("playAction"));
    playAction_->setShortcut(Qt::Key_Space);
    playAction_->setToolTip(tr("Play or pause the sliding window (Space)"));
    connect(playAction_, &QAction::triggered, this, [this] { isPlaying() ? pause() : play(); });

    stepForwardAction_ =
        new QAction(s->standardIcon(QStyle::SP_MediaSeekForward), tr("Next"), this);
    stepForwardAction_->setObjectName(QStringLiteral("stepForwardAction"));
    stepForwardAction_->setShortcut(Qt::Key_Right);
    stepForwardAction_->setToolTip(tr("One step forward (Right arrow)"));
    connect(stepForwardAction_, &QAction::triggered, this, &StepThroughWorkspace::stepForward);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addStretch(1);
    const std::pair<QAction*, const char*> buttons[] = {
        {resetAction_, "resetButton"},
        {stepBackAction_, "stepBackButton"},
        {playAction_, "playButton"},
        {stepForwardAction_, "stepForwardButton"},
    };
    for (const auto& [action, name] : buttons) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(26, 26));
        button->setMinimumHeight(48);
        row->addWidget(button);
    }

    counterLabel_ = new QLabel(bar);
    counterLabel_->setObjectName(QStringLiteral("stepCounter"));
    counterLabel_->setFont(scaledFont(bar->font(), 1.15));
    counterLabel_->setMinimumWidth(150);
    counterLabel_->setAlignment(Qt::AlignCenter);
    row->addWidget(counterLabel_);

    speedSlider_ = new QSlider(Qt::Horizontal, bar);
    speedSlider_->setObjectName(QStringLiteral("speedSlider"));
    speedSlider_->setRange(1, 10);
    speedSlider_->setValue(kDefaultSpeed);
    speedSlider_->setMinimumWidth(70);
    speedSlider_->setMaximumWidth(160);
    speedSlider_->setToolTip(tr("Animation speed"));
    auto* speedLabel = new QLabel(tr("&Speed"), bar);
    speedLabel->setBuddy(speedSlider_);
    row->addWidget(speedLabel);
    row->addWidget(speedSlider_);
    row->addStretch(1);
    connect(speedSlider_, &QSlider::valueChanged, this, &StepThroughWorkspace::updateSpeed);
    return bar;
}

bool StepThroughWorkspace::isPlaying() const {
    return timer_->isActive();
}

int StepThroughWorkspace::stepInterval() const {
    return timer_->interval();
}

void StepThroughWorkspace::play() {
    if (isPlaying() || stage_->stepCount() == 0)
        return;
    // Play at the last position starts the pass again.
    if (stage_->step() == stage_->stepCount() - 1)
        stage_->setStep(0);
    timer_->start();
    playAction_->setText(tr("Pause"));
    playAction_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void StepThroughWorkspace::pause() {
    timer_->stop();
    playAction_->setText(tr("Play"));
    playAction_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void StepThroughWorkspace::stepForward() {
    pause();
    stage_->setStep(stage_->step() + 1);
}

void StepThroughWorkspace::stepBack() {
    pause();
    stage_->setStep(stage_->step() - 1);
}

void StepThroughWorkspace::reset() {
    pause();
    stage_->setStep(0);
}

void StepThroughWorkspace::advance() {
    stage_->setStep(stage_->step() + 1);
    if (stage_->step() >= stage_->stepCount() - 1)
        pause();
}

void StepThroughWorkspace::updateSpeed() {
    timer_->setInterval(kSpeedScale / speedSlider_->value());
}

void StepThroughWorkspace::showStep(int index) {
    const int count = stage_->stepCount();
    counterLabel_->setText(count > 0 ? tr("Step %1 of %2").arg(index + 1).arg(count)
                                     : tr("No steps"));
    stepBackAction_->setEnabled(index > 0);
    stepForwardAction_->setEnabled(index >= 0 && index < count - 1);
    resetAction_->setEnabled(index > 0);
    playAction_->setEnabled(count > 1);
}

void StepThroughWorkspace::rebuildTrace() {
    pause();
    const conv::KernelPreset& preset =
        conv::kernelPreset(kernelCombo_->currentData().toString().toStdString());
    conv::ConvGeometry::Params params;
    params.inputHeight = static_cast<int>(input_.size());
    params.inputWidth = static_cast<int>(input_.front().size());
    params.kernelHeight = static_cast<int>(preset.matrix.size());
    params.kernelWidth = static_cast<int>(preset.matrix.front().size());
    params.strideY = params.strideX = strideSpin_->value();
    params.mode = static_cast<conv::PaddingMode>(paddingCombo_->currentData().toInt());

    const conv::ConvGeometry geometry(params);
    if (const auto why = geometry.whyInvalid()) {
        const QString reason = QString::fromStdString(*why);
        stage_->setMessage(tr("These settings give no output:\n%1.").arg(reason));
        stage_->setTrace(nullptr);
        formulaLabel_->setText(tr("Output size: none — %1").arg(reason));
        showStep(-1);
        return;
    }
    try {
        stage_->setMessage({});
        stage_->setTrace(std::make_shared<const conv::ConvTrace>(conv::ConvTrace::fromMatrices(
            input_, preset.matrix, params, conv::BorderFill::Zero,
            conv::TraceMode::CrossCorrelation, false, preset.divisor)));
    } catch (const std::exception& error) {
        stage_->setMessage(QString::fromStdString(error.what()));
        stage_->setTrace(nullptr);
    }
    formulaLabel_->setText(tr("Output size:   %1      %2")
                               .arg(QString::fromStdString(geometry.heightFormula()),
                                    QString::fromStdString(geometry.widthFormula())));
    formulaLabel_->setToolTip(QString::fromStdString(geometry.unreachedDescription()));
    showStep(stage_->step());
}

} // namespace convsight::widgets
