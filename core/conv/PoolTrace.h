// PoolTrace: max and average pooling laid out step by step, like ConvTrace: for every output value
// the window, the values under it, the winning cell (max) or the sum and the divisor (average).
// Steps are computed on demand (random access), so an animation is a view of the trace.
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/ConvTrace.h"

#include <string>
#include <vector>

namespace convsight::conv {

// One cell under the pooling window.
struct PoolCell {
    int ky{}, kx{}; // the cell's place in the window (0-based)
    int padded_y{},
        padded_x{}; // in padded coordinates (image pixel (y,x) is at (y + top, x + left))
    int source_y{-1}, source_x{-1}; // the image pixel, or −1 for a padding cell
    bool is_padding{};              // outside the image
    double value{};                 // the pixel's value; 0 for a padding cell
};

// Everything about output value (channel, out_y, out_x).
struct PoolStep {
    int index{};                     // step i, in [0, C·OH·OW): channel-major, then rows, columns
    int channel{};                   // pooling works on each channel on its own
    int out_y{}, out_x{};            // the output position
    int window_top{}, window_left{}; // the window's top-left cell in padded coordinates
    compute::PoolKind kind{compute::PoolKind::Max};
    std::vector<PoolCell> cells; // every cell of the window, row-major, padding included
    // Max: index into `cells` of the first maximum in row-major order (PyTorch's and the compute
    // library's choice: on a tie the gradient goes to that one cell). Padding cells never win.
    int winner{-1};
    // Average: the sum of the counted cells and how many were counted.
    double sum{};
    int divisor{};
    double result{};

    // Max: "max(2, 0, 7, 1) = 7" (the image cells only: padding counts as −∞ and cannot win).
    // Average: "(2 + 0 + 7 + 1) / 4 = 2.5" (the counted cells; negatives in parentheses).
    // Numbers as format_number(value, true).
    std::string expression() const;
};

class PoolTrace {
public:
    struct Setup {
        // Window size (kernel_height × kernel_width), stride, padding and channels C; dilation must
        // be 1 and each side's padding smaller than the window, so every window holds a pixel.
        ConvGeometry::Params geometry;
        std::vector<double> input; // (C, H, W) row-major
        compute::PoolKind kind{compute::PoolKind::Max};
        // Average pooling only: whether padding cells count in the divisor (as zeros). The
        // libraries disagree: TensorFlow's SAME average pooling divides by the pixels inside the
        // image, PyTorch's AvgPool2d counts the padding by default (count_include_pad=True), so a
        // corner of a constant image comes out darker. The default, false, is TensorFlow's rule and
        // what compute::ops::avgpool2d_forward computes: the border is not dimmed by the zeros.
        bool count_padding{false};
    };

    // Throws std::invalid_argument with a sentence a student understands when the geometry is
    // invalid, the dilation is not 1, a padding is not smaller than the window, the input size
    // does not match, or a value is NaN or infinite.
    explicit PoolTrace(Setup setup);

    // One channel: the input's size is taken from the matrix; window, stride and padding from
    // `geometry` (kernel_height × kernel_width is the window). Throws as the constructor does, and
    // for an empty or ragged matrix.
    static PoolTrace from_matrix(const Matrix& input, ConvGeometry::Params geometry,
                                 compute::PoolKind kind, bool count_padding = false);

    const ConvGeometry& geometry() const { return geometry_; }
    const Setup& setup() const { return setup_; }
    compute::PoolKind kind() const { return setup_.kind; }
    int channels() const { return geometry_.channels(); }
    int output_height() const { return geometry_.output_height(); }
    int output_width() const { return geometry_.output_width(); }
    int padded_height() const;
    int padded_width() const;
    bool is_padding_cell(int padded_y, int padded_x) const;

    // C·OH·OW.
    int step_count() const;
    // Step i, computed now; throws std::out_of_range outside [0, step_count()).
    PoolStep step(int index) const;
    // channel·OH·OW + out_y·OW + out_x; throws std::out_of_range outside the output.
    int step_index(int channel, int out_y, int out_x) const;

    // The pooled channel, OH rows of OW.
    Matrix output(int channel) const;
    // All channels, (C, OH, OW) row-major.
    std::vector<double> outputs() const;

private:
    Setup setup_;
    ConvGeometry geometry_;
};

} // namespace convsight::conv
