// FilterGrid: a convolution layer's filters as a grid of small images that a lecture hall can
// read, coloured blue (negative) – white (0) – orange (positive), optionally each beside its
// starting weights with how far it has drifted from them; for the Train and Inspect workspaces.
#pragma once

#include "compute/Tensor.h"

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>
#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace convsight::widgets {

class FilterGridCanvas;
class FilterGridLegend;

// A conv layer's filters as a grid of small images, one per filter (input channels side by side
// as tiles, or as one colour image when C == 3, zero mid-grey), each drawn with a diverging map
// (blue negative, white 0, orange positive; one shared scale across the grid so filters compare, a
// legend with the scale) or per-filter scaled (the "same scale" toggle). Optionally each filter
// beside its starting weights ("was" / "now") with its drift ‖w − w₀‖/‖w₀‖ printed under it.
// Click a filter: filterClicked(k) (and it is outlined). Hovering shows the weights as numbers in
// a tooltip for F ≤ 5. Cells grow to fill the space (a 3×3 filter is never under 48 px) and reflow
// with the width; a scroll bar appears when even the smallest cells do not fit.
class FilterGrid : public QWidget {
    Q_OBJECT
public:
    explicit FilterGrid(QWidget* parent = nullptr);
    ~FilterGrid() override;

    // (K, C, F, F) weights; copied (a CUDA tensor is brought to the CPU), so later training does
    // not change what is shown. An undefined tensor clears the grid. Throws std::invalid_argument
    // for a defined tensor that is not of rank 4.
    void setWeights(const compute::Tensor& weights);
    // The starting weights, (K, C, F, F); shown as the "was" column with each filter's drift while
    // their shape matches the weights'. An undefined tensor: no "was" column.
    void setInitialWeights(const compute::Tensor& weights);
    void setTitle(const QString& title); // "conv1 after epoch 3, batch 40"
    QString title() const;
    // What the empty grid says: why there are no filters ("No filters yet." unless told).
    void setEmptyText(const QString& text);
    QString emptyText() const { return emptyText_; }
    void setSharedScale(bool shared);
    bool sharedScale() const { return sharedScale_; }
    void setHighlighted(int filter); // outline one; -1 none
    int highlighted() const { return highlighted_; }

    int filterCount() const;
    const compute::Tensor& weights() const { return weights_; }
    const compute::Tensor& initialWeights() const { return initial_; }
    // Whether the "was" / "now" pairs are shown (initial weights of the weights' shape are set).
    bool showsInitialWeights() const;
    // ‖w − w₀‖/‖w₀‖ per filter while showsInitialWeights(), else empty.
    const std::vector<double>& drift() const { return drift_; }
    // The text under filter k: "3", and "drift 0.42" while the starting weights are shown.
    QString caption(int k) const;
    // The ±scale filter k is coloured with: the grid's largest |w| when shared, else its own.
    double scale(int k) const;

    // The image drawn for filter k, one pixel per weight (channel tiles side by side, or one
    // colour image when C == 3): painted enlarged, nearest-neighbour. Null when out of range.
    QImage filterImage(int k) const;
    QImage initialFilterImage(int k) const; // the "was" image; null without starting weights

    QRect filterRect(int k) const; // the cell of filter k in canvas() coordinates; empty if none
    QWidget* canvas() const;       // the widget the grid is painted on (inside a scroll area)

signals:
    void filterClicked(int filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class FilterGridCanvas;
    friend class FilterGridLegend;

    // Which weights an image shows.
    enum class Source { Current, Initial };

    void rebuild();  // scales, drift and images from the tensors
    void relayout(); // cell size and columns for the canvas width and the visible height
    QImage makeImage(const compute::Tensor& weights, int k, double scale) const;
    // The image rectangles of cell k (the "was" one empty without starting weights).
    QRect imageRect(int k, Source source) const;
    // The filter and image under a canvas point; false when none.
    bool hitTest(const QPoint& point, int& filter, Source& source) const;
    QString weightsToolTip(int k, Source source) const;

    compute::Tensor weights_;
    compute::Tensor initial_;
    bool sharedScale_{true};
    int highlighted_{-1};
    std::vector<double> drift_;
    std::vector<double> scales_; // per filter
    std::vector<QImage> images_, initialImages_;

    // Layout, from relayout().
    int pixel_{16}; // screen pixels per weight
    int tilesAcross_{1}, tilesDown_{1};
    QSize imageSize_; // one filter's enlarged image
    QSize cellSize_;
    int columns_{1};
    int left_{0}; // x of the first column (the grid is centred)

    QLabel* title_{};
    QString emptyText_;
    QCheckBox* sharedScaleCheck_{};
    FilterGridLegend* legend_{};
    QScrollArea* scroll_{};
    FilterGridCanvas* canvas_{};
};

} // namespace convsight::widgets
