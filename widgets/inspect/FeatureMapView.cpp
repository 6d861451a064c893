// FeatureMapView: the map images are made once in setOutputs(); the canvas inside the scroll area
// lays the rows out for the viewport's width and paints only the maps inside the exposed area.
#include "inspect/FeatureMapView.h"

#include "common/TextFit.h"
#include "common/Theme.h"
#include "image/SignedDisplay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {

namespace {

constexpr int kMargin = 12;           // around the content, px
constexpr int kGap = 6;               // between maps, px
constexpr int kRowSpacing = 22;       // between one layer's grid and the next title, px
constexpr double kBaseMapSize = 56.0; // a map's longer side at zoom 1, px (before rounding)
constexpr double kZoomStep = 1.25;
// The width of the colour bar in a row's legend, px, scaled.
int legendBarWidth() {
    return theme::px(70);
}
// The outline of a map, in the theme in force.
QColor borderColour() {
    return theme::colours().outline;
}

// Cividis from 0 (dark blue) to `peak` (yellow); the dark end everywhere for a map of zeros.
QRgb magnitudeRgb(float v, float peak) {
    return theme::cividisRgb(peak > 0 ? static_cast<double>(v) / peak : 0.0);
}

// As the lecture writes shapes: a (C, H, W) output is H×W×C, a vector its length.
QString shapeText(const compute::Shape& shape) {
    if (shape.size() == 3)
        return QStringLiteral("%1×%2×%3").arg(shape[1]).arg(shape[2]).arg(shape[0]);
    QStringList parts;
    for (const std::int64_t d : shape)
        parts << QString::number(d);
    return parts.join(QStringLiteral("×"));
}

} // namespace

