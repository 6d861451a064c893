// ConfusionMatrixView: the geometry (names left, rotated names above, accuracies right, a summary
// below, square cells in between) is computed from the size at every paint and every click.
#include "inspect/ConfusionMatrixView.h"

#include "common/TextFit.h"
#include "common/Theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

constexpr int kMargin = 12;
// Colours of the theme in force, read at paint time.
QColor rightHue() { // the diagonal: answers that were right
    return theme::colours().accentStrong;
}
QColor errorHue() { // everything else: mistakes
    return theme::colours().mistake;
}
QColor emptyCellColour() {
    return theme::colours().window;
}
QColor cellLineColour() {
    return theme::colours().panel;
}

// `hue` at `amount` ([0, 1]) over the paper.
QColor blend(const QColor& hue, double amount) {
    const double a = std::clamp(amount, 0.0, 1.0);
    const QColor paper = theme::colours().base;
    const auto mix = [a](int under, int c) {
        return static_cast<int>(std::lround(under * (1.0 - a) + c * a));
    };
    return QColor(mix(paper.red(), hue.red()), mix(paper.green(), hue.green()),
                  mix(paper.blue(), hue.blue()));
}

QString percent(double fraction) {
    return QStringLiteral("%1 %").arg(QLocale().toString(100.0 * fraction, 'f', 1));
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("confusionMatrix"));
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setEvaluation(const nn::Evaluation& evaluation) {
    evaluation_ = evaluation;
    hovered_ = {-1, -1};
    updateGeometry();
    update();
}

std::int64_t ConfusionMatrixView::count(int t, int p) const {
    if (t < 0 || p < 0 || t >= classCount() || p >= classCount())
        return 0;
    const auto& row = evaluation_.confusion[static_cast<std::size_t>(t)];
    return static_cast<std::size_t>(p) < row.size() ? row[static_cast<std::size_t>(p)] : 0;
}

QString ConfusionMatrixView::className(int index) const {
    const auto i = static_cast<std::size_t>(index);
    return i < evaluation_.class_names.size() && !evaluation_.class_names[i].empty()
               ? QString::fromStdString(evaluation_.class_names[i])
               : tr("class %1").arg(index);
}

QString ConfusionMatrixView::cellDescription(int trueClass, int predictedClass) const {
    if (trueClass < 0 || predictedClass < 0 || trueClass >= classCount() ||
        predictedClass >= classCount())
        return {};
    std::int64_t rowTotal = 0;
    for (int p = 0; p < classCount(); ++p)
        rowTotal += count(trueClass, p);
    const std::int64_t n = count(trueClass, predictedClass);
    const QString share =
        rowTotal > 0
            ? tr(" (%1 of %2)").arg(percent(double(n) / double(rowTotal)), className(trueClass))
            : QString();
    return trueClass == predictedClass
               ? tr("%1 recognised: %2%3").arg(className(trueClass)).arg(n).arg(share)
               : tr("%1 taken for %2: %3%4")
                     .arg(className(trueClass), className(predictedClass))
                     .arg(n)
                     .arg(share);
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const {
    Geometry g;
    const int n = classCount();
    if (n == 0)
        return g;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font()), titleMetrics(bold);
    int longest = 0;
    for (int i = 0; i < n; ++i)
        longest = std::max(longest, metrics.horizontalAdvance(className(i)));
    const int title = titleMetrics.height() + 6;
    g.labelWidth = std::min(longest + 14, width() / 4);
    // Column names run up at 45°: as high as the longest name's diagonal.
    g.headerHeight =
        std::min(static_cast<int>((longest + metrics.height()) * 0.71) + 8, height() / 4);
    const int left = kMargin + title + g.labelWidth;
    const int top = kMargin + title + g.headerHeight;
    const int right = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 24 + kMargin;
    const int bottom = title + kMargin;
    g.cell = std::max(4, std::min((width() - left - right) / n, (height() - top - bottom) / n));
    // The block (names, grid, accuracies) centred across the width.
    const int spare = std::max(0, width() - left - right - g.cell * n);
    g.grid = QRect(left + spare / 2, top, g.cell * n, g.cell * n);
    return g;
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predictedClass) const {
    const int n = classCount();
    if (evaluation_.examples == 0 || trueClass < 0 || predictedClass < 0 || trueClass >= n ||
        predictedClass >= n)
        return {};
    const Geometry g = geometry();
    return {g.grid.left() + predictedClass * g.cell, g.grid.top() + trueClass * g.cell, g.cell,
            g.cell};
}

