// ExampleGallery: the title is a QLabel; the thumbnails are painted by GalleryGrid, a widget whose
// height follows its width (as many columns as fit), inside a QScrollArea.
#include "inspect/ExampleGallery.h"

#include "common/DatasetPreview.h"
#include "common/Theme.h"

#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string>

namespace convsight::widgets {

// The thumbnails: each image scaled by a whole number to about kImageSide px with crisp pixels,
// its caption in up to two lines beneath.
class GalleryGrid : public QWidget {
public:
    static constexpr int kImageSide = 96;
    static constexpr int kGap = 12;

    explicit GalleryGrid(std::function<void(int)> clicked)
        : clicked_(std::move(clicked)) {
        setObjectName(QStringLiteral("galleryThumbnails"));
        setMouseTracking(true);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setThumbnails(std::vector<QImage> images, QStringList captions) {
        images_ = std::move(images);
        captions_ = std::move(captions);
        hovered_ = -1;
        updateGeometry();
        update();
    }

    int cellWidth() const {
        return std::max(kImageSide + 16,
                        fontMetrics().horizontalAdvance(QStringLiteral("true Pullover → Coat")) /
                                2 +
                            kImageSide / 2);
    }
    int cellHeight() const { return kImageSide + 8 + 2 * fontMetrics().height() + 6; }
    int columns(int width) const { return std::max(1, (width - kGap) / (cellWidth() + kGap)); }

    QRect thumbnailRect(int position) const {
        if (position < 0 || position >= static_cast<int>(images_.size()))
            return {};
        const int n = columns(width());
        return {kGap + (position % n) * (cellWidth() + kGap),
                kGap + (position / n) * (cellHeight() + kGap), cellWidth(), cellHeight()};
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override {
        const int n = columns(width);
        const int rows = (static_cast<int>(images_.size()) + n - 1) / n;
        return kGap + std::max(1, rows) * (cellHeight() + kGap);
    }
    QSize sizeHint() const override {
        const int width = 4 * (cellWidth() + kGap) + kGap;
        return {width, heightForWidth(width)};
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), theme::colours().base);
        if (images_.empty()) {
            painter.setPen(theme::colours().mutedText);
            painter.drawText(rect().adjusted(kGap, kGap, -kGap, -kGap),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             ExampleGallery::tr("No examples to show."));
            return;
        }
        for (int i = 0; i < static_cast<int>(images_.size()); ++i) {
            const QRect cell = thumbnailRect(i);
            const QImage& image = images_[static_cast<std::size_t>(i)];
            const int scale = std::max(1, kImageSide / std::max(image.width(), image.height()));
            const QSize shown = image.size() * scale;
            const QRect target(cell.left() + (cell.width() - shown.width()) / 2, cell.top() + 4,
                               shown.width(), shown.height());
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(target, image);
            painter.setPen(QPen(i == hovered_ ? theme::colours().accent : theme::colours().gridLine,
                                i == hovered_ ? 3 : 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target.adjusted(-1, -1, 0, 0));
            if (i < captions_.size()) {
                painter.setPen(theme::colours().text);
                const QRect text(cell.left(), target.bottom() + 6, cell.width(),
                                 cell.bottom() - target.bottom() - 6);
                painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                                 captions_[i]);
            }
        }
    }

    void mouseMoveEvent(QMouseEvent* event) override {
        const int at = positionAt(event->position().toPoint());
        if (at != hovered_) {
            hovered_ = at;
            setCursor(at >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            update();
        }
    }
    void mouseReleaseEvent(QMouseEvent* event) override {
        const int at = positionAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && at >= 0)
            clicked_(at);
    }
    void leaveEvent(QEvent*) override {
        hovered_ = -1;
        update();
    }
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const int at = positionAt(help->pos());
            if (at >= 0 && at < captions_.size())
                QToolTip::showText(help->globalPos(), captions_[at], this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    int positionAt(const QPoint& point) const {
        for (int i = 0; i < static_cast<int>(images_.size()); ++i)
            if (thumbnailRect(i).contains(point))
                return i;
        return -1;
    }

    std::function<void(int)> clicked_;
    std::vector<QImage> images_;
    QStringList captions_;
    int hovered_{-1};
};

ExampleGallery::ExampleGallery(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("exampleGallery"));
    QFont labels = font();
    labels.setPointSizeF(std::max(12.0, labels.pointSizeF()));
    setFont(labels);

    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("galleryTitle"));
    title_->setWordWrap(true);
    QFont bold = labels;
    bold.setBold(true);
    bold.setPointSizeF(labels.pointSizeF() + 1);
    title_->setFont(bold);

    grid_ = new GalleryGrid([this](int position) {
        emit exampleClicked(indices_[static_cast<std::size_t>(position)]);
    });
    scroll_ = new QScrollArea;
    scroll_->setObjectName(QStringLiteral("galleryScroll"));
    scroll_->setWidget(grid_);
    scroll_->setWidgetResizable(true);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setMinimumWidth(grid_->cellWidth() + 3 * GalleryGrid::kGap);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(title_);
    layout->addWidget(scroll_, 1);
}

void ExampleGallery::setTitle(const QString& title) {
    title_->setText(title);
}

QString ExampleGallery::title() const {
    return title_->text();
}

void ExampleGallery::setExamples(const data::DatasetPtr& images, std::vector<std::int64_t> indices,
                                 QStringList captions) {
    if (!images)
        indices.clear();
    if (captions.size() > static_cast<qsizetype>(indices.size()))
        throw std::invalid_argument("ExampleGallery: " + std::to_string(captions.size()) +
                                    " captions for " + std::to_string(indices.size()) +
                                    " examples");
    for (const std::int64_t index : indices)
        if (index < 0 || index >= images->size())
            throw std::invalid_argument("ExampleGallery: example " + std::to_string(index) +
                                        " is outside " + images->name() + " (0 to " +
                                        std::to_string(images->size() - 1) + ")");
    std::vector<QImage> thumbnails;
    thumbnails.reserve(indices.size());
    for (const std::int64_t index : indices)
        thumbnails.push_back(exampleImage(*images, index));
    indices_ = std::move(indices);
    grid_->setThumbnails(std::move(thumbnails), std::move(captions));
    scroll_->ensureVisible(0, 0);
}

QWidget* ExampleGallery::thumbnailArea() const {
    return grid_;
}

QRect ExampleGallery::thumbnailRect(int position) const {
    return grid_->thumbnailRect(position);
}

} // namespace convsight::widgets
