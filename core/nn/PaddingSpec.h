// How a convolution or a pooling window is padded: VALID, SAME (TensorFlow's rule: the extra pixel
// goes at the end) or explicit per side; resolved for an input size through conv::ConvGeometry.
#pragma once

#include "conv/ConvGeometry.h"

#include <nlohmann/json.hpp>
#include <string>

namespace convsight::nn {

struct PaddingSpec {
    conv::PaddingMode mode{conv::PaddingMode::Valid};
    conv::Padding sides{}; // used when mode == Explicit

    static PaddingSpec valid() { return {}; }
    static PaddingSpec same() { return {conv::PaddingMode::Same, {}}; }
    static PaddingSpec uniform(int pad) { return per_side(pad, pad, pad, pad); }
    static PaddingSpec per_side(int top, int bottom, int left, int right) {
        return {conv::PaddingMode::Explicit, {top, bottom, left, right}};
    }

    // "VALID", "SAME", "padding 1" or "padding 0,1,0,1 (top,bottom,left,right)".
    std::string description() const;
    // As an architecture file writes it: "valid", "same", 1, or [top, bottom, left, right].
    nlohmann::json config() const;
};

// One window (filter or pooling window) over one input, padded as `padding` says.
struct WindowSpec {
    int height{}, width{};
    int stride_y{1}, stride_x{1};
    int dilation_y{1}, dilation_x{1};
};
conv::ConvGeometry window_geometry(const PaddingSpec& padding, const WindowSpec& window,
                                   int input_height, int input_width);

// Puts a window's stride and its resolved padding into the ops' parameters of a convolution or a
// pooling (compute::ops::Conv2dParams, Pool2dParams: the fields are named alike).
template <class OpsParams>
void set_stride_and_padding(OpsParams& p, int stride_y, int stride_x, const conv::Padding& pad) {
    p.stride_y = stride_y;
    p.stride_x = stride_x;
    p.pad_top = pad.top;
    p.pad_bottom = pad.bottom;
    p.pad_left = pad.left;
    p.pad_right = pad.right;
}

} // namespace convsight::nn
