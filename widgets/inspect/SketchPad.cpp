// SketchPad: strokes are painted into a fixed 280 × 280 grey drawing (ten drawing pixels per
// MNIST pixel); image() shrinks that drawing to the data set's size with OpenCV's area averaging.
#include "inspect/SketchPad.h"

#include "common/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>
#include <string>

namespace convsight::widgets {

namespace {

// The drawing in [0, 1] as CV_32F.
cv::Mat drawingValues(const QImage& drawing) {
    const QImage grey = drawing.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()),
                       static_cast<std::size_t>(grey.bytesPerLine()));
    cv::Mat values;
    view.convertTo(values, CV_32F, 1.0 / 255.0);
    return values;
}

// As MNIST was made (LeCun et al.): the ink's bounding box scaled, keeping its aspect ratio, to
// fit 20 × 20 of the 28 × 28 (the same share of another size), then moved so that its centre of
// mass lands on the centre of the image.
cv::Mat centredLikeMnist(const cv::Mat& values, int height, int width) {
    cv::Mat ink;
    cv::findNonZero(values > 0, ink);
    const cv::Rect box = cv::boundingRect(ink);
    const double boxHeight = std::max(1.0, std::round(height * 20.0 / 28.0));
    const double boxWidth = std::max(1.0, std::round(width * 20.0 / 28.0));
    const double scale = std::min(boxWidth / box.width, boxHeight / box.height);
    cv::Mat glyph;
    cv::resize(values(box), glyph,
               cv::Size(std::max(1, static_cast<int>(std::lround(box.width * scale))),
                        std::max(1, static_cast<int>(std::lround(box.height * scale)))),
               0, 0, cv::INTER_AREA);
    const cv::Moments m = cv::moments(glyph);
    const double cx = m.m00 > 0 ? m.m10 / m.m00 : (glyph.cols - 1) / 2.0;
    const double cy = m.m00 > 0 ? m.m01 / m.m00 : (glyph.rows - 1) / 2.0;
    const int dx = static_cast<int>(std::lround((width - 1) / 2.0 - cx));
    const int dy = static_cast<int>(std::lround((height - 1) / 2.0 - cy));
    cv::Mat result = cv::Mat::zeros(height, width, CV_32F);
    // The part of the shifted glyph inside the image (a lopsided glyph may stick out).
    const cv::Rect target =
        cv::Rect(dx, dy, glyph.cols, glyph.rows) & cv::Rect(0, 0, width, height);
    if (!target.empty())
        glyph(target - cv::Point(dx, dy)).copyTo(result(target));
    return result;
}

} // namespace

// Where the strokes are drawn: the drawing scaled into the largest centred square.
class SketchCanvas : public QWidget {
public:
    explicit SketchCanvas(SketchPad* pad)
        : QWidget(pad)
        , pad_(pad) {
        setObjectName(QStringLiteral("sketchCanvas"));
        setMinimumSize(200, 200);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setCursor(Qt::CrossCursor);
    }
    QSize sizeHint() const override { return {SketchPad::kDrawingSize, SketchPad::kDrawingSize}; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(square(), pad_->drawing_);
        painter.setPen(QPen(theme::colours().gridLine, 1));
        painter.drawRect(square().adjusted(0, 0, -1, -1));
        if (pad_->isEmpty() && !drawing_) {
            painter.setPen(theme::colours().outline);
            QFont hint = font();
            hint.setPointSizeF(std::max(13.0, hint.pointSizeF()));
            painter.setFont(hint);
            painter.drawText(square(), Qt::AlignCenter, SketchPad::tr("Draw here"));
        }
    }
    void mousePressEvent(QMouseEvent* event) override {
        if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
            return QWidget::mousePressEvent(event);
        drawing_ = true;
        ink_ = event->button() == Qt::LeftButton ? Qt::white : Qt::black;
        last_ = toDrawing(event->position());
        stroke(last_, last_);
    }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (!drawing_)
            return;
        const QPointF point = toDrawing(event->position());
        stroke(last_, point);
        last_ = point;
    }
    void mouseReleaseEvent(QMouseEvent* event) override {
        if (!drawing_)
            return QWidget::mouseReleaseEvent(event);
        const QPointF point = toDrawing(event->position());
        stroke(last_, point);
        drawing_ = false;
        pad_->strokeFinished();
    }

