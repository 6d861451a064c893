// KernelEditor: the controls around the KernelGrid, and every change as a command on one
// QUndoStack holding the KernelModel before and after.
#include "filter/KernelEditor.h"

#include "common/CoreMessages.h"
#include "common/FlowLayout.h"
#include "common/MessageLine.h"
#include "common/SaveFile.h"
#include "common/Theme.h"
#include "conv/KernelFile.h"
#include "conv/MatrixCsv.h"
#include "filter/KernelGrid.h"
#include "filter/KernelNumbers.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <stdexcept>

namespace convsight::widgets {
namespace {

constexpr int kRandomRange = 5; // random values are integers in [−5, 5]

QFont scaledFont(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// A spin box that writes 256 and 0.5 rather than 256.000 and 0.500.
class NumberSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override {
        QString text = QDoubleSpinBox::textFromValue(value);
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

QString channelName(int channel) {
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor", "red"),
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor", "green"),
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor", "blue")};
    return KernelEditor::tr(names[channel]);
}

// Why `values` cannot be a kernel here, or an empty string.
QString whyInvalid(const conv::Matrix& values) {
    if (values.empty() || values[0].empty())
        return KernelEditor::tr("the kernel is empty: it needs at least one value");
    const std::size_t columns = values[0].size();
    for (std::size_t r = 0; r < values.size(); ++r) {
        if (values[r].size() != columns)
            return KernelEditor::tr("row %1 has %2 values but row 1 has %3: every row needs the "
                                    "same number of values")
                .arg(r + 1)
                .arg(values[r].size())
                .arg(columns);
        for (std::size_t c = 0; c < columns; ++c)
            if (!std::isfinite(values[r][c]))
                return KernelEditor::tr("row %1, column %2 is not a finite number")
                    .arg(r + 1)
                    .arg(c + 1);
    }
    if (values.size() > conv::KernelModel::kMaxSize || columns > conv::KernelModel::kMaxSize)
        return KernelEditor::tr("the kernel is %1×%2, larger than the 9×9 the editor shows")
            .arg(values.size())
            .arg(columns);
    return {};
}

QString whyInvalid(const conv::KernelModel& model) {
    for (int c = 0; c < conv::KernelModel::kChannels; ++c) {
        const conv::KernelModel::Channel& channel = model.channels[c];
        if (QString why = whyInvalid(channel.values); !why.isEmpty())
            return why;
        if (channel.values.size() != model.channels[0].values.size() ||
            channel.values[0].size() != model.channels[0].values[0].size())
            return KernelEditor::tr("the %1 kernel's size differs from the red one's")
                .arg(channelName(c));
        if (!std::isfinite(channel.divisor) || channel.divisor == 0)
            return KernelEditor::tr("the divisor must be a number other than 0");
    }
    if (!std::isfinite(model.offset))
        return KernelEditor::tr("the offset must be a finite number");
    return {};
}

// Why normalise() refused `model`: a channel whose values sum to 0.
QString whyNoNormalise(const conv::KernelModel& model) {
    static const char* const sums[] = {
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor", "The red channel's values sum to 0"),
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor",
                          "The green channel's values sum to 0"),
        QT_TRANSLATE_NOOP("convsight::widgets::KernelEditor", "The blue channel's values sum to 0"),
    };
    const int channel = std::max(0, model.zero_sum_channel());
    return (model.per_channel ? KernelEditor::tr(sums[channel])
                              : KernelEditor::tr("The values sum to 0")) +
           KernelEditor::tr(", so no divisor makes them sum to 1. Kernels that sum to 0 (edge "
                            "detectors) turn flat areas black; add an offset to see their "
                            "negative values.");
}

} // namespace

// One change of the kernel: the model before and after. Commands with the same merge key in a
// row become one (turning the wheel over one cell), and vanish when they cancel out.
class KernelEditor::Command : public QUndoCommand {
public:
    Command(KernelEditor* editor, conv::KernelModel before, conv::KernelModel after,
            const QString& text, int mergeKey)
        : QUndoCommand(text)
        , editor_(editor)
        , before_(std::move(before))
        , after_(std::move(after))
        , mergeKey_(mergeKey) {}