QPoint ConfusionMatrixView::cellAt(const QPoint& position) const {
    if (evaluation_.examples == 0)
        return {-1, -1};
    const Geometry g = geometry();
    if (!g.grid.contains(position))
        return {-1, -1};
    return {(position.y() - g.grid.top()) / g.cell, (position.x() - g.grid.left()) / g.cell};
}

QSize ConfusionMatrixView::sizeHint() const {
    return {720, 620};
}

QSize ConfusionMatrixView::minimumSizeHint() const {
    // Ten classes (or as many as there are) with counts still readable from the back of a
    // lecture hall, every name whole, at the font in force (larger in presentation mode): what
    // geometry() lays out, with cells of at least 32 px (counts of 12 px) and the name columns
    // within the quarter of the width and height that geometry() allows them.
    const int n = std::max(classCount(), 10);
    const QFontMetrics metrics(font()), titleMetrics(boldFont());
    int longest = metrics.horizontalAdvance(QStringLiteral("horizontal line"));
    for (int i = 0; i < classCount(); ++i)
        longest = std::max(longest, metrics.horizontalAdvance(className(i)));
    const int title = titleHeight();
    const int cell = std::max(32, theme::px(22));
    const int labelWidth = longest + 14;
    const int headerHeight = static_cast<int>((longest + metrics.height()) * 0.71) + 8;
    const int right = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 24 + kMargin;
    const int summary = titleMetrics.horizontalAdvance(
                            tr("accuracy %1 on %2 test examples")
                                .arg(QStringLiteral("100.0 %"), QStringLiteral("10,000"))) +
                        2 * kMargin;
    const int width =
        std::max({kMargin + title + labelWidth + n * cell + right, 4 * labelWidth, summary});
    const int height =
        std::max(kMargin + title + headerHeight + n * cell + title + kMargin, 4 * headerHeight);
    return {width, height};
}

QFont ConfusionMatrixView::boldFont() const {
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

int ConfusionMatrixView::titleHeight() const {
    return QFontMetrics(boldFont()).height() + 6;
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), theme::colours().base);
    if (evaluation_.examples == 0 || classCount() == 0) {
        painter.setPen(theme::colours().mutedText);
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No confusion matrix yet: evaluate the test set to see which classes "
                            "the network mixes up."));
        return;
    }
    const Geometry g = geometry();
    paintAxisTitles(painter, g);
    paintClassNames(painter, g);
    paintCells(painter, g);
    paintAccuracies(painter, g);
}

void ConfusionMatrixView::paintAxisTitles(QPainter& painter, const Geometry& g) const {
    const int title = titleHeight();
    painter.setFont(boldFont());
    painter.setPen(theme::colours().text);
    painter.drawText(QRect(g.grid.left(), kMargin, g.grid.width(), title), Qt::AlignCenter,
                     tr("predicted class →"));
    painter.save();
    painter.translate(kMargin, g.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-g.grid.height() / 2, 0, g.grid.height(), title), Qt::AlignCenter,
                     tr("← true class"));
    painter.restore();
}

