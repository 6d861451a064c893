// BackwardTrace: where training's numbers come from. For one forward convolution Y = X ⋆ K and an
// output gradient dY = dL/dY, the two gradients laid out as ConvTraces a student can step through:
// dL/dK (the input correlated with dY) and dL/dX (a full convolution of dY with the flipped
// kernel).
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/ConvTrace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::conv {

// Where a cell of a gradient trace's padded input comes from in the forward pass. Draw padding
// from this, not from ConvTrace::is_padding_cell(): padding at least as wide as the trace's window
// (e.g. a 1×1 dY over a padded input) is not allowed as ConvTrace padding, so it is written into
// the trace's input as zeros, which the trace sees as ordinary cells.
struct ForwardCell {
    enum class Kind {
        Padding,      // a zero of the padding (the forward padding, or the F − 1 − p border of
                      // the full convolution)
        InsertedZero, // a zero put between two dY cells for stride > 1 (the "dilated" dY)
        Input,        // pixel X(channel, row, column) of the forward input
        OutputGradient, // cell dY(channel, row, column) of the output gradient
    };
    Kind kind{Kind::Padding};
    int row{-1}, column{-1}; // the X or dY cell; −1 for the zeros
};

class BackwardTrace {
public:
    struct Setup {
        // The forward convolution: input H×W with C channels, kernel FH×FW, stride, padding
        // (VALID, SAME, explicit); dilation must be 1.
        ConvGeometry::Params geometry;
        int kernel_count{1};                 // K
        std::vector<double> input;           // X (C, H, W)
        std::vector<double> kernels;         // K (K, C, FH, FW)
        std::vector<double> output_gradient; // dY (K, OH, OW)
    };

    // dY = 1 everywhere: L = Σ Y, the simplest loss to reason about. (K, OH, OW).
    static std::vector<double> ones_gradient(const ConvGeometry& forward, int kernel_count);
    // dY with random integers in [low, high], the same for the same seed. (K, OH, OW).
    static std::vector<double> random_integer_gradient(const ConvGeometry& forward,
                                                       int kernel_count, std::uint32_t seed,
                                                       int low = -3, int high = 3);

    // Throws std::invalid_argument with a sentence a student understands when the geometry is
    // invalid, the dilation is not 1, or a size does not match or a value is not finite.
    explicit BackwardTrace(Setup setup);

    const ConvGeometry& forward() const { return forward_; }
    const Setup& setup() const { return setup_; }

    // dL/dK for input channel c, as a trace: the input channel X_c, padded as in the forward pass,
    // correlated with the K planes of dY taken as K "kernels", their cells spread `stride` apart
    // (the trace's dilation = the forward stride), stride 1. Its output k, FH×FW, is
    // dL/dK(k, c); each step is one kernel cell: dL/dK(k, c, ky, kx) = Σ X_padded(ky + s·oy,
    // kx + s·ox) · dY(k, oy, ox). Input rows/columns that no window reached are left out (they
    // have no effect on Y, so none on the gradient). Throws std::out_of_range for a bad c.
    const ConvTrace& kernel_gradient(int channel) const;
    // All of dL/dK, (K, C, FH, FW) row-major, from the traces.
    std::vector<double> kernel_gradients() const;
    // The forward cell behind padded cell (py, px) of kernel_gradient()'s input: Input (X) or
    // Padding. Its padded coordinates are the forward pass's.
    ForwardCell kernel_gradient_cell(int padded_y, int padded_x) const;

    // dL/dX as a trace: dY (K channels) with stride − 1 zeros inserted between its cells, padded by
    // F − 1 − p on each side (plus a zero row/column at the end for each input row/column the
    // stride never reached), correlated in TraceMode::Convolution (kernel flipped 180°) with C
    // "kernels", kernel c being the forward K(·, c) slices. Its output c, H×W, is dL/dX(c): the
    // transposed convolution of dY.
    const ConvTrace& input_gradient() const { return inputGradient_; }
    std::vector<double> input_gradients() const { return inputGradient_.outputs(); }
    // The forward cell behind padded cell (py, px) of input_gradient()'s input: OutputGradient,
    // InsertedZero or Padding.
    ForwardCell input_gradient_cell(int padded_y, int padded_x) const;

    // One paragraph each for the student, with this geometry's numbers.
    std::string kernel_gradient_explanation() const;
    std::string input_gradient_explanation() const;

private:
    Setup setup_;
    ConvGeometry forward_;
    std::vector<ConvTrace> kernelGradients_; // one per input channel
    ConvTrace inputGradient_;
};

} // namespace convsight::conv
