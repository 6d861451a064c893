// ImageView: nearest-neighbour drawing (a pixel is a square, as on the slides), synced zoom/pan.
#include "common/ImageView.h"

#include "common/TextFit.h"
#include "common/Theme.h"

#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {

namespace {

constexpr double kWheelStep = 1.25; // zoom factor per wheel notch and per key press
constexpr int kDragThreshold = 4;   // pixels a press may move and still be a click

QString cellText(double value, bool integral) {
    if (integral || value == std::round(value))
        return QString::number(static_cast<long long>(std::llround(value))).replace(u'-', u'−');
    return QString::number(value, 'f', std::abs(value) >= 100 ? 0 : 1).replace(u'-', u'−');
}

} // namespace

void ViewSync::setView(double zoom, QPointF centre) {
    zoom = std::clamp(zoom, ImageView::kMinZoom, ImageView::kMaxZoom);
    if (!fitted_ && zoom == zoom_ && centre == centre_)
        return;
    fitted_ = false;
    zoom_ = zoom;
    centre_ = centre;
    emit changed();
}

void ViewSync::fit() {
    if (fitted_)
        return;
    fitted_ = true;
    emit changed();
}

ImageView::ImageView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSync(new ViewSync(this));
}

void ImageView::setSync(ViewSync* sync) {
    if (sync_)
        disconnect(sync_, nullptr, this, nullptr);
    sync_ = sync;
    connect(sync_, &ViewSync::changed, this, qOverload<>(&QWidget::update));
    update();
}

void ImageView::setImage(const QImage& image, const cv::Mat& values) {
    image_ = image;
    values_ = values;
    update();
}

void ImageView::clear() {
    image_ = {};
    values_.release();
    second_ = {};
    highlight_ = {};
    update();
}

void ImageView::setSecondImage(const QImage& second, const QString& caption) {
    second_ = second;
    secondCaption_ = caption;
    update();
}

void ImageView::setSplit(double split) {
    split_ = std::clamp(split, 0.0, 1.0);
    update();
}

void ImageView::setCaption(const QString& caption) {
    caption_ = caption;
    update();
}

void ImageView::setHighlight(const QRect& window, const QString& label) {
    if (window == highlight_ && label == highlightLabel_)
        return;
    highlight_ = window;
    highlightLabel_ = label;
    update();
}

void ImageView::setDivergingLegend(double scale) {
    legendScale_ = scale;
    update();
}

double ImageView::fitZoom() const {
    if (image_.isNull())
        return 1;
    const double zx = (width() - 8.0) / image_.width();
    const double zy = (height() - 8.0) / image_.height();
    return std::clamp(std::min(zx, zy), kMinZoom, kMaxZoom);
}

double ImageView::zoom() const {
    return sync_->fitted() ? fitZoom() : sync_->zoom();
}

QPointF ImageView::centre() const {
    if (sync_->fitted() || image_.isNull())
        return QPointF(image_.width() / 2.0, image_.height() / 2.0);
    return sync_->centre();
}

QTransform ImageView::transform() const {
    const QPointF c = centre();
    const double z = zoom();
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(z, z);
    t.translate(-c.x(), -c.y());
    return t;
}

QPointF ImageView::widgetToImage(const QPointF& point) const {
    return transform().inverted().map(point);
}

QPointF ImageView::imageToWidget(const QPointF& point) const {
    return transform().map(point);
}

bool ImageView::showsValues() const {
    return !values_.empty() && zoom() >= kValueZoom;
}

void ImageView::zoomBy(double factor, const QPointF& anchor) {
    if (image_.isNull())
        return;
    const QPointF before = widgetToImage(anchor);
    const double z = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    // Keep `before` under the anchor: centre = before − (anchor − widget centre) / z.
    const QPointF offset = (anchor - QPointF(width() / 2.0, height() / 2.0)) / z;
    sync_->setView(z, before - offset);
}

void ImageView::zoomIn() {
    zoomBy(kWheelStep, rect().center());
}

void ImageView::zoomOut() {
    zoomBy(1 / kWheelStep, rect().center());
}

void ImageView::zoomToFit() {
    sync_->fit();
}

void ImageView::zoomToActualSize() {
    sync_->setView(1, centre());
}

double ImageView::splitX() const {
    return imageToWidget(QPointF(split_ * image_.width(), 0)).x();
}

