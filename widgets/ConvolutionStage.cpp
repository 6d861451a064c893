// The Step-through stage: padded input ∗ kernel = output, drawn large enough for a lecture hall,
// with the current window, its output cell and the step's expression, all read from a ConvTrace.
#include "ConvolutionStage.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextOption>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

// The app's palette (Theme.cpp): slate text, one accent blue.
const QColor kText(0x0f, 0x17, 0x2a);
const QColor kMuted(0x47, 0x55, 0x69);
const QColor kGridLine(0x64, 0x74, 0x8b);
const QColor kAccent(0x25, 0x63, 0xeb);
const QColor kAccentDark(0x1d, 0x4e, 0xd8);
const QColor kPaddingFill(0xe2, 0xe8, 0xf0);
const QColor kPaddingHatch(0xb6, 0xc2, 0xd2);
const QColor kKernelFill(0xef, 0xf6, 0xff);
const QColor kPendingFill(0xf1, 0xf5, 0xf9);

QColor withAlpha(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

// The largest pixel size up to `size` at which `text` fits `width`.
QFont fittedFont(QFont font, double size, const QString& text, double width) {
    font.setPixelSize(std::max(8, static_cast<int>(size)));
    for (int px = font.pixelSize(); px > 8; --px) {
        font.setPixelSize(px);
        if (QFontMetricsF(font).horizontalAdvance(text) <= width)
            break;
    }
    return font;
}

} // namespace

ConvolutionStage::ConvolutionStage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("convolutionStage"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Click an output cell to see how it is computed."));
}

void ConvolutionStage::setTrace(std::shared_ptr<const conv::ConvTrace> trace) {
    trace_ = std::move(trace);
    outputs_ = trace_ ? trace_->outputs() : std::vector<double>{};
    step_ = -1;
    setStep(0);
    update();
}

void ConvolutionStage::setMessage(const QString& message) {
    message_ = message;
    update();
}

int ConvolutionStage::stepCount() const {
    return trace_ ? trace_->stepCount() : 0;
}

QString ConvolutionStage::expressionText() const {
    return step_ >= 0 ? QString::fromStdString(current_.expression()) : QString();
}

void ConvolutionStage::setStep(int index) {
    const int count = stepCount();
    const int clamped = count > 0 ? std::clamp(index, 0, count - 1) : -1;
    if (clamped == step_)
        return;
    step_ = clamped;
    current_ = clamped >= 0 ? trace_->step(clamped) : conv::TraceStep{};
    update();
    emit stepChanged(step_);
}

QSize ConvolutionStage::sizeHint() const {
    return {900, 560};
}

QSize ConvolutionStage::minimumSizeHint() const {
    return {420, 300};
}

ConvolutionStage::Layout ConvolutionStage::layout() const {
    Layout l;
    if (!trace_)
        return l;
    const auto& params = trace_->geometry().params();
    const int paddedH = trace_->paddedHeight(), paddedW = trace_->paddedWidth();
    const int kernelH = params.kernelHeight, kernelW = params.kernelWidth;
    const int outH = trace_->outputHeight(), outW = trace_->outputWidth();

    // In cells: the grids side by side with room for "∗" and "=" between them; above the grids
    // the arc from window to output cell, below them the captions, then the expression.
    const double signGap = 1.1;
    const double columns = paddedW + kernelW + outW + 2 * signGap;
    const int rows = std::max({paddedH, kernelH, outH});
    const double margin = 14;
    const double expressionShare = std::clamp(height() * 0.24, 90.0, 190.0);
    const double availableW = width() - 2 * margin;
    const double availableH = height() - 2 * margin - expressionShare;
    l.cell = std::min({availableW / columns, availableH / (rows + 1.25), 120.0});
    l.cell = std::max(l.cell, 12.0);
    const double cell = l.cell;

    l.captionHeight = std::max(cell * 0.6, 28.0);
    const double arcSpace = cell * 0.65;
    const double blockH = arcSpace + rows * cell + l.captionHeight + expressionShare;
    const double top = std::max(margin, (height() - blockH) / 2);
    const double bandTop = top + arcSpace;
    const double left = (width() - columns * cell) / 2;
    const double bandMiddle = bandTop + rows * cell / 2;

    l.input = {left, bandTop + (rows - paddedH) * cell / 2};
    l.convolveSign = {left + (paddedW + signGap / 2) * cell, bandMiddle};
    l.kernel = {left + (paddedW + signGap) * cell, bandTop + (rows - kernelH) * cell / 2};
    l.equalsSign = {l.kernel.x() + (kernelW + signGap / 2) * cell, bandMiddle};
    l.output = {l.kernel.x() + (kernelW + signGap) * cell, bandTop + (rows - outH) * cell / 2};
    l.captionTop = bandTop + rows * cell + cell * 0.08;
    const double expressionTop = l.captionTop + l.captionHeight;
    l.expression = QRectF(margin, expressionTop, width() - 2 * margin,
                          std::max(40.0, height() - margin - expressionTop));
    return l;
}

