// Im2colView: the im2col matrix with its row labels (the output positions), the kernel row above
// it aligned tap for tap, and the output column; sizes chosen to read from the back of a lecture
// hall. The timing runs on a worker thread through LatestTask: the newest trace's timing wins.
#include "stepthrough/Im2colView.h"

#include "common/Theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

using namespace theme; // the shared colours and fittedFont

constexpr double kMargin = 16;
constexpr double kMaxCell = 64;      // pixels: larger cells only waste the projector's width
constexpr double kLabelWidth = 100;  // pixels for "(12, 12)" left of each row
constexpr double kHeaderHeight = 26; // pixels for the tap names above the kernel row
constexpr double kGapCells = 0.5;    // between the kernel row and the matrix
constexpr double kEqualsCells = 1.2; // "=" between the matrix and the output column
constexpr double kTextHeight = 150;  // pixels for the caption and the timing lines

QString number(double value) {
    return QString::fromStdString(conv::format_number(value, true));
}

QString milliseconds(double ms) {
    return QString::number(ms, 'g', 3) + QStringLiteral(" ms");
}

void drawCell(QPainter& painter, const QRectF& cell, const QString& text, const QColor& fill,
              const QFont& font) {
    painter.fillRect(cell, fill);
    painter.setPen(QPen(colours().gridLine, theme::line(1)));
    painter.drawRect(cell);
    painter.setPen(colours().text);
    painter.setFont(fittedFont(font, cell.height() * 0.42, text, cell.width() * 0.86));
    painter.drawText(cell, Qt::AlignCenter, text);
}

} // namespace

Im2colView::Im2colView(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void Im2colView::setTrace(std::shared_ptr<const conv::ConvTrace> trace) {
    trace_ = std::move(trace);
    im2col_ = trace_ ? std::make_shared<const conv::Im2col>(*trace_) : nullptr;
    timings_.reset();
    const int count = trace_ ? trace_->step_count() : 0;
    const int step = count == 0 ? -1 : (step_ >= 0 && step_ < count ? step_ : 0);
    if (step != step_) {
        step_ = step;
        emit currentStepChanged(step_);
    }
    if (im2col_ && isVisible())
        measureTimings();
    update();
}

int Im2colView::currentRow() const {
    return im2col_ && step_ >= 0 ? im2col_->row_of_step(step_) : -1;
}

int Im2colView::currentKernel() const {
    return im2col_ && step_ >= 0 ? step_ / im2col_->rows() : -1;
}

void Im2colView::setCurrentStep(int index) {
    if (!trace_)
        return;
    index = std::clamp(index, 0, trace_->step_count() - 1);
    if (index == step_)
        return;
    step_ = index;
    update();
    emit currentStepChanged(step_);
}

void Im2colView::setTimings(const conv::Im2colTimings& timings) {
    timings_ = timings;
    update();
}

void Im2colView::measureTimings() {
    // The matrix being timed already: its result is on the way.
    if (!im2col_ || (task_.isBusy() && measured_ == im2col_))
        return;
    measured_ = im2col_;
    task_.run([im2col = measured_](const CancelFlag&) { return conv::time_im2col(*im2col); },
              [this, im2col = measured_](conv::Im2colTimings timings) {
                  if (im2col != im2col_)
                      return; // the trace changed meanwhile: its own measurement follows
                  timings_ = timings;
                  update();
                  emit timingsMeasured();
              });
    update();
}

QString Im2colView::timingText() const {
    if (!timings_)
        return isMeasuring() ? tr("Measuring the matrix product…")
                             : tr("The matrix product has not been timed yet.");
    const auto shape = [](const conv::MatmulTiming& t) {
        return QStringLiteral("%1×%2 · %2×%3").arg(t.m).arg(t.k).arg(t.n);
    };
    const auto times = [](const conv::MatmulTiming& t) {
        QString text = tr("%1 on the CPU (%2 GFLOP/s)")
                           .arg(milliseconds(t.cpu_ms), QString::number(t.cpu_gflops(), 'f', 1));
        if (t.cuda_ms)
            text += tr(", %1 on the GPU").arg(milliseconds(*t.cuda_ms));
        return text;
    };
    QString text =
        tr("This product (%1): %2.").arg(shape(timings_->current), times(timings_->current));
    text += QLatin1Char('\n') +
            tr("A real layer, %1 (%2): %3.")
                .arg(QString::fromStdString(conv::Im2colTimings::realistic_description()),
                     shape(timings_->realistic), times(timings_->realistic));
    if (!timings_->realistic.cuda_ms)
        text +=
            QLatin1Char('\n') +
            tr("No GPU timing: %1").arg(QString::fromStdString(timings_->realistic.cuda_missing));
    return text;
}

void Im2colView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!timings_)
        measureTimings();
}