    int id() const override { return mergeKey_ >= 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const Command*>(other);
        if (next->mergeKey_ != mergeKey_)
            return false;
        after_ = next->after_;
        setObsolete(after_ == before_);
        return true;
    }
    void undo() override { editor_->apply(before_); }
    void redo() override { editor_->apply(after_); }

private:
    KernelEditor* editor_;
    conv::KernelModel before_, after_;
    int mergeKey_;
};

KernelEditor::KernelEditor(QWidget* parent)
    : QWidget(parent)
    , model_(conv::KernelModel::from_preset(conv::kernel_preset("identity")))
    , undoStack_(new QUndoStack(this))
    , grid_(new KernelGrid(this)) {
    setObjectName(QStringLiteral("kernelEditor"));
    undoStack_->setUndoLimit(undoLimit);
    setFont(scaledFont(font(), 1.15));

    connect(grid_, &KernelGrid::cellEdited, this, &KernelEditor::setValue);
    connect(grid_, &KernelGrid::cellStepped, this, &KernelEditor::stepValue);
    connect(grid_, &KernelGrid::editRejected, this,
            [this](const QString& reason) { showMessage(reason, true); });

    sumLabel_ = new QLabel(this);
    sumLabel_->setObjectName(QStringLiteral("kernelSumLabel"));
    sumLabel_->setAlignment(Qt::AlignCenter);
    theme::followTheme(sumLabel_, [] {
        return QStringLiteral("color: %1;").arg(theme::css(theme::colours().secondaryText));
    });

    messageLabel_ = new MessageLine(this);
    messageLabel_->setObjectName(QStringLiteral("kernelMessage"));
    messageLabel_->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(createTopBar());
    layout->addWidget(explanationLabel_);
    layout->addWidget(createChannelBar());
    layout->addWidget(grid_, 1);
    layout->addWidget(sumLabel_);
    layout->addWidget(createBottomBar());
    layout->addWidget(createActionBar());
    layout->addWidget(messageLabel_);

    syncControls();
}

QWidget* KernelEditor::createTopBar() {
    auto* bar = new QWidget(this);
    presetCombo_ = new QComboBox(bar);
    presetCombo_->setObjectName(QStringLiteral("kernelPresetCombo"));
    presetCombo_->setToolTip(tr("Kernels from the lecture and image processing, each with what it "
                                "does (Alt+Up, Alt+Down: the previous or next one)"));
    presetCombo_->addItem(tr("Custom"), QString());
    // "Custom" names the state after an edit; it is not a choice of its own.
    if (auto* items = qobject_cast<QStandardItemModel*>(presetCombo_->model()))
        items->item(0)->setEnabled(false);
    for (const conv::KernelPreset& preset : conv::kernel_presets()) {
        presetCombo_->addItem(translateCoreText(preset.name), QString::fromStdString(preset.id));
        presetCombo_->setItemData(presetCombo_->count() - 1, translateCoreText(preset.explanation),
                                  Qt::ToolTipRole);
    }
    // Room for the longest name: "Sobel x (vertical edges)" cut short is another kernel.
    presetCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(presetCombo_, &QComboBox::activated, this, [this](int index) {
        const QString id = presetCombo_->itemData(index).toString();
        if (!id.isEmpty())
            loadPreset(id);
    });

    explanationLabel_ = new QLabel(this);
    explanationLabel_->setObjectName(QStringLiteral("kernelExplanation"));
    explanationLabel_->setWordWrap(true);
    explanationLabel_->setTextFormat(Qt::PlainText);
    theme::followTheme(explanationLabel_, [] {
        return QStringLiteral("color: %1; background: %2; border-radius: 6px; padding: 6px 10px;")
            .arg(theme::css(theme::colours().text), theme::css(theme::colours().accentFill));
    });

    const auto makeSizeSpin = [bar](const char* name, const QString& tip) {
        auto* spin = new QSpinBox(bar);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(1, conv::KernelModel::kMaxSize);
        spin->setKeyboardTracking(false);
        spin->setToolTip(tip);
        return spin;
    };
    rowsSpin_ = makeSizeSpin("kernelRowsSpin", tr("Rows of the kernel (1 to 9). The values stay "
                                                  "centred: growing adds zeros around them."));
    columnsSpin_ = makeSizeSpin("kernelColumnsSpin",
                                tr("Columns of the kernel (1 to 9). The values stay centred: "
                                   "growing adds zeros around them."));
    connect(rowsSpin_, &QSpinBox::valueChanged, this,
            [this](int rows) { setKernelSize(rows, model_.columns()); });
    connect(columnsSpin_, &QSpinBox::valueChanged, this,
            [this](int columns) { setKernelSize(model_.rows(), columns); });

    auto* presetLabel = new QLabel(tr("&Preset"), bar);
    presetLabel->setBuddy(presetCombo_);
    auto* sizeLabel = new QLabel(tr("&Size"), bar);
    sizeLabel->setBuddy(rowsSpin_);
    // The preset and the size share a line where the panel is wide enough, else take two.
    auto* preset = new QWidget(bar);
    auto* presetRow = new QHBoxLayout(preset);
    presetRow->setContentsMargins(0, 0, 0, 0);
    presetRow->setSpacing(8);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(presetCombo_);
    auto* size = new QWidget(bar);
    auto* sizeRow = new QHBoxLayout(size);
    sizeRow->setContentsMargins(0, 0, 0, 0);
    sizeRow->setSpacing(8);
    sizeRow->addWidget(sizeLabel);
    sizeRow->addWidget(rowsSpin_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), bar));
    sizeRow->addWidget(columnsSpin_);
    auto* row = new FlowLayout(bar, 12);
    row->addWidget(preset);
    row->addWidget(size);
    return bar;
}

