// The Step-through workspace: stage, playback and timeline, the editable input and kernel, the
// parameters, undo/redo of every change, export, and the output-size formula.
#include "stepthrough/StepThroughWorkspace.h"

#include "conv/KernelPresets.h"
#include "conv/PoolTrace.h"
#include "image/GifWriter.h"
#include "image/ImageIO.h"
#include "image/Mp4Writer.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/Im2colView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <memory>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace convsight::widgets {

// One undoable change: the whole document before and after (a 32×32×3 input is 24 KB).
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(StepThroughWorkspace* workspace, StepThroughWorkspace::Document before,
                    StepThroughWorkspace::Document after, const QString& text)
        : QUndoCommand(text)
        , workspace_(workspace)
        , before_(std::move(before))
        , after_(std::move(after)) {}
    void redo() override { workspace_->applyDocument(after_); }
    void undo() override { workspace_->applyDocument(before_); }

private:
    StepThroughWorkspace* workspace_;
    StepThroughWorkspace::Document before_, after_;
};

namespace {

// The lecture's kernel, the one the worked example uses.
constexpr const char* kLectureKernel = "horizontal-edge";
// Speed slider: interval = kSpeedScale / value ms, so the middle value 4 gives 700 ms a step.
constexpr int kSpeedScale = 2800;
constexpr int kDefaultSpeed = 4;
// Share of a step's interval the window spends gliding; the rest it rests at its place.
constexpr double kGlideShare = 0.55;
constexpr int kMaxGlideMs = 450;
constexpr int kMaxInputSide = 32;
constexpr int kMaxKernelSize = 7;

QFont scaledFont(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// Random integers in [low, high], the values a student can add up in their head.
std::vector<double> randomIntegers(std::size_t count, int low, int high) {
    std::vector<double> values(count);
    for (double& value : values)
        value = QRandomGenerator::global()->bounded(low, high + 1);
    return values;
}

// `planes` planes of oldH×oldW resized to newH×newW: the overlap kept, centred when `centred`
// (kernels keep their middle), top-left otherwise; new cells from `fill`.
std::vector<double> resizePlanes(const std::vector<double>& values, int planes, int oldH, int oldW,
                                 int newH, int newW, bool centred,
                                 const std::vector<double>& fill) {
    std::vector<double> result(fill);
    const int offsetY = centred ? (newH - oldH) / 2 : 0, offsetX = centred ? (newW - oldW) / 2 : 0;
    for (int p = 0; p < planes; ++p)
        for (int y = 0; y < oldH; ++y)
            for (int x = 0; x < oldW; ++x) {
                const int ny = y + offsetY, nx = x + offsetX;
                if (ny < 0 || nx < 0 || ny >= newH || nx >= newW)
                    continue;
                result[static_cast<std::size_t>((p * newH + ny) * newW + nx)] =
                    values[static_cast<std::size_t>((p * oldH + y) * oldW + x)];
            }
    return result;
}

// A bank of K filters of C channels, F×F: filter 1 is `first` (F×F) on every channel; the
// others random integers in [−1, 1], as an untrained CNN layer might start.
std::vector<double> kernelBank(int kernels, int channels, int size,
                               const std::vector<double>& first) {
    const auto plane = static_cast<std::size_t>(size * size);
    std::vector<double> bank;
    for (int c = 0; c < channels; ++c)
        bank.insert(bank.end(), first.begin(), first.end());
    const std::vector<double> rest =
        randomIntegers(plane * static_cast<std::size_t>(channels * (kernels - 1)), -1, 1);
    bank.insert(bank.end(), rest.begin(), rest.end());
    return bank;
}

// A matrix's values row after row (the matrices here are the app's own, never ragged).
std::vector<double> flatten(const conv::Matrix& matrix) {
    int rows = 0, columns = 0;
    return conv::flattenMatrix(matrix, "matrix", rows, columns);
}

// QImage → OpenCV's 8-bit BGR, the frame type the GIF and MP4 writers take.
cv::Mat toBgr(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                       static_cast<std::size_t>(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

} // namespace

conv::Matrix StepThroughWorkspace::lectureInput() {
    return {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
}

StepThroughWorkspace::StepThroughWorkspace(QWidget* parent)
    : QWidget(parent)
    , stage_(new ConvolutionStage(this))
    , undoStack_(new QUndoStack(this))
    , timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("stepThroughWorkspace"));
    const conv::KernelPreset& lecture = conv::kernelPreset(kLectureKernel);
    document_.input = flatten(lectureInput());
    document_.kernels = flatten(lecture.matrix);
    document_.divisor = lecture.divisor;
    document_.presetId = QString::fromLatin1(kLectureKernel);

    connect(timer_, &QTimer::timeout, this, &StepThroughWorkspace::advance);
    connect(stage_, &ConvolutionStage::stepChanged, this, &StepThroughWorkspace::showStep);
    connect(stage_, &ConvolutionStage::inputValueEdited, this, &StepThroughWorkspace::editInput);
    connect(stage_, &ConvolutionStage::kernelValueEdited, this, &StepThroughWorkspace::editKernel);

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("stepThroughStatus"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setStyleSheet(QStringLiteral(
        "color: #0f172a; background: #fef9c3; border-radius: 6px; padding: 4px 10px;"));
    statusLabel_->hide();

    explanationLabel_ = new QLabel(this);
    explanationLabel_->setObjectName(QStringLiteral("modeExplanation"));
    explanationLabel_->setWordWrap(true);
    explanationLabel_->setStyleSheet(QStringLiteral("color: #334155; padding: 0 10px;"));
    explanationLabel_->hide();

    // The im2col panel follows the stage's step.
    im2colView_ = new Im2colView(this);
    im2colView_->setObjectName(QStringLiteral("im2colView"));
    im2colView_->hide();
    connect(stage_, &ConvolutionStage::stepChanged, im2colView_, &Im2colView::setCurrentStep);

    createExportActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(8);
    layout->addWidget(createParameterBar());
    layout->addWidget(statusLabel_);
    layout->addWidget(explanationLabel_);
    auto* stages = new QHBoxLayout;
    stages->setSpacing(12);
    stages->addWidget(stage_, 3);
    stages->addWidget(im2colView_, 2);
    layout->addLayout(stages, 1);
    layout->addWidget(createPlaybackBar());

    updateSpeed();
    syncControls();
    rebuildTrace();
}

void StepThroughWorkspace::createExportActions() {
    exportMenu_ = new QMenu(tr("&Export Step Through"), this);
    exportMenu_->setObjectName(QStringLiteral("exportMenu"));
    const std::pair<const char*, QString> formats[] = {
        {"png", tr("Current frame as &PNG…")},
        {"gif", tr("Whole pass as animated &GIF…")},
        {"mp4", tr("Whole pass as &MP4 video…")},
    };
    for (const auto& [format, text] : formats) {
        QAction* action = exportMenu_->addAction(text);
        const QString name = QString::fromLatin1(format);
        action->setObjectName(QStringLiteral("export") + name.toUpper() + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, [this, name] { chooseExport(name); });
    }
}

QWidget* StepThroughWorkspace::createParameterBar() {
    auto* bar = new QWidget(this);
    bar->setFont(font());

    kernelCombo_ = new QComboBox(bar);
    kernelCombo_->setObjectName(QStringLiteral("kernelCombo"));
    for (const conv::KernelPreset& preset : conv::kernelPresets()) {
        kernelCombo_->addItem(QString::fromStdString(preset.name),
                              QString::fromStdString(preset.id));
        kernelCombo_->setItemData(kernelCombo_->count() - 1,
                                  QString::fromStdString(preset.explanation), Qt::ToolTipRole);
    }
    kernelCombo_->addItem(tr("Custom (edited)"), QString());
    kernelCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kernelCombo_->setMinimumContentsLength(14);
    kernelCombo_->setMaximumWidth(340);

    const auto spin = [bar](const char* name, int low, int high, const QString& tip) {
        auto* box = new QSpinBox(bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(low, high);
        box->setToolTip(tip);
        return box;
    };
    kernelSizeSpin_ =
        spin("kernelSizeSpin", 1, kMaxKernelSize, tr("Kernel size F: the window is F×F cells"));
    heightSpin_ = spin("inputHeightSpin", 2, kMaxInputSide, tr("Input height H (rows)"));
    widthSpin_ = spin("inputWidthSpin", 2, kMaxInputSide, tr("Input width W (columns)"));
    filterCountSpin_ =
        spin("filterCountSpin", 1, 4, tr("How many filters (kernels): each gives one feature map"));
    strideSpin_ = spin("strideSpin", 1, 3, tr("How many cells the window moves at each step"));
    dilationSpin_ = spin("dilationSpin", 1, 3,
                         tr("Dilation: the kernel's taps are this many cells apart (1: "
                            "side by side)"));

    paddingCombo_ = new QComboBox(bar);
    paddingCombo_->setObjectName(QStringLiteral("paddingCombo"));
    paddingCombo_->addItem(tr("VALID"), static_cast<int>(conv::PaddingMode::Valid));
    paddingCombo_->addItem(tr("SAME"), static_cast<int>(conv::PaddingMode::Same));
    paddingCombo_->setItemData(0, tr("No padding: the window only visits places where it fits"),
                               Qt::ToolTipRole);
    paddingCombo_->setItemData(1, tr("Cells around the input so that output = input / stride"),
                               Qt::ToolTipRole);

    borderCombo_ = new QComboBox(bar);
    borderCombo_->setObjectName(QStringLiteral("borderCombo"));
    const std::pair<compute::BorderMode, QString> borders[] = {
        {compute::BorderMode::Zero, tr("zero")},
        {compute::BorderMode::Replicate, tr("replicate")},
        {compute::BorderMode::Reflect, tr("reflect")},
        {compute::BorderMode::Wrap, tr("wrap")},
    };
    for (const auto& [fill, text] : borders)
        borderCombo_->addItem(text, static_cast<int>(fill));
    borderCombo_->setToolTip(tr("What the padding cells hold: zeros (as CNNs do), the edge "
                                "pixel repeated, the image mirrored, or the image repeated"));

    flipCheck_ = new QCheckBox(tr("&Flip kernel"), bar);
    flipCheck_->setObjectName(QStringLiteral("flipCheck"));
    flipCheck_->setToolTip(
        tr("True convolution: the kernel turned by 180° before it slides. CNN libraries do not "
           "flip (they compute cross-correlation); for symmetric kernels both agree."));
    rgbCheck_ = new QCheckBox(tr("&RGB input"), bar);
    rgbCheck_->setObjectName(QStringLiteral("rgbCheck"));
    rgbCheck_->setToolTip(tr("Three channels (R, G, B): each filter has one kernel slice per "
                             "channel, and their sums add up"));

    modeCombo_ = new QComboBox(bar);
    modeCombo_->setObjectName(QStringLiteral("modeCombo"));
    const std::pair<Mode, QString> modes[] = {
        {Mode::Convolution, tr("Convolution")},
        {Mode::MaxPooling, tr("Max pooling")},
        {Mode::AveragePooling, tr("Average pooling")},
        {Mode::KernelGradient, tr("Gradient w.r.t. kernel")},
        {Mode::InputGradient, tr("Gradient w.r.t. input")},
    };
    for (const auto& [mode, text] : modes)
        modeCombo_->addItem(text, static_cast<int>(mode));
    modeCombo_->setToolTip(tr("Pooling slides the same window without a kernel; the gradients "
                              "show where training's numbers come from"));
    im2colCheck_ = new QCheckBox(tr("im2&col"), bar);
    im2colCheck_->setObjectName(QStringLiteral("im2colCheck"));
    im2colCheck_->setToolTip(tr("How a library computes it: every window unrolled into a row of "
                                "a matrix, the whole convolution one matrix product"));

    const auto button = [bar](QAction* action, const char* name) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    randomAction_ = new QAction(tr("Random"), this);
    randomAction_->setObjectName(QStringLiteral("randomAction"));
    randomAction_->setToolTip(tr("Fill the input with random integers 0…9"));
    connect(randomAction_, &QAction::triggered, this, &StepThroughWorkspace::randomFill);
    imageAction_ = new QAction(tr("From image…"), this);
    imageAction_->setObjectName(QStringLiteral("imagePatchAction"));
    imageAction_->setToolTip(tr("Cut the input from a photo: shrunk to H×W, values 0…255"));
    connect(imageAction_, &QAction::triggered, this, &StepThroughWorkspace::chooseImagePatch);
    // Short button texts (the stack's "Undo Input (1, 1) = 10" goes in the tooltip), so a long
    // command name never widens the window.
    undoAction_ = new QAction(tr("Undo"), this);
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    undoAction_->setEnabled(false);
    connect(undoAction_, &QAction::triggered, undoStack_, &QUndoStack::undo);
    connect(undoStack_, &QUndoStack::canUndoChanged, undoAction_, &QAction::setEnabled);
    connect(undoStack_, &QUndoStack::undoTextChanged, undoAction_,
            [this](const QString& text) { undoAction_->setToolTip(tr("Undo: %1").arg(text)); });
    redoAction_ = new QAction(tr("Redo"), this);
    redoAction_->setObjectName(QStringLiteral("redoAction"));
    redoAction_->setEnabled(false);
    connect(redoAction_, &QAction::triggered, undoStack_, &QUndoStack::redo);
    connect(undoStack_, &QUndoStack::canRedoChanged, redoAction_, &QAction::setEnabled);
    connect(undoStack_, &QUndoStack::redoTextChanged, redoAction_,
            [this](const QString& text) { redoAction_->setToolTip(tr("Redo: %1").arg(text)); });
    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu_);
    exportButton->setPopupMode(QToolButton::InstantPopup);

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
    column->setSpacing(6);
    // Short rows, so that the workspace fits a 1024-pixel-wide window in the app's 12 pt font:
    // what is computed, the sizes, how the window moves, the formula and the edits.
    const auto row = [column]() {
        auto* line = new QHBoxLayout;
        line->setSpacing(6);
        column->addLayout(line);
        return line;
    };
    QHBoxLayout* first = row();
    first->addWidget(label(tr("&Mode"), modeCombo_));
    first->addWidget(modeCombo_);
    first->addSpacing(10);
    first->addWidget(label(tr("&Kernel"), kernelCombo_));
    first->addWidget(kernelCombo_, 1); // the preset's whole name when there is room
    first->addWidget(label(tr("F"), kernelSizeSpin_));
    first->addWidget(kernelSizeSpin_);
    first->addStretch(1);
    first->addWidget(im2colCheck_);
    QHBoxLayout* second = row();
    second->addWidget(label(tr("&Input H"), heightSpin_));
    second->addWidget(heightSpin_);
    second->addWidget(label(tr("W"), widthSpin_));
    second->addWidget(widthSpin_);
    second->addSpacing(10);
    second->addWidget(rgbCheck_);
    second->addWidget(label(tr("Filt&ers"), filterCountSpin_));
    second->addWidget(filterCountSpin_);
    second->addStretch(1);
    second->addWidget(button(randomAction_, "randomButton"));
    second->addWidget(button(imageAction_, "imagePatchButton"));
    QHBoxLayout* third = row();
    third->addWidget(label(tr("S&tride"), strideSpin_));
    third->addWidget(strideSpin_);
    third->addSpacing(10);
    third->addWidget(label(tr("&Padding"), paddingCombo_));
    third->addWidget(paddingCombo_);
    third->addSpacing(10);
    third->addWidget(label(tr("&Border"), borderCombo_));
    third->addWidget(borderCombo_);
    third->addSpacing(10);
    third->addWidget(label(tr("&Dilation"), dilationSpin_));
    third->addWidget(dilationSpin_);
    third->addSpacing(10);
    third->addWidget(flipCheck_);
    third->addStretch(1);
    QHBoxLayout* fourth = row();
    fourth->addWidget(formulaLabel_, 1);
    fourth->addWidget(button(undoAction_, "undoButton"));
    fourth->addWidget(button(redoAction_, "redoButton"));
    fourth->addWidget(exportButton);

    connect(kernelCombo_, &QComboBox::currentIndexChanged, this,
            &StepThroughWorkspace::choosePreset);
    connect(kernelSizeSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setKernelSize);
    connect(heightSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setInputSize);
    connect(widthSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setInputSize);
    connect(filterCountSpin_, &QSpinBox::valueChanged, this,
            [this] { setMultiChannel(rgbCheck_->isChecked()); });
    connect(rgbCheck_, &QCheckBox::toggled, this, &StepThroughWorkspace::setMultiChannel);
    for (QSpinBox* box : {strideSpin_, dilationSpin_})
        connect(box, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setParameters);
    for (QComboBox* box : {paddingCombo_, borderCombo_})
        connect(box, &QComboBox::currentIndexChanged, this, &StepThroughWorkspace::setParameters);
    connect(flipCheck_, &QCheckBox::toggled, this, &StepThroughWorkspace::setParameters);
    connect(modeCombo_, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<Mode>(modeCombo_->currentData().toInt())); });
    connect(im2colCheck_, &QCheckBox::toggled, im2colView_, &QWidget::setVisible);
    return bar;
}

QWidget* StepThroughWorkspace::createPlaybackBar() {
    auto* bar = new QWidget(this);
    bar->setFont(scaledFont(font(), 1.1));
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

    pinAction_ = new QAction(tr("Pin"), this);
    pinAction_->setObjectName(QStringLiteral("pinAction"));
    pinAction_->setCheckable(true);
    pinAction_->setShortcut(Qt::Key_P);
    pinAction_->setToolTip(tr("Keep this window outlined while the others play (P); "
                              "right-click an output cell to pin its window"));
    connect(pinAction_, &QAction::triggered, this, &StepThroughWorkspace::togglePin);
    connect(stage_, &ConvolutionStage::pinnedStepChanged, this, [this](int pinned) {
        pinAction_->setChecked(pinned >= 0);
        pinAction_->setText(pinned >= 0 ? tr("Unpin") : tr("Pin"));
    });

    timeline_ = new QSlider(Qt::Horizontal, bar);
    timeline_->setObjectName(QStringLiteral("timelineSlider"));
    timeline_->setToolTip(tr("Every position of the window: drag to scrub back and forth"));
    timeline_->setMinimumHeight(28);
    connect(timeline_, &QSlider::valueChanged, this, [this](int value) {
        pause();
        stage_->jumpToStep(value);
    });

    auto* column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(timeline_);
    auto* row = new QHBoxLayout;
    column->addLayout(row);
    row->setSpacing(10);
    row->addStretch(1);
    const std::pair<QAction*, const char*> buttons[] = {
        {resetAction_, "resetButton"}, {stepBackAction_, "stepBackButton"},
        {playAction_, "playButton"},   {stepForwardAction_, "stepForwardButton"},
        {pinAction_, "pinButton"},
    };
    for (const auto& [action, name] : buttons) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(26, 26));
        button->setMinimumHeight(44);
        row->addWidget(button);
    }

    counterLabel_ = new QLabel(bar);
    counterLabel_->setObjectName(QStringLiteral("stepCounter"));
    counterLabel_->setFont(scaledFont(bar->font(), 1.15));
    counterLabel_->setMinimumWidth(140);
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

