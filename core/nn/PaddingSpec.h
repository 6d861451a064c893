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

} // namespace convsight::nn
