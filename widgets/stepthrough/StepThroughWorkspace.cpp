// The Step-through workspace: stage, playback and timeline, the editable input and kernel, the
// parameters, undo/redo of every change, export, and the output-size formula.
#include "stepthrough/StepThroughWorkspace.h"

#include "common/ColumnScroll.h"
#include "common/CoreMessages.h"
#include "common/FlowLayout.h"
#include "common/Shortcuts.h"
#include "common/Theme.h"
#include "conv/KernelPresets.h"
#include "image/ImageIO.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/Im2colView.h"
#include "stepthrough/StepExercise.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
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

// Speed slider: interval = kSpeedScale / value ms, so the middle value 4 gives 700 ms a step.
constexpr int kSpeedScale = 2800;
constexpr int kDefaultSpeed = 4;

// The parameter rows, scrolling up and down where the workspace is short (beside the Lessons
// panel, in presentation mode): as high as their wrapped lines at the width given, and at least
// two lines, so that the stage keeps its least size.
class ParameterScroll : public QScrollArea {
public:
    explicit ParameterScroll(QWidget* rows, QWidget* parent)
        : QScrollArea(parent) {
        setWidget(rows);
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    QSize sizeHint() const override {
        const QWidget* rows = widget();
        const int width = viewport()->width() > 0 ? viewport()->width() : rows->sizeHint().width();
        const int height =
            rows->hasHeightForWidth() ? rows->heightForWidth(width) : rows->sizeHint().height();
        return {rows->minimumSizeHint().width(), height};
    }
    QSize minimumSizeHint() const override {
        const int twoLines = fontMetrics().lineSpacing() * 4;
        return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
                std::min(sizeHint().height(), twoLines)};
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the rows wrap differently: another height
    }
};
// Share of a step's interval the window spends gliding; the rest it rests at its place.
constexpr double kGlideShare = 0.55;
constexpr int kMaxGlideMs = 450;

QFont scaledFont(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

int StepThroughWorkspace::randomInteger(int low, int high) {
    return QRandomGenerator::global()->bounded(low, high + 1);
}

StepThroughWorkspace::StepThroughWorkspace(QWidget* parent)
    : QWidget(parent)
    , document_(Document::lecture_example())
    , stage_(new ConvolutionStage(this))
    , undoStack_(new QUndoStack(this))
    , timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("stepThroughWorkspace"));
    undoStack_->setUndoLimit(undoLimit);

    connect(timer_, &QTimer::timeout, this, &StepThroughWorkspace::advance);
    connect(stage_, &ConvolutionStage::stepChanged, this, &StepThroughWorkspace::showStep);
    connect(stage_, &ConvolutionStage::inputValueEdited, this, &StepThroughWorkspace::editInput);
    connect(stage_, &ConvolutionStage::kernelValueEdited, this, &StepThroughWorkspace::editKernel);

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("stepThroughStatus"));
    statusLabel_->setWordWrap(true);
    theme::followTheme(statusLabel_, [] {
        return QStringLiteral("color: %1; background: %2; border-radius: 6px; padding: 4px 10px;")
            .arg(theme::css(theme::colours().text), theme::css(theme::colours().noteFill));
    });
    statusLabel_->hide();

    explanationLabel_ = new QLabel(this);
    explanationLabel_->setObjectName(QStringLiteral("modeExplanation"));
    explanationLabel_->setWordWrap(true);
    theme::followTheme(explanationLabel_, [] {
        return QStringLiteral("color: %1; padding: 0 10px;")
            .arg(theme::css(theme::colours().secondaryText));
    });
    explanationLabel_->hide();

    // The im2col panel follows the stage's step.
    im2colView_ = new Im2colView(this);
    im2colView_->setObjectName(QStringLiteral("im2colView"));
    im2colView_->hide();
    connect(stage_, &ConvolutionStage::stepChanged, im2colView_, &Im2colView::setCurrentStep);

    createExportActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(new ParameterScroll(createParameterBar(), this));
    layout->addWidget(statusLabel_);
    // A long explanation (the gradients) scrolls after four lines, so the stage keeps its room.
    explanationScroll_ = new ColumnScroll(explanationLabel_);
    explanationScroll_->setObjectName(QStringLiteral("modeExplanationScroll"));
    explanationScroll_->setMaximumHeight(explanationLabel_->fontMetrics().lineSpacing() * 4 + 6);
    explanationScroll_->setVisible(explanationLabel_->isVisibleTo(this));
    layout->addWidget(explanationScroll_);
    auto* stages = new QHBoxLayout;
    stages->setSpacing(12);
    // Cells never shrink below what their numbers need: where the window leaves less, the stage
    // scrolls; the view keeps the stage's usual least size.
    auto* stageScroll = new QScrollArea(this);
    stageScroll->setObjectName(QStringLiteral("stageScroll"));
    stageScroll->setFrameShape(QFrame::NoFrame);
    stageScroll->setWidgetResizable(true);
    stageScroll->setWidget(stage_);
    stageScroll->setMinimumSize(420, 300);
    stages->addWidget(stageScroll, 3);
    // A scrolled stage brings the current output cell into view (the curve detector's 6600).
    const auto showOutput = [this, stageScroll] {
        if (!stage_->trace() || stage_->step() < 0)
            return;
        const conv::TraceStep step = stage_->trace()->step(stage_->step());
        const QRect cell = stage_->outputCellRect(step.kernel, step.out_y, step.out_x);
        if (!cell.isEmpty())
            stageScroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width(),
                                       cell.height());
    };
    connect(stage_, &ConvolutionStage::stepChanged, this,
            [this, showOutput] { QTimer::singleShot(0, this, showOutput); });
    connect(stage_, &ConvolutionStage::traceChanged, this,
            [this, showOutput] { QTimer::singleShot(0, this, showOutput); });
    stages->addWidget(im2colView_, 2);
    layout->addLayout(stages, 1);
    exercise_ = new StepExercise(stage_, this);
    layout->addWidget(createPlaybackBar());
    layout->addWidget(exercise_);
    exercise_->setSizeGivers({formulaLabel_, counterLabel_});

    updateSpeed();
    syncControls();
    rebuildTrace();

    // The clicker's keys, wherever the focus is in the workspace (see eventFilter).
    for (QWidget* child : findChildren<QWidget*>())
        child->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now))
            now->installEventFilter(this); // a cell editor opened since
    });
}