int StepThroughWorkspace::glideDuration() const {
    return stage_->animationDuration();
}

void StepThroughWorkspace::play() {
    if (isPlaying() || stage_->stepCount() == 0)
        return;
    // Play at the last position starts the pass again.
    if (stage_->step() == stage_->stepCount() - 1)
        stage_->jumpToStep(0);
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

void StepThroughWorkspace::togglePin() {
    stage_->setPinnedStep(stage_->pinnedStep() >= 0 ? -1 : stage_->step());
}

void StepThroughWorkspace::advance() {
    stage_->setStep(stage_->step() + 1);
    if (stage_->step() >= stage_->stepCount() - 1)
        pause();
}

void StepThroughWorkspace::updateSpeed() {
    timer_->setInterval(kSpeedScale / speedSlider_->value());
    stage_->setAnimationDuration(
        std::min(kMaxGlideMs, static_cast<int>(timer_->interval() * kGlideShare)));
}

void StepThroughWorkspace::showStep(int index) {
    const int count = stage_->stepCount();
    counterLabel_->setText(count > 0 ? tr("Step %1 of %2").arg(index + 1).arg(count)
                                     : tr("No steps"));
    stepBackAction_->setEnabled(index > 0);
    stepForwardAction_->setEnabled(index >= 0 && index < count - 1);
    resetAction_->setEnabled(index > 0);
    playAction_->setEnabled(count > 1);
    pinAction_->setEnabled(count > 0);
    const QSignalBlocker blocker(timeline_);
    timeline_->setRange(0, std::max(0, count - 1));
    timeline_->setValue(std::max(0, index));
    timeline_->setEnabled(count > 1);
}

void StepThroughWorkspace::showStatus(const QString& message) {
    statusLabel_->setText(message);
    statusLabel_->setVisible(!message.isEmpty());
}

QString StepThroughWorkspace::statusMessage() const {
    return statusLabel_->isVisible() ? statusLabel_->text() : QString();
}

void StepThroughWorkspace::changeDocument(const Document& document, const QString& what) {
    if (document == document_)
        return;
    undoStack_->push(new DocumentCommand(this, document_, document, what));
}

void StepThroughWorkspace::applyDocument(const Document& document) {
    // Changing only values keeps the window where it is (its sum changes under it); a change of
    // shape starts the pass again.
    const Document& old = document_;
    const bool sameShape = old.channels == document.channels &&
                           old.kernelCount == document.kernelCount &&
                           old.height == document.height && old.width == document.width &&
                           old.kernelSize == document.kernelSize && old.stride == document.stride &&
                           old.padding == document.padding && old.dilation == document.dilation;
    const int step = sameShape ? stage_->step() : 0;
    document_ = document;
    syncControls();
    rebuildTrace(std::max(0, step));
}

void StepThroughWorkspace::syncControls() {
    const Document& d = document_;
    const QSignalBlocker b1(kernelCombo_), b2(kernelSizeSpin_), b3(heightSpin_), b4(widthSpin_),
        b5(filterCountSpin_), b6(rgbCheck_), b7(strideSpin_), b8(paddingCombo_), b9(borderCombo_),
        b10(dilationSpin_), b11(flipCheck_);
    kernelCombo_->setCurrentIndex(kernelCombo_->findData(d.presetId));
    kernelSizeSpin_->setValue(d.kernelSize);
    heightSpin_->setValue(d.height);
    widthSpin_->setValue(d.width);
    filterCountSpin_->setValue(d.kernelCount);
    rgbCheck_->setChecked(d.channels == 3);
    strideSpin_->setValue(d.stride);
    paddingCombo_->setCurrentIndex(paddingCombo_->findData(static_cast<int>(d.padding)));
    borderCombo_->setCurrentIndex(borderCombo_->findData(static_cast<int>(d.border)));
    dilationSpin_->setValue(d.dilation);
    flipCheck_->setChecked(d.flip);
}

void StepThroughWorkspace::choosePreset() {
    const QString id = kernelCombo_->currentData().toString();
    if (id.isEmpty()) // "Custom" is where edits land, not a kernel to choose
        return syncControls();
    const conv::KernelPreset& preset = conv::kernelPreset(id.toStdString());
    Document d = document_;
    d.presetId = id;
    d.kernelSize = static_cast<int>(preset.matrix.size());
    if (d.channels == 1 && d.kernelCount == 1) {
        d.kernels = flatten(preset.matrix);
        d.divisor = preset.divisor;
    } else {
        // A bank shares one divisor: the preset goes in as its weights (1/9 → 0.111…).
        d.kernels = kernelBank(d.kernelCount, d.channels, d.kernelSize, flatten(preset.weights()));
        d.divisor = 1;
    }
    changeDocument(d, tr("Kernel: %1").arg(QString::fromStdString(preset.name)));
}

void StepThroughWorkspace::setKernelSize() {
    Document d = document_;
    const int size = kernelSizeSpin_->value();
    const int planes = d.kernelCount * d.channels;
    d.kernels = resizePlanes(d.kernels, planes, d.kernelSize, d.kernelSize, size, size, true,
                             std::vector<double>(static_cast<std::size_t>(planes * size * size)));
    d.kernelSize = size;
    d.presetId.clear();
    changeDocument(d, tr("Kernel size %1×%1").arg(size));
}

void StepThroughWorkspace::setInputSize() {
    Document d = document_;
    const int h = heightSpin_->value(), w = widthSpin_->value();
    d.input = resizePlanes(d.input, d.channels, d.height, d.width, h, w, false,
                           randomIntegers(static_cast<std::size_t>(d.channels * h * w), 0, 9));
    d.height = h;
    d.width = w;
    changeDocument(d, tr("Input size %1×%2").arg(h).arg(w));
}

void StepThroughWorkspace::setParameters() {
    Document d = document_;
    d.stride = strideSpin_->value();
    d.padding = static_cast<conv::PaddingMode>(paddingCombo_->currentData().toInt());
    d.border = static_cast<compute::BorderMode>(borderCombo_->currentData().toInt());
    d.dilation = dilationSpin_->value();
    d.flip = flipCheck_->isChecked();
    changeDocument(d, tr("Stride, padding, border, dilation or flip"));
}

void StepThroughWorkspace::setMultiChannel(bool on) {
    Document d = document_;
    const int channels = on ? 3 : 1, kernels = filterCountSpin_->value();
    const auto plane = static_cast<std::size_t>(d.height * d.width);
    const auto slice = static_cast<std::size_t>(d.kernelSize * d.kernelSize);
    // A bank shares one divisor: weights go in divided (1/9 → 0.111…).
    for (double& w : d.kernels)
        w /= d.divisor;
    d.divisor = 1;
    if (channels != d.channels) {
        // RGB: the grey plane becomes R, G and B get random values; back to grey keeps R. The
        // first filter's first slice goes on every channel, the other filters are random.
        d.input.resize(plane);
        if (channels == 3) {
            const std::vector<double> more = randomIntegers(2 * plane, 0, 9);
            d.input.insert(d.input.end(), more.begin(), more.end());
        }
        d.kernels = kernelBank(
            kernels, channels, d.kernelSize,
            std::vector<double>(d.kernels.begin(), d.kernels.begin() + static_cast<long>(slice)));
    } else if (kernels > d.kernelCount) {
        // More filters: keep the ones there are, add random ones.
        const std::vector<double> more = randomIntegers(
            slice * static_cast<std::size_t>(channels * (kernels - d.kernelCount)), -1, 1);
        d.kernels.insert(d.kernels.end(), more.begin(), more.end());
    } else {
        d.kernels.resize(slice * static_cast<std::size_t>(channels * kernels));
    }
    if (channels == 1 && kernels == 1 && !d.presetId.isEmpty()) {
        // Back to one grey kernel: the preset as printed, with its divisor.
        const conv::KernelPreset& preset = conv::kernelPreset(d.presetId.toStdString());
        d.kernels = flatten(preset.matrix);
        d.divisor = preset.divisor;
    }
    d.channels = channels;
    d.kernelCount = kernels;
    const QString filters = kernels == 1 ? tr("1 filter") : tr("%1 filters").arg(kernels);
    changeDocument(d, on ? tr("RGB input, %1").arg(filters) : tr("Grey input, %1").arg(filters));
}

void StepThroughWorkspace::editInput(int channel, int row, int column, double value) {
    Document d = document_;
    d.input[static_cast<std::size_t>((channel * d.height + row) * d.width + column)] = value;
    changeDocument(d, tr("Input (%1, %2) = %3")
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(QString::fromStdString(conv::formatNumber(value, true))));
}

void StepThroughWorkspace::editKernel(int kernel, int channel, int row, int column, double value) {
    Document d = document_;
    const int f = d.kernelSize;
    d.kernels[static_cast<std::size_t>(((kernel * d.channels + channel) * f + row) * f + column)] =
        value;
    d.presetId.clear();
    changeDocument(d, tr("Kernel (%1, %2) = %3")
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(QString::fromStdString(conv::formatNumber(value, true))));
}

void StepThroughWorkspace::randomFill() {
    Document d = document_;
    d.input = randomIntegers(d.input.size(), 0, 9);
    changeDocument(d, tr("Random input"));
}

bool StepThroughWorkspace::loadInputPatch(const QString& path) {
    cv::Mat image;
    try {
        image = image::loadImage(path.toStdString());
    } catch (const std::exception& error) {
        showStatus(QString::fromStdString(error.what()));
        return false;
    }
    Document d = document_;
    if (d.channels == 1 && image.channels() == 3)
        cv::cvtColor(image, image, cv::COLOR_BGR2GRAY);
    else if (d.channels == 3 && image.channels() == 1)
        cv::cvtColor(image, image, cv::COLOR_GRAY2BGR);
    cv::Mat patch;
    cv::resize(image, patch, cv::Size(d.width, d.height), 0, 0, cv::INTER_AREA);
    for (int c = 0; c < d.channels; ++c)
        for (int y = 0; y < d.height; ++y)
            for (int x = 0; x < d.width; ++x) {
                // OpenCV stores B, G, R; our channels are R, G, B.
                const double value =
                    d.channels == 1 ? patch.at<uchar>(y, x) : patch.at<cv::Vec3b>(y, x)[2 - c];
                d.input[static_cast<std::size_t>((c * d.height + y) * d.width + x)] = value;
            }
    showStatus({});
    changeDocument(d, tr("Input from %1").arg(QFileInfo(path).fileName()));
    return true;
}

void StepThroughWorkspace::chooseImagePatch() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Cut the input from an image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadInputPatch(path);
}