// The grids themselves: paints FeatureMapView's rows and turns clicks and hovers into map pixels.
class FeatureMapCanvas : public QWidget {
public:
    explicit FeatureMapCanvas(FeatureMapView* view)
        : QWidget(view)
        , view_(view) {
        setObjectName(QStringLiteral("featureMapCanvas"));
        setMouseTracking(false);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    FeatureMapView* view_;
};

void FeatureMapCanvas::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.fillRect(exposed, theme::colours().base);
    if (view_->rows_.empty()) {
        painter.setPen(theme::colours().mutedText);
        painter.setFont(theme::detailFont(font()));
        painter.drawText(
            rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
            Qt::AlignCenter | Qt::TextWordWrap,
            FeatureMapView::tr("Choose an input to see what every layer makes of it."));
        return;
    }
    const QFont title = theme::titleFont(font());
    const QFont detail = theme::detailFont(font());
    for (int r = 0; r < static_cast<int>(view_->rows_.size()); ++r) {
        const FeatureMapView::Row& row = view_->rows_[static_cast<std::size_t>(r)];
        if (row.bottom < exposed.top() || row.titleTop > exposed.bottom())
            continue;
        painter.setFont(title);
        painter.setPen(theme::colours().text);
        const QFontMetrics titleMetrics(title);
        painter.drawText(QPoint(kMargin, row.titleTop + titleMetrics.ascent()), row.title);
        painter.setFont(detail);
        painter.setPen(theme::colours().mutedText);
        const QFontMetrics detailMetrics(detail);
        if (row.heading) { // no maps, no colour scale: the detail where there is room
            const int left = kMargin + titleMetrics.horizontalAdvance(row.title) + 14;
            if (left + detailMetrics.horizontalAdvance(row.detail) + kMargin <= width())
                painter.drawText(QPoint(left, row.titleTop + titleMetrics.ascent()), row.detail);
            continue;
        }
        // The row's colour scale after the detail, which is left out when the line is short
        // (without the scale the colours cannot be read at all); where even the title leaves no
        // room for the scale, it goes on a line of its own under the title, its bar narrower
        // when it must.
        const int detailLeft =
            row.legendBelow ? kMargin : kMargin + titleMetrics.horizontalAdvance(row.title) + 14;
        const int baseline = row.legendBelow
                                 ? row.titleTop + titleMetrics.height() + detailMetrics.ascent()
                                 : row.titleTop + titleMetrics.ascent();
        const auto [low, high] = FeatureMapView::legendEnds(row);
        const int room = width() - kMargin - detailLeft - 18 - view_->legendWidth(row);
        const bool showDetail = detailMetrics.horizontalAdvance(row.detail) <= room;
        if (showDetail)
            painter.drawText(QPoint(detailLeft, baseline), row.detail);
        const int barLeft =
            showDetail ? detailLeft + detailMetrics.horizontalAdvance(row.detail) + 18 : detailLeft;
        painter.drawText(QPoint(barLeft, baseline), low);
        const int ends =
            detailMetrics.horizontalAdvance(low) + detailMetrics.horizontalAdvance(high);
        const int barWidth =
            std::clamp(width() - kMargin - barLeft - ends - 12, theme::px(24), legendBarWidth());
        const QRectF bar(barLeft + detailMetrics.horizontalAdvance(low) + 6,
                         baseline - detailMetrics.ascent() * 0.8, barWidth,
                         detailMetrics.ascent() * 0.8);
        theme::paintColourBar(painter, bar,
                              row.signedValues ? theme::ColourMap::Diverging
                                               : theme::ColourMap::Cividis);
        painter.setPen(theme::colours().mutedText);
        painter.drawText(QPoint(static_cast<int>(bar.right()) + 6, baseline), high);
        if (bar.right() + 6 + detailMetrics.horizontalAdvance(high) > width())
            textfit::noteUnfit(this, high);
        const bool rowSelected = view_->selectedLayer_ == row.layer;
        for (int c = 0; c < row.maps; ++c) {
            const QRect target = view_->mapRect(r, c);
            if (!target.adjusted(-3, -3, 3, 3).intersects(exposed))
                continue;
            if (row.vector) {
                painter.fillRect(target, QColor::fromRgb(row.cells[static_cast<std::size_t>(c)]));
                if (row.maps <= 16 && target.width() >= 40) {
                    const float value =
                        view_->outputs_[static_cast<std::size_t>(row.layer)].value.data()[c];
                    const QString text = QString::number(value, 'f', 2);
                    const QColor ink = qGray(row.cells[static_cast<std::size_t>(c)]) < 110
                                           ? theme::colours().lightInk
                                           : theme::colours().darkInk;
                    painter.setPen(ink);
                    painter.setFont(theme::fittedFont(detail, target.height() * 0.42, text,
                                                      target.width() - 6.0));
                    painter.drawText(target, Qt::AlignCenter, text);
                }
            } else {
                // Nearest neighbour: each value stays a crisp square, as the lecture draws it.
                painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                painter.drawImage(target, row.images[static_cast<std::size_t>(c)]);
            }
            const bool selected = rowSelected && view_->selectedChannel_ == c;
            painter.setBrush(Qt::NoBrush);
            if (selected) {
                painter.setPen(QPen(theme::colours().accent, theme::line(3)));
                painter.drawRect(target.adjusted(-2, -2, 1, 1));
            } else {
                painter.setPen(QPen(borderColour(), theme::line(1)));
                painter.drawRect(target.adjusted(0, 0, -1, -1));
            }
        }
    }
}

void FeatureMapCanvas::mousePressEvent(QMouseEvent* event) {
    int row = 0, channel = 0, y = 0, x = 0;
    if (event->button() != Qt::LeftButton ||
        !view_->hitTest(event->position().toPoint(), row, channel, y, x))
        return QWidget::mousePressEvent(event);
    view_->setSelection(row, channel);
    emit view_->mapClicked(view_->layerIndexOfRow(row), channel, y, x);
}

bool FeatureMapCanvas::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    int row = 0, channel = 0, y = 0, x = 0;
    if (!view_->hitTest(help->pos(), row, channel, y, x)) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const FeatureMapView::Row& r = view_->rows_[static_cast<std::size_t>(row)];
    const QString name =
        QString::fromStdString(view_->outputs_[static_cast<std::size_t>(r.layer)].name);
    const QString value = QString::number(view_->valueAt(row, channel, y, x), 'g', 4);
    QToolTip::showText(help->globalPos(),
                       r.vector
                           ? FeatureMapView::tr("%1, unit %2: %3").arg(name).arg(channel).arg(value)
                           : FeatureMapView::tr("%1, channel %2, row %3, column %4: %5")
                                 .arg(name)
                                 .arg(channel)
                                 .arg(y)
                                 .arg(x)
                                 .arg(value),
                       this);
    return true;
}

