// ConvTrace: one convolution laid out step by step, every output value with the products that make
// it. Steps are computed on demand (random access), so an animation or a CLI --trace is a view of
// the trace and never does the arithmetic itself.
#pragma once

#include "compute/shared/dims.h"
#include "conv/ConvGeometry.h"

#include <string>
#include <vector>

namespace convsight::conv {

// Rows of values, row-major: matrix[row][column]. Used for single-channel inputs, kernels and
// outputs at the interface (the CLI reads CSV into this).
using Matrix = std::vector<std::vector<double>>;

// Cross-correlation vs convolution. The lecture's V(x,y) = Σm Σn I(x+m, y+n)·K(m,n) slides the
// kernel over the image as it is: that is cross-correlation, and it is what every CNN library
// (PyTorch, TensorFlow, cuDNN) computes under the name "convolution". Convolution in the
// mathematical sense, V(x,y) = Σm Σn I(x−m, y−n)·K(m,n), is the same with the kernel turned by
// 180°. For symmetric kernels (blurs) the two agree; for Sobel or the edge kernels the sign or
// direction flips. A CNN learns its kernels, so it does not matter which one it uses.
enum class TraceMode {
    CrossCorrelation, // kernel used as written
    Convolution,      // kernel flipped 180° (rows and columns reversed) before sliding
};

// One product of a step: a filter tap over one input (or padding) cell.
struct TraceTerm {
    int channel{};              // input channel c
    int ky{}, kx{};             // the tap's place in the window (0-based)
    int weight_y{}, weight_x{}; // the kernel cell the weight comes from: (ky, kx) in
                                // CrossCorrelation, (FH−1−ky, FW−1−kx) in Convolution
    int padded_y{}, padded_x{}; // the cell in padded coordinates (image pixel (y,x) is at
                                // (y + padding.top, x + padding.left))
    int source_y{}, source_x{}; // the image pixel the value is read from (after border fill);
                                // −1 for a Zero-fill padding cell
    bool is_padding{};          // outside the image
    double input{};             // the value under the tap
    double weight{};            // the kernel value multiplied with it
    double product{};           // input·weight
};

// Everything about output value (kernel, out_y, out_x).
struct TraceStep {
    int index{};                      // step i, in [0, K·OH·OW): kernel-major, then rows, columns
    int kernel{};                     // which of the K kernels
    int out_y{}, out_x{};             // the output position
    int window_top{}, window_left{};  // the window's top-left cell in padded coordinates
    std::vector<TraceTerm> terms;     // ordered by channel, then ky, then kx
    std::vector<double> channel_sums; // Σ of the products of each input channel (C values)
    double divisor{1};                // the kernel's normalisation (9 for the 1/9 box blur)
    bool has_bias{};
    double bias{};      // 0 when there is no bias
    double total{};     // Σ channel_sums / divisor + bias
    bool relu{};        // whether ReLU is applied
    double activated{}; // max(total, 0) with ReLU, otherwise total