QWidget* KernelEditor::createChannelBar() {
    auto* bar = new QWidget(this);
    channelModeCombo_ = new QComboBox(bar);
    channelModeCombo_->setObjectName(QStringLiteral("kernelChannelModeCombo"));
    channelModeCombo_->setToolTip(
        tr("One kernel for the three colour channels, or a kernel of its own for each"));
    channelModeCombo_->addItem(tr("One kernel for R, G, B"), false);
    channelModeCombo_->addItem(tr("One kernel per channel"), true);
    channelModeCombo_->setItemData(
        0, tr("The same kernel filters the red, green and blue channels."), Qt::ToolTipRole);
    channelModeCombo_->setItemData(
        1,
        tr("Each colour channel gets a kernel of its own: blur red only, or detect edges in blue."),
        Qt::ToolTipRole);
    connect(channelModeCombo_, &QComboBox::activated, this,
            [this](int index) { setPerChannel(channelModeCombo_->itemData(index).toBool()); });

    channelTabs_ = new QTabBar(bar);
    channelTabs_->setObjectName(QStringLiteral("kernelChannelTabs"));
    channelTabs_->setExpanding(false);
    channelTabs_->setDrawBase(false);
    const theme::Colours& colours = theme::colours();
    const QColor tabColours[] = {colours.red, colours.green, colours.blue};
    const QString tabNames[] = {tr("Red"), tr("Green"), tr("Blue")};
    for (int c = 0; c < conv::KernelModel::kChannels; ++c) {
        channelTabs_->addTab(tabNames[c]);
        channelTabs_->setTabTextColor(c, tabColours[c]);
        channelTabs_->setTabToolTip(c, tr("Edit the kernel of the %1 channel").arg(channelName(c)));
    }
    connect(channelTabs_, &QTabBar::currentChanged, this, &KernelEditor::setCurrentChannel);

    auto* label = new QLabel(tr("&Channels"), bar);
    label->setBuddy(channelModeCombo_);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(label);
    row->addWidget(channelModeCombo_);
    row->addWidget(channelTabs_);
    row->addStretch(1);
    return bar;
}