void ImageView::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    const theme::Colours& c = theme::colours();
    QPainter painter(this);
    painter.fillRect(rect(), c.darkPanel);
    if (image_.isNull()) {
        painter.setPen(c.sidebarText); // light text on the dark panel
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, caption_);
        return;
    }
    const QTransform t = transform();
    const QRectF imageRect(0, 0, image_.width(), image_.height());
    const QRectF visible = t.inverted().mapRect(QRectF(rect())).intersected(imageRect);

    painter.save();
    painter.setTransform(t);
    if (!second_.isNull()) {
        const double sx = split_ * image_.width();
        painter.drawImage(QRectF(0, 0, sx, image_.height()), image_,
                          QRectF(0, 0, sx, image_.height()));
        painter.drawImage(QRectF(sx, 0, image_.width() - sx, image_.height()), second_,
                          QRectF(sx, 0, image_.width() - sx, image_.height()));
    } else {
        painter.drawImage(imageRect, image_);
    }
    painter.restore();

    const double z = zoom();
    if (z >= 8) { // a grid makes single pixels countable
        painter.setPen(QPen(c.pixelGrid, 1));
        const int x0 = static_cast<int>(std::floor(visible.left()));
        const int x1 = static_cast<int>(std::ceil(visible.right()));
        const int y0 = static_cast<int>(std::floor(visible.top()));
        const int y1 = static_cast<int>(std::ceil(visible.bottom()));
        for (int x = x0; x <= x1; ++x)
            painter.drawLine(t.map(QPointF(x, y0)), t.map(QPointF(x, y1)));
        for (int y = y0; y <= y1; ++y)
            painter.drawLine(t.map(QPointF(x0, y)), t.map(QPointF(x1, y)));
    }
    if (showsValues())
        paintValues(painter, visible);

    if (!highlight_.isEmpty()) {
        const QRectF window = t.mapRect(QRectF(highlight_));
        painter.setPen(QPen(c.highlight, theme::line(3)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(window.adjusted(-1, -1, 1, 1));
        painter.setPen(QPen(c.contrastRing, 1));
        painter.drawRect(window.adjusted(-3, -3, 3, 3));
        if (!highlightLabel_.isEmpty())
            paintLabel(painter, window.bottomLeft() + QPointF(0, 8), highlightLabel_);
    }
    if (!second_.isNull()) {
        const double x = splitX();
        painter.setPen(QPen(c.lightInk, theme::line(3)));
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
        painter.setBrush(c.accent);
        painter.drawEllipse(QPointF(x, height() / 2.0), 14, 14);
        painter.setPen(QPen(c.lightInk, theme::line(2)));
        painter.drawText(QRectF(x - 14, height() / 2.0 - 14, 28, 28), Qt::AlignCenter,
                         QStringLiteral("↔"));
        if (!secondCaption_.isEmpty())
            paintLabel(painter, QPointF(std::min(x + 12, width() - 160.0), 10), secondCaption_);
    }
    if (!caption_.isEmpty())
        paintLabel(painter, QPointF(10, 10), caption_);
    if (legendScale_ >= 0)
        paintLegend(painter);
}

void ImageView::paintLabel(QPainter& painter, const QPointF& at, const QString& text) const {
    QFont font = this->font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    // A caption wider than the view (a filter bank's tile, presentation mode's larger text) wraps
    // onto more lines instead of running off the edge; its box's padding gives way before that,
    // and a word wider than the view is noted.
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    const QRectF lines =
        metrics.boundingRect(QRectF(0, 0, std::max(1.0, width() - 24.0), 1e6), flags, text);
    if (lines.width() > width() - 2.0)
        textfit::noteUnfit(this, text);
    const double textWidth = std::ceil(lines.width()) + 1;
    QRectF box(at,
               QSizeF(std::min(textWidth + 16, static_cast<double>(width())), lines.height() + 8));
    box.moveLeft(std::clamp(box.left(), 0.0, std::max(0.0, width() - box.width())));
    box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, height() - box.height())));
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::colours().overlay);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(theme::colours().lightInk);
    painter.drawText(
        QRectF(box.center().x() - textWidth / 2, box.top() + 4, textWidth, lines.height()), flags,
        text);
}

void ImageView::paintValues(QPainter& painter, const QRectF& visible) const {
    const double z = zoom();
    const int channels = values_.channels();
    QFont font = this->font();
    font.setPixelSize(static_cast<int>(std::clamp(z / (channels == 1 ? 3.2 : 4.5), 9.0, 22.0)));
    painter.setFont(font);
    const bool integral = values_.depth() == CV_8U;
    const QTransform t = transform();
    const int x0 = std::max(0, static_cast<int>(std::floor(visible.left())));
    const int x1 = std::min(values_.cols - 1, static_cast<int>(std::ceil(visible.right())));
    const int y0 = std::max(0, static_cast<int>(std::floor(visible.top())));
    const int y1 = std::min(values_.rows - 1, static_cast<int>(std::ceil(visible.bottom())));
    cv::Mat values;
    values_.convertTo(values, CV_64F);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QRectF cell = t.mapRect(QRectF(x, y, 1, 1));
            const QColor background = image_.pixelColor(x, y);
            const bool dark = background.lightnessF() < 0.55;
            painter.setPen(dark ? theme::colours().lightInk : theme::colours().darkInk);
            const double* v = values.ptr<double>(y) + x * channels;
            QString text;
            if (channels == 1)
                text = cellText(v[0], integral);
            else // stored BGR, read as R G B
                text = cellText(v[2], integral) + u'\n' + cellText(v[1], integral) + u'\n' +
                       cellText(v[0], integral);
            painter.drawText(cell, Qt::AlignCenter, text);
        }
}