FeatureMapView::FeatureMapView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("featureMapView"));

    zoomOut_ = new QToolButton(this);
    zoomOut_->setObjectName(QStringLiteral("zoomOutButton"));
    zoomOut_->setText(QStringLiteral("−"));
    zoomOut_->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    zoomIn_ = new QToolButton(this);
    zoomIn_->setObjectName(QStringLiteral("zoomInButton"));
    zoomIn_->setText(QStringLiteral("+"));
    zoomIn_->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    for (QToolButton* button : {zoomOut_, zoomIn_}) {
        button->setMinimumSize(36, 32);
        QFont font = button->font();
        font.setPointSizeF(std::max(14.0, font.pointSizeF()));
        font.setBold(true);
        button->setFont(font);
        button->setMinimumSize(button->sizeHint().expandedTo(QSize(36, 32)));
    }
    zoomLabel_ = new QLabel(this);
    zoomLabel_->setObjectName(QStringLiteral("zoomLabel"));
    zoomLabel_->setMinimumWidth(
        zoomLabel_->fontMetrics().horizontalAdvance(QStringLiteral("800 %")));
    zoomLabel_->setAlignment(Qt::AlignCenter);
    auto* hint = new QLabel(tr("Click a map to select it; hover to read a value."), this);
    hint->setObjectName(QStringLiteral("featureMapHint"));
    hint->setWordWrap(true);
    theme::followTheme(hint, [] {
        return QStringLiteral("color: %1;").arg(theme::css(theme::colours().mutedText));
    });

    canvas_ = new FeatureMapCanvas(this);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("featureMapScroll"));
    scroll_->setWidgetResizable(false);
    scroll_->setWidget(canvas_);
    scroll_->setBackgroundRole(QPalette::Base);
    scroll_->viewport()->installEventFilter(this);

    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomOut_);
    tools->addWidget(zoomLabel_);
    tools->addWidget(zoomIn_);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    // The hint under the zoom, on lines as wide as the view: beside it a narrow view wrapped it
    // a word to a line.
    layout->addWidget(hint);
    layout->addWidget(scroll_, 1);

    connect(zoomIn_, &QToolButton::clicked, this, [this] { setZoom(zoom_ * kZoomStep); });
    connect(zoomOut_, &QToolButton::clicked, this, [this] { setZoom(zoom_ / kZoomStep); });
    setZoom(1.0);
    relayout();
}

FeatureMapView::~FeatureMapView() = default;

void FeatureMapView::setOutputs(std::vector<nn::LayerOutput> outputs) {
    outputs_ = std::move(outputs);
    selectedLayer_ = selectedChannel_ = -1;
    buildRows();
    relayout();
}

void FeatureMapView::buildRows() {
    rows_.clear();
    for (std::size_t i = 0; i < outputs_.size(); ++i) {
        const nn::LayerOutput& output = outputs_[i];
        const compute::Tensor& value = output.value;
        if (!value.defined() || (value.rank() != 1 && value.rank() != 3))
            continue;
        Row row;
        row.layer = static_cast<int>(i);
        if (output.kind == "Flatten") {
            // The lecture's "an MLP flattens the image": named, with the shapes before and after.
            const compute::Shape before = i > 0 && outputs_[i - 1].value.defined()
                                              ? outputs_[i - 1].value.shape()
                                              : value.shape();
            row.heading = true;
            row.vector = true;
            row.title = tr("Flatten: %1 → %2").arg(shapeText(before)).arg(value.numel());
            row.detail = tr("%1: the maps above, read row by row into one vector")
                             .arg(QString::fromStdString(output.name));
            rows_.push_back(std::move(row));
            continue;
        }
        row.title = QStringLiteral("%1 · %2").arg(QString::fromStdString(output.name),
                                                  shapeText(value.shape()));
        row.detail = QString::fromStdString(output.description);
        if (i + 1 == outputs_.size() && value.rank() == 1)
            row.detail += tr(" · scores → softmax → probabilities");
        row.vector = value.rank() == 1;
        const float* v = value.data();
        const std::int64_t n = value.numel();
        row.signedValues = std::any_of(v, v + n, [](float x) { return x < 0; });
        if (row.vector) {
            row.maps = static_cast<int>(n);
            row.mapSize = {1, 1};
            // One scale for the whole vector: the units are compared with each other.
            float peak = 0;
            for (std::int64_t k = 0; k < n; ++k)
                peak = std::max(peak, std::abs(v[k]));
            row.peak = peak;
            for (std::int64_t k = 0; k < n; ++k) {
                row.cells.push_back(row.signedValues
                                        ? theme::divergingRgb(peak > 0 ? v[k] / peak : 0.0)
                                        : magnitudeRgb(v[k], peak));
            }
        } else {
            row.maps = static_cast<int>(value.dim(0));
            const int h = static_cast<int>(value.dim(1)), w = static_cast<int>(value.dim(2));
            row.mapSize = {w, h};
            for (int c = 0; c < row.maps; ++c) {
                const float* map = v + static_cast<std::ptrdiff_t>(c) * h * w;
                // Each map on its own scale, so that a weak channel still shows its pattern; a
                // map of zeros (a dead ReLU) stays black.
                float peak = 0;
                for (int k = 0; k < h * w; ++k)
                    peak = std::max(peak, std::abs(map[k]));
                QImage image(w, h, QImage::Format_RGB32);
                for (int y = 0; y < h; ++y) {
                    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                    for (int x = 0; x < w; ++x) {
                        const float m = map[y * w + x];
                        line[x] = row.signedValues ? theme::divergingRgb(peak > 0 ? m / peak : 0.0)
                                                   : magnitudeRgb(m, peak);
                    }
                }
                row.images.push_back(std::move(image));
            }
        }
        rows_.push_back(std::move(row));
    }
}

