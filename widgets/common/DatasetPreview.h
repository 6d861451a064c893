// DatasetPreview: a strip of a data set's examples, the first of each class, with the class names
// under them, so a student sees what the network will be asked to tell apart. Also the one place
// that turns an example (C, H, W floats in [0, 1]) into a QImage, for every view of examples.
#pragma once

#include "data/Dataset.h"

#include <QImage>
#include <QWidget>
#include <vector>

namespace convsight::widgets {

// Example `index` of `dataset` as an 8-bit image: grey for one channel, RGB for three; values
// clamped to [0, 1]. For a normalised data set pass `mean` and `std` to undo the normalisation.
QImage exampleImage(const data::Dataset& dataset, std::int64_t index,
                    const std::vector<float>& mean = {}, const std::vector<float>& std = {});
// A (C, H, W) tensor on the CPU as exampleImage() draws it.
QImage tensorImage(const compute::Tensor& chw, const std::vector<float>& mean = {},
                   const std::vector<float>& std = {});

class DatasetPreview : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPreview(QWidget* parent = nullptr);
    // Shows the first example of every class (looking through the first 5,000 examples); null
    // clears the strip.
    void setDataset(const data::DatasetPtr& dataset);
    int thumbnailCount() const { return static_cast<int>(thumbnails_.size()); }
    QString datasetName() const { return title_; } // the shown data set's name; empty: none
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont textFont() const;
    QString titleText() const;
    int titleHeight(int width) const;

    struct Thumbnail {
        QImage image;
        QString name;
    };
    int columns(int width) const;
    // From one thumbnail to the next: room for the thumbnail, a gap and its caption's longest word
    // ("horizontale" is wider than the thumbnail).
    int pitch() const;
    std::vector<Thumbnail> thumbnails_;
    QString title_;
};

} // namespace convsight::widgets