QSize Im2colView::sizeHint() const {
    return {900, 560};
}

QSize Im2colView::minimumSizeHint() const {
    return {420, 300};
}

Im2colView::Layout Im2colView::layout() const {
    Layout l;
    if (!im2col_)
        return l;
    const int rows = im2col_->rows(), columns = im2col_->columns(), K = im2col_->kernel_count();
    const double width = std::max(1.0, this->width() - 2 * kMargin);
    const double height = std::max(1.0, this->height() - 2 * kMargin - kTextHeight);
    const double fixedRows = 1 + 2 * kGapCells; // the kernel row, the gap, the "⋮" under the rows
    const double byWidth = std::max(1.0, width - kLabelWidth) / (columns + kEqualsCells + K);
    const double byHeight = (height - kHeaderHeight) / (fixedRows + rows); // every row, if they fit
    // Never shrink below what shows at least a few rows legibly: then the matrix scrolls.
    l.cell = std::min({kMaxCell, byWidth, std::max(byHeight, std::min(byWidth, 36.0))});
    l.visibleRows = std::clamp(
        static_cast<int>(std::floor((height - kHeaderHeight) / l.cell - fixedRows)), 1, rows);
    l.firstRow = std::clamp(currentRow() - l.visibleRows / 2, 0, rows - l.visibleRows);
    l.labelWidth = kLabelWidth;
    l.kernelRow = QPointF(kMargin + l.labelWidth, kMargin + kHeaderHeight);
    l.origin = l.kernelRow + QPointF(0, (1 + kGapCells) * l.cell);
    l.output = l.origin + QPointF((columns + kEqualsCells) * l.cell, 0);
    const double textTop = l.origin.y() + (l.visibleRows + kGapCells) * l.cell + 4;
    l.text = QRectF(kMargin, textTop, width, this->height() - kMargin - textTop);
    return l;
}

QRect Im2colView::rowRect(int row) const {
    if (!im2col_ || row < 0 || row >= im2col_->rows())
        return {};
    const Layout l = layout();
    if (row < l.firstRow || row >= l.firstRow + l.visibleRows)
        return {};
    return QRectF(l.origin + QPointF(0, (row - l.firstRow) * l.cell),
                  QSizeF(im2col_->columns() * l.cell, l.cell))
        .toAlignedRect();
}

void Im2colView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!im2col_) {
        QFont font = this->font();
        font.setPixelSize(theme::px(24));
        painter.setFont(font);
        painter.setPen(colours().mutedText);
        painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No convolution to unroll."));
        return;
    }
    const Layout l = layout();
    paintKernelRow(painter, l);
    paintRows(painter, l);
    paintCurrentRow(painter, l);
    paintCaption(painter, l);
}

void Im2colView::paintKernelRow(QPainter& painter, const Layout& l) const {
    const conv::Im2col& m = *im2col_;
    const int columns = m.columns(), K = m.kernel_count(), kernel = currentKernel();
    const bool manyChannels = trace_->channels() > 1;
    const QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);

    // Tap names above the kernel row: "ky,kx", with the channel first for several channels.
    painter.setPen(colours().mutedText);
    for (int j = 0; j < columns; ++j) {
        const conv::Im2colTap tap = m.tap(j);
        const QString name =
            manyChannels ? QStringLiteral("%1:%2,%3").arg(tap.channel + 1).arg(tap.ky).arg(tap.kx)
                         : QStringLiteral("%1,%2").arg(tap.ky).arg(tap.kx);
        const QRectF box(l.kernelRow.x() + j * l.cell, kMargin, l.cell, kHeaderHeight);
        painter.setFont(fittedFont(font, std::min(18.0, l.cell * 0.4), name, l.cell * 0.95));
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, name);
    }

    // The current kernel as a row, aligned with the columns it multiplies.
    const QRectF kernelLabel(kMargin, l.kernelRow.y(), l.labelWidth - 6, l.cell);
    painter.setPen(colours().text);
    painter.setFont(
        fittedFont(bold, std::min(20.0, l.cell * 0.5), tr("kernel 9"), kernelLabel.width()));
    painter.drawText(kernelLabel, Qt::AlignRight | Qt::AlignVCenter,
                     K > 1 ? tr("kernel %1").arg(kernel + 1) : tr("kernel"));
    for (int j = 0; j < columns; ++j)
        drawCell(painter, QRectF(l.kernelRow + QPointF(j * l.cell, 0), QSizeF(l.cell, l.cell)),
                 number(m.kernel_rows()[std::size_t(kernel * columns + j)]), colours().accentFill,
                 bold);
    // The output column's header: which kernel's outputs.
    // Over the output column, reaching left into the "=" gap when the column is narrow.
    const double headerWidth = std::max(K * l.cell, 70.0);
    const QRectF outputHeader(l.output.x() + K * l.cell - headerWidth, l.kernelRow.y(), headerWidth,
                              l.cell);
    painter.setPen(colours().mutedText);
    painter.setFont(fittedFont(font, std::min(18.0, l.cell * 0.4), tr("output"), headerWidth));
    painter.drawText(outputHeader, Qt::AlignRight | Qt::AlignVCenter, tr("output"));
}

