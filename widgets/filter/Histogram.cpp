// Histogram: bars for one channel, outlines for three.
#include "filter/Histogram.h"

#include "common/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {

Histogram::Histogram(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("histogram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void Histogram::setData(std::vector<std::vector<int>> bins, double min, double max) {
    bins_ = std::move(bins);
    min_ = min;
    max_ = max;
    update();
}

void Histogram::clear() {
    bins_.clear();
    update();
}

double Histogram::clippedFraction() const {
    if (bins_.empty() || max_ <= min_)
        return (min_ < 0 || min_ > 255) && !bins_.empty() ? 1.0 : 0.0;
    const auto count = static_cast<int>(bins_[0].size());
    const double width = (max_ - min_) / count;
    double total = 0, clipped = 0;
    for (const auto& channel : bins_)
        for (int i = 0; i < count; ++i) {
            const double centre = min_ + (i + 0.5) * width;
            total += channel[static_cast<std::size_t>(i)];
            if (centre < 0 || centre > 255)
                clipped += channel[static_cast<std::size_t>(i)];
        }
    return total > 0 ? clipped / total : 0.0;
}

QSize Histogram::sizeHint() const {
    return {360, 150};
}

QSize Histogram::minimumSizeHint() const {
    return {200, 90};
}

void Histogram::paintEvent(QPaintEvent*) {
    const theme::Colours& colours = theme::colours();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), colours.base);
    const QFontMetrics metrics(font());
    const QRectF plot(8, 6, width() - 16.0, height() - metrics.height() - 14.0);
    painter.setPen(colours.border);
    painter.drawRect(plot);
    if (bins_.empty())
        return;
    const double span = std::max(max_ - min_, 1e-9);
    auto xOf = [&](double value) { return plot.left() + (value - min_) / span * plot.width(); };

    // What clamping to [0, 255] throws away.
    const QColor clippedColour = colours.problemFill;
    if (min_ < 0)
        painter.fillRect(QRectF(QPointF(plot.left(), plot.top()),
                                QPointF(std::min(xOf(0), plot.right()), plot.bottom())),
                         clippedColour);
    if (max_ > 255)
        painter.fillRect(QRectF(QPointF(std::max(xOf(255), plot.left()), plot.top()),
                                QPointF(plot.right(), plot.bottom())),
                         clippedColour);

    int peak = 1;
    for (const auto& channel : bins_)
        peak = std::max(peak, *std::max_element(channel.begin(), channel.end()));
    // A square-root scale keeps small counts visible next to a tall peak at zero.
    const double top = std::sqrt(static_cast<double>(peak));
    const auto count = static_cast<int>(bins_[0].size());
    const double barWidth = plot.width() / count;
    // B, G, R as thin bright lines: the accent, success and problem colours.
    const QColor channelColours[3] = {colours.accent, colours.success, colours.problem};
    for (std::size_t c = 0; c < bins_.size(); ++c) {
        QPainterPath path(QPointF(plot.left(), plot.bottom()));
        for (int i = 0; i < count; ++i) {
            const double h = std::sqrt(static_cast<double>(bins_[c][static_cast<std::size_t>(i)])) /
                             top * (plot.height() - 4);
            path.lineTo(plot.left() + i * barWidth, plot.bottom() - h);
            path.lineTo(plot.left() + (i + 1) * barWidth, plot.bottom() - h);
        }
        path.lineTo(plot.right(), plot.bottom());
        if (bins_.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.darkPanel);
        } else {
            QColor fill = channelColours[c % 3];
            fill.setAlpha(60);
            painter.setPen(QPen(channelColours[c % 3], theme::line(1.5)));
            painter.setBrush(fill);
        }
        painter.drawPath(path);
    }

    // Axis: the ends, and zero where it falls inside.
    painter.setPen(colours.text);
    const double labelY = plot.bottom() + 4;
    auto number = [](double v) { return QString::number(v, 'g', 4).replace(u'-', u'−'); };
    painter.drawText(QRectF(plot.left(), labelY, plot.width(), metrics.height()),
                     Qt::AlignLeft | Qt::AlignTop, number(min_));
    painter.drawText(QRectF(plot.left(), labelY, plot.width(), metrics.height()),
                     Qt::AlignRight | Qt::AlignTop, number(max_));
    if (min_ < 0 && max_ > 0) {
        const double x0 = xOf(0);
        painter.setPen(QPen(colours.problem, theme::line(1.5), Qt::DashLine));
        painter.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        const double w = metrics.horizontalAdvance(QStringLiteral("0")) + 4;
        if (x0 - plot.left() > 40 && plot.right() - x0 > 40)
            painter.drawText(QRectF(x0 - w / 2, labelY, w, metrics.height()), Qt::AlignCenter,
                             QStringLiteral("0"));
    }
}

} // namespace convsight::widgets