QAction* StepThroughWorkspace::clickerAction(const QObject* watched, int key) const {
    const auto* widget = qobject_cast<const QWidget*>(watched);
    if (!widget || !isVisible())
        return nullptr;
    // The spin box's own line edit counts as the spin box.
    const QWidget* input = qobject_cast<const QAbstractSpinBox*>(widget->parentWidget())
                               ? widget->parentWidget()
                               : widget;
    const bool control =
        qobject_cast<const QAbstractSpinBox*>(input) || qobject_cast<const QComboBox*>(input) ||
        qobject_cast<const QAbstractSlider*>(input) || qobject_cast<const QCheckBox*>(input);
    const bool typing = qobject_cast<const QLineEdit*>(input) != nullptr;
    if (!control && !typing)
        return nullptr;
    switch (key) {
    case Qt::Key_PageDown:
        return stepForwardAction_;
    case Qt::Key_PageUp:
        return stepBackAction_;
    case Qt::Key_Right:
        return control ? stepForwardAction_ : nullptr;
    case Qt::Key_Left:
        return control ? stepBackAction_ : nullptr;
    case Qt::Key_Home:
        return control ? resetAction_ : nullptr;
    case Qt::Key_End:
        return control ? lastAction_ : nullptr;
    case Qt::Key_Space:
        return control ? playAction_ : nullptr;
    default:
        return nullptr;
    }
}

bool StepThroughWorkspace::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    QAction* action = clickerAction(watched, key->key());
    if (!action)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes here as a key press, not to the shortcut as well
        return true;
    }
    action->trigger();
    return true;
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
    createParameterControls(bar);
    createEditActions();
    layOutParameterBar(bar);
    connectParameterControls();
    return bar;
}