void Im2colView::paintRows(QPainter& painter, const Layout& l) const {
    const conv::Im2col& m = *im2col_;
    const int columns = m.columns(), K = m.kernel_count(), row = currentRow(),
              kernel = currentKernel();
    const QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);
    // The visible rows: the windows, padding cells shaded as on the stage.
    for (int r = l.firstRow; r < l.firstRow + l.visibleRows; ++r) {
        const double y = l.origin.y() + (r - l.firstRow) * l.cell;
        const int outY = r / m.output_width(), outX = r % m.output_width();
        const QRectF label(kMargin, y, l.labelWidth - 6, l.cell);
        // The lecture's V(x, y): x the column, y the row, from 0 (as on the stage).
        const QString position = QStringLiteral("V(%1, %2)").arg(outX).arg(outY);
        painter.setPen(r == row ? colours().accent : colours().mutedText);
        painter.setFont(fittedFont(r == row ? bold : font, std::min(20.0, l.cell * 0.5), position,
                                   label.width()));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, position);
        for (int j = 0; j < columns; ++j) {
            const bool padding = trace_->is_padding_cell(m.padded_row(r, j), m.padded_column(r, j));
            drawCell(painter, QRectF(l.origin.x() + j * l.cell, y, l.cell, l.cell),
                     number(m.at(r, j)), padding ? colours().panel : colours().base, font);
        }
        for (int k = 0; k < K; ++k)
            drawCell(painter, QRectF(l.output.x() + k * l.cell, y, l.cell, l.cell),
                     number(m.output_at(r, k)), colours().base, k == kernel ? bold : font);
    }
    // "⋮" where rows are scrolled out of view.
    painter.setPen(colours().mutedText);
    painter.setFont(fittedFont(bold, l.cell * 0.5, QStringLiteral("⋮"), l.cell));
    if (l.firstRow > 0)
        painter.drawText(QRectF(kMargin, l.origin.y() - kGapCells * l.cell, l.labelWidth * 0.5,
                                kGapCells * l.cell),
                         Qt::AlignCenter, QStringLiteral("⋮"));
    if (l.firstRow + l.visibleRows < m.rows())
        painter.drawText(QRectF(kMargin, l.origin.y() + l.visibleRows * l.cell, l.labelWidth * 0.5,
                                kGapCells * l.cell),
                         Qt::AlignCenter, QStringLiteral("⋮"));
}

void Im2colView::paintCurrentRow(QPainter& painter, const Layout& l) const {
    // The current row and its output cell, outlined and tinted in the accent colour.
    const int columns = im2col_->columns(), row = currentRow(), kernel = currentKernel();
    QFont bold = font();
    bold.setBold(true);
    if (row >= l.firstRow && row < l.firstRow + l.visibleRows) {
        const double y = l.origin.y() + (row - l.firstRow) * l.cell;
        QColor tint = colours().accent;
        tint.setAlpha(48);
        const QRectF band(l.origin.x(), y, columns * l.cell, l.cell);
        const QRectF out(l.output.x() + kernel * l.cell, y, l.cell, l.cell);
        painter.fillRect(band, tint);
        painter.fillRect(out, tint);
        painter.setPen(QPen(colours().accent, theme::line(3)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(band);
        painter.drawRect(out);
        painter.setFont(fittedFont(bold, l.cell * 0.6, QStringLiteral("="), l.cell));
        painter.drawText(QRectF(band.right(), y, l.output.x() - band.right(), l.cell),
                         Qt::AlignCenter, QStringLiteral("="));
    }
}

void Im2colView::paintCaption(QPainter& painter, const Layout& l) const {
    const conv::Im2col& m = *im2col_;
    // What the picture says, then the measured times.
    const QString caption =
        tr("Each of the %1 windows is a row of %2 values: one matrix product (%1×%2 · %2×%3) "
           "gives every output at once, which is how libraries run a convolution.")
            .arg(m.rows())
            .arg(m.columns())
            .arg(m.kernel_count());
    QFont textFont = font();
    textFont.setPixelSize(theme::px(20));
    painter.setFont(textFont);
    painter.setPen(colours().text);
    painter.drawText(l.text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     caption + QLatin1Char('\n') + timingText());
}

} // namespace convsight::widgets