    // "2×1 + 0×1 + 1×1 + … + 5×(−1) = −4": every product in term order, negatives in parentheses
    // with the minus sign −, "(…) / 9" around them when the kernel has a divisor, then "+ b" (or
    // "− b") for the bias, then "= total"; with ReLU "… = −4 → ReLU → 0". Numbers as
    // format_number(value, true).
    std::string expression() const;
    // The products of one input channel and their sum, "2×1 + 0×1 + … = 5" (channel_sums[c]):
    // a multi-channel step is these sums added up.
    std::string channel_expression(int channel) const;
};

// A number as a student reads it: integers without a decimal point ("3", not "3.0"), other values
// in the shortest form that reads back to the same double ("0.1", "1e-07"); −0 is "0". With
// unicode_minus the sign is − (U+2212), otherwise the ASCII '-' (for CSV output).
std::string format_number(double value, bool unicode_minus = false);
// A factor or term inside an expression: format_number(value, true), negatives in parentheses so
// "2×(−1)" cannot be misread.
std::string format_factor(double value);
// The values of a matrix row after row, its size in rows/columns; throws std::invalid_argument
// for an empty or ragged matrix, naming `what` ("input", "kernel") and the row.
std::vector<double> flatten_matrix(const Matrix& matrix, const char* what, int& rows, int& columns);

class ConvTrace {
public:
    // Everything a trace needs. Layouts are row-major.
    struct Setup {
        ConvGeometry::Params geometry; // sizes, stride, padding, dilation, channels C
        int kernel_count{1};           // K
        std::vector<double> input;     // (C, H, W)
        std::vector<double> kernels;   // (K, C, FH, FW)
        std::vector<double> bias;      // (K), or empty for no bias
        // The kernels' normalisation, applied after summing: a preset's "1/9 ×" stays exact
        // (integer weights, one division) instead of nine rounded ninths.
        double divisor{1.0};
        compute::BorderMode border{compute::BorderMode::Zero};
        TraceMode mode{TraceMode::CrossCorrelation};
        bool relu{false};
    };

    // Throws std::invalid_argument with a sentence a student understands when the geometry is
    // invalid (ConvGeometry::why_invalid()), a size does not match, or a value is NaN or infinite.
    explicit ConvTrace(Setup setup);

    // One channel, one kernel: sizes are taken from the matrices (the geometry's
    // input_height/Width, kernel_height/Width and channels are overwritten); stride, padding and
    // dilation from `geometry`. Throws std::invalid_argument for an empty or ragged matrix (naming
    // the row), and for everything the main constructor rejects.
    static ConvTrace from_matrices(const Matrix& input, const Matrix& kernel,
                                   ConvGeometry::Params geometry,
                                   compute::BorderMode border = compute::BorderMode::Zero,
                                   TraceMode mode = TraceMode::CrossCorrelation, bool relu = false,
                                   double divisor = 1.0);

    const ConvGeometry& geometry() const { return geometry_; }
    const Setup& setup() const { return setup_; }
    int channels() const { return geometry_.channels(); }
    int kernel_count() const { return setup_.kernel_count; }
    int output_height() const { return geometry_.output_height(); }
    int output_width() const { return geometry_.output_width(); }

    // K·OH·OW.
    int step_count() const;
    // Step i, computed now; throws std::out_of_range outside [0, step_count()).
    TraceStep step(int index) const;
    // kernel·OH·OW + out_y·OW + out_x; throws std::out_of_range for a position outside the output.
    int step_index(int kernel, int out_y, int out_x) const;

    // Output of one kernel (activated values), OH rows of OW.
    Matrix output(int kernel) const;
    // All outputs, (K, OH, OW) row-major.
    std::vector<double> outputs() const;

    // The padded input: (H + top + bottom) × (W + left + right) cells per channel.
    int padded_height() const { return paddedHeight_; }
    int padded_width() const { return paddedWidth_; }
    // Whether padded cell (py, px) lies outside the image.
    bool is_padding_cell(int py, int px) const;
    // The value at padded cell (py, px) of a channel, after border fill (for drawing the padding).
    double padded_value(int channel, int py, int px) const;
    // The image row/column a padded row/column reads from, or −1 (a Zero-fill padding cell).
    int source_row(int py) const;
    int source_column(int px) const;

    // The weight used at window tap (ky, kx) of kernel k, channel c: flipped in Convolution mode.
    double weight_at(int kernel, int channel, int ky, int kx) const;

private:
    double sum_at(int kernel, int out_y, int out_x, std::vector<double>* channel_sums) const;
    void check_padded(int channel, int py, int px) const;

    Setup setup_;
    ConvGeometry geometry_;
    int paddedHeight_{}, paddedWidth_{};
    std::vector<int> rowSource_, columnSource_; // padded row/col → image row/col, −1 for zero
    std::vector<double> padded_;                // (C, PH, PW), border fill applied
};

} // namespace convsight::conv