void StepThroughWorkspace::createParameterControls(QWidget* bar) {
    kernelCombo_ = new QComboBox(bar);
    kernelCombo_->setObjectName(QStringLiteral("kernelCombo"));
    kernelCombo_->setToolTip(tr("The kernel that slides over the input"));
    for (const conv::KernelPreset& preset : conv::kernel_presets()) {
        kernelCombo_->addItem(translateCoreText(preset.name), QString::fromStdString(preset.id));
        kernelCombo_->setItemData(kernelCombo_->count() - 1, translateCoreText(preset.explanation),
                                  Qt::ToolTipRole);
    }
    kernelCombo_->addItem(tr("Custom (edited)"), QString());
    // Room for the longest preset's name: a name cut short reads as another kernel.
    kernelCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kernelCombo_->setMaximumWidth(340);

    const auto spin = [bar](const char* name, int low, int high, const QString& tip) {
        auto* box = new QSpinBox(bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(low, high);
        box->setToolTip(tip);
        return box;
    };
    kernelSizeSpin_ = spin("kernelSizeSpin", 1, Document::kMaxKernelSize,
                           tr("Kernel size F: the window is F×F cells"));
    heightSpin_ = spin("inputHeightSpin", 2, Document::kMaxInputSide, tr("Input height H (rows)"));
    widthSpin_ = spin("inputWidthSpin", 2, Document::kMaxInputSide, tr("Input width W (columns)"));
    filterCountSpin_ =
        spin("filterCountSpin", 1, 4, tr("How many filters (kernels): each gives one feature map"));
    strideSpin_ = spin("strideSpin", 1, 3, tr("How many cells the window moves at each step"));
    dilationSpin_ = spin("dilationSpin", 1, 3,
                         tr("Dilation: the kernel's taps are this many cells apart (1: "
                            "side by side)"));

    createPaddingCombos(bar);

    const auto check = [bar](const QString& text, const char* name, const QString& tip) {
        auto* box = new QCheckBox(text, bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setToolTip(tip);
        return box;
    };
    flipCheck_ = check(
        tr("&Flip kernel"), "flipCheck",
        tr("True convolution: the kernel turned by 180° before it slides. CNN libraries do not "
           "flip (they compute cross-correlation); for symmetric kernels both agree."));
    rgbCheck_ = check(tr("&RGB input"), "rgbCheck",
                      tr("Three channels (R, G, B): each filter has one kernel slice per "
                         "channel, and their sums add up"));
    createModeCombo(bar);
    createLectureControls(bar);
    im2colCheck_ = check(tr("im2&col"), "im2colCheck",
                         tr("How a library computes it: every window unrolled into a row of "
                            "a matrix, the whole convolution one matrix product"));

    formulaLabel_ = new QLabel(bar);
    formulaLabel_->setObjectName(QStringLiteral("formulaLabel"));
    formulaLabel_->setTextFormat(Qt::PlainText);
    formulaLabel_->setWordWrap(true);
    theme::followTheme(formulaLabel_, [] {
        return QStringLiteral("color: %1; background: %2; border-radius: 6px; padding: 4px 10px;")
            .arg(theme::css(theme::colours().text), theme::css(theme::colours().accentFill));
    });
}

void StepThroughWorkspace::createPaddingCombos(QWidget* bar) {
    paddingCombo_ = new QComboBox(bar);
    paddingCombo_->setObjectName(QStringLiteral("paddingCombo"));
    paddingCombo_->addItem(tr("VALID"), static_cast<int>(conv::PaddingMode::Valid));
    paddingCombo_->addItem(tr("SAME"), static_cast<int>(conv::PaddingMode::Same));
    paddingCombo_->setItemData(0, tr("No padding: the window only visits places where it fits"),
                               Qt::ToolTipRole);
    paddingCombo_->addItem(tr("Explicit"), static_cast<int>(conv::PaddingMode::Explicit));
    paddingCombo_->setItemData(1, tr("Cells around the input so that output = input / stride"),
                               Qt::ToolTipRole);
    paddingCombo_->setItemData(2, tr("P cells on every side, as in the lecture's \"Padding = 2\""),
                               Qt::ToolTipRole);
    paddingCombo_->setToolTip(
        tr("Padding P: VALID adds no cells, so the output shrinks to (W − F) / S + 1; SAME adds "
           "cells around the input so that the output is W / S, rounded up; Explicit adds the P "
           "you choose: (W − F + 2P) / S + 1"));
    explicitPaddingSpin_ = new QSpinBox(bar);
    explicitPaddingSpin_->setObjectName(QStringLiteral("explicitPaddingSpin"));
    explicitPaddingSpin_->setRange(0, Document::kMaxExplicitPadding);
    explicitPaddingSpin_->setToolTip(
        tr("P: cells of padding on every side (Explicit padding). P ≥ F is allowed, as in PyTorch "
           "and TensorFlow, with a warning: outputs that see only padding are wasted."));

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
}

void StepThroughWorkspace::createModeCombo(QWidget* bar) {
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
}

void StepThroughWorkspace::createEditActions() {
    randomAction_ = new QAction(tr("Random"), this);
    randomAction_->setObjectName(QStringLiteral("randomAction"));
    randomAction_->setToolTip(tr("Fill the input with random integers 0…9"));
    connect(randomAction_, &QAction::triggered, this, &StepThroughWorkspace::randomFill);
    setWorkspaceShortcut(randomAction_, this, QKeySequence(Qt::CTRL | Qt::Key_R));
    imageAction_ = new QAction(tr("From image…"), this);
    imageAction_->setObjectName(QStringLiteral("imagePatchAction"));
    imageAction_->setToolTip(tr("Cut the input from a photo: shrunk to H×W, values 0…255"));
    connect(imageAction_, &QAction::triggered, this, &StepThroughWorkspace::chooseImagePatch);
    setWorkspaceShortcut(imageAction_, this, QKeySequence(Qt::CTRL | Qt::Key_I));
    // Short button texts (the stack's "Undo Input (1, 1) = 10" goes in the tooltip), so a long
    // command name never widens the window: the stack's own text is replaced after it sets it.
    undoAction_ = undoStack_->createUndoAction(this, tr("Undo"));
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    undoAction_->setText(tr("Undo"));
    // The actions, not `this`, in the lambdas: the stack announces its last change while it is
    // deleted with the workspace's children, after the workspace itself is gone.
    connect(undoStack_, &QUndoStack::undoTextChanged, undoAction_,
            [action = undoAction_](const QString& text) {
                action->setText(tr("Undo"));
                action->setToolTip(tr("Undo: %1").arg(text));
            });
    redoAction_ = undoStack_->createRedoAction(this, tr("Redo"));
    redoAction_->setObjectName(QStringLiteral("redoAction"));
    redoAction_->setText(tr("Redo"));
    connect(undoStack_, &QUndoStack::redoTextChanged, redoAction_,
            [action = redoAction_](const QString& text) {
                action->setText(tr("Redo"));
                action->setToolTip(tr("Redo: %1").arg(text));
            });
}

void StepThroughWorkspace::layOutParameterBar(QWidget* bar) {
    const auto button = [bar](QAction* action, const char* name) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu_);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolTip(tr("Save the frame as PNG, or the whole pass as a GIF or an MP4"));

    auto* column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    // Short rows, so that the workspace fits a 1024-pixel-wide window in the app's 12 pt font:
    // what is computed, the sizes, how the window moves, the formula and the edits. Each row is
    // a list of widgets; a label (with its buddy the widget after it), spacing or a stretch.
    struct Item {
        Item(QWidget* w, const QString& text = {}, int widgetStretch = 0)
            : widget(w)
            , label(text)
            , stretch(widgetStretch) {}
        QWidget* widget{};
        QString label; // a buddy label before the widget
        int stretch{}; // the widget's stretch, or with no widget a stretch
        int spacing{}; // with no widget: spacing
    };
    const auto row = [&](std::initializer_list<Item> items) {
        auto* line = new QHBoxLayout;
        line->setSpacing(6);
        column->addLayout(line);
        for (const Item& item : items) {
            if (!item.widget) {
                item.spacing > 0 ? line->addSpacing(item.spacing) : line->addStretch(item.stretch);
                continue;
            }
            if (!item.label.isEmpty()) {
                auto* label = new QLabel(item.label, bar);
                label->setBuddy(item.widget);
                label->setToolTip(item.widget->toolTip());
                line->addWidget(label);
            }
            line->addWidget(item.widget, item.stretch);
        }
    };
    // A row that wraps where the workspace is narrow (beside the Lessons panel): each label stays
    // with its widget; what follows the stretch goes to the line's right end.
    const auto flowRow = [&](std::initializer_list<Item> items) {
        auto* line = new QWidget(bar);
        auto* flow = new FlowLayout(line, 6);
        column->addWidget(line);
        for (const Item& item : items) {
            if (!item.widget) {
                if (item.spacing == 0)
                    flow->addStretch();
                continue;
            }
            if (item.label.isEmpty()) {
                flow->addWidget(item.widget);
                continue;
            }
            auto* pair = new QWidget(line);
            auto* pairRow = new QHBoxLayout(pair);
            pairRow->setContentsMargins(0, 0, 0, 0);
            pairRow->setSpacing(6);
            auto* label = new QLabel(item.label, pair);
            label->setBuddy(item.widget);
            label->setToolTip(item.widget->toolTip());
            pairRow->addWidget(label);
            pairRow->addWidget(item.widget, 1);
            flow->addWidget(pair);
        }
    };
    Item gap(nullptr), stretch(nullptr, {}, 1);
    gap.spacing = 6;
    // The preset's whole name when there is room: the kernel combo stretches.
    flowRow({{modeCombo_, tr("&Mode")},
             gap,
             {kernelCombo_, tr("&Kernel"), 1},
             {kernelSizeSpin_, tr("F")},
             stretch,
             {lectureButton_}});
    flowRow({{heightSpin_, tr("&Input H")},
             {widthSpin_, tr("W")},
             gap,
             {rgbCheck_},
             {filterCountSpin_, tr("Filt&ers")},
             stretch,
             {button(randomAction_, "randomButton")},
             {button(imageAction_, "imagePatchButton")},
             {csvButton_}});
    flowRow({{strideSpin_, tr("S&tride")},
             gap,
             {paddingCombo_, tr("&Padding")},
             {explicitPaddingSpin_, tr("P")},
             gap,
             {borderCombo_, tr("&Border")},
             gap,
             {dilationSpin_, tr("&Dilation")},
             gap,
             {flipCheck_},
             stretch,
             {im2colCheck_}}); // here, so the kernel's whole name fits a 1024×768 projector
    row({{formulaLabel_, {}, 1},
         {button(undoAction_, "undoButton")},
         {button(redoAction_, "redoButton")},
         {exportButton}});
    column->addWidget(noteLabel_);
    column->addWidget(notationLabel_);
}

void StepThroughWorkspace::connectParameterControls() {
    connect(kernelCombo_, &QComboBox::currentIndexChanged, this,
            &StepThroughWorkspace::choosePreset);
    connect(kernelSizeSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setKernelSize);
    connect(heightSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setInputSize);
    connect(widthSpin_, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setInputSize);
    connect(filterCountSpin_, &QSpinBox::valueChanged, this,
            [this] { setMultiChannel(rgbCheck_->isChecked()); });
    connect(rgbCheck_, &QCheckBox::toggled, this, &StepThroughWorkspace::setMultiChannel);
    for (QSpinBox* box : {strideSpin_, dilationSpin_, explicitPaddingSpin_})
        connect(box, &QSpinBox::valueChanged, this, &StepThroughWorkspace::setParameters);
    for (QComboBox* box : {paddingCombo_, borderCombo_})
        connect(box, &QComboBox::currentIndexChanged, this, &StepThroughWorkspace::setParameters);
    connect(flipCheck_, &QCheckBox::toggled, this, &StepThroughWorkspace::setParameters);
    connect(modeCombo_, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<Mode>(modeCombo_->currentData().toInt())); });
    connect(im2colCheck_, &QCheckBox::toggled, im2colView_, &QWidget::setVisible);
}

