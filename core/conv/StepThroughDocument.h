// The Step through workspace's document: every setting the student can change (input, kernels,
// sizes, stride, padding, border, dilation, flip), the edits that reshape it, and the trace it
// gives in each mode. No Qt: the workspace's undo stack stores whole documents.
#pragma once

#include "conv/BackwardTrace.h"
#include "conv/ConvGeometry.h"
#include "conv/ConvTrace.h"
#include "conv/PoolTrace.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace convsight::conv {

// What the stage shows for a document: the convolution, pooling with the same window, or where
// training's gradients come from (dL/dY random integers in −3…3).
enum class StepThroughMode {
    Convolution,
    MaxPooling,
    AveragePooling,
    KernelGradient,
    InputGradient
};

// Where an edit's new values come from: a uniform integer in [low, high]. The app draws from its
// random generator; tests pass a seeded or constant one.
using RandomInteger = std::function<int(int low, int high)>;

// The traces a document gives in one mode. `trace` is what the stage slides: the convolution,
// a gradient (pointing into `backward`, which owns it) or, for pooling, null beside `pool`.
struct StepThroughTraces {
    std::shared_ptr<const ConvTrace> trace;
    std::shared_ptr<const PoolTrace> pool;
    std::shared_ptr<const BackwardTrace> backward;
};

struct StepThroughDocument {
    // The largest input side and kernel size the workspace offers.
    static constexpr int kMaxInputSide = 32;
    static constexpr int kMaxKernelSize = 7;
    // The widest explicit padding the workspace offers: F + 2 for the largest kernel.
    static constexpr int kMaxExplicitPadding = kMaxKernelSize + 2;

    int channels{1};     // C: 1 (grey) or 3 (RGB)
    int kernel_count{1}; // K filters, each C×F×F
    int height{4}, width{4};
    int kernel_size{3};
    std::vector<double> input;   // (C, H, W)
    std::vector<double> kernels; // (K, C, F, F)
    double divisor{1};
    std::string preset_id; // the preset the kernels came from; empty once edited
    int stride{1};
    PaddingMode padding{PaddingMode::Valid};
    int explicit_padding{0}; // P on all four sides, when padding == PaddingMode::Explicit
    compute::BorderMode border{compute::BorderMode::Zero};
    int dilation{1};
    bool flip{false};
    bool operator==(const StepThroughDocument&) const = default;

    // The lecture's worked example: the 4×4 input [[2,0,1,3],[7,1,1,0],[0,2,5,0],[0,5,1,4]],
    // the horizontal-edge kernel, VALID, stride 1.
    static Matrix lecture_input();
    static StepThroughDocument lecture_example();

    // The geometry of the sliding window; why_invalid() when it gives no output, warning() when
    // it gives one that is wasteful (padding as wide as the kernel).
    ConvGeometry::Params geometry_params() const;
    std::optional<std::string> why_invalid() const;
    std::optional<std::string> warning() const;
    // Same sizes and window movement: an edit of values only, the window may stay where it is.
    bool same_shape(const StepThroughDocument& other) const;

    // Where input cell (c, y, x) and kernel cell (k, c, ky, kx) are in the flat vectors.
    std::size_t input_index(int channel, int row, int column) const;
    std::size_t kernel_index(int kernel, int channel, int row, int column) const;

    // The edits. Each returns the new document and leaves this one as it is.
    // One value typed in (a kernel edit forgets the preset).
    StepThroughDocument with_input_value(int channel, int row, int column, double value) const;
    StepThroughDocument with_kernel_value(int kernel, int channel, int row, int column,
                                          double value) const;
    // Random integers 0…9 everywhere.
    StepThroughDocument with_random_input(const RandomInteger& random) const;
    // H×W: the overlap kept (top-left), new cells random 0…9.
    StepThroughDocument with_input_size(int height, int width, const RandomInteger& random) const;
    // F×F: every kernel keeps its middle, new cells 0; the preset is forgotten.
    StepThroughDocument with_kernel_size(int size) const;
    // A preset: as printed (with its divisor) for one grey filter; for a bank its weights on
    // every channel of filter 1, the other filters random −1…1.
    StepThroughDocument with_preset(const std::string& id, const RandomInteger& random) const;
    // C channels (1 or 3) and K filters. RGB: the grey plane becomes R, G and B are random 0…9;
    // back to grey keeps R. A bank shares one divisor (weights go in divided); back to one grey
    // filter from a preset gives the preset as printed.
    StepThroughDocument with_channels(int channels, int kernel_count,
                                      const RandomInteger& random) const;

    // The traces of `mode` (throws std::invalid_argument, as the traces do, for settings they
    // refuse; call why_invalid() first for the geometry).
    StepThroughTraces traces(StepThroughMode mode) const;
};

} // namespace convsight::conv