QWidget* KernelEditor::createBottomBar() {
    auto* bar = new QWidget(this);
    divisorSpin_ = new NumberSpinBox(bar);
    divisorSpin_->setObjectName(QStringLiteral("kernelDivisorSpin"));
    divisorSpin_->setRange(-100000, 100000);
    divisorSpin_->setDecimals(3);
    divisorSpin_->setKeyboardTracking(false);
    divisorSpin_->setToolTip(tr("Every value is divided by this number: 9 turns nine 1s into the "
                                "average of nine pixels."));
    connect(divisorSpin_, &QDoubleSpinBox::valueChanged, this, &KernelEditor::setDivisor);

    normaliseAction_ =
        addAction(tr("Normalise"), QStringLiteral("kernelNormaliseAction"),
                  tr("Set the divisor to the sum of the values, so that the weights sum to 1 and "
                     "the image keeps its brightness"),
                  &KernelEditor::normalise);
    auto* normaliseButton = new QToolButton(bar);
    normaliseButton->setDefaultAction(normaliseAction_);

    offsetSpin_ = new NumberSpinBox(bar);
    offsetSpin_->setObjectName(QStringLiteral("kernelOffsetSpin"));
    offsetSpin_->setRange(-1000, 1000);
    offsetSpin_->setDecimals(3);
    offsetSpin_->setKeyboardTracking(false);
    offsetSpin_->setToolTip(tr("Added to every output value: 128 lifts the negative answers of an "
                               "edge kernel into view on an 8-bit image."));
    connect(offsetSpin_, &QDoubleSpinBox::valueChanged, this, &KernelEditor::setOffset);

    borderCombo_ = new QComboBox(bar);
    borderCombo_->setObjectName(QStringLiteral("kernelBorderCombo"));
    const struct {
        QString text;
        compute::BorderMode border;
        QString tip;
    } borders[] = {
        {tr("Zero"), compute::BorderMode::Zero,
         tr("Pixels outside the image count as 0 (black), as in CNN libraries: a blur darkens the "
            "edges.  0 0 | a b c d | 0 0")},
        {tr("Replicate"), compute::BorderMode::Replicate,
         tr("The edge pixel is repeated outwards.  a a | a b c d | d d")},
        {tr("Reflect"), compute::BorderMode::Reflect,
         tr("The image is mirrored at its edge, the edge pixel not repeated (OpenCV's default). "
            " c b | a b c d | c b")},
        {tr("Wrap"), compute::BorderMode::Wrap,
         tr("The image repeats like a tile: the left edge sees the right one.  c d | a b c d | a "
            "b")},
    };
    for (const auto& border : borders) {
        borderCombo_->addItem(border.text, static_cast<int>(border.border));
        borderCombo_->setItemData(borderCombo_->count() - 1, border.tip, Qt::ToolTipRole);
    }
    borderCombo_->setToolTip(tr("What the kernel sees past the edge of the image"));
    connect(borderCombo_, &QComboBox::activated, this, [this](int index) {
        setBorder(static_cast<compute::BorderMode>(borderCombo_->itemData(index).toInt()));
    });

    const auto label = [bar](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(label(tr("&Divisor"), divisorSpin_), 0, 0);
    grid->addWidget(divisorSpin_, 0, 1);
    grid->addWidget(normaliseButton, 0, 2);
    grid->addWidget(label(tr("&Offset"), offsetSpin_), 1, 0);
    grid->addWidget(offsetSpin_, 1, 1);
    grid->addWidget(label(tr("&Border"), borderCombo_), 1, 2, Qt::AlignRight);
    grid->addWidget(borderCombo_, 1, 3);
    grid->setColumnStretch(3, 1);
    return bar;
}

QWidget* KernelEditor::createActionBar() {
    auto* bar = new QWidget(this);
    randomAction_ = addAction(tr("Random"), QStringLiteral("kernelRandomAction"),
                              tr("Random whole numbers from −5 to 5, like the untrained filters "
                                 "of a CNN (the channel shown)"),
                              &KernelEditor::randomize);
    transposeAction_ =
        addAction(tr("Transpose"), QStringLiteral("kernelTransposeAction"),
                  tr("Rows become columns: Sobel x turns into Sobel y"), &KernelEditor::transpose);
    flipAction_ = addAction(
        tr("Flip 180°"), QStringLiteral("kernelFlipAction"),
        tr("Turn the kernel half around. Sliding the flipped kernel is convolution in the "
           "mathematical sense; sliding it as written is cross-correlation, what CNNs compute."),
        &KernelEditor::flip);
    negateAction_ =
        addAction(tr("Negate"), QStringLiteral("kernelNegateAction"),
                  tr("Every value times −1 (the channel shown)"), &KernelEditor::negate);
    clearAction_ =
        addAction(tr("Clear"), QStringLiteral("kernelClearAction"),
                  tr("Every value 0 and the divisor 1 (the channel shown)"), &KernelEditor::clear);
    openAction_ =
        addAction(tr("Open…"), QStringLiteral("kernelOpenAction"),
                  tr("Load a kernel from a .kernel.json or CSV file"), &KernelEditor::open);
    saveAction_ = addAction(tr("Save…"), QStringLiteral("kernelSaveAction"),
                            tr("Save the kernel as .kernel.json (values, divisor, offset) or CSV "
                               "(the weights)"),
                            &KernelEditor::saveAs);

    // Short button texts; what would be undone goes in the tooltip.
    // The stack's own actions (enabled with canUndo/canRedo); connected after the stack's own
    // text update, these keep the short text and put what would be undone in the tooltip.
    QAction* undo = undoStack_->createUndoAction(bar);
    undo->setObjectName(QStringLiteral("kernelUndoAction"));
    QAction* redo = undoStack_->createRedoAction(bar);
    redo->setObjectName(QStringLiteral("kernelRedoAction"));
    connect(undoStack_, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) {
        undo->setText(tr("Undo"));
        undo->setToolTip(tr("Undo %1").arg(text));
    });
    connect(undoStack_, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setText(tr("Redo"));
        redo->setToolTip(tr("Redo %1").arg(text));
    });

    const auto button = [bar](QAction* action) {
        auto* b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    // One row that wraps where the panel is narrow; Open and Save keep to the right end.
    auto* row = new FlowLayout(bar);
    for (QAction* action :
         {randomAction_, transposeAction_, flipAction_, negateAction_, clearAction_, undo, redo})
        row->addWidget(button(action));
    row->addStretch();
    row->addWidget(button(openAction_));
    row->addWidget(button(saveAction_));
    return bar;
}