QWidget* StepThroughWorkspace::createPlaybackBar() {
    auto* bar = new QWidget(this);
    bar->setFont(scaledFont(font(), 1.1));
    createPlaybackActions();

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
    // The buttons, the counter and the speed wrap onto a second line where the workspace is
    // narrow (beside the Lessons panel at 1000 pixels, or in presentation mode).
    auto* rowWidget = new QWidget(bar);
    rowWidget->setObjectName(QStringLiteral("playbackRow"));
    auto* row = new FlowLayout(rowWidget, 8);
    column->addWidget(rowWidget);
    const std::pair<QAction*, const char*> buttons[] = {
        {resetAction_, "resetButton"}, {stepBackAction_, "stepBackButton"},
        {playAction_, "playButton"},   {stepForwardAction_, "stepForwardButton"},
        {lastAction_, "lastButton"},   {pinAction_, "pinButton"},
    };
    for (const auto& [action, name] : buttons) {
        // While the workspace is shown, wherever the focus is in the window.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        auto* button = new QToolButton(rowWidget);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        // First and last are the player's ⏮ and ⏭ (their tooltips say so): the bar stays narrow
        // enough for a 1024-pixel projector.
        button->setToolButtonStyle(action == resetAction_ || action == lastAction_
                                       ? Qt::ToolButtonIconOnly
                                       : Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(26, 26));
        button->setMinimumHeight(44);
        row->addWidget(button);
    }

    auto* exerciseButton = new QToolButton(rowWidget);
    exerciseButton->setObjectName(QStringLiteral("exerciseButton"));
    exerciseButton->setDefaultAction(exercise_->exerciseAction());
    exerciseButton->setMinimumHeight(44);
    row->addWidget(exerciseButton);

    counterLabel_ = new QLabel(rowWidget);
    counterLabel_->setObjectName(QStringLiteral("stepCounter"));
    counterLabel_->setFont(scaledFont(bar->font(), 1.15));
    counterLabel_->setMinimumWidth(140);
    counterLabel_->setAlignment(Qt::AlignCenter);
    row->addWidget(counterLabel_);

    speedSlider_ = new QSlider(Qt::Horizontal, rowWidget);
    speedSlider_->setObjectName(QStringLiteral("speedSlider"));
    speedSlider_->setRange(1, 10);
    speedSlider_->setValue(kDefaultSpeed);
    speedSlider_->setMinimumWidth(70);
    speedSlider_->setMaximumWidth(160);
    speedSlider_->setToolTip(tr("Animation speed"));
    // The speed's label and slider stay together on one line.
    auto* speed = new QWidget(rowWidget);
    speed->setObjectName(QStringLiteral("speedControl"));
    auto* speedRow = new QHBoxLayout(speed);
    speedRow->setContentsMargins(0, 0, 0, 0);
    speedRow->setSpacing(8);
    auto* speedLabel = new QLabel(tr("&Speed"), speed);
    speedLabel->setBuddy(speedSlider_);
    speedRow->addWidget(speedLabel);
    speedRow->addWidget(speedSlider_);
    row->addWidget(speed);
    connect(speedSlider_, &QSlider::valueChanged, this, &StepThroughWorkspace::updateSpeed);
    return bar;
}