namespace {

// The legend's colour bar, blue (−) through white to orange (+) from `low` to `high`, on its dark
// box.
void paintLegendBar(QPainter& painter, const QRectF& box, const QRectF& bar, QPointF low,
                    QPointF high) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::colours().overlay);
    painter.drawRoundedRect(box, 6, 6);
    QLinearGradient gradient(low, high);
    theme::setColourStops(gradient, theme::ColourMap::Diverging);
    painter.setBrush(gradient);
    painter.drawRect(bar);
    painter.setPen(theme::colours().lightInk);
}

} // namespace

void ImageView::paintLegend(QPainter& painter) const {
    // Beside the image where there is room (upright), below it, or over its lower right corner.
    const QRectF picture = transform().mapRect(QRectF(0, 0, image_.width(), image_.height()));
    QFont font = this->font();
    font.setPixelSize(theme::px(15));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QString scale = QString::number(legendScale_, 'g', 3);
    const QString low = QStringLiteral("≤ −") + scale;
    const QString high = QStringLiteral("≥ +") + scale;

    const double uprightWidth =
        16 + 30 + std::max(metrics.horizontalAdvance(low), metrics.horizontalAdvance(high));
    const double uprightHeight = std::min(220.0, picture.height());
    const bool right = width() - picture.right() >= uprightWidth;
    const bool left = picture.left() >= uprightWidth;
    if (right || left) {
        const double x = right ? picture.right() + 4 : picture.left() - uprightWidth;
        const QRectF box(x, picture.bottom() - uprightHeight, uprightWidth - 4, uprightHeight);
        const QRectF bar(box.left() + 8, box.top() + 10, 16, box.height() - 20);
        paintLegendBar(painter, box, bar, bar.bottomLeft(), bar.topLeft());
        const QRectF labels(bar.right() + 6, bar.top() - 10, box.right() - bar.right() - 8,
                            bar.height() + 20);
        painter.drawText(labels, Qt::AlignTop | Qt::AlignLeft, high);
        painter.drawText(labels, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("0"));
        painter.drawText(labels, Qt::AlignBottom | Qt::AlignLeft, low);
        return;
    }
    constexpr double boxWidth = 250, boxHeight = 62;
    QPointF corner(width() - boxWidth, height() - boxHeight);
    if (height() - picture.bottom() >= boxHeight)
        corner = QPointF(std::clamp(picture.center().x() - boxWidth / 2, 0.0, width() - boxWidth),
                         picture.bottom());
    const QRectF bar(corner.x() + 10, corner.y() + 10, boxWidth - 20, 16);
    paintLegendBar(painter, bar.adjusted(-10, -8, 10, 34), bar, bar.topLeft(), bar.topRight());
    // The ends saturate: everything beyond ±scale has the end colour.
    const QRectF labels(bar.left(), bar.bottom() + 2, bar.width(), 22);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, low);
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, high);
}

void ImageView::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    pressPosition_ = lastDrag_ = event->position();
    dragging_ = false;
    draggingSplit_ = !second_.isNull() && std::abs(event->position().x() - splitX()) < 16;
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton)) {
        reportHover(event->position());
        return;
    }
    if (draggingSplit_) {
        setSplit(widgetToImage(event->position()).x() / std::max(1, image_.width()));
        return;
    }
    if (!dragging_ && (event->position() - pressPosition_).manhattanLength() < kDragThreshold)
        return;
    dragging_ = true;
    setCursor(Qt::ClosedHandCursor);
    const QPointF delta = (event->position() - lastDrag_) / zoom();
    lastDrag_ = event->position();
    sync_->setView(zoom(), centre() - delta);
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (!dragging_ && !draggingSplit_)
        emit clicked();
    dragging_ = draggingSplit_ = false;
    unsetCursor();
}

void ImageView::reportHover(const QPointF& position) {
    QPoint pixel(-1, -1);
    if (!image_.isNull()) {
        const QPointF p = widgetToImage(position);
        const QPoint candidate(static_cast<int>(std::floor(p.x())),
                               static_cast<int>(std::floor(p.y())));
        if (image_.rect().contains(candidate))
            pixel = candidate;
    }
    if (pixel != hovered_) {
        hovered_ = pixel;
        emit pixelHovered(pixel);
    }
}

void ImageView::leaveEvent(QEvent* event) {
    if (hovered_ != QPoint(-1, -1)) {
        hovered_ = QPoint(-1, -1);
        emit pixelHovered(hovered_);
    }
    QWidget::leaveEvent(event);
}

void ImageView::keyPressEvent(QKeyEvent* event) {
    const double step = 40 / zoom(); // image pixels per arrow press
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_1:
        zoomToActualSize();
        break;
    case Qt::Key_Left:
        sync_->setView(zoom(), centre() - QPointF(step, 0));
        break;
    case Qt::Key_Right:
        sync_->setView(zoom(), centre() + QPointF(step, 0));
        break;
    case Qt::Key_Up:
        sync_->setView(zoom(), centre() - QPointF(0, step));
        break;
    case Qt::Key_Down:
        sync_->setView(zoom(), centre() + QPointF(0, step));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

QSize ImageView::sizeHint() const {
    return {480, 400};
}

QSize ImageView::minimumSizeHint() const {
    return {100, 80};
}

} // namespace convsight::widgets