QRectF ConvolutionStage::inputCell(const Layout& l, int paddedY, int paddedX) const {
    return {l.input.x() + paddedX * l.cell, l.input.y() + paddedY * l.cell, l.cell, l.cell};
}

QRectF ConvolutionStage::outputCell(const Layout& l, int row, int column) const {
    return {l.output.x() + column * l.cell, l.output.y() + row * l.cell, l.cell, l.cell};
}

QRect ConvolutionStage::outputCellRect(int row, int column) const {
    if (!trace_ || row < 0 || column < 0 || row >= trace_->outputHeight() ||
        column >= trace_->outputWidth())
        return {};
    return outputCell(layout(), row, column).toAlignedRect();
}

QString ConvolutionStage::cellText(double value) const {
    QString text = QString::fromStdString(conv::formatNumber(value, true));
    if (text.size() > 5) {
        // 1/9 blurs give 3.4444444444444446: two decimals are what a student reads from afar.
        text = QString::number(value, 'f', std::abs(value) >= 100 ? 0 : 2);
        text.replace(QLatin1Char('-'), QChar(0x2212));
    }
    return text;
}

void ConvolutionStage::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), palette().window());

    if (!trace_) {
        QFont font = this->font();
        font.setPixelSize(26);
        painter.setFont(font);
        painter.setPen(kMuted);
        painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                         message_);
        return;
    }
    const Layout l = layout();
    paintInput(painter, l);
    paintKernel(painter, l);
    paintOutput(painter, l);
    paintWindow(painter, l);

    QFont signFont = font();
    signFont.setPixelSize(static_cast<int>(l.cell * 0.7));
    signFont.setBold(true);
    painter.setFont(signFont);
    painter.setPen(kMuted);
    const QSizeF signBox(l.cell, l.cell);
    painter.drawText(QRectF(l.convolveSign - QPointF(l.cell / 2, l.cell / 2), signBox),
                     Qt::AlignCenter, QStringLiteral("∗"));
    painter.drawText(QRectF(l.equalsSign - QPointF(l.cell / 2, l.cell / 2), signBox),
                     Qt::AlignCenter, QStringLiteral("="));

    paintCaptions(painter, l);
    paintExpression(painter, l);
}

