// StageLayout: the stage's arithmetic of places. Everything is measured in cells first (grids,
// signs, the arc above and the captions below), then one cell size is chosen to fill the stage.
#include "stepthrough/StageLayout.h"

#include "conv/ConvTrace.h"

#include <algorithm>
#include <cmath>

namespace convsight::widgets {
namespace {

constexpr double kMargin = 14; // pixels around everything

// The share of the stage's height kept for the step's expression under the grids.
double expressionShareOf(int channels, double height) {
    return channels > 1 ? std::clamp(height * 0.3, 120.0, 260.0)
                        : std::clamp(height * 0.24, 72.0, 190.0);
}

// The grids in cells, channels stacked: the columns (each plane ∗ its kernel slice, with the
// channel names left of the planes of a multi-channel input, then = and the output maps) and
// the rows (the planes or the output maps, whichever stack is taller).
QSizeF stackedCells(const StageLayout::Shape& shape) {
    const double label = shape.channels > 1 ? 0.9 : 0.0;
    const double group = label + shape.paddedWidth + StageLayout::kSignGap + shape.kernelWidth;
    const double outputRows =
        shape.kernelCount * shape.outputHeight + (shape.kernelCount - 1) * StageLayout::kStackGap;
    const double rows = std::max(shape.channels * shape.paddedHeight +
                                     (shape.channels - 1) * StageLayout::kStackGap,
                                 outputRows);
    return {group + StageLayout::kSignGap + shape.outputWidth, rows};
}

} // namespace

QSizeF StageLayout::minimumSize(const Shape& shape, double cell) {
    // The band placeGrids draws: the arc, the rows, the captions; then the expression's share,
    // which grows with the height (a few rounds find the height that holds both).
    const QSizeF cells = stackedCells(shape);
    const double band =
        2 * kMargin + cell * 0.73 + cells.height() * cell + std::max(cell * 0.6, 28.0);
    double height = band;
    for (int round = 0; round < 4; ++round)
        height = band + expressionShareOf(shape.channels, height);
    return {std::ceil(cells.width() * cell + 2 * kMargin), std::ceil(height)};
}

StageLayout::Shape StageLayout::Shape::of(const conv::ConvTrace& trace) {
    const auto& params = trace.geometry().params();
    const conv::Padding padding = trace.geometry().padding();
    Shape shape;
    shape.channels = trace.channels();
    shape.kernelCount = trace.kernel_count();
    shape.inputHeight = params.input_height;
    shape.inputWidth = params.input_width;
    shape.paddingTop = padding.top;
    shape.paddingLeft = padding.left;
    shape.paddedHeight = trace.padded_height();
    shape.paddedWidth = trace.padded_width();
    shape.kernelHeight = params.kernel_height;
    shape.kernelWidth = params.kernel_width;
    shape.outputHeight = trace.output_height();
    shape.outputWidth = trace.output_width();
    return shape;
}

StageLayout::StageLayout(const Shape& shape, QSizeF size, double minimumCell)
    : shape_(shape) {
    const int channels = shape.channels, kernelCount = shape.kernelCount;
    const int paddedH = shape.paddedHeight, paddedW = shape.paddedWidth;
    const int kernelW = shape.kernelWidth, outH = shape.outputHeight, outW = shape.outputWidth;

    // In cells: the grids side by side with room for "∗" and "=" between them (and the channel
    // names left of each plane of a multi-channel input); above the grids the arc from window to
    // output cell, below them the captions, then the expression (one line more per channel).
    const double label = channels > 1 ? 0.9 : 0.0;
    const double group = label + paddedW + kSignGap + kernelW; // one plane ∗ its kernel slice
    const double outputRows = kernelCount * outH + (kernelCount - 1) * kStackGap;
    // A short stage (a 720p projector) gives the grids what the expression's one line and its
    // heading leave: the numbers must stay readable, the expression's font shrinks a little first.
    const double expressionShare = expressionShareOf(channels, size.height());
    const double availableW = size.width() - 2 * kMargin;
    const double availableH = size.height() - 2 * kMargin - expressionShare;
    const double smallest = std::max(kSmallestCell, minimumCell);
    // The cell that fills the stage, before the floor.
    const auto fillingCell = [&](double columns, double rows) {
        return std::min({availableW / columns, availableH / (rows + 1.25), 120.0});
    };
    const auto cellFor = [&](double columns, double rows) {
        return std::max(smallest, fillingCell(columns, rows));
    };
    const QSizeF stacked = stackedCells(shape);
    const double stackedRows = stacked.height();
    const double stackedColumns = stacked.width();
    const double besideRows = std::max<double>(paddedH, outputRows);
    const double besideColumns = channels * group + channels * kSignGap + outW;
    // Side by side where that gives larger cells and they fit; below the floor the planes stack
    // (the size minimumSize() gives the view to scroll).
    const double besideCell = fillingCell(besideColumns, besideRows);
    beside_ = channels > 1 && besideCell >= smallest &&
              besideCell > fillingCell(stackedColumns, stackedRows);
    const double rows = beside_ ? besideRows : stackedRows;
    const double columns = beside_ ? besideColumns : stackedColumns;
    cell_ = cellFor(columns, rows);
    placeGrids(size, rows, columns, expressionShare);
}

void StageLayout::placeGrids(QSizeF size, double rows, double columns, double expressionShare) {
    const int channels = shape_.channels, kernelCount = shape_.kernelCount;
    const int paddedH = shape_.paddedHeight, paddedW = shape_.paddedWidth;
    const int kernelH = shape_.kernelHeight, kernelW = shape_.kernelWidth;
    const double cell = cell_;
    const double label = channels > 1 ? 0.9 : 0.0;
    const double group = label + paddedW + kSignGap + kernelW;
    const double outputRows = kernelCount * shape_.outputHeight + (kernelCount - 1) * kStackGap;

    captionHeight_ = std::max(cell * 0.6, 28.0);
    const double arcSpace = cell * 0.65;
    const double blockH = arcSpace + rows * cell + captionHeight_ + expressionShare;
    const double top = std::max(kMargin, (size.height() - blockH) / 2);
    const double bandTop = top + arcSpace;
    const double left = std::max(kMargin, (size.width() - columns * cell) / 2);
    const double bandMiddle = bandTop + rows * cell / 2;

    const double planesH = beside_ ? paddedH : channels * paddedH + (channels - 1) * kStackGap;
    const double inputTop = bandTop + (rows - planesH) * cell / 2;
    for (int c = 0; c < channels; ++c) {
        const double x = left + ((beside_ ? c * (group + kSignGap) : 0) + label) * cell;
        const double y = inputTop + (beside_ ? 0 : c * (paddedH + kStackGap) * cell);
        inputs_.emplace_back(x, y);
        const double kernelX = x + (paddedW + kSignGap) * cell;
        kernels_.emplace_back(kernelX, y + (paddedH - kernelH) * cell / 2);
        const double middle = y + paddedH * cell / 2;
        signs_.push_back({{x + (paddedW + kSignGap / 2) * cell, middle}, QStringLiteral("∗")});
        if (beside_ && c + 1 < channels)
            signs_.push_back(
                {{kernelX + (kernelW + kSignGap / 2) * cell, middle}, QStringLiteral("+")});
    }
    const double outputLeft = kernels_.back().x() + (kernelW + kSignGap) * cell;
    signs_.push_back({{outputLeft - kSignGap / 2 * cell, bandMiddle}, QStringLiteral("=")});
    const double outputTop = bandTop + (rows - outputRows) * cell / 2;
    for (int k = 0; k < kernelCount; ++k)
        outputs_.emplace_back(outputLeft, outputTop + k * (shape_.outputHeight + kStackGap) * cell);
    captionTop_ = bandTop + rows * cell + cell * 0.08;
    const double expressionTop = captionTop_ + captionHeight_;
    expression_ = QRectF(kMargin, expressionTop, size.width() - 2 * kMargin,
                         std::max(40.0, size.height() - kMargin - expressionTop));
}

QRectF StageLayout::inputCell(int channel, double paddedY, double paddedX) const {
    const QPointF origin = inputs_[static_cast<std::size_t>(channel)];
    return {origin.x() + paddedX * cell_, origin.y() + paddedY * cell_, cell_, cell_};
}

QRectF StageLayout::kernelCell(int channel, int ky, int kx) const {
    const QPointF origin = kernels_[static_cast<std::size_t>(channel)];
    return {origin.x() + kx * cell_, origin.y() + ky * cell_, cell_, cell_};
}

QRectF StageLayout::outputCell(int kernel, double row, double column) const {
    const QPointF origin = outputs_[static_cast<std::size_t>(kernel)];
    return {origin.x() + column * cell_, origin.y() + row * cell_, cell_, cell_};
}

QRectF StageLayout::outputCellStacked(double row, double column) const {
    return outputCell(0, row, column);
}

double StageLayout::stackedRow(int outputHeight, int kernel, int row) {
    return kernel * (outputHeight + kStackGap) + row;
}

// The hit tests try the cells in reading order, so a point on the line between two cells
// belongs to the first (above or left).
std::optional<StageLayout::Cell> StageLayout::output_at(QPointF point) const {
    for (int k = 0; k < static_cast<int>(outputs_.size()); ++k)
        for (int row = 0; row < shape_.outputHeight; ++row)
            for (int column = 0; column < shape_.outputWidth; ++column)
                if (outputCell(k, row, column).contains(point))
                    return Cell{k, row, column};
    return std::nullopt;
}

std::optional<StageLayout::Cell> StageLayout::inputAt(QPointF point) const {
    for (int c = 0; c < static_cast<int>(inputs_.size()); ++c)
        for (int y = 0; y < shape_.inputHeight; ++y)
            for (int x = 0; x < shape_.inputWidth; ++x)
                if (inputCell(c, y + shape_.paddingTop, x + shape_.paddingLeft).contains(point))
                    return Cell{c, y, x};
    return std::nullopt;
}

std::optional<StageLayout::Cell> StageLayout::kernelAt(QPointF point) const {
    for (int c = 0; c < static_cast<int>(kernels_.size()); ++c)
        for (int ky = 0; ky < shape_.kernelHeight; ++ky)
            for (int kx = 0; kx < shape_.kernelWidth; ++kx)
                if (kernelCell(c, ky, kx).contains(point))
                    return Cell{c, ky, kx};
    return std::nullopt;
}

} // namespace convsight::widgets
