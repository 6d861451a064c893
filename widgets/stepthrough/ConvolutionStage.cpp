// The Step-through stage: padded input ∗ kernel = output, drawn large enough for a lecture hall,
// with the current window gliding to its place, its output cell and the step's expression, all
// read from a ConvTrace. With C input channels the input and kernel are C stacked grids; with K
// kernels the output is K stacked feature maps.
#include "stepthrough/ConvolutionStage.h"

#include "common/TextFit.h"
#include "common/Theme.h"
#include "stepthrough/CellEditor.h"

#include <QEasingCurve>
#include <QEvent>
#include <QFontMetricsF>
#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QSet>
#include <QStaticText>
#include <QTextDocument>
#include <QTextOption>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

using namespace theme; // the shared colours and fittedFont

// Three-channel inputs are drawn as the R, G and B planes of a colour image: the cell fill and
// the ink of each plane.
struct ChannelTint {
    QColor Colours::*fill;
    QColor Colours::*ink;
    const char* name;
};
const ChannelTint kChannelTints[] = {
    {&Colours::redFill, &Colours::red, "R"},
    {&Colours::greenFill, &Colours::green, "G"},
    {&Colours::blueFill, &Colours::blue, "B"},
};

QColor withAlpha(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

// a → b as t goes 0 → 1.
QColor blend(const QColor& a, const QColor& b, double t) {
    const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

// One font for a whole grid: the one at which its widest text fits a cell, so the numbers of a
// grid share one size (and the paint measures once per grid, not once per cell).
QFont gridFont(const QFont& base, double size, const QStringList& texts, double width) {
    QFont font = base;
    font.setPixelSize(std::max(8, static_cast<int>(size)));
    const QFontMetricsF metrics(font);
    QString widest;
    double widestAdvance = -1;
    const QSet<QString> distinct(texts.begin(), texts.end()); // a grid repeats its numbers
    for (const QString& text : distinct) {
        const double advance = metrics.horizontalAdvance(text);
        if (advance > widestAdvance) {
            widestAdvance = advance;
            widest = text;
        }
    }
    return fittedFont(base, size, widest, width);
}

// The widest of `texts` in `font`.
QString widestText(const QFont& font, const QStringList& texts) {
    const QFontMetricsF metrics(font);
    QString widest;
    double widestAdvance = -1;
    const QSet<QString> distinct(texts.begin(), texts.end());
    for (const QString& text : distinct)
        if (const double advance = metrics.horizontalAdvance(text); advance > widestAdvance) {
            widestAdvance = advance;
            widest = text;
        }
    return widest;
}

// A grid's font (gridFont) at no less than textfit's floor: raised to it where the cell is small,
// which is fine while the widest number still fits 0.86 of the cell (a digit in a small cell);
// otherwise `widget` notes that number as not fitting.
QFont cellFont(const QWidget* widget, const QFont& base, double cell, const QStringList& texts) {
    QFont font = gridFont(base, cell * 0.42, texts, cell * 0.86);
    font.setPixelSize(std::max(font.pixelSize(), textfit::kMinimumPixelSize));
    const QString widest = widestText(font, texts);
    if (QFontMetricsF(font).horizontalAdvance(widest) > cell * 0.86)
        textfit::noteUnfit(widget, widest);
    return font;
}

// Draws `text` centred in `cell` with the painter's font. A grid repeats few distinct numbers
// (digits, a few sums), so each is laid out once: this is most of the time a 32×32 grid takes.
class CellTexts {
public:
    explicit CellTexts(const QFont& font)
        : font_(font) {}
    void draw(QPainter& painter, const QRectF& cell, const QString& text) {
        auto found = texts_.find(text);
        if (found == texts_.end()) {
            QStaticText staticText(text);
            staticText.setTextFormat(Qt::PlainText);
            staticText.prepare(QTransform(), font_);
            found = texts_.insert(text, staticText);
        }
        const QSizeF size = found->size();
        painter.drawStaticText(cell.center() - QPointF(size.width() / 2, size.height() / 2),
                               *found);
    }

private:
    QFont font_;
    QHash<QString, QStaticText> texts_;
};

// R, G, B for the three planes of a colour image; otherwise (the planes of dL/dY) numbered.
// The lines of a rows×columns grid of `cell`-pixel squares at `origin`: one line per boundary
// instead of a rectangle per cell (a 36×36 grid is 74 lines, not 1296 rectangles).
void drawGridLines(QPainter& painter, QPointF origin, int rows, int columns, double cell) {
    painter.setPen(QPen(colours().gridLine, theme::line(1.5)));
    for (int r = 0; r <= rows; ++r)
        painter.drawLine(origin + QPointF(0, r * cell), origin + QPointF(columns * cell, r * cell));
    for (int c = 0; c <= columns; ++c)
        painter.drawLine(origin + QPointF(c * cell, 0), origin + QPointF(c * cell, rows * cell));
}

QString channelName(int channel, int channels, bool colour) {
    if (colour && channels == 3)
        return QString::fromLatin1(kChannelTints[channel].name);
    return ConvolutionStage::tr("channel %1").arg(channel + 1);
}

QString numberText(double value) {
    return QString::fromStdString(conv::format_number(value, true));
}

QStringList channelLines(const conv::TraceStep& step, int channels, bool colour) {
    QStringList lines;
    QStringList sums;
    for (int c = 0; c < channels; ++c) {
        lines << channelName(c, channels, colour) + QStringLiteral(":  ") +
                     QString::fromStdString(step.channel_expression(c));
        sums << QString::fromStdString(
            conv::format_factor(step.channel_sums[static_cast<std::size_t>(c)]));
    }
    QString total = sums.join(QStringLiteral(" + "));
    if (step.divisor != 1.0)
        total = QStringLiteral("(") + total + QStringLiteral(") / ") + numberText(step.divisor);
    if (step.has_bias)
        total += (step.bias < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")) +
                 numberText(std::abs(step.bias));
    total += QStringLiteral(" = ") + numberText(step.total);
    if (step.relu)
        total += QStringLiteral(" → ReLU → ") + numberText(step.activated);
    lines << ConvolutionStage::tr("Sum of the channels:  %1").arg(total);
    return lines;
}

const QEasingCurve& glideCurve() {
    static const QEasingCurve curve(QEasingCurve::InOutCubic);
    return curve;
}

} // namespace

ConvolutionStage::ConvolutionStage(QWidget* parent)
    : QWidget(parent)
    , animation_(new QVariantAnimation(this))
    , editor_(new CellEditor(this)) {
    setObjectName(QStringLiteral("convolutionStage"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The cached grids hold the theme's colours and the scale's fonts: redraw them.
    const auto redraw = [this] {
        caches_.clear();
        update();
    };
    connect(theme::notifier(), &theme::Notifier::themeChanged, this, redraw);
    connect(theme::notifier(), &theme::Notifier::scaleChanged, this, redraw);
    setToolTip(tr("Click an output cell to see how it is computed; right-click (or Ctrl+click) "
                  "it to pin its window. Click an input or kernel cell to type a new value."));

    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setEasingCurve(glideCurve());
    connect(animation_, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(animation_, &QVariantAnimation::finished, this, [this] {
        update();
        emit windowArrived(step_);
    });

    connect(editor_, &CellEditor::valueEntered, this, [this](double value) {
        const EditTarget target = editTarget_;
        if (target.kernel)
            emit kernelValueEdited(target.kernelIndex, target.channel, target.row, target.column,
                                   value);
        else
            emit inputValueEdited(target.channel, target.row, target.column, value);
    });
}

void ConvolutionStage::setTrace(std::shared_ptr<const conv::ConvTrace> trace, int step) {
    editor_->finish(false);
    animation_->stop();
    pool_.reset();
    caches_.clear();
    trace_ = std::move(trace);
    outputs_ = trace_ ? trace_->outputs() : std::vector<double>{};
    minimumCell_ = -1;
    updateGeometry();
    const int count = stepCount();
    if (pinned_ >= count)
        setPinnedStep(-1);
    else if (pinned_ >= 0)
        pinnedStep_ = trace_->step(pinned_);
    step_ = -1;
    moveTo(count > 0 ? std::clamp(step, 0, count - 1) : -1, false);
    update();
    if (!settingPool_)
        emit traceChanged();
}

void ConvolutionStage::setPoolTrace(std::shared_ptr<const conv::PoolTrace> pool, int step) {
    if (!pool)
        return setTrace(nullptr);
    // The stand-in: kernel k is 1 on channel k and 0 elsewhere, so its geometry, padding, step
    // order and windows are the pooling's.
    const conv::PoolTrace::Setup& poolSetup = pool->setup();
    const auto& params = poolSetup.geometry;
    const int channels = params.channels, taps = params.kernel_height * params.kernel_width;
    conv::ConvTrace::Setup setup;
    setup.geometry = params;
    setup.kernel_count = channels;
    setup.input = poolSetup.input;
    setup.kernels.assign(static_cast<std::size_t>(channels * channels * taps), 0.0);
    for (int k = 0; k < channels; ++k)
        std::fill_n(setup.kernels.begin() + static_cast<long>((k * channels + k) * taps), taps,
                    1.0);
    settingPool_ = true;
    setTrace(std::make_shared<const conv::ConvTrace>(std::move(setup)), step);
    settingPool_ = false;
    pool_ = std::move(pool);
    outputs_ = pool_->outputs();
    minimumCell_ = -1;
    updateGeometry();
    caches_.clear();
    currentPool_ = step_ >= 0 ? pool_->step(step_) : conv::PoolStep{};
    update();
    emit traceChanged();
}

void ConvolutionStage::setConcealed(Concealed concealed) {
    if (concealed_ == concealed)
        return;
    concealed_ = concealed;
    update();
}

void ConvolutionStage::setMessage(const QString& message) {
    message_ = message;
    update();
}

int ConvolutionStage::stepCount() const {
    return trace_ ? trace_->step_count() : 0;
}

QString ConvolutionStage::expressionText() const {
    if (step_ < 0)
        return {};
    return QString::fromStdString(pool_ ? currentPool_.expression() : current_.expression());
}

QStringList ConvolutionStage::channelSumTexts() const {
    if (step_ < 0 || trace_->channels() < 2 || pool_)
        return {};
    return channelLines(current_, trace_->channels(), inputName_.isEmpty());
}

void ConvolutionStage::setAnimationDuration(int ms) {
    animationDuration_ = std::max(0, ms);
}

bool ConvolutionStage::isAnimating() const {
    return animation_->state() == QAbstractAnimation::Running;
}

void ConvolutionStage::setPinnedStep(int index) {
    const int pinned = index >= 0 && index < stepCount() ? index : -1;
    if (pinned == pinned_)
        return;
    pinned_ = pinned;
    pinnedStep_ = pinned >= 0 ? trace_->step(pinned) : conv::TraceStep{};
    update();
    emit pinnedStepChanged(pinned_);
}

void ConvolutionStage::setGridNames(const QString& input, const QString& kernel,
                                    const QString& output) {
    inputName_ = input;
    kernelName_ = kernel;
    outputName_ = output;
    update();
}

void ConvolutionStage::setEditable(bool editable) {
    editable_ = editable;
    if (!editable)
        editor_->finish(false);
}

void ConvolutionStage::setStep(int index) {
    const int count = stepCount();
    const int clamped = count > 0 ? std::clamp(index, 0, count - 1) : -1;
    if (clamped != step_)
        moveTo(clamped, animationDuration_ > 0);
}

void ConvolutionStage::jumpToStep(int index) {
    const int count = stepCount();
    const int clamped = count > 0 ? std::clamp(index, 0, count - 1) : -1;
    if (clamped != step_)
        moveTo(clamped, false);
}

void ConvolutionStage::moveTo(int index, bool animate) {
    // The glide starts where the window is drawn now, even in the middle of another glide.
    const Frame from = currentFrame();
    const bool glide = animate && step_ >= 0 && index >= 0;
    animation_->stop();
    step_ = index;
    current_ = index >= 0 ? trace_->step(index) : conv::TraceStep{};
    if (pool_)
        currentPool_ = index >= 0 ? pool_->step(index) : conv::PoolStep{};
    if (glide) {
        fromY_ = from.windowY;
        fromX_ = from.windowX;
        fromOutY_ = from.outputY;
        fromOutX_ = from.outputX;
        animation_->setDuration(animationDuration_);
        animation_->start();
    }
    update();
    emit stepChanged(step_);
    if (!glide)
        emit windowArrived(step_);
}

double ConvolutionStage::stackedRow(int kernel, int row) const {
    return StageLayout::stackedRow(trace_->output_height(), kernel, row);
}

ConvolutionStage::Frame ConvolutionStage::currentFrame() const {
    Frame frame;
    if (step_ < 0)
        return frame;
    frame.step = &current_;
    frame.index = step_;
    frame.pinned = pinned_ >= 0 ? &pinnedStep_ : nullptr;
    frame.pool = pool_ ? &currentPool_ : nullptr;
    frame.windowY = current_.window_top;
    frame.windowX = current_.window_left;
    frame.outputY = stackedRow(current_.kernel, current_.out_y);
    frame.outputX = current_.out_x;
    if (isAnimating()) {
        const double t = animation_->currentValue().toDouble();
        frame.arrival = t;
        frame.windowY = fromY_ + (frame.windowY - fromY_) * t;
        frame.windowX = fromX_ + (frame.windowX - fromX_) * t;
        frame.outputY = fromOutY_ + (frame.outputY - fromOutY_) * t;
        frame.outputX = fromOutX_ + (frame.outputX - fromOutX_) * t;
    }
    return frame;
}

QImage ConvolutionStage::renderFrame(QSize size, int step, double progress) const {
    QImage image(size, QImage::Format_RGB32);
    image.fill(palette().window().color());
    QPainter painter(&image);
    if (!trace_) {
        paintStage(painter, size, Frame{});
        return image;
    }
    const int index = std::clamp(step, 0, stepCount() - 1);
    const conv::TraceStep target = trace_->step(index);
    const conv::TraceStep previous = index > 0 ? trace_->step(index - 1) : target;
    const conv::TraceStep pinned = pinned_ >= 0 ? pinnedStep_ : conv::TraceStep{};
    const conv::PoolStep pool = pool_ ? pool_->step(index) : conv::PoolStep{};
    const double t = glideCurve().valueForProgress(std::clamp(progress, 0.0, 1.0));
    const auto between = [t](double from, double to) { return from + (to - from) * t; };
    Frame frame;
    frame.step = &target;
    frame.index = index;
    frame.pinned = pinned_ >= 0 ? &pinned : nullptr;
    frame.pool = pool_ ? &pool : nullptr;
    frame.arrival = t;
    frame.windowY = between(previous.window_top, target.window_top);
    frame.windowX = between(previous.window_left, target.window_left);
    frame.outputY = between(stackedRow(previous.kernel, previous.out_y),
                            stackedRow(target.kernel, target.out_y));
    frame.outputX = between(previous.out_x, target.out_x);
    paintStage(painter, size, frame);
    return image;
}

QSize ConvolutionStage::sizeHint() const {
    return {900, 560};
}

QSize ConvolutionStage::minimumSizeHint() const {
    const QSize least(420, 300);
    if (!trace_)
        return least;
    return least.expandedTo(
        StageLayout::minimumSize(StageLayout::Shape::of(*trace_), minimumCell()).toSize());
}

// The grids' numbers share a font of 0.42 of the cell, shrunk to fit 0.86 of it and raised to
// textfit's floor (cellFont): the smallest cell in which the widest number of every grid fits.
double ConvolutionStage::minimumCell() const {
    if (!trace_)
        return StageLayout::kSmallestCell;
    if (minimumCell_ > 0 && minimumCellScale_ == theme::scale())
        return minimumCell_;
    QStringList plain, bold;
    for (int c = 0; c < trace_->channels(); ++c)
        for (int py = 0; py < trace_->padded_height(); ++py)
            for (int px = 0; px < trace_->padded_width(); ++px)
                plain << numberText(trace_->padded_value(c, py, px));
    if (!pool_)
        for (const double value : trace_->setup().kernels)
            bold << numberText(value);
    for (const double value : outputs_)
        bold << numberText(value);
    QFont boldFont = font();
    boldFont.setBold(true);
    // A grid fits a cell when its widest number, in the font it is drawn in, fits 0.86 of it.
    const auto fits = [](const QFont& base, const QStringList& texts, double cell) {
        if (texts.isEmpty())
            return true;
        QFont font = gridFont(base, cell * 0.42, texts, cell * 0.86);
        font.setPixelSize(std::max(font.pixelSize(), textfit::kMinimumPixelSize));
        return QFontMetricsF(font).horizontalAdvance(widestText(font, texts)) <= cell * 0.86;
    };
    double cell = StageLayout::kSmallestCell;
    while (cell < 120 && !(fits(font(), plain, cell) && fits(boldFont, bold, cell)))
        ++cell;
    minimumCellScale_ = theme::scale();
    minimumCell_ = cell;
    return cell;
}

void ConvolutionStage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        minimumCell_ = -1;
        caches_.clear();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

StageLayout ConvolutionStage::layout(QSizeF size) const {
    return trace_ ? StageLayout(StageLayout::Shape::of(*trace_), size, minimumCell())
                  : StageLayout();
}

QRect ConvolutionStage::outputCellRect(int row, int column) const {
    return outputCellRect(step_ >= 0 ? current_.kernel : 0, row, column);
}

QRect ConvolutionStage::outputCellRect(int kernel, int row, int column) const {
    if (!trace_ || kernel < 0 || kernel >= trace_->kernel_count() || row < 0 || column < 0 ||
        row >= trace_->output_height() || column >= trace_->output_width())
        return {};
    return layout(size()).outputCell(kernel, row, column).toAlignedRect();
}

QRect ConvolutionStage::inputCellRect(int channel, int row, int column) const {
    if (!trace_ || channel < 0 || channel >= trace_->channels())
        return {};
    const conv::Padding padding = trace_->geometry().padding();
    const auto& params = trace_->geometry().params();
    if (row < 0 || column < 0 || row >= params.input_height || column >= params.input_width)
        return {};
    return layout(size())
        .inputCell(channel, row + padding.top, column + padding.left)
        .toAlignedRect();
}

QRect ConvolutionStage::kernelCellRect(int channel, int row, int column) const {
    if (!trace_ || channel < 0 || channel >= trace_->channels())
        return {};
    const auto& params = trace_->geometry().params();
    if (row < 0 || column < 0 || row >= params.kernel_height || column >= params.kernel_width)
        return {};
    return layout(size()).kernelCell(channel, row, column).toAlignedRect();
}

void ConvolutionStage::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    paintStage(painter, size(), currentFrame());
}

void ConvolutionStage::paintStage(QPainter& painter, QSizeF size, const Frame& frame) const {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!trace_ || !frame.step) {
        QFont font = this->font();
        font.setPixelSize(theme::px(26));
        painter.setFont(font);
        painter.setPen(colours().mutedText);
        painter.drawText(QRectF(QPointF(0, 0), size).adjusted(40, 40, -40, -40),
                         Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    const StageLayout l = layout(size);
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const GridCache& cache = gridCache(l, size.toSize(), ratio);
    painter.drawImage(cache.inputRect.topLeft(), cache.input);
    if (pool_)
        paintPoolOperator(painter, l, frame);
    else
        paintKernel(painter, l, frame);
    if (concealed_ == Concealed::OutputSize) {
        // The student predicts the output's size: one "?" cell instead of the grid.
        const QRectF cell(l.outputs().front(), QSizeF(l.cell(), l.cell()));
        painter.fillRect(cell, colours().pendingFill);
        painter.setPen(QPen(colours().accent, theme::line(2.0)));
        painter.drawRect(cell);
        QFont mark = font();
        mark.setBold(true);
        mark.setPixelSize(std::max(12, static_cast<int>(l.cell() * 0.6)));
        painter.setFont(mark);
        painter.drawText(cell, Qt::AlignCenter, QStringLiteral("?"));
    } else {
        paintOutput(painter, l, frame, cache);
        paintPinned(painter, l, frame);
    }
    paintWindow(painter, l, frame);

    QFont signFont = font();
    signFont.setPixelSize(static_cast<int>(l.cell() * 0.7));
    signFont.setBold(true);
    painter.setFont(signFont);
    painter.setPen(colours().mutedText);
    const QSizeF signBox(l.cell(), l.cell());
    for (const auto& [centre, text] : l.signs()) {
        // Pooling has no kernel to multiply with: no "∗" (nor "+" between channels, which are
        // pooled apart); the window box says "max" or "mean".
        if (pool_ && text != QStringLiteral("="))
            continue;
        painter.drawText(QRectF(centre - QPointF(l.cell() / 2, l.cell() / 2), signBox),
                         Qt::AlignCenter, text);
    }

    paintCaptions(painter, l, frame);
    paintExpression(painter, l, frame);
}

void ConvolutionStage::paintInput(QPainter& painter, const StageLayout& l) const {
    const int channels = trace_->channels();
    const int paddedH = trace_->padded_height(), paddedW = trace_->padded_width();
    const conv::Padding pad = trace_->geometry().padding();
    const std::vector<int> rowsSkipped = trace_->geometry().unreached_rows();
    const std::vector<int> columnsSkipped = trace_->geometry().unreached_columns();
    const QSet<int> unreachedRows(rowsSkipped.begin(), rowsSkipped.end());
    const QSet<int> unreachedColumns(columnsSkipped.begin(), columnsSkipped.end());
    QBrush hatch(colours().paddingHatch, Qt::BDiagPattern);
    hatch.setTransform(
        QTransform::fromScale(std::max(1.0, l.cell() / 40), std::max(1.0, l.cell() / 40)));
    for (int c = 0; c < channels; ++c) {
        QStringList texts;
        texts.reserve(paddedH * paddedW);
        for (int py = 0; py < paddedH; ++py)
            for (int px = 0; px < paddedW; ++px)
                texts << numberText(trace_->padded_value(c, py, px));
        const QFont gridText = cellFont(this, font(), l.cell(), texts);
        painter.setFont(gridText);
        CellTexts cellTexts(gridText);
        // The planes of a colour image are tinted; those of dL/dY (gradient modes) are not.
        const bool tinted = channels == 3 && inputName_.isEmpty();
        const QColor imageFill = tinted ? colours().*kChannelTints[c].fill : colours().base;
        const QPointF origin = l.inputs()[static_cast<std::size_t>(c)];
        painter.fillRect(QRectF(origin, QSizeF(paddedW * l.cell(), paddedH * l.cell())), imageFill);
        for (int py = 0; py < paddedH; ++py)
            for (int px = 0; px < paddedW; ++px)
                if (trace_->is_padding_cell(py, px)) {
                    const QRectF cell = l.inputCell(c, py, px);
                    painter.fillRect(cell, colours().panel);
                    painter.fillRect(cell, hatch);
                }
        // Rows and columns the window never reaches (stride, dilation): dimmed and crossed.
        QBrush unreachedCross(withAlpha(colours().mutedText, 90), Qt::DiagCrossPattern);
        unreachedCross.setTransform(hatch.transform());
        for (int py = 0; py < paddedH; ++py)
            for (int px = 0; px < paddedW; ++px)
                if (unreachedRows.contains(py - pad.top) ||
                    unreachedColumns.contains(px - pad.left)) {
                    if (trace_->is_padding_cell(py, px))
                        continue;
                    const QRectF cell = l.inputCell(c, py, px);
                    painter.fillRect(cell, colours().pendingFill);
                    painter.fillRect(cell, unreachedCross);
                }
        drawGridLines(painter, origin, paddedH, paddedW, l.cell());
        for (int py = 0; py < paddedH; ++py)
            for (int px = 0; px < paddedW; ++px) {
                const bool unreached = unreachedRows.contains(py - pad.top) ||
                                       unreachedColumns.contains(px - pad.left);
                painter.setPen(trace_->is_padding_cell(py, px) || unreached ? colours().mutedText
                                                                            : colours().text);
                cellTexts.draw(painter, l.inputCell(c, py, px), texts[py * paddedW + px]);
            }
        if (channels > 1) {
            // The channel's name left of its plane, in its colour.
            QFont name = font();
            name.setBold(true);
            name.setPixelSize(static_cast<int>(std::clamp(l.cell() * 0.5, 12.0, 40.0)));
            painter.setFont(name);
            painter.setPen(tinted ? colours().*kChannelTints[c].ink : colours().mutedText);
            painter.drawText(
                QRectF(origin.x() - l.cell() * 0.9, origin.y(), l.cell() * 0.8, paddedH * l.cell()),
                Qt::AlignRight | Qt::AlignVCenter,
                tinted ? channelName(c, channels, true) : QString::number(c + 1));
        }
    }
}

void ConvolutionStage::paintKernel(QPainter& painter, const StageLayout& l,
                                   const Frame& frame) const {
    const auto& params = trace_->geometry().params();
    const auto& kernels = trace_->setup().kernels;
    const int kernelH = params.kernel_height, kernelW = params.kernel_width;
    const int channels = trace_->channels();
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < channels; ++c) {
        const std::size_t first =
            static_cast<std::size_t>((frame.step->kernel * channels + c) * kernelH * kernelW);
        QStringList texts;
        for (int i = 0; i < kernelH * kernelW; ++i)
            texts << numberText(kernels[first + static_cast<std::size_t>(i)]);
        painter.setFont(cellFont(this, bold, l.cell(), texts));
        for (int ky = 0; ky < kernelH; ++ky) {
            for (int kx = 0; kx < kernelW; ++kx) {
                const QRectF cell = l.kernelCell(c, ky, kx);
                painter.fillRect(cell, colours().accentFill);
                painter.setPen(QPen(colours().accent, theme::line(1.5)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell);
                painter.setPen(colours().accentStrong);
                painter.drawText(cell, Qt::AlignCenter, texts[ky * kernelW + kx]);
            }
        }
    }
}

void ConvolutionStage::paintPoolOperator(QPainter& painter, const StageLayout& l,
                                         const Frame& frame) const {
    // Where a kernel would be: an empty window of the pooling's size saying what it computes.
    const auto& params = trace_->geometry().params();
    const QString name =
        frame.pool->kind == compute::PoolKind::Max ? QStringLiteral("max") : QStringLiteral("mean");
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < trace_->channels(); ++c) {
        const QRectF box(l.kernels()[static_cast<std::size_t>(c)],
                         QSizeF(params.kernel_width * l.cell(), params.kernel_height * l.cell()));
        painter.fillRect(box, colours().accentFill);
        painter.setPen(QPen(colours().accent, theme::line(1.5), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        for (int ky = 0; ky < params.kernel_height; ++ky)
            for (int kx = 0; kx < params.kernel_width; ++kx)
                painter.drawRect(l.kernelCell(c, ky, kx));
        painter.setFont(fittedFont(bold, l.cell() * 0.5, name, box.width() * 0.9));
        painter.setPen(c == frame.pool->channel ? colours().accentStrong : colours().mutedText);
        painter.drawText(box, Qt::AlignCenter, name);
    }
}

const ConvolutionStage::GridCache& ConvolutionStage::gridCache(const StageLayout& l, QSize size,
                                                               qreal pixelRatio) const {
    for (const GridCache& cache : caches_)
        if (cache.size == size && cache.pixelRatio == pixelRatio)
            return cache;
    if (caches_.size() >= 2)
        caches_.erase(caches_.begin());
    GridCache cache;
    cache.size = size;
    cache.pixelRatio = pixelRatio;
    const double pen = 2; // half a grid line and antialiasing around the cells
    const double labels = trace_->channels() > 1 ? 0.9 * l.cell() : 0;
    const QPointF inputEnd =
        l.inputs().back() + QPointF(trace_->padded_width(), trace_->padded_height()) * l.cell();
    cache.inputRect = QRectF(l.inputs().front() - QPointF(labels, 0), inputEnd)
                          .adjusted(-pen, -pen, pen, pen)
                          .toAlignedRect();
    const QPointF outputEnd =
        l.outputs().back() + QPointF(trace_->output_width(), trace_->output_height()) * l.cell();
    cache.outputRect =
        QRectF(l.outputs().front(), outputEnd).adjusted(-pen, -pen, pen, pen).toAlignedRect();
    const auto draw = [&](const QRectF& rect, const auto& paint) {
        QImage image((rect.size() * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(-rect.topLeft());
        paint(painter);
        return image;
    };
    QFont bold = font();
    bold.setBold(true);
    QStringList texts;
    for (const double value : outputs_)
        texts << numberText(value);
    cache.outputFont = cellFont(this, bold, l.cell(), texts);
    cache.input = draw(cache.inputRect, [&](QPainter& p) { paintInput(p, l); });
    cache.outputDone = draw(cache.outputRect,
                            [&](QPainter& p) { paintOutputCells(p, l, cache.outputFont, true); });
    cache.outputWaiting = draw(
        cache.outputRect, [&](QPainter& p) { paintOutputCells(p, l, cache.outputFont, false); });
    caches_.push_back(std::move(cache));
    return caches_.back();
}

void ConvolutionStage::paintOutputCells(QPainter& painter, const StageLayout& l, const QFont& font,
                                        bool done) const {
    const int outH = trace_->output_height(), outW = trace_->output_width();
    QStringList texts;
    if (done) {
        texts.reserve(static_cast<int>(outputs_.size()));
        for (const double value : outputs_)
            texts << numberText(value);
    }
    painter.setFont(font);
    CellTexts cellTexts(font);
    for (int k = 0; k < trace_->kernel_count(); ++k) {
        const QPointF origin = l.outputs()[static_cast<std::size_t>(k)];
        painter.fillRect(QRectF(origin, QSizeF(outW * l.cell(), outH * l.cell())),
                         done ? colours().base : colours().pendingFill);
        drawGridLines(painter, origin, outH, outW, l.cell());
        if (!done)
            continue;
        painter.setPen(colours().text);
        for (int row = 0; row < outH; ++row)
            for (int column = 0; column < outW; ++column)
                cellTexts.draw(painter, l.outputCell(k, row, column),
                               texts[trace_->step_index(k, row, column)]);
    }
}

void ConvolutionStage::paintOutput(QPainter& painter, const StageLayout& l, const Frame& frame,
                                   const GridCache& cache) const {
    // The cells before the current step are filled in (whole maps of earlier kernels, whole rows
    // above, the cells left of it), the others wait: two cached pictures, clipped.
    const conv::TraceStep& step = *frame.step;
    const int outH = trace_->output_height(), outW = trace_->output_width();
    painter.drawImage(cache.outputRect.topLeft(), cache.outputWaiting);
    QRegion done;
    const auto cells = [&](int kernel, int row, int column, int rows, int columns) {
        if (rows > 0 && columns > 0)
            done += l.outputCell(kernel, row, column)
                        .united(l.outputCell(kernel, row + rows - 1, column + columns - 1))
                        .adjusted(-1, -1, 1, 1)
                        .toAlignedRect();
    };
    for (int k = 0; k < step.kernel; ++k)
        cells(k, 0, 0, outH, outW);
    cells(step.kernel, 0, 0, step.out_y, outW);
    cells(step.kernel, step.out_y, 0, 1, step.out_x);
    if (!done.isEmpty()) {
        painter.save();
        painter.setClipRegion(done);
        painter.drawImage(cache.outputRect.topLeft(), cache.outputDone);
        painter.restore();
    }

    // The current cell fills in as the window arrives.
    const double shown = std::clamp((frame.arrival - 0.7) / 0.3, 0.0, 1.0);
    const QRectF cell = l.outputCell(step.kernel, step.out_y, step.out_x);
    painter.fillRect(cell, blend(colours().pendingFill, colours().base, shown));
    if (shown > 0)
        painter.fillRect(cell, withAlpha(colours().accent, static_cast<int>(50 * shown)));
    painter.setPen(QPen(colours().gridLine, theme::line(1.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell);
    if (shown > 0) {
        painter.setFont(cache.outputFont);
        painter.setPen(withAlpha(colours().text, static_cast<int>(255 * shown)));
        painter.drawText(cell, Qt::AlignCenter,
                         concealed_ == Concealed::CurrentValue
                             ? QStringLiteral("?")
                             : numberText(outputs_[static_cast<std::size_t>(frame.index)]));
    }

    // The outline travels with the window.
    const QRectF current = l.outputCellStacked(frame.outputY, frame.outputX);
    const double outline = std::max(theme::line(3.0), l.cell() * 0.07);
    painter.setPen(QPen(colours().accent, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(current.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));
}

void ConvolutionStage::paintPinned(QPainter& painter, const StageLayout& l,
                                   const Frame& frame) const {
    if (!frame.pinned || frame.pinned->terms.empty())
        return;
    const conv::TraceStep& pinned = *frame.pinned;
    const double outline = std::max(3.0, l.cell() * 0.06);
    QPen pen(colours().pin, outline, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto& params = trace_->geometry().params();
    const double spanY = params.dilation_y * (params.kernel_height - 1) + 1;
    const double spanX = params.dilation_x * (params.kernel_width - 1) + 1;
    for (int c = 0; c < trace_->channels(); ++c) {
        const QRectF first = l.inputCell(c, pinned.window_top, pinned.window_left);
        const QRectF window(first.topLeft(), QSizeF(spanX * l.cell(), spanY * l.cell()));
        painter.drawRect(window.adjusted(-outline / 2, -outline / 2, outline / 2, outline / 2));
    }
    const QRectF cell = l.outputCell(pinned.kernel, pinned.out_y, pinned.out_x);
    painter.drawRect(cell.adjusted(-outline / 2, -outline / 2, outline / 2, outline / 2));
}

void ConvolutionStage::paintWindow(QPainter& painter, const StageLayout& l,
                                   const Frame& frame) const {
    // Each tap over its cell (with dilation the window has gaps), the weight it is multiplied
    // with in the cell's corner, so the expression below can be read off the grid. While gliding
    // the taps are drawn between two positions. Pooling: the window covers its channel only,
    // and there are no weights.
    const double dy = frame.windowY - frame.step->window_top;
    const double dx = frame.windowX - frame.step->window_left;
    std::vector<QRectF> bounds(static_cast<std::size_t>(trace_->channels()));
    QFont weightFont = font();
    weightFont.setBold(true);
    QStringList weights;
    for (const conv::TraceTerm& term : frame.step->terms)
        weights << QStringLiteral("×") + numberText(term.weight);
    // The small weight under each number only where it is readable: the formula below the
    // stage writes every product out anyway.
    const QFont weightText = gridFont(weightFont, l.cell() * 0.24, weights, l.cell() * 0.6);
    const bool showWeights = weightText.pixelSize() >= textfit::kMinimumPixelSize;
    painter.setFont(weightText);
    painter.setPen(colours().accentStrong);
    for (std::size_t i = 0; i < frame.step->terms.size(); ++i) {
        const conv::TraceTerm& term = frame.step->terms[i];
        if (frame.pool && term.channel != frame.pool->channel)
            continue;
        const QRectF cell = l.inputCell(term.channel, term.padded_y + dy, term.padded_x + dx);
        QRectF& box = bounds[static_cast<std::size_t>(term.channel)];
        box = box.isNull() ? cell : box.united(cell);
        painter.fillRect(cell, withAlpha(colours().accent, 46));
        if (frame.pool || !showWeights)
            continue;
        const QRectF corner = cell.adjusted(l.cell() * 0.06, l.cell() * 0.6, -l.cell() * 0.06, 0);
        painter.drawText(corner, Qt::AlignRight | Qt::AlignVCenter, weights[static_cast<int>(i)]);
    }
    const auto drawn =
        std::find_if(bounds.begin(), bounds.end(), [](const QRectF& box) { return !box.isNull(); });
    if (drawn == bounds.end())
        return;
    const double outline = std::max(theme::line(3.0), l.cell() * 0.07);
    painter.setPen(QPen(colours().accent, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF& box : bounds)
        if (!box.isNull())
            painter.drawRect(box.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));

    // Max pooling: the winning cell ringed once the window has arrived.
    if (frame.pool && frame.pool->winner >= 0 && frame.arrival > 0.7) {
        const conv::PoolCell& winner =
            frame.pool->cells[static_cast<std::size_t>(frame.pool->winner)];
        const QRectF cell = l.inputCell(frame.pool->channel, winner.padded_y, winner.padded_x);
        painter.setPen(QPen(colours().success, std::max(theme::line(3.0), l.cell() * 0.09)));
        painter.drawEllipse(
            cell.adjusted(l.cell() * 0.1, l.cell() * 0.1, -l.cell() * 0.1, -l.cell() * 0.1));
    }

    // The arc over the kernel from the window's columns to the output cell's column. It runs
    // from grid top to grid top so that it never covers a number; the window and its output
    // cell share the accent colour, which ties them row-wise.
    const QRectF target = l.outputCellStacked(frame.outputY, frame.outputX);
    const QPointF from(drawn->center().x(), l.inputs().front().y());
    const QPointF to(target.center().x(), l.outputs().front().y() - outline);
    const double crest =
        std::min({l.kernels().front().y(), l.inputs().front().y(), l.outputs().front().y()}) -
        l.cell() * 0.5;
    QPainterPath arc(from);
    arc.cubicTo(QPointF(from.x(), crest), QPointF(to.x(), crest), to);
    const double width = std::max(theme::line(2.5), l.cell() * 0.045);
    painter.setPen(QPen(withAlpha(colours().accent, 190), width, Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(arc);
    const double head = std::max(8.0, l.cell() * 0.14);
    QPainterPath arrow(to);
    arrow.lineTo(to + QPointF(-head * 0.6, -head));
    arrow.lineTo(to + QPointF(head * 0.6, -head));
    arrow.closeSubpath();
    painter.fillPath(arrow, colours().accent);
}

void ConvolutionStage::paintCaptions(QPainter& painter, const StageLayout& l,
                                     const Frame& frame) const {
    const auto& params = trace_->geometry().params();
    const conv::ConvTrace::Setup& setup = trace_->setup();
    QFont font = this->font();
    font.setPixelSize(static_cast<int>(
        std::clamp(l.cell() * 0.27, 15.0 * theme::scale(), 26.0 * theme::scale())));
    painter.setFont(font);
    painter.setPen(colours().mutedText);

    const int channels = trace_->channels(), kernelCount = trace_->kernel_count();
    const int paddedH = trace_->padded_height(), paddedW = trace_->padded_width();
    const QString inputName = inputName_.isEmpty() ? tr("Input") : inputName_;
    const QString kernelName = kernelName_.isEmpty() ? tr("Kernel") : kernelName_;
    const QString outputName = outputName_.isEmpty() ? tr("Output") : outputName_;
    QString size = tr("%1×%2").arg(params.input_height).arg(params.input_width);
    if (channels > 1)
        size += tr("×%1").arg(channels);
    QString input = tr("%1 %2").arg(inputName, size);
    if (paddedH != params.input_height || paddedW != params.input_width)
        input = tr("%1 %2, padded to %3×%4").arg(inputName, size).arg(paddedH).arg(paddedW);
    QString kernelSize = tr("%1×%2").arg(params.kernel_height).arg(params.kernel_width);
    if (channels > 1)
        kernelSize += tr("×%1").arg(channels);
    QString kernel = kernelCount > 1 ? tr("%1 %2 of %3: %4")
                                           .arg(kernelName_.isEmpty() ? tr("Filter") : kernelName)
                                           .arg(frame.step->kernel + 1)
                                           .arg(kernelCount)
                                           .arg(kernelSize)
                                     : tr("%1 %2").arg(kernelName, kernelSize);
    if (setup.divisor != 1.0)
        kernel += tr(", ÷ %1").arg(numberText(setup.divisor));
    if (setup.mode == conv::TraceMode::Convolution)
        kernel += tr(", flipped");
    // Shapes as the lecture writes them, H×W×C: K maps of H'×W' are H'×W'×K.
    const QString outputSize =
        concealed_ == Concealed::OutputSize
            ? tr("?×?")
            : tr("%1×%2").arg(trace_->output_height()).arg(trace_->output_width());
    const QString output = kernelCount > 1 && outputName_.isEmpty()
                               ? tr("Feature maps %1×%2").arg(outputSize).arg(kernelCount)
                           : kernelCount > 1
                               ? tr("%1 %2×%3").arg(outputName, outputSize).arg(kernelCount)
                               : tr("%1 %2").arg(outputName, outputSize);

    const QFontMetricsF metrics(font);
    struct Caption {
        double gridLeft, gridRight;
        QString text;
    };
    const Caption captions[] = {
        {l.inputs().front().x(), l.inputs().front().x() + paddedW * l.cell(), input},
        {l.kernels().front().x(), l.kernels().front().x() + params.kernel_width * l.cell(), kernel},
        {l.outputs().front().x(), l.outputs().front().x() + trace_->output_width() * l.cell(),
         output},
    };
    // First try the captions whole, each as near the middle of its grid as the others let it:
    // a caption wider than its grid ("3×3, flipped" under a narrow kernel) leans into the gap
    // beside it rather than losing words.
    const double gap = metrics.height() * 0.8;
    constexpr std::size_t count = std::size(captions);
    double wants[count], lefts[count];
    for (std::size_t i = 0; i < count; ++i) {
        wants[i] = metrics.horizontalAdvance(captions[i].text) + 4;
        lefts[i] = (captions[i].gridLeft + captions[i].gridRight - wants[i]) / 2;
        lefts[i] =
            std::max(lefts[i], i == 0 ? l.expression().left() : lefts[i - 1] + wants[i - 1] + gap);
    }
    for (std::size_t i = count; i-- > 0;)
        lefts[i] = std::min(lefts[i], i + 1 == count ? l.expression().right() - wants[i]
                                                     : lefts[i + 1] - gap - wants[i]);
    if (lefts[0] >= l.expression().left()) {
        for (std::size_t i = 0; i < count; ++i)
            painter.drawText(QRectF(lefts[i], l.captionTop(), wants[i], l.captionHeight()),
                             Qt::AlignHCenter | Qt::AlignVCenter, captions[i].text);
        return;
    }
    // Else a caption is centred under its grid and may grow to its text's width, but never past
    // the middle of the gap to the next grid (nor off the stage).
    for (std::size_t i = 0; i < std::size(captions); ++i) {
        const Caption& c = captions[i];
        const double low =
            i == 0 ? l.expression().left() : (captions[i - 1].gridRight + c.gridLeft) / 2 + 4;
        const double high = i + 1 == std::size(captions)
                                ? l.expression().right()
                                : (c.gridRight + captions[i + 1].gridLeft) / 2 - 4;
        const double centre = (c.gridLeft + c.gridRight) / 2;
        // Short of room, the grid's name goes first ("3×3, flipped"): the sizes are what the
        // formula above the stage needs.
        QString text = c.text;
        if (const qsizetype space = text.indexOf(QLatin1Char(' '));
            space > 0 && metrics.horizontalAdvance(text) + 4 > high - low)
            text = text.mid(space + 1);
        const double want = metrics.horizontalAdvance(text) + 4;
        double left = std::max(low, centre - want / 2);
        const double right = std::min(high, left + want);
        left = std::max(low, std::min(left, right - want));
        const QRectF box(left, l.captionTop(), right - left, l.captionHeight());
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                         textfit::elided(this, metrics, text, box.width()));
    }
}

QString ConvolutionStage::outputHeading(const conv::TraceStep& step) const {
    // The lecture's V(x, y): x the column, y the row, from 0; the grid's 1-based row and column
    // after it, as the cell editor and the undo history count.
    const QString name = outputName_.isEmpty() || pool_ ? QStringLiteral("V") : outputName_;
    return tr("%1(%2, %3): row %4, column %5")
        .arg(name)
        .arg(step.out_x)
        .arg(step.out_y)
        .arg(step.out_y + 1)
        .arg(step.out_x + 1);
}

QString ConvolutionStage::headingText() const {
    return trace_ && step_ >= 0 ? outputHeading(current_) : QString();
}

bool ConvolutionStage::marksUnreached() const {
    return trace_ && (!trace_->geometry().unreached_rows().empty() ||
                      !trace_->geometry().unreached_columns().empty());
}

void ConvolutionStage::paintExpression(QPainter& painter, const StageLayout& l,
                                       const Frame& frame) const {
    // "Output row 1, column 1" over "2×1 + 0×1 + … = −4", the result in the accent colour; the
    // font shrinks until a 5×5 kernel's 25 products fit. Several channels: a line per channel
    // with its sum, then the sum of the sums.
    const conv::TraceStep& step = *frame.step;
    QString heading = outputHeading(step);
    if (frame.pool && trace_->channels() > 1)
        heading += tr(" of channel %1")
                       .arg(channelName(step.kernel, trace_->channels(), inputName_.isEmpty()));
    else if (trace_->kernel_count() > 1 && outputName_.isEmpty())
        heading += tr(" of feature map %1").arg(step.kernel + 1);
    else if (trace_->kernel_count() > 1)
        heading += tr(" of %1 %2").arg(outputName_).arg(step.kernel + 1);
    const auto line = [](const QString& text) {
        const qsizetype equals = text.lastIndexOf(QStringLiteral(" = "));
        const QString products = equals >= 0 ? text.left(equals) : text;
        const QString result = equals >= 0 ? text.mid(equals) : QString();
        // "= 2.1111111111111112" wraps as one piece, never after the "=".
        return QStringLiteral("<div style='color:%3'>%1<b style='color:%4'>%2</b></div>")
            .arg(products.toHtmlEscaped(),
                 result.toHtmlEscaped().replace(QLatin1Char(' '), QChar(0x00a0)),
                 css(colours().text), css(colours().accent));
    };
    QString body;
    if (concealed_ == Concealed::OutputSize) {
        heading = tr("Before the window moves");
        body = line(tr("What size will the output be? = ?"));
    } else if (concealed_ == Concealed::CurrentValue) {
        body =
            line(frame.pool && frame.pool->kind == compute::PoolKind::Max
                     ? tr("The largest number under the window = ?")
                 : frame.pool ? tr("The mean of the numbers under the window = ?")
                              : tr("Each number under the window times its weight, added up = ?"));
    } else if (frame.pool) {
        body = line(QString::fromStdString(frame.pool->expression()));
    } else if (trace_->channels() > 1) {
        for (const QString& text : channelLines(step, trace_->channels(), inputName_.isEmpty()))
            body += line(text);
    } else {
        body = line(QString::fromStdString(step.expression()));
    }
    const QString html =
        QStringLiteral("<div style='color:%3; font-size:%2px'>%1:</div>")
            .arg(heading.toHtmlEscaped(), QStringLiteral("%2"), css(colours().mutedText)) +
        body;

    QTextDocument document;
    document.setDocumentMargin(0);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);
    document.setTextWidth(l.expression().width());
    QFont font = this->font();
    int px =
        static_cast<int>(std::clamp(l.cell() * 0.42, 20.0 * theme::scale(), 44.0 * theme::scale()));
    for (;; px -= 2) {
        font.setPixelSize(px);
        document.setDefaultFont(font);
        document.setHtml(html.arg(std::max(theme::px(14), px * 2 / 3)));
        if (document.size().height() <= l.expression().height() || px <= 12)
            break;
    }
    painter.save();
    const double spare = std::max(0.0, l.expression().height() - document.size().height());
    painter.translate(l.expression().left(), l.expression().top() + spare / 3);
    document.drawContents(&painter);
    painter.restore();
}

void ConvolutionStage::mousePressEvent(QMouseEvent* event) {
    if (!trace_ || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)) {
        QWidget::mousePressEvent(event);
        return;
    }
    editor_->finish(true);
    if (!trace_) // committing the editor may have rebuilt an impossible trace
        return;
    const QPointF at = event->position();
    const bool pin =
        event->button() == Qt::RightButton || event->modifiers().testFlag(Qt::ControlModifier);
    const StageLayout l = layout(size());
    if (const auto output = l.output_at(at)) {
        const int index = trace_->step_index(output->grid, output->row, output->column);
        if (pin)
            setPinnedStep(pinned_ == index ? -1 : index);
        else
            setStep(index);
        return;
    }
    if (editable_ && event->button() == Qt::LeftButton) {
        if (const auto input = l.inputAt(at)) {
            const int c = input->grid, y = input->row, x = input->column;
            editTarget_ = {false, 0, c, y, x};
            const auto& params = trace_->geometry().params();
            const auto i =
                static_cast<std::size_t>((c * params.input_height + y) * params.input_width + x);
            editor_->open(inputCellRect(c, y, x), numberText(trace_->setup().input[i]));
            return;
        }
        if (const auto tap = l.kernelAt(at)) {
            const int k = current_.kernel, c = tap->grid, ky = tap->row, kx = tap->column;
            editTarget_ = {true, k, c, ky, kx};
            const auto& params = trace_->geometry().params();
            const auto i = static_cast<std::size_t>(
                ((k * trace_->channels() + c) * params.kernel_height + ky) * params.kernel_width +
                kx);
            editor_->open(kernelCellRect(c, ky, kx), numberText(trace_->setup().kernels[i]));
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ConvolutionStage::resizeEvent(QResizeEvent* event) {
    editor_->finish(false); // the cell under it moves
    caches_.clear();
    QWidget::resizeEvent(event);
}

} // namespace convsight::widgets