std::pair<QString, QString> FeatureMapView::legendEnds(const Row& row) {
    const QString high = row.vector ? QString::number(row.peak, 'g', 3) : tr("max");
    return {row.signedValues ? QStringLiteral("\u2212") + high : QStringLiteral("0"), high};
}

int FeatureMapView::legendWidth(const Row& row) const {
    const QFontMetrics metrics(theme::detailFont(font()));
    const auto [low, high] = legendEnds(row);
    return metrics.horizontalAdvance(low) + 6 + legendBarWidth() + 6 +
           metrics.horizontalAdvance(high);
}

void FeatureMapView::relayout() {
    const int available = scroll_->viewport()->width();
    const QFontMetrics titleMetrics(theme::titleFont(font()));
    const int titleHeight = titleMetrics.height() + 6;
    const int legendLine = QFontMetrics(theme::detailFont(font())).height() + 4;
    int y = kMargin, widest = 0;
    for (Row& row : rows_) {
        if (row.vector) {
            const bool labelled = row.maps <= 16; // few units: big enough to print each value
            row.cell =
                QSize(std::max(4, static_cast<int>(std::lround((labelled ? 64 : 14) * zoom_))),
                      std::max(4, static_cast<int>(std::lround((labelled ? 36 : 28) * zoom_))));
        } else {
            const int longer = std::max(row.mapSize.width(), row.mapSize.height());
            // A whole number of screen pixels per value at zoom 1 keeps the squares even.
            const double perValue = std::max(1.0, std::round(kBaseMapSize / longer)) * zoom_;
            row.cell =
                QSize(std::max(4, static_cast<int>(std::lround(row.mapSize.width() * perValue))),
                      std::max(4, static_cast<int>(std::lround(row.mapSize.height() * perValue))));
        }
        row.columns = std::max(1, (available - 2 * kMargin + kGap) / (row.cell.width() + kGap));
        // Balanced lines: 16 maps in a 15-wide view make two lines of 8, not 15 and 1.
        const int lines = std::max(1, (row.maps + row.columns - 1) / row.columns);
        row.columns = std::max(1, (row.maps + lines - 1) / lines);
        row.titleTop = y;
        if (row.heading) {
            row.legendBelow = false;
            row.gridTop = row.bottom = y + titleHeight;
            y = row.bottom + kRowSpacing / 2;
            continue;
        }
        row.legendBelow =
            kMargin + titleMetrics.horizontalAdvance(row.title) + 14 + legendWidth(row) + kMargin >
            available;
        row.gridTop = y + titleHeight + (row.legendBelow ? legendLine : 0);
        row.bottom = row.gridTop + lines * (row.cell.height() + kGap) - kGap;
        widest = std::max(widest, row.columns * (row.cell.width() + kGap) - kGap);
        y = row.bottom + kRowSpacing;
    }
    const int height = rows_.empty() ? scroll_->viewport()->height() : y - kRowSpacing + kMargin;
    canvas_->resize(std::max(available, widest + 2 * kMargin), std::max(height, 1));
    textfit::clear(canvas_); // what did not fit is noted again as the rows are painted
    canvas_->update();
}

QRect FeatureMapView::mapRect(int row, int channel) const {
    if (row < 0 || row >= layerCount() || channel < 0 || channel >= mapCount(row))
        return {};
    const Row& r = rows_[static_cast<std::size_t>(row)];
    const int line = channel / r.columns, column = channel % r.columns;
    return {QPoint(kMargin + column * (r.cell.width() + kGap),
                   r.gridTop + line * (r.cell.height() + kGap)),
            r.cell};
}