void StepThroughWorkspace::setMode(Mode mode) {
    {
        const QSignalBlocker blocker(modeCombo_);
        modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(mode)));
    }
    if (mode == mode_)
        return;
    mode_ = mode;
    rebuildTrace();
}

void StepThroughWorkspace::rebuildTrace(int step) {
    pause();
    backward_.reset();
    const Document& d = document_;
    conv::ConvGeometry::Params params;
    params.inputHeight = d.height;
    params.inputWidth = d.width;
    params.kernelHeight = params.kernelWidth = d.kernelSize;
    params.strideY = params.strideX = d.stride;
    params.dilationY = params.dilationX = d.dilation;
    params.mode = d.padding;
    params.channels = d.channels;

    // Values are typed into the convolution's grids only: in the other modes the grids are
    // derived (dL/dY, a pooling window).
    const bool convolution = mode_ == Mode::Convolution;
    stage_->setEditable(convolution);
    stage_->setGridNames({}, {}, {});
    explanationLabel_->clear();
    const conv::ConvGeometry geometry(params);
    if (const auto why = geometry.whyInvalid()) {
        const QString reason = QString::fromStdString(*why);
        stage_->setMessage(tr("These settings give no output:\n%1.").arg(reason));
        stage_->setTrace(nullptr);
        im2colView_->setTrace(nullptr);
        formulaLabel_->setText(tr("Output size: none — %1").arg(reason));
        explanationLabel_->hide();
        showStep(-1);
        return;
    }
    try {
        stage_->setMessage({});
        if (mode_ == Mode::MaxPooling || mode_ == Mode::AveragePooling) {
            conv::PoolTrace::Setup setup;
            setup.geometry = params;
            setup.input = d.input;
            setup.kind =
                mode_ == Mode::MaxPooling ? compute::PoolKind::Max : compute::PoolKind::Average;
            stage_->setGridNames({}, tr("Window"), tr("Pooled"));
            stage_->setPoolTrace(std::make_shared<const conv::PoolTrace>(std::move(setup)), step);
            explanationLabel_->setText(
                mode_ == Mode::MaxPooling
                    ? tr("Max pooling keeps the largest value of each window (ringed): the "
                         "strongest response survives, its exact position is dropped.")
                    : tr("Average pooling keeps the mean of each window: a box blur, then "
                         "subsampling by the stride. Padding cells are not counted."));
        } else if (mode_ == Mode::KernelGradient || mode_ == Mode::InputGradient) {
            conv::BackwardTrace::Setup setup;
            setup.geometry = params;
            setup.kernelCount = d.kernelCount;
            setup.input = d.input;
            setup.kernels = d.kernels;
            for (double& w : setup.kernels)
                w /= d.divisor;
            setup.outputGradient =
                conv::BackwardTrace::randomIntegerGradient(geometry, d.kernelCount, 1);
            backward_ = std::make_shared<const conv::BackwardTrace>(std::move(setup));
            const bool kernel = mode_ == Mode::KernelGradient;
            // Aliasing pointers: the traces live inside backward_.
            const std::shared_ptr<const conv::ConvTrace> trace(
                backward_, kernel ? &backward_->kernelGradient(0) : &backward_->inputGradient());
            if (kernel)
                stage_->setGridNames(d.channels > 1 ? tr("Input X (R)") : tr("Input X"),
                                     tr("dL/dY"), tr("dL/dK"));
            else
                stage_->setGridNames(tr("dL/dY"), tr("Kernel"), tr("dL/dX"));
            stage_->setTrace(trace, step);
            explanationLabel_->setText(
                QString::fromStdString(kernel ? backward_->kernelGradientExplanation()
                                              : backward_->inputGradientExplanation()));
        } else {
            conv::ConvTrace::Setup setup;
            setup.geometry = params;
            setup.kernelCount = d.kernelCount;
            setup.input = d.input;
            setup.kernels = d.kernels;
            setup.divisor = d.divisor;
            setup.border = d.border;
            setup.mode = d.flip ? conv::TraceMode::Convolution : conv::TraceMode::CrossCorrelation;
            stage_->setTrace(std::make_shared<const conv::ConvTrace>(std::move(setup)), step);
        }
    } catch (const std::exception& error) {
        stage_->setMessage(QString::fromStdString(error.what()));
        stage_->setTrace(nullptr);
    }
    // im2col unrolls convolutions (the gradients are ones too); pooling has no product.
    im2colView_->setTrace(stage_->poolTrace() ? nullptr : stage_->trace());
    im2colView_->setCurrentStep(stage_->step());
    explanationLabel_->setVisible(!explanationLabel_->text().isEmpty());
    formulaLabel_->setText(tr("Output size:   %1      %2")
                               .arg(QString::fromStdString(geometry.heightFormula()),
                                    QString::fromStdString(geometry.widthFormula())));
    formulaLabel_->setToolTip(QString::fromStdString(geometry.unreachedDescription()));
    showStep(stage_->step());
}