void ConvolutionStage::paintInput(QPainter& painter, const Layout& l) const {
    const QFont base = font();
    QBrush hatch(kPaddingHatch, Qt::BDiagPattern);
    hatch.setTransform(
        QTransform::fromScale(std::max(1.0, l.cell / 40), std::max(1.0, l.cell / 40)));
    for (int py = 0; py < trace_->paddedHeight(); ++py) {
        for (int px = 0; px < trace_->paddedWidth(); ++px) {
            const QRectF cell = inputCell(l, py, px);
            const bool padding = trace_->isPaddingCell(py, px);
            painter.setPen(Qt::NoPen);
            painter.fillRect(cell, padding ? kPaddingFill : QColor(Qt::white));
            if (padding)
                painter.fillRect(cell, hatch);
            painter.setPen(QPen(kGridLine, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            const QString text = cellText(trace_->paddedValue(0, py, px));
            painter.setFont(fittedFont(base, l.cell * 0.42, text, l.cell * 0.86));
            painter.setPen(padding ? kMuted : kText);
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }
}

void ConvolutionStage::paintKernel(QPainter& painter, const Layout& l) const {
    const auto& params = trace_->geometry().params();
    const auto& kernels = trace_->setup().kernels;
    const int kernelH = params.kernelHeight, kernelW = params.kernelWidth;
    const int channels = trace_->channels();
    const std::size_t first = static_cast<std::size_t>(current_.kernel) *
                              static_cast<std::size_t>(channels * kernelH * kernelW);
    QFont font = this->font();
    font.setBold(true);
    for (int ky = 0; ky < kernelH; ++ky) {
        for (int kx = 0; kx < kernelW; ++kx) {
            const QRectF cell(l.kernel.x() + kx * l.cell, l.kernel.y() + ky * l.cell, l.cell,
                              l.cell);
            painter.fillRect(cell, kKernelFill);
            painter.setPen(QPen(kAccent, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            const QString text =
                cellText(kernels[first + static_cast<std::size_t>(ky * kernelW + kx)]);
            painter.setFont(fittedFont(font, l.cell * 0.42, text, l.cell * 0.86));
            painter.setPen(kAccentDark);
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }
}

void ConvolutionStage::paintOutput(QPainter& painter, const Layout& l) const {
    const int outH = trace_->outputHeight(), outW = trace_->outputWidth();
    QFont font = this->font();
    font.setBold(true);
    for (int row = 0; row < outH; ++row) {
        for (int column = 0; column < outW; ++column) {
            const int index = trace_->stepIndex(current_.kernel, row, column);
            const QRectF cell = outputCell(l, row, column);
            const bool done = index <= step_;
            painter.fillRect(cell, done ? QColor(Qt::white) : kPendingFill);
            if (index == step_)
                painter.fillRect(cell, withAlpha(kAccent, 50));
            painter.setPen(QPen(kGridLine, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            if (!done)
                continue;
            const QString text = cellText(outputs_[static_cast<std::size_t>(index)]);
            painter.setFont(fittedFont(font, l.cell * 0.42, text, l.cell * 0.86));
            painter.setPen(kText);
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }
    const QRectF current = outputCell(l, current_.outY, current_.outX);
    const double outline = std::max(3.0, l.cell * 0.07);
    painter.setPen(QPen(kAccent, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(current.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));
}

void ConvolutionStage::paintWindow(QPainter& painter, const Layout& l) const {
    // Each tap over its cell (with dilation the window has gaps), the weight it is multiplied
    // with in the cell's corner, so the expression below can be read off the grid.
    QRectF bounds;
    QFont weightFont = font();
    weightFont.setBold(true);
    for (const conv::TraceTerm& term : current_.terms) {
        if (term.channel != 0)
            continue;
        const QRectF cell = inputCell(l, term.paddedY, term.paddedX);
        bounds = bounds.isNull() ? cell : bounds.united(cell);
        painter.fillRect(cell, withAlpha(kAccent, 46));
        const QString weight =
            QStringLiteral("×") + QString::fromStdString(conv::formatNumber(term.weight, true));
        const QRectF corner = cell.adjusted(l.cell * 0.06, l.cell * 0.6, -l.cell * 0.06, 0);
        painter.setFont(fittedFont(weightFont, l.cell * 0.24, weight, l.cell * 0.6));
        painter.setPen(kAccentDark);
        painter.drawText(corner, Qt::AlignRight | Qt::AlignVCenter, weight);
    }
    if (bounds.isNull())
        return;
    const double outline = std::max(3.0, l.cell * 0.07);
    painter.setPen(QPen(kAccent, outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bounds.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));

    // The arc over the kernel from the window's columns to the output cell's column. It runs
    // from grid top to grid top so that it never covers a number; the window and its output
    // cell share the accent colour, which ties them row-wise.
    const QRectF target = outputCell(l, current_.outY, current_.outX);
    const QPointF from(bounds.center().x(), l.input.y());
    const QPointF to(target.center().x(), l.output.y() - outline);
    const double crest = std::min(l.kernel.y(), std::min(l.input.y(), l.output.y())) - l.cell * 0.5;
    QPainterPath arc(from);
    arc.cubicTo(QPointF(from.x(), crest), QPointF(to.x(), crest), to);
    const double width = std::max(2.5, l.cell * 0.045);
    painter.setPen(QPen(withAlpha(kAccent, 190), width, Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(arc);
    const double head = std::max(8.0, l.cell * 0.14);
    QPainterPath arrow(to);
    arrow.lineTo(to + QPointF(-head * 0.6, -head));
    arrow.lineTo(to + QPointF(head * 0.6, -head));
    arrow.closeSubpath();
    painter.fillPath(arrow, kAccent);
}

void ConvolutionStage::paintCaptions(QPainter& painter, const Layout& l) const {
    const auto& params = trace_->geometry().params();
    QFont font = this->font();
    font.setPixelSize(static_cast<int>(std::clamp(l.cell * 0.27, 15.0, 26.0)));
    painter.setFont(font);
    painter.setPen(kMuted);

    const int paddedH = trace_->paddedHeight(), paddedW = trace_->paddedWidth();
    QString input = tr("Input %1×%2").arg(params.inputHeight).arg(params.inputWidth);
    if (paddedH != params.inputHeight || paddedW != params.inputWidth)
        input = tr("Input %1×%2, padded to %3×%4")
                    .arg(params.inputHeight)
                    .arg(params.inputWidth)
                    .arg(paddedH)
                    .arg(paddedW);
    QString kernel = tr("Kernel %1×%2").arg(params.kernelHeight).arg(params.kernelWidth);
    if (trace_->setup().divisor != 1.0)
        kernel = tr("Kernel %1×%2, ÷ %3")
                     .arg(params.kernelHeight)
                     .arg(params.kernelWidth)
                     .arg(cellText(trace_->setup().divisor));
    const QString output =
        tr("Output %1×%2").arg(trace_->outputHeight()).arg(trace_->outputWidth());

    const double slack = l.cell * 0.5; // captions may reach into the gaps beside their grid
    const auto caption = [&](double x, int cells, const QString& text) {
        const QRectF box(x - slack, l.captionTop, cells * l.cell + 2 * slack, l.captionHeight);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width()));
    };
    caption(l.input.x(), paddedW, input);
    caption(l.kernel.x(), params.kernelWidth, kernel);
    caption(l.output.x(), trace_->outputWidth(), output);
}

void ConvolutionStage::paintExpression(QPainter& painter, const Layout& l) const {
    // "Output row 1, column 1" over "2×1 + 0×1 + … = −4", the result in the accent colour; the
    // font shrinks until a 5×5 kernel's 25 products fit.
    const QString expression = expressionText();
    const qsizetype equals = expression.indexOf(QStringLiteral(" = "));
    const QString products = equals >= 0 ? expression.left(equals) : expression;
    const QString result = equals >= 0 ? expression.mid(equals) : QString();
    const QString heading =
        tr("Output row %1, column %2:").arg(current_.outY + 1).arg(current_.outX + 1);
    const QString html =
        QStringLiteral("<div style='color:#475569; font-size:%4px'>%1</div>"
                       "<div style='color:#0f172a'>%2<b style='color:#2563eb'>%3</b></div>")
            .arg(heading.toHtmlEscaped(), products.toHtmlEscaped(),
                 // "= 2.1111111111111112" wraps as one piece, never after the "=".
                 result.toHtmlEscaped().replace(QLatin1Char(' '), QChar(0x00a0)));

    QTextDocument document;
    document.setDocumentMargin(0);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);
    document.setTextWidth(l.expression.width());
    QFont font = this->font();
    int px = static_cast<int>(std::clamp(l.cell * 0.42, 20.0, 44.0));
    for (;; px -= 2) {
        font.setPixelSize(px);
        document.setDefaultFont(font);
        document.setHtml(html.arg(std::max(14, px * 2 / 3)));
        if (document.size().height() <= l.expression.height() || px <= 12)
            break;
    }
    painter.save();
    const double spare = std::max(0.0, l.expression.height() - document.size().height());
    painter.translate(l.expression.left(), l.expression.top() + spare / 3);
    document.drawContents(&painter);
    painter.restore();
}

void ConvolutionStage::mousePressEvent(QMouseEvent* event) {
    if (!trace_ || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Layout l = layout();
    for (int row = 0; row < trace_->outputHeight(); ++row)
        for (int column = 0; column < trace_->outputWidth(); ++column)
            if (outputCell(l, row, column).contains(event->position())) {
                setStep(trace_->stepIndex(current_.kernel, row, column));
                return;
            }
    QWidget::mousePressEvent(event);
}

} // namespace convsight::widgets
