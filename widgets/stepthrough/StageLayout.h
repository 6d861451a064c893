// Where the Step through stage draws everything at one size: the padded input planes, the kernel
// slices beside them, the output maps, the "∗", "+" and "=" signs, the captions and the
// expression, and which cell lies under a point. Geometry only: no painting, no widget.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

namespace convsight::conv {
class ConvTrace;
}

namespace convsight::widgets {

class StageLayout {
public:
    // What the geometry depends on: the trace's grid sizes.
    struct Shape {
        int channels{1}, kernelCount{1};
        int inputHeight{}, inputWidth{};   // the image, unpadded
        int paddingTop{}, paddingLeft{};   // image pixel (y, x) is padded cell (y + top, x + left)
        int paddedHeight{}, paddedWidth{}; // the input grid drawn
        int kernelHeight{}, kernelWidth{};
        int outputHeight{}, outputWidth{};
        static Shape of(const conv::ConvTrace& trace);
    };
    // A sign between two grids, centred on `centre`.
    struct Sign {
        QPointF centre;
        QString text;
    };
    // A cell found under a point: grid (input channel, kernel channel or output map), row, column.
    struct Cell {
        int grid{}, row{}, column{};
        bool operator==(const Cell&) const = default;
    };

    // Cells between stacked grids, and for "∗" and "=" between the grids.
    static constexpr double kStackGap = 0.5;
    static constexpr double kSignGap = 1.1;
    // The smallest cell ever drawn, in pixels.
    static constexpr double kSmallestCell = 8;

    // Nothing laid out (no trace).
    StageLayout() = default;
    // Everything at `size` pixels: cells are squares as large as fit (`minimumCell` to 120
    // pixels); several input channels go side by side (R ∗ K_R + G ∗ K_G + …) or stacked,
    // whichever gives larger cells; several output maps are stacked. Cells never go below
    // `minimumCell` (the numbers must stay readable): a stage smaller than minimumSize() for it
    // draws past its edges, and its view scrolls.
    StageLayout(const Shape& shape, QSizeF size, double minimumCell = kSmallestCell);
    // The smallest size at which every grid gets cells of `cell` pixels (channels stacked).
    static QSizeF minimumSize(const Shape& shape, double cell);

    bool isEmpty() const { return inputs_.empty(); }
    const Shape& shape() const { return shape_; }
    double cell() const { return cell_; }
    // Whether the input channels are side by side (otherwise stacked).
    bool channelsBeside() const { return beside_; }
    // Top-left corners of each input plane, kernel slice and output map.
    const std::vector<QPointF>& inputs() const { return inputs_; }
    const std::vector<QPointF>& kernels() const { return kernels_; }
    const std::vector<QPointF>& outputs() const { return outputs_; }
    const std::vector<Sign>& signs() const { return signs_; }
    // The captions' band under the grids, and the box of the step's expression under it.
    double captionTop() const { return captionTop_; }
    double captionHeight() const { return captionHeight_; }
    QRectF expression() const { return expression_; }

    // A cell's square. Input cells in padded coordinates; fractional places for the glide.
    QRectF inputCell(int channel, double paddedY, double paddedX) const;
    QRectF kernelCell(int channel, int ky, int kx) const;
    QRectF outputCell(int kernel, double row, double column) const;
    // Output maps counted as one column of rows, gaps included: map k's row r is stackedRow(k, r).
    QRectF outputCellStacked(double stackedRow, double column) const;
    static double stackedRow(int outputHeight, int kernel, int row);

    // The cell under `point`, if any: an output cell (map, row, column), an input cell (channel
    // and image coordinates, padding excluded) or a kernel cell (channel, ky, kx).
    std::optional<Cell> output_at(QPointF point) const;
    std::optional<Cell> inputAt(QPointF point) const;
    std::optional<Cell> kernelAt(QPointF point) const;

private:
    // Where the grid band goes: rows × columns of cells, centred, with room above and below.
    void placeGrids(QSizeF size, double rows, double columns, double expressionShare);

    Shape shape_;
    double cell_{};
    bool beside_{};
    std::vector<QPointF> inputs_, kernels_, outputs_;
    std::vector<Sign> signs_;
    double captionTop_{}, captionHeight_{};
    QRectF expression_;
};

} // namespace convsight::widgets
