// ExampleGallery: a title over a scrolling grid of example thumbnails (raw images, grey or colour,
// enlarged with crisp pixels), each with its caption ("true Shirt → T-shirt/top 71 %"). The
// misclassified gallery of the Inspect workspace; clicking a thumbnail reports its example.
#pragma once

#include "data/Dataset.h"

#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <vector>

class QLabel;
class QScrollArea;

namespace convsight::widgets {

class GalleryGrid;

class ExampleGallery : public QWidget {
    Q_OBJECT
public:
    explicit ExampleGallery(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // Shows images[indices[0]], images[indices[1]], … with captions[i] under each (no caption when
    // `captions` is shorter). Null images or no indices empty the gallery. Throws
    // std::invalid_argument, changing nothing, for an index outside the data set or more captions
    // than indices.
    void setExamples(const data::DatasetPtr& images, std::vector<std::int64_t> indices,
                     QStringList captions);
    int exampleCount() const { return static_cast<int>(indices_.size()); }
    const std::vector<std::int64_t>& indices() const { return indices_; }

    // The widget the thumbnails are drawn on (inside a scroll area), and where thumbnail
    // `position` (0-based, in the order given) is drawn on it: for tests and screenshots.
    QWidget* thumbnailArea() const;
    QRect thumbnailRect(int position) const;

signals:
    void exampleClicked(std::int64_t index);

private:
    QLabel* title_{};
    QScrollArea* scroll_{};
    GalleryGrid* grid_{};
    std::vector<std::int64_t> indices_;
};

} // namespace convsight::widgets