private:
    QRect square() const {
        const int side = std::max(1, std::min(width(), height()));
        return {(width() - side) / 2, (height() - side) / 2, side, side};
    }
    QPointF toDrawing(QPointF point) const {
        const QRect s = square();
        return (point - QPointF(s.topLeft())) * (SketchPad::kDrawingSize / double(s.width()));
    }
    // A round brush, anti-aliased like a pen stroke scanned for MNIST.
    void stroke(QPointF from, QPointF to) {
        QPainter painter(&pad_->drawing_);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(
            QPen(ink_, SketchPad::kBrushDiameter, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLine(from, to);
        update();
    }

    SketchPad* pad_;
    bool drawing_{};
    QColor ink_{Qt::white};
    QPointF last_;
};

// What the model sees, one square per input pixel (nearest neighbour).
class SketchPreview : public QWidget {
public:
    explicit SketchPreview(QWidget* parent)
        : QWidget(parent) {
        setObjectName(QStringLiteral("sketchPreview"));
        setMinimumSize(112, 112);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {140, 140}; }
    void setImage(QImage image) {
        image_ = std::move(image);
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::black);
        if (!image_.isNull()) {
            const double scale =
                std::min(double(width()) / image_.width(), double(height()) / image_.height());
            const QSizeF size(image_.width() * scale, image_.height() * scale);
            painter.drawImage(
                QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size),
                image_);
        }
        painter.setPen(QPen(theme::colours().gridLine, 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    QImage image_;
};

SketchPad::SketchPad(QWidget* parent)
    : QWidget(parent)
    , drawing_(kDrawingSize, kDrawingSize, QImage::Format_RGB32) {
    setObjectName(QStringLiteral("sketchPad"));
    drawing_.fill(Qt::black);

    canvas_ = new SketchCanvas(this);
    preview_ = new SketchPreview(this);
    previewTitle_ = new QLabel(this);
    previewTitle_->setObjectName(QStringLiteral("sketchPreviewTitle"));
    previewTitle_->setWordWrap(true);
    clearButton_ = new QPushButton(tr("Clear"), this);
    clearButton_->setObjectName(QStringLiteral("sketchClearButton"));
    keepWhereDrawn_ = new QCheckBox(tr("Keep where drawn"), this);
    keepWhereDrawn_->setObjectName(QStringLiteral("keepWhereDrawn"));
    keepWhereDrawn_->setToolTip(tr("Off: the drawing is centred as MNIST's digits were. On: it "
                                   "stays where you drew it, off-centre if you like"));
    connect(keepWhereDrawn_, &QCheckBox::clicked, this, [this](bool keep) {
        setCentreLikeMnist(!keep);
        if (!isEmpty())
            emit drawingChanged();
    });
    auto* hint = new QLabel(tr("Left button draws,\nright button erases."), this);
    hint->setObjectName(QStringLiteral("sketchHint"));
    theme::followTheme(hint, [] {
        return QStringLiteral("color: %1;").arg(theme::css(theme::colours().mutedText));
    });
    for (QLabel* label : {previewTitle_, hint}) {
        QFont font = label->font();
        font.setPointSizeF(std::max(11.0, font.pointSizeF()));
        label->setFont(font);
    }

    auto* side = new QVBoxLayout;
    side->addWidget(previewTitle_);
    side->addWidget(preview_);
    side->addSpacing(8);
    side->addWidget(clearButton_);
    side->addWidget(keepWhereDrawn_);
    side->addWidget(hint);
    side->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(canvas_, 1);
    layout->addLayout(side);

    connect(clearButton_, &QPushButton::clicked, this, &SketchPad::clear);
    updatePreview();
}

SketchPad::~SketchPad() = default;

void SketchPad::setTargetShape(const compute::Shape& chw) {
    if (chw.size() != 3 ||
        std::any_of(chw.begin(), chw.end(), [](std::int64_t d) { return d < 1; }))
        throw std::invalid_argument(
            "SketchPad: the target shape must be (C, H, W) with sizes of at "
            "least 1, not " +
            compute::shape_string(chw));
    shape_ = chw;
    updatePreview();
}

void SketchPad::setCentreLikeMnist(bool on) {
    centre_ = on;
    keepWhereDrawn_->setChecked(!on);
    updatePreview();
}

void SketchPad::clear() {
    const bool hadInk = !isEmpty();
    drawing_.fill(Qt::black);
    canvas_->update();
    updatePreview();
    if (hadInk)
        emit drawingChanged();
}

bool SketchPad::isEmpty() const {
    for (int y = 0; y < drawing_.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(drawing_.constScanLine(y));
        if (std::any_of(line, line + drawing_.width(), [](QRgb p) { return qGray(p) != 0; }))
            return false;
    }
    return true;
}

compute::Tensor SketchPad::image() const {
    const int channels = static_cast<int>(shape_[0]);
    const int height = static_cast<int>(shape_[1]), width = static_cast<int>(shape_[2]);
    compute::Tensor result = compute::Tensor::zeros(shape_);
    if (isEmpty())
        return result;
    const cv::Mat values = drawingValues(drawing_);
    cv::Mat scaled;
    if (centre_)
        scaled = centredLikeMnist(values, height, width);
    else
        cv::resize(values, scaled, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    float* out = result.data();
    for (int c = 0; c < channels; ++c)
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                out[(static_cast<std::ptrdiff_t>(c) * height + y) * width + x] =
                    std::clamp(scaled.at<float>(y, x), 0.0f, 1.0f);
    return result;
}

compute::Tensor SketchPad::normalisedImage(const std::vector<float>& mean,
                                           const std::vector<float>& std) const {
    const auto channels = static_cast<std::size_t>(shape_[0]);
    if (mean.size() != channels || std.size() != channels)
        throw std::invalid_argument("SketchPad: normalising needs one mean and one standard "
                                    "deviation per channel (" +
                                    std::to_string(channels) + "), got " +
                                    std::to_string(mean.size()) + " and " +
                                    std::to_string(std.size()));
    for (std::size_t c = 0; c < channels; ++c)
        if (!(std[c] > 0))
            throw std::invalid_argument("SketchPad: the standard deviation of channel " +
                                        std::to_string(c) + " is " + std::to_string(std[c]) +
                                        "; it must be positive");
    compute::Tensor result = image();
    const std::int64_t plane = shape_[1] * shape_[2];
    float* v = result.data();
    for (std::size_t c = 0; c < channels; ++c)
        for (std::int64_t i = 0; i < plane; ++i) {
            float& x = v[static_cast<std::int64_t>(c) * plane + i];
            x = (x - mean[c]) / std[c];
        }
    return result;
}

QWidget* SketchPad::canvas() const {
    return canvas_;
}

void SketchPad::strokeFinished() {
    updatePreview();
    emit drawingChanged();
}

void SketchPad::updatePreview() {
    const int height = static_cast<int>(shape_[1]), width = static_cast<int>(shape_[2]);
    previewTitle_->setText(tr("The model sees\n(%1 × %2)").arg(width).arg(height));
    const compute::Tensor values = image();
    QImage preview(width, height, QImage::Format_Grayscale8);
    const float* v = values.data();
    for (int y = 0; y < height; ++y) {
        uchar* line = preview.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = static_cast<uchar>(std::lround(v[y * width + x] * 255.0f));
    }
    preview_->setImage(std::move(preview));
}

} // namespace convsight::widgets
