// An image at any zoom: wheel and keys zoom, dragging pans, and views that share a ViewSync zoom
// and pan together. At high zoom every pixel's value is written in its cell; hovering reports the
// pixel under the mouse; an outline can mark a window of pixels (the input a kernel reads).
#pragma once

#include <QImage>
#include <QWidget>
#include <opencv2/core.hpp>

namespace convsight::widgets {

// Zoom and pan shared by several ImageViews. Fitted: each view shows the whole image; otherwise
// `zoom` screen pixels per image pixel with image point `centre` in the middle of each view.
class ViewSync : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    bool fitted() const { return fitted_; }
    double zoom() const { return zoom_; }
    QPointF centre() const { return centre_; }

    void setView(double zoom, QPointF centre);
    void fit();

signals:
    void changed();

private:
    bool fitted_{true};
    double zoom_{1};
    QPointF centre_;
};

class ImageView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 128;
    // From this zoom on (screen pixels per image pixel) values are written in the cells.
    static constexpr double kValueZoom = 40;

    explicit ImageView(QWidget* parent = nullptr);

    // Views given the same sync zoom and pan together; a view has its own until then.
    void setSync(ViewSync* sync);
    ViewSync* sync() const { return sync_; }

    // `values` (optional) are what the cells say at high zoom: 8-bit or float, 1 or 3 channels
    // (BGR), the size of `image`.
    void setImage(const QImage& image, const cv::Mat& values = {});
    const QImage& image() const { return image_; }
    void clear();
    // Split mode: `second` drawn right of a draggable vertical line at `split` (0..1 of the width).
    void setSecondImage(const QImage& second, const QString& caption = {});
    void setSplit(double split);
    double split() const { return split_; }

    // Written in the top-left corner over the image.
    void setCaption(const QString& caption);
    QString caption() const { return caption_; }
    // The pixels `window` (image coordinates) outlined, with `label` beside them; empty: none.
    void setHighlight(const QRect& window, const QString& label = {});
    QRect highlight() const { return highlight_; }
    // A legend for the diverging colour map, ≤ −scale blue … ≥ +scale orange; scale < 0 hides it.
    void setDivergingLegend(double scale);

    // Effective zoom (screen pixels per image pixel) and the image point at the view's centre.
    double zoom() const;
    QPointF centre() const;
    QPointF widgetToImage(const QPointF& point) const;
    QPointF imageToWidget(const QPointF& point) const;
    // Whether the cells are large enough for their values to be written in them.
    bool showsValues() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    // Zooms by `factor` keeping the image point under `anchor` (widget coordinates) in place.
    void zoomBy(double factor, const QPointF& anchor);

signals:
    // The image pixel under the mouse; (−1, −1) when it leaves the image.
    void pixelHovered(const QPoint& pixel);
    // A click without a drag.
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    double fitZoom() const;
    QTransform transform() const;
    void paintValues(QPainter& painter, const QRectF& visible) const;
    void paintLegend(QPainter& painter) const;
    void paintLabel(QPainter& painter, const QPointF& at, const QString& text) const;
    double splitX() const; // the split line, in widget coordinates
    void reportHover(const QPointF& position);

    ViewSync* sync_{};
    QImage image_;
    cv::Mat values_;
    QImage second_;
    QString secondCaption_;
    double split_{0.5};
    QString caption_;
    QRect highlight_;
    QString highlightLabel_;
    double legendScale_{-1};
    QPoint hovered_{-1, -1};
    QPointF pressPosition_;
    QPointF lastDrag_;
    bool dragging_{false};
    bool draggingSplit_{false};
};

} // namespace convsight::widgets
