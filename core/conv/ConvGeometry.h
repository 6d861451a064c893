// The shape arithmetic of one convolution, as the lecture teaches it: w' = (w − f + 2p)/s + 1.
// Handles VALID, SAME (TensorFlow's rule) and explicit per-side padding, stride and dilation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convsight::conv {

enum class PaddingMode {
    Valid,    // no padding: the filter only visits positions where it fits inside the image
    Same,     // pad so that output = ceil(input / stride); the extra pixel goes at the end
    Explicit, // the padding given per side
};

struct Padding {
    int top{}, bottom{}, left{}, right{};
    bool operator==(const Padding&) const = default;
};

// One spatial axis: input size w, filter size f, stride s, dilation d, padding before/after.
struct AxisGeometry {
    int input{};
    int filter{};
    int stride{1};
    int dilation{1};
    int pad_before{};
    int pad_after{};

    // The extent the dilated filter covers: d·(f − 1) + 1 (64-bit: d and f may come from a file).
    std::int64_t effective_filter() const {
        return std::int64_t{dilation} * (std::int64_t{filter} - 1) + 1;
    }
    // floor((w + p_before + p_after − f_eff) / s) + 1, or 0 when the filter does not fit; computed
    // in 64 bits and never more than INT_MAX (why_invalid() refuses sizes that large anyway).
    int output() const;
};

class ConvGeometry {
public:
    struct Params {
        int input_height{}, input_width{};
        int kernel_height{}, kernel_width{};
        int stride_y{1}, stride_x{1};
        int dilation_y{1}, dilation_x{1};
        PaddingMode mode{PaddingMode::Valid};
        Padding explicit_padding{}; // used when mode == Explicit
        int channels{1}; // input channels C; each filter is C×kernel_height×kernel_width
    };

    explicit ConvGeometry(const Params& params);

    const Params& params() const { return params_; }
    // The padding actually applied on each side (resolved for SAME).
    Padding padding() const { return padding_; }
    AxisGeometry rows() const;
    AxisGeometry columns() const;

    int output_height() const { return rows().output(); }
    int output_width() const { return columns().output(); }
    int channels() const { return params_.channels; }

    // Input rows (0-based image coordinates, ascending) that no filter tap ever lands on: with a
    // stride larger than the filter's reach (or gaps from dilation) they are skipped, and the
    // last rows are dropped when (w − f + 2p) is not a multiple of s. Empty when invalid.
    std::vector<int> unreached_rows() const;
    std::vector<int> unreached_columns() const;
    // A sentence for the UI, e.g. "With stride 2, the filter never reaches row 6 or column 6 of
    // the input (counting from 1): those pixels have no effect on the output." (1-based, as the
    // student counts); says every pixel is used when none is skipped; empty when invalid.
    std::string unreached_description() const;

    // Why these numbers cannot make a convolution, in words a student understands; nullopt if
    // valid. Every size is checked against io::limits::max_extent first ("the dilation: 2147483647
    // is more than the limit of 1048576"), so the other reasons never see an overflowed number.
    std::optional<std::string> why_invalid() const;
    bool is_valid() const { return !why_invalid(); }
    // A valid setting that is still a poor one, in a sentence for the student; nullopt if none.
    // Padding as wide as the filter or wider (PyTorch and TensorFlow allow it): how many outputs
    // see only padding, and why that is wasteful.
    std::optional<std::string> warning() const;

    // The lecture's formula with the numbers put in, e.g. "w' = (4 − 3 + 2·0) / 1 + 1 = 2".
    std::string width_formula() const;
    std::string height_formula() const;

    // TensorFlow's SAME rule for one axis: total = max((ceil(w/s) − 1)·s + f_eff − w, 0), in 64
    // bits.
    static std::int64_t same_padding_total(std::int64_t input, std::int64_t effective_filter,
                                           std::int64_t stride);

private:
    Params params_;
    Padding padding_;
};

} // namespace convsight::conv