int StepThroughWorkspace::passFrameCount(const ExportOptions& options) const {
    const int steps = stage_->stepCount();
    return steps > 0 ? 1 + (steps - 1) * std::max(1, options.glideFrames) : 0;
}

int StepThroughWorkspace::exportFrame(const QString& path) const {
    if (stage_->stepCount() == 0)
        throw std::runtime_error("cannot export '" + path.toStdString() +
                                 "': these settings give no output to show");
    const QImage frame = stage_->renderFrame(stage_->size(), stage_->step());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !frame.save(&file, "PNG") || !file.commit())
        throw std::runtime_error("cannot write '" + path.toStdString() +
                                 "': " + file.errorString().toStdString());
    return 1;
}

int StepThroughWorkspace::exportGif(const QString& path, const ExportOptions& options) const {
    const int frames = passFrameCount(options);
    if (frames == 0)
        throw std::runtime_error("cannot export '" + path.toStdString() +
                                 "': these settings give no output to show");
    const int glide = std::max(1, options.glideFrames);
    const QSize size = options.frameSize;
    image::GifWriter gif(path.toStdString(), size.width(), size.height());
    gif.addFrame(toBgr(stage_->renderFrame(size, 0)), options.holdMs);
    for (int step = 1; step < stage_->stepCount(); ++step)
        for (int g = 1; g <= glide; ++g)
            gif.addFrame(toBgr(stage_->renderFrame(size, step, double(g) / glide)),
                         g == glide ? options.holdMs : 1000 / std::max(1, options.fps));
    gif.finish();
    return gif.frameCount();
}