// Rows' names on the left, columns' above, rotated; the hovered cell's pair in the accent.
void ConfusionMatrixView::paintClassNames(QPainter& painter, const Geometry& g) const {
    const QFont bold = boldFont();
    const QFontMetrics metrics(font());
    for (int i = 0; i < classCount(); ++i) {
        painter.setFont(hovered_.x() == i ? bold : font());
        painter.setPen(hovered_.x() == i ? theme::colours().accent : theme::colours().text);
        const QRect rowName(g.grid.left() - g.labelWidth, g.grid.top() + i * g.cell,
                            g.labelWidth - 8, g.cell);
        painter.drawText(rowName, Qt::AlignRight | Qt::AlignVCenter,
                         textfit::elided(this, metrics, className(i), rowName.width()));
        painter.save();
        painter.setFont(hovered_.y() == i ? bold : font());
        painter.setPen(hovered_.y() == i ? theme::colours().accent : theme::colours().text);
        painter.translate(g.grid.left() + i * g.cell + g.cell / 2 - metrics.height() / 4,
                          g.grid.top() - 6);
        painter.rotate(-45);
        const int room = static_cast<int>(g.headerHeight / 0.71) - metrics.height() / 2;
        painter.drawText(QRect(0, -metrics.height() / 2, room, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         textfit::elided(this, metrics, className(i), room));
        painter.restore();
    }
}

void ConfusionMatrixView::paintCells(QPainter& painter, const Geometry& g) const {
    const int n = classCount();
    std::int64_t largestError = 0, largestCount = 0;
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) {
            largestCount = std::max(largestCount, count(t, p));
            if (t != p)
                largestError = std::max(largestError, count(t, p));
        }
    const QString widest = QLocale().toString(static_cast<qlonglong>(largestCount));
    painter.setFont(
        theme::fittedFont(font(), std::min(22.0, g.cell * 0.38), widest, g.cell * 0.82));
    for (int t = 0; t < n; ++t) {
        std::int64_t rowTotal = 0;
        for (int p = 0; p < n; ++p)
            rowTotal += count(t, p);
        for (int p = 0; p < n; ++p) {
            const QRect cell = cellRect(t, p);
            const std::int64_t c = count(t, p);
            // Right answers by their share of the row; mistakes against the worst mistake, so
            // the classes most confused are the reddest whatever the accuracy.
            double amount = 0.0;
            if (c > 0)
                amount =
                    t == p
                        ? 0.15 + 0.85 * double(c) / double(std::max<std::int64_t>(1, rowTotal))
                        : 0.18 + 0.82 * double(c) / double(std::max<std::int64_t>(1, largestError));
            const QColor fill =
                c == 0 ? emptyCellColour() : blend(t == p ? rightHue() : errorHue(), amount);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(cellLineColour(), 1));
            painter.drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
            if (c > 0 || g.cell >= 28) {
                // Ink by the fill's lightness, so the count reads in every theme.
                painter.setPen(c == 0                     ? cellLineColour()
                               : fill.lightnessF() < 0.55 ? theme::colours().lightInk
                                                          : theme::colours().darkInk);
                painter.drawText(cell, Qt::AlignCenter,
                                 QLocale().toString(static_cast<qlonglong>(c)));
            }
        }
    }
    if (hovered_.x() >= 0) {
        painter.setPen(QPen(theme::colours().text, theme::line(3)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(cellRect(hovered_.x(), hovered_.y())).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

// Each row's accuracy, and the whole test set's below.
void ConfusionMatrixView::paintAccuracies(QPainter& painter, const Geometry& g) const {
    const QFont bold = boldFont();
    const QFontMetrics metrics(font());
    painter.setFont(bold);
    painter.setPen(theme::colours().text);
    const int accuracyLeft = g.grid.right() + 14;
    const int accuracyWidth = width() - accuracyLeft - kMargin / 2;
    painter.drawText(
        QRect(accuracyLeft, g.grid.top() - metrics.height() - 6, accuracyWidth, metrics.height()),
        Qt::AlignLeft | Qt::AlignBottom, tr("correct"));
    painter.setFont(font());
    const std::vector<double> perClass = evaluation_.per_class_accuracy();
    for (int t = 0; t < classCount(); ++t) {
        const double a = static_cast<std::size_t>(t) < perClass.size() ? perClass[t] : NAN;
        painter.drawText(QRect(accuracyLeft, g.grid.top() + t * g.cell, accuracyWidth, g.cell),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         std::isnan(a) ? QStringLiteral("–") : percent(a));
    }
    painter.setFont(bold);
    const QString summary =
        tr("accuracy %1 on %2 test examples")
            .arg(percent(evaluation_.accuracy()))
            .arg(QLocale().toString(static_cast<qlonglong>(evaluation_.examples)));
    const QString hint = tr("%1 · click a cell to see its examples").arg(summary);
    const int room = width() - 2 * kMargin;
    painter.drawText(QRect(kMargin, g.grid.bottom() + 8, room, titleHeight()),
                     Qt::AlignHCenter | Qt::AlignTop,
                     QFontMetrics(bold).horizontalAdvance(hint) <= room
                         ? hint
                         : textfit::elided(this, QFontMetrics(bold), summary, room));
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != hovered_) {
        hovered_ = cell;
        setCursor(cell.x() >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0)
        emit cellClicked(cell.x(), cell.y());
    QWidget::mouseReleaseEvent(event);
}

void ConfusionMatrixView::leaveEvent(QEvent* event) {
    hovered_ = {-1, -1};
    unsetCursor();
    update();
    QWidget::leaveEvent(event);
}

bool ConfusionMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), cellDescription(cell.x(), cell.y()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace convsight::widgets