void StepThroughWorkspace::createPlaybackActions() {
    QStyle* s = style();
    const auto action = [this](const QIcon& icon, const QString& text, const char* name,
                               QKeySequence shortcut, const QString& tip) {
        auto* a = new QAction(icon, text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        a->setToolTip(tip);
        return a;
    };
    resetAction_ = action(s->standardIcon(QStyle::SP_MediaSkipBackward), tr("Reset"), "resetAction",
                          Qt::Key_Home, tr("Back to the first position (Home)"));
    lastAction_ = action(s->standardIcon(QStyle::SP_MediaSkipForward), tr("Last"), "lastAction",
                         Qt::Key_End, tr("To the last position (End)"));
    connect(lastAction_, &QAction::triggered, this, &StepThroughWorkspace::goToLast);
    connect(resetAction_, &QAction::triggered, this, &StepThroughWorkspace::reset);
    stepBackAction_ =
        action(s->standardIcon(QStyle::SP_MediaSeekBackward), tr("Back"), "stepBackAction",
               Qt::Key_Left, tr("One step back (Left arrow or Page Up)"));
    stepBackAction_->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    connect(stepBackAction_, &QAction::triggered, this, &StepThroughWorkspace::stepBack);
    playAction_ = action(s->standardIcon(QStyle::SP_MediaPlay), tr("Play"), "playAction",
                         Qt::Key_Space, tr("Play or pause the sliding window (Space)"));
    connect(playAction_, &QAction::triggered, this, [this] { isPlaying() ? pause() : play(); });
    stepForwardAction_ =
        action(s->standardIcon(QStyle::SP_MediaSeekForward), tr("Next"), "stepForwardAction",
               Qt::Key_Right, tr("One step forward (Right arrow or Page Down)"));
    stepForwardAction_->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    connect(stepForwardAction_, &QAction::triggered, this, &StepThroughWorkspace::stepForward);
    pinAction_ = action(QIcon(), tr("Pin"), "pinAction", Qt::Key_P,
                        tr("Keep this window outlined while the others play (P); "
                           "right-click an output cell to pin its window"));
    pinAction_->setCheckable(true);
    connect(pinAction_, &QAction::triggered, this, &StepThroughWorkspace::togglePin);
    connect(stage_, &ConvolutionStage::pinnedStepChanged, this, [this](int pinned) {
        pinAction_->setChecked(pinned >= 0);
        pinAction_->setText(pinned >= 0 ? tr("Unpin") : tr("Pin"));
    });
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

void StepThroughWorkspace::goToLast() {
    pause();
    if (stage_->stepCount() > 0)
        stage_->setStep(stage_->stepCount() - 1);
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
    const int step = document_.same_shape(document) ? stage_->step() : 0;
    document_ = document;
    syncControls();
    rebuildTrace(std::max(0, step));
}

void StepThroughWorkspace::syncControls() {
    const Document& d = document_;
    const QSignalBlocker b1(kernelCombo_), b2(kernelSizeSpin_), b3(heightSpin_), b4(widthSpin_),
        b5(filterCountSpin_), b6(rgbCheck_), b7(strideSpin_), b8(paddingCombo_), b9(borderCombo_),
        b10(dilationSpin_), b11(flipCheck_), b12(explicitPaddingSpin_);
    kernelCombo_->setCurrentIndex(kernelCombo_->findData(QString::fromStdString(d.preset_id)));
    kernelSizeSpin_->setValue(d.kernel_size);
    heightSpin_->setValue(d.height);
    widthSpin_->setValue(d.width);
    filterCountSpin_->setValue(d.kernel_count);
    rgbCheck_->setChecked(d.channels == 3);
    strideSpin_->setValue(d.stride);
    paddingCombo_->setCurrentIndex(paddingCombo_->findData(static_cast<int>(d.padding)));
    // P from 0 to F + 2 (wider than the kernel, to see why it is wasteful).
    explicitPaddingSpin_->setRange(0, std::max(d.kernel_size + 2, d.explicit_padding));
    explicitPaddingSpin_->setValue(d.explicit_padding);
    explicitPaddingSpin_->setEnabled(d.padding == conv::PaddingMode::Explicit);
    borderCombo_->setCurrentIndex(borderCombo_->findData(static_cast<int>(d.border)));
    dilationSpin_->setValue(d.dilation);
    flipCheck_->setChecked(d.flip);
}

void StepThroughWorkspace::choosePreset() {
    const QString id = kernelCombo_->currentData().toString();
    if (id.isEmpty()) // "Custom" is where edits land, not a kernel to choose
        return syncControls();
    const Document d = document_.with_preset(id.toStdString(), randomInteger);
    changeDocument(
        d, tr("Kernel: %1").arg(QString::fromStdString(conv::kernel_preset(d.preset_id).name)));
}

void StepThroughWorkspace::setKernelSize() {
    const int size = kernelSizeSpin_->value();
    Document d = document_.with_kernel_size(size);
    d.explicit_padding = std::min(d.explicit_padding, size + 2); // the P box offers 0…F + 2
    changeDocument(d, tr("Kernel size %1×%1").arg(size));
}

void StepThroughWorkspace::setInputSize() {
    const int h = heightSpin_->value(), w = widthSpin_->value();
    changeDocument(document_.with_input_size(h, w, randomInteger),
                   tr("Input size %1×%2").arg(h).arg(w));
}

void StepThroughWorkspace::setParameters() {
    Document d = document_;
    d.stride = strideSpin_->value();
    d.padding = static_cast<conv::PaddingMode>(paddingCombo_->currentData().toInt());
    d.explicit_padding = explicitPaddingSpin_->value();
    d.border = static_cast<compute::BorderMode>(borderCombo_->currentData().toInt());
    d.dilation = dilationSpin_->value();
    d.flip = flipCheck_->isChecked();
    changeDocument(d, tr("Stride, padding, border, dilation or flip"));
}

void StepThroughWorkspace::setMultiChannel(bool on) {
    const int kernels = filterCountSpin_->value();
    const QString filters = kernels == 1 ? tr("1 filter") : tr("%1 filters").arg(kernels);
    changeDocument(document_.with_channels(on ? 3 : 1, kernels, randomInteger),
                   on ? tr("RGB input, %1").arg(filters) : tr("Grey input, %1").arg(filters));
}

void StepThroughWorkspace::editInput(int channel, int row, int column, double value) {
    changeDocument(document_.with_input_value(channel, row, column, value),
                   tr("Input (%1, %2) = %3")
                       .arg(row + 1)
                       .arg(column + 1)
                       .arg(QString::fromStdString(conv::format_number(value, true))));
}

void StepThroughWorkspace::editKernel(int kernel, int channel, int row, int column, double value) {
    changeDocument(document_.with_kernel_value(kernel, channel, row, column, value),
                   tr("Kernel (%1, %2) = %3")
                       .arg(row + 1)
                       .arg(column + 1)
                       .arg(QString::fromStdString(conv::format_number(value, true))));
}

void StepThroughWorkspace::randomFill() {
    changeDocument(document_.with_random_input(randomInteger), tr("Random input"));
}

bool StepThroughWorkspace::loadInputPatch(const QString& path) {
    cv::Mat image;
    try {
        image = image::load_image(path.toStdString());
    } catch (const std::exception& error) {
        showStatus(translateCoreMessage(error.what()));
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
            for (int x = 0; x < d.width; ++x)
                // OpenCV stores B, G, R; our channels are R, G, B.
                d.input[d.input_index(c, y, x)] =
                    d.channels == 1 ? patch.at<uchar>(y, x) : patch.at<cv::Vec3b>(y, x)[2 - c];
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
    // Values are typed into the convolution's grids only: in the other modes the grids are
    // derived (dL/dY, a pooling window).
    stage_->setEditable(mode_ == Mode::Convolution);
    stage_->setGridNames({}, {}, {});
    explanationLabel_->clear();
    const conv::ConvGeometry geometry(document_.geometry_params());
    if (const auto why = geometry.why_invalid()) {
        const QString reason = QString::fromStdString(*why);
        stage_->setMessage(tr("These settings give no output:\n%1.").arg(reason));
        stage_->setTrace(nullptr);
        im2colView_->setTrace(nullptr);
        formulaLabel_->setText(tr("Output size: none — %1").arg(reason));
        explanationLabel_->hide();
        explanationScroll_->hide();
        showStep(-1);
        showNotes();
        return;
    }
    try {
        stage_->setMessage({});
        showTraces(document_.traces(mode_), step);
    } catch (const std::exception& error) {
        stage_->setMessage(translateCoreMessage(error.what()));
        stage_->setTrace(nullptr);
    }
    // im2col unrolls convolutions (the gradients are ones too); pooling has no product.
    im2colView_->setTrace(stage_->poolTrace() ? nullptr : stage_->trace());
    im2colView_->setCurrentStep(stage_->step());
    explanationLabel_->setVisible(!explanationLabel_->text().isEmpty());
    explanationScroll_->setVisible(!explanationLabel_->text().isEmpty());
    formulaLabel_->setText(tr("Output size:   %1      %2")
                               .arg(QString::fromStdString(geometry.height_formula()),
                                    QString::fromStdString(geometry.width_formula())));
    formulaLabel_->setToolTip(translateCoreMessage(geometry.unreached_description()));
    showStep(stage_->step());
    showNotes();
}

void StepThroughWorkspace::showTraces(const conv::StepThroughTraces& traces, int step) {
    if (traces.pool) {
        stage_->setGridNames({}, tr("Window"), tr("Pooled"));
        stage_->setPoolTrace(traces.pool, step);
        explanationLabel_->setText(
            mode_ == Mode::MaxPooling
                ? tr("Max pooling keeps the largest value of each window (ringed): the "
                     "strongest response survives, its exact position is dropped.")
                : tr("Average pooling keeps the mean of each window: a box blur, then "
                     "subsampling by the stride. Padding cells are not counted."));
        return;
    }
    backward_ = traces.backward;
    if (backward_) {
        const bool kernel = mode_ == Mode::KernelGradient;
        if (kernel)
            stage_->setGridNames(document_.channels > 1 ? tr("Input X (R)") : tr("Input X"),
                                 tr("dL/dY"), tr("dL/dK"));
        else
            stage_->setGridNames(tr("dL/dY"), tr("Kernel"), tr("dL/dX"));
        explanationLabel_->setText(
            QString::fromStdString(kernel ? backward_->kernel_gradient_explanation()
                                          : backward_->input_gradient_explanation()));
    }
    stage_->setTrace(traces.trace, step);
}

int StepThroughWorkspace::passFrameCount(const ExportOptions& options) const {
    return StageExporter(*stage_).passFrameCount(options);
}

int StepThroughWorkspace::exportFrame(const QString& path) const {
    return StageExporter(*stage_).writeFrame(path);
}

int StepThroughWorkspace::exportGif(const QString& path, const ExportOptions& options) const {
    return StageExporter(*stage_).writeGif(path, options);
}

int StepThroughWorkspace::exportMp4(const QString& path, const ExportOptions& options) const {
    return StageExporter(*stage_).writeMp4(path, options);
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
        showStatus(translateCoreMessage(error.what()));
    }
    QApplication::restoreOverrideCursor();
}

} // namespace convsight::widgets