int StepThroughWorkspace::exportMp4(const QString& path, const ExportOptions& options) const {
    if (passFrameCount(options) == 0)
        throw std::runtime_error("cannot export '" + path.toStdString() +
                                 "': these settings give no output to show");
    const int glide = std::max(1, options.glideFrames);
    const int fps = std::max(1, options.fps);
    const int hold = std::max(1, options.holdMs * fps / 1000); // frames the arrival is held
    const QSize size = options.frameSize;
    image::Mp4Writer video(path.toStdString(), size.width(), size.height(), fps);
    const auto held = [&](const cv::Mat& frame) {
        for (int i = 0; i < hold; ++i)
            video.addFrame(frame);
    };
    held(toBgr(stage_->renderFrame(size, 0)));
    for (int step = 1; step < stage_->stepCount(); ++step)
        for (int g = 1; g <= glide; ++g) {
            const cv::Mat frame = toBgr(stage_->renderFrame(size, step, double(g) / glide));
            if (g == glide)
                held(frame);
            else
                video.addFrame(frame);
        }
    video.finish();
    return video.frameCount();
}

void StepThroughWorkspace::chooseExport(const QString& format) {
    pause();
    const QString filter = format == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : format == QLatin1String("gif") ? tr("Animated GIF (*.gif)")
                                                            : tr("MP4 video (*.mp4)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                QStringLiteral("step-through.") + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    ExportOptions options;
    // A long pass (a 32×32 input has 1024 positions) is exported without the glide frames.
    if (stage_->stepCount() > 64)
        options.glideFrames = 1;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const int frames = format == QLatin1String("png")   ? exportFrame(path)
                           : format == QLatin1String("gif") ? exportGif(path, options)
                                                            : exportMp4(path, options);
        showStatus(frames == 1 ? tr("Saved %1").arg(path)
                               : tr("Saved %1 frames to %2").arg(frames).arg(path));
    } catch (const std::exception& error) {
        showStatus(QString::fromStdString(error.what()));
    }
    QApplication::restoreOverrideCursor();
}

} // namespace convsight::widgets