QAction* KernelEditor::addAction(const QString& text, const QString& name, const QString& tip,
                                 void (KernelEditor::*slot)()) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(tip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

const conv::Matrix& KernelEditor::values(int channel) const {
    return model_.channels[std::clamp(channel, 0, conv::KernelModel::kChannels - 1)].values;
}

double KernelEditor::divisor(int channel) const {
    return model_.channels[std::clamp(channel, 0, conv::KernelModel::kChannels - 1)].divisor;
}

std::vector<float> KernelEditor::channelWeights() const {
    std::vector<float> result;
    for (int c = 0; c < channelCount(); ++c) {
        const std::vector<float> channel = model_.weights(c);
        result.insert(result.end(), channel.begin(), channel.end());
    }
    return result;
}

QString KernelEditor::message() const {
    return messageLabel_->isHidden() ? QString() : messageLabel_->text();
}

conv::KernelModel KernelEditor::edited() const {
    conv::KernelModel next = model_;
    next.preset_id.clear();
    next.name.clear();
    return next;
}

void KernelEditor::change(conv::KernelModel next, const QString& text, int mergeKey) {
    if (next == model_)
        return;
    undoStack_->push(new Command(this, model_, std::move(next), text, mergeKey));
}

void KernelEditor::apply(const conv::KernelModel& model) {
    model_ = model;
    if (!model_.per_channel)
        channel_ = 0;
    showMessage({}, false);
    syncControls();
    emit kernelChanged();
}

void KernelEditor::syncControls() {
    const QSignalBlocker blockPreset(presetCombo_), blockRows(rowsSpin_),
        blockColumns(columnsSpin_), blockMode(channelModeCombo_), blockTabs(channelTabs_),
        blockDivisor(divisorSpin_), blockOffset(offsetSpin_), blockBorder(borderCombo_);

    grid_->setValues(model_.channels[channel_].values);

    const int presetIndex =
        model_.preset_id.empty() ? 0 : std::max(0, presetCombo_->findData(presetId()));
    presetCombo_->setItemText(0, model_.name.empty() || presetIndex != 0
                                     ? tr("Custom")
                                     : tr("Custom: %1").arg(kernelName()));
    presetCombo_->setCurrentIndex(presetIndex);
    explanationLabel_->setText(
        presetIndex != 0
            ? presetCombo_->itemData(presetIndex, Qt::ToolTipRole).toString()
            : tr("A kernel of your own. Each output pixel is the sum of the pixels under the "
                 "kernel, each times the number in its cell, divided by the divisor, plus the "
                 "offset."));

    rowsSpin_->setValue(model_.rows());
    columnsSpin_->setValue(model_.columns());
    channelModeCombo_->setCurrentIndex(model_.per_channel ? 1 : 0);
    channelTabs_->setVisible(model_.per_channel);
    channelTabs_->setCurrentIndex(channel_);
    divisorSpin_->setValue(divisor(channel_));
    offsetSpin_->setValue(model_.offset);
    borderCombo_->setCurrentIndex(borderCombo_->findData(static_cast<int>(model_.border)));

    const double sum = model_.sum(channel_);
    const double weight_sum = sum / divisor(channel_);
    QString meaning;
    if (std::abs(weight_sum - 1) < 1e-9)
        meaning = tr(": brightness kept");
    else if (std::abs(weight_sum) < 1e-9)
        meaning = tr(": flat areas become 0");
    sumLabel_->setText(tr("Σ values %1 ÷ %2 = %3%4")
                           .arg(displayNumber(sum), displayNumber(divisor(channel_)),
                                displayNumber(weight_sum), meaning));
}

void KernelEditor::showMessage(const QString& text, bool error) {
    messageLabel_->showMessage(text,
                               error ? MessageLine::Tone::Problem : MessageLine::Tone::Success);
}

void KernelEditor::loadPreset(const QString& id) {
    try {
        conv::KernelModel next =
            conv::KernelModel::from_preset(conv::kernel_preset(id.toStdString()));
        // The preset replaces the values; how the output is shown (offset, border) stays.
        next.offset = model_.offset;
        next.border = model_.border;
        const QString text = tr("Preset %1").arg(QString::fromStdString(next.name));
        change(std::move(next), text);
    } catch (const std::exception& error) {
        showMessage(translateCoreMessage(error.what()), true);
        syncControls();
    }
}

bool KernelEditor::setKernel(const conv::Matrix& values, double divisor, const QString& name) {
    if (const QString why = whyInvalid(values); !why.isEmpty()) {
        showMessage(tr("This kernel cannot be used: %1.").arg(why), true);
        return false;
    }
    conv::KernelModel next = conv::KernelModel::from_matrix(values, divisor);
    next.name = name.toStdString();
    next.offset = model_.offset;
    next.border = model_.border;
    return setModel(next, name.isEmpty() ? tr("Set kernel") : tr("Kernel %1").arg(name));
}

bool KernelEditor::setModel(const conv::KernelModel& model, const QString& commandText) {
    if (const QString why = whyInvalid(model); !why.isEmpty()) {
        showMessage(tr("This kernel cannot be used: %1.").arg(why), true);
        return false;
    }
    conv::KernelModel next = model;
    if (!next.per_channel)
        next.set_per_channel(false, 0);
    change(std::move(next), commandText);
    return true;
}

void KernelEditor::setValue(int row, int column, double value) {
    if (row < 0 || row >= model_.rows() || column < 0 || column >= model_.columns() ||
        !std::isfinite(value))
        return;
    conv::KernelModel next = edited();
    next.set_value(channel_, row, column, value);
    change(std::move(next),
           tr("Set cell (%1, %2) to %3").arg(row + 1).arg(column + 1).arg(displayNumber(value)));
}

void KernelEditor::stepValue(int row, int column, double step) {
    conv::KernelModel next = edited();
    // Rounded to 1e−9 so that ten steps of 0.1 land on 1, not 0.9999999999999999.
    const double value =
        std::round((model_.channels[channel_].values[row][column] + step) * 1e9) / 1e9;
    next.set_value(channel_, row, column, value);
    const int mergeKey =
        (channel_ * conv::KernelModel::kMaxSize + row) * conv::KernelModel::kMaxSize + column;
    change(std::move(next), tr("Scroll cell (%1, %2)").arg(row + 1).arg(column + 1), mergeKey);
}

void KernelEditor::setKernelSize(int rows, int columns) {
    conv::KernelModel next = edited();
    next.resize(rows, columns);
    // Named before `next` is moved: the order in which arguments are evaluated is unspecified.
    const QString text = tr("Resize to %1×%2").arg(next.rows()).arg(next.columns());
    change(std::move(next), text);
}

void KernelEditor::setDivisor(double divisor) {
    if (!std::isfinite(divisor) || divisor == 0) {
        showMessage(tr("The divisor cannot be 0: nothing can be divided by 0."), true);
        syncControls();
        return;
    }
    conv::KernelModel next = edited();
    for (const int c : next.edited_channels(channel_))
        next.channels[c].divisor = divisor;
    change(std::move(next), tr("Divisor %1").arg(displayNumber(divisor)));
}

void KernelEditor::normalise() {
    conv::KernelModel next = model_;
    if (!next.normalise()) {
        showMessage(whyNoNormalise(next), true);
        return;
    }
    // A preset that already sums to 1 stays that preset; a new divisor makes a kernel of one's own.
    if (next == model_)
        return;
    next.preset_id.clear();
    next.name.clear();
    change(std::move(next), tr("Normalise"));
}

void KernelEditor::setOffset(double offset) {
    conv::KernelModel next = model_;
    next.offset = offset;
    change(std::move(next), tr("Offset %1").arg(displayNumber(offset)));
}

void KernelEditor::setBorder(compute::BorderMode border) {
    conv::KernelModel next = model_;
    next.border = border;
    change(std::move(next), tr("Border mode"));
}

void KernelEditor::setPerChannel(bool perChannel) {
    conv::KernelModel next = model_;
    next.set_per_channel(perChannel, channel_);
    change(std::move(next),
           perChannel ? tr("One kernel per channel") : tr("One kernel for all channels"));
}

void KernelEditor::setCurrentChannel(int channel) {
    channel = model_.per_channel ? std::clamp(channel, 0, conv::KernelModel::kChannels - 1) : 0;
    if (channel == channel_)
        return;
    channel_ = channel;
    syncControls();
}

void KernelEditor::randomize() {
    conv::KernelModel next = edited();
    conv::Matrix values = next.channels[channel_].values;
    for (auto& row : values)
        for (double& value : row)
            value = QRandomGenerator::global()->bounded(-kRandomRange, kRandomRange + 1);
    for (const int c : next.edited_channels(channel_))
        next.channels[c] = conv::KernelModel::Channel{values, 1};
    change(std::move(next), tr("Random"));
}

void KernelEditor::transpose() {
    conv::KernelModel next = edited();
    next.transpose();
    change(std::move(next), tr("Transpose"));
}

void KernelEditor::flip() {
    conv::KernelModel next = edited();
    next.flip();
    change(std::move(next), tr("Flip 180°"));
}

void KernelEditor::negate() {
    conv::KernelModel next = edited();
    next.negate(channel_);
    change(std::move(next), tr("Negate"));
}

void KernelEditor::clear() {
    conv::KernelModel next = edited();
    next.clear(channel_);
    change(std::move(next), tr("Clear"));
}

bool KernelEditor::loadFile(const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    const bool csv = !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    conv::KernelModel next;
    try {
        const conv::FilterKernel kernel = conv::load_kernel_file(path.toStdString());
        if (const QString why = whyInvalid(kernel.rows); !why.isEmpty())
            throw std::invalid_argument(why.toStdString());
        next = conv::KernelModel::from_matrix(kernel.rows, kernel.divisor);
        next.name =
            kernel.name.empty() ? QFileInfo(path).completeBaseName().toStdString() : kernel.name;
        // A CSV file holds the values alone: the offset set here stays.
        next.offset = csv ? model_.offset : kernel.offset;
    } catch (const std::exception& error) {
        // KernelFile's messages start with the path; the file's name is said once, up front.
        QString why = translateCoreMessage(error.what());
        if (why.startsWith(path + QStringLiteral(": ")))
            why.remove(0, path.size() + 2);
        showMessage(tr("Could not open %1: %2").arg(fileName, why), true);
        return false;
    }
    next.border = model_.border;
    if (!setModel(next, tr("Open %1").arg(fileName)))
        return false;
    showMessage(tr("Opened %1.").arg(fileName), false);
    return true;
}

bool KernelEditor::saveFile(const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    const conv::KernelModel::Channel& channel = model_.channels[channel_];
    try {
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            // CSV holds one matrix: the weights, so that the file filters as the editor does.
            conv::Matrix weights = channel.values;
            for (auto& row : weights)
                for (double& value : row)
                    value /= channel.divisor;
            const QByteArray bytes = QByteArray::fromStdString(conv::format_matrix_csv(weights));
            widgets::saveFile(path, bytes);
        } else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            conv::FilterKernel kernel;
            kernel.name = model_.name;
            kernel.rows = channel.values;
            kernel.divisor = channel.divisor;
            kernel.offset = model_.offset;
            conv::save_kernel_file(path.toStdString(), kernel);
        } else {
            throw std::invalid_argument(
                tr("ConvSight writes kernels as .kernel.json or .csv").toStdString());
        }
    } catch (const std::exception& error) {
        showMessage(tr("Could not save %1: %2").arg(fileName, translateCoreMessage(error.what())),
                    true);
        return false;
    }
    // Both formats hold one kernel: per channel, the one shown.
    showMessage(
        model_.per_channel
            ? tr("Saved the %1 channel's kernel to %2.").arg(channelName(channel_), fileName)
            : tr("Saved %1.").arg(fileName),
        false);
    return true;
}

void KernelEditor::open() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a kernel"), QString(),
                                     tr("Kernels (*.kernel.json *.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void KernelEditor::saveAs() {
    const QString suggested = (model_.preset_id.empty() ? QStringLiteral("kernel") : presetId()) +
                              QStringLiteral(".kernel.json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the kernel"), suggested,
                                     tr("Kernel (*.kernel.json);;CSV, the weights only (*.csv)"));
    if (!path.isEmpty())
        saveFile(path);
}

} // namespace convsight::widgets