bool FeatureMapView::hitTest(const QPoint& point, int& row, int& channel, int& y, int& x) const {
    for (int r = 0; r < layerCount(); ++r) {
        const Row& current = rows_[static_cast<std::size_t>(r)];
        if (point.y() < current.gridTop || point.y() > current.bottom)
            continue;
        const int column = (point.x() - kMargin) / (current.cell.width() + kGap);
        const int line = (point.y() - current.gridTop) / (current.cell.height() + kGap);
        const int c = line * current.columns + column;
        if (point.x() < kMargin || column >= current.columns || c >= current.maps)
            return false;
        const QRect target = mapRect(r, c);
        if (!target.contains(point))
            return false; // in the gap between two maps
        row = r;
        channel = c;
        y = std::min((point.y() - target.top()) * current.mapSize.height() / target.height(),
                     current.mapSize.height() - 1);
        x = std::min((point.x() - target.left()) * current.mapSize.width() / target.width(),
                     current.mapSize.width() - 1);
        return true;
    }
    return false;
}

float FeatureMapView::valueAt(int row, int channel, int y, int x) const {
    const Row& r = rows_[static_cast<std::size_t>(row)];
    const float* v = outputs_[static_cast<std::size_t>(r.layer)].value.data();
    if (r.vector)
        return v[channel];
    const int h = r.mapSize.height(), w = r.mapSize.width();
    return v[(static_cast<std::ptrdiff_t>(channel) * h + y) * w + x];
}

void FeatureMapView::setSelection(int row, int channel) {
    selectedLayer_ = layerIndexOfRow(row);
    selectedChannel_ = channel;
    canvas_->update();
}

int FeatureMapView::layerCount() const {
    return static_cast<int>(rows_.size());
}

int FeatureMapView::mapCount(int row) const {
    return row >= 0 && row < layerCount() ? rows_[static_cast<std::size_t>(row)].maps : 0;
}

QSize FeatureMapView::mapSize(int row) const {
    return row >= 0 && row < layerCount() ? rows_[static_cast<std::size_t>(row)].mapSize : QSize();
}

int FeatureMapView::layerIndexOfRow(int row) const {
    return row >= 0 && row < layerCount() ? rows_[static_cast<std::size_t>(row)].layer : -1;
}

QString FeatureMapView::rowTitle(int row) const {
    return row >= 0 && row < layerCount() ? rows_[static_cast<std::size_t>(row)].title : QString();
}

QString FeatureMapView::rowDetail(int row) const {
    return row >= 0 && row < layerCount() ? rows_[static_cast<std::size_t>(row)].detail : QString();
}

int FeatureMapView::rowOfLayer(int layer) const {
    for (int r = 0; r < layerCount(); ++r)
        if (rows_[static_cast<std::size_t>(r)].layer == layer)
            return r;
    return -1;
}

void FeatureMapView::setZoom(double zoom) {
    const double clamped = std::clamp(zoom, minimumZoom, maximumZoom);
    zoomLabel_->setText(QStringLiteral("%1 %").arg(std::lround(clamped * 100)));
    zoomIn_->setEnabled(clamped < maximumZoom);
    zoomOut_->setEnabled(clamped > minimumZoom);
    if (clamped == zoom_)
        return;
    zoom_ = clamped;
    relayout();
    emit zoomChanged(zoom_);
}

void FeatureMapView::select(int layer, int channel) {
    const int row = rowOfLayer(layer);
    if (row < 0 || channel < 0 || channel >= mapCount(row))
        return;
    setSelection(row, channel);
    const QRect target = mapRect(row, channel);
    scroll_->ensureVisible(target.center().x(), target.center().y(), target.width() / 2 + kMargin,
                           target.height() / 2 + kMargin);
    emit mapClicked(layer, channel, -1, -1);
}

QWidget* FeatureMapView::content() const {
    return canvas_;
}

bool FeatureMapView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport()) {
        if (event->type() == QEvent::Resize) {
            relayout();
        } else if (event->type() == QEvent::Wheel) {
            auto* wheel = static_cast<QWheelEvent*>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                const double steps = wheel->angleDelta().y() / 120.0;
                if (steps != 0)
                    setZoom(zoom_ * std::pow(kZoomStep, steps));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace convsight::widgets
