// PaddingSpec's description and its resolution into a ConvGeometry for one input size.
#include "nn/PaddingSpec.h"

namespace convsight::nn {

std::string PaddingSpec::description() const {
    switch (mode) {
    case conv::PaddingMode::Valid:
        return "VALID";
    case conv::PaddingMode::Same:
        return "SAME";
    case conv::PaddingMode::Explicit:
        break;
    }
    const conv::Padding& p = sides;
    if (p.top == p.bottom && p.top == p.left && p.top == p.right)
        return "padding " + std::to_string(p.top);
    return "padding " + std::to_string(p.top) + "," + std::to_string(p.bottom) + "," +
           std::to_string(p.left) + "," + std::to_string(p.right) + " (top,bottom,left,right)";
}

nlohmann::json PaddingSpec::config() const {
    switch (mode) {
    case conv::PaddingMode::Valid:
        return "valid";
    case conv::PaddingMode::Same:
        return "same";
    case conv::PaddingMode::Explicit:
        break;
    }
    const conv::Padding& p = sides;
    if (p.top == p.bottom && p.top == p.left && p.top == p.right)
        return p.top;
    return nlohmann::json::array({p.top, p.bottom, p.left, p.right});
}

conv::ConvGeometry window_geometry(const PaddingSpec& padding, const WindowSpec& window,
                                   int input_height, int input_width) {
    conv::ConvGeometry::Params p;
    p.input_height = input_height;
    p.input_width = input_width;
    p.kernel_height = window.height;
    p.kernel_width = window.width;
    p.stride_y = window.stride_y;
    p.stride_x = window.stride_x;
    p.dilation_y = window.dilation_y;
    p.dilation_x = window.dilation_x;
    p.mode = padding.mode;
    p.explicit_padding = padding.sides;
    return conv::ConvGeometry(p);
}

} // namespace convsight::nn
