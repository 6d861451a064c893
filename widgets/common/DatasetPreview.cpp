// DatasetPreview: one example per class, drawn large and crisp, with the class names.
#include "common/DatasetPreview.h"

#include "common/CoreMessages.h"
#include "common/TextFit.h"
#include "common/Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

// Sizes at actual size, grown with the text (zoom, presentation mode) by theme::px.
int cellSide() { // thumbnail side
    return theme::px(64);
}
int captionHeight() { // the class name under it, on up to two lines
    return theme::px(40);
}
int spacing() { // between thumbnails (and room for a caption's longest word)
    return theme::px(16);
}
int titleLine() { // the data set's name above the strip
    return theme::px(24);
}
constexpr std::int64_t kLookAhead = 5000;

std::uint8_t byteOf(float value) {
    return static_cast<std::uint8_t>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f));
}

// (C, H, W) floats, de-normalised with mean/std when given, as a grey or RGB image.
QImage imageOf(const float* values, int channels, int height, int width,
               const std::vector<float>& mean, const std::vector<float>& std) {
    const auto value = [&](int c, int y, int x) {
        float v = values[(static_cast<std::size_t>(c) * height + y) * width + x];
        if (!mean.empty())
            v = v * std[static_cast<std::size_t>(c)] + mean[static_cast<std::size_t>(c)];
        return v;
    };
    QImage image(width, height, channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        std::uint8_t* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            if (channels == 3)
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = byteOf(value(c, y, x));
            else
                line[x] = byteOf(value(0, y, x));
        }
    }
    return image;
}

} // namespace

QImage exampleImage(const data::Dataset& dataset, std::int64_t index,
                    const std::vector<float>& mean, const std::vector<float>& std) {
    const data::Shape shape = dataset.example_shape();
    std::vector<float> values(static_cast<std::size_t>(data::shape_numel(shape)));
    dataset.read(index, values.data());
    return imageOf(values.data(), static_cast<int>(shape[0]), static_cast<int>(shape[1]),
                   static_cast<int>(shape[2]), mean, std);
}

QImage tensorImage(const compute::Tensor& chw, const std::vector<float>& mean,
                   const std::vector<float>& std) {
    const compute::Tensor cpu = chw.to(compute::Device::cpu());
    const int rank = static_cast<int>(cpu.shape().size());
    return imageOf(cpu.data(), static_cast<int>(cpu.dim(rank - 3)),
                   static_cast<int>(cpu.dim(rank - 2)), static_cast<int>(cpu.dim(rank - 1)), mean,
                   std);
}

DatasetPreview::DatasetPreview(QWidget* parent)
    : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DatasetPreview::setDataset(const data::DatasetPtr& dataset) {
    thumbnails_.clear();
    title_.clear();
    if (dataset) {
        title_ = QString::fromStdString(dataset->name());
        const int classes = dataset->class_count();
        std::vector<std::int64_t> first(static_cast<std::size_t>(classes), -1);
        const std::int64_t end = std::min(dataset->size(), kLookAhead);
        for (std::int64_t i = 0; i < end; ++i) {
            std::int64_t& slot = first[static_cast<std::size_t>(dataset->label(i))];
            if (slot < 0)
                slot = i;
        }
        for (int c = 0; c < classes; ++c)
            if (first[static_cast<std::size_t>(c)] >= 0)
                thumbnails_.push_back(
                    {exampleImage(*dataset, first[static_cast<std::size_t>(c)]),
                     translateCoreText(dataset->class_names()[static_cast<std::size_t>(c)])});
    }
    updateGeometry();
    update();
}

int DatasetPreview::columns(int width) const {
    return std::max(1, width / pitch());
}

int DatasetPreview::pitch() const {
    const QFontMetrics metrics(textFont());
    int widest = 0;
    for (const Thumbnail& t : thumbnails_)
        for (const QString& word : t.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    return std::max(cellSide() + spacing(), widest + theme::px(4));
}

QSize DatasetPreview::sizeHint() const {
    return {5 * pitch(), heightForWidth(340)};
}

QFont DatasetPreview::textFont() const {
    QFont f = font();
    f.setPointSizeF(11 * theme::scale());
    return f;
}

QString DatasetPreview::titleText() const {
    return tr("%1 — one example of each class").arg(title_);
}

// The title wraps onto a second line where the column is narrow.
int DatasetPreview::titleHeight(int width) const {
    if (thumbnails_.empty())
        return titleLine();
    const QRect needed = QFontMetrics(textFont())
                             .boundingRect(QRect(0, 0, std::max(1, width), 1000),
                                           Qt::AlignLeft | Qt::TextWordWrap, titleText());
    return std::max(titleLine(), needed.height() + 6);
}

int DatasetPreview::heightForWidth(int width) const {
    const int count = std::max(1, thumbnailCount());
    const int rows = (count + columns(width) - 1) / columns(width);
    return titleHeight(width) + rows * (cellSide() + captionHeight() + spacing());
}

void DatasetPreview::paintEvent(QPaintEvent*) {
    textfit::clear(this);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(textFont());
    painter.setPen(palette().color(QPalette::WindowText));
    if (thumbnails_.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No data set open"));
        return;
    }
    const int top = titleHeight(width());
    painter.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     titleText());
    const int perRow = columns(width());
    for (int i = 0; i < thumbnailCount(); ++i) {
        const Thumbnail& t = thumbnails_[static_cast<std::size_t>(i)];
        // Half a gap to the left of the first column, so its caption has room on both sides.
        const int x = (pitch() - cellSide()) / 2 + (i % perRow) * pitch();
        const int y = top + (i / perRow) * (cellSide() + captionHeight() + spacing());
        const QRect cell(x, y, cellSide(), cellSide());
        painter.drawImage(cell, t.image); // nearest neighbour: the pixels stay visible
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect caption(x - (pitch() - cellSide()) / 2, y + cellSide(), pitch(),
                            captionHeight());
        // Long names ("horizontal line", "T-shirt/top") wrap instead of losing their end.
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRect needed = painter.fontMetrics().boundingRect(caption, flags, t.name);
        if (needed.width() > caption.width() || needed.height() > caption.height())
            textfit::noteUnfit(this, t.name);
        painter.drawText(caption, flags, t.name);
    }
}

} // namespace convsight::widgets
