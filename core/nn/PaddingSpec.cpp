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
    p.inputHeight = input_height;
    p.inputWidth = input_width;
    p.kernelHeight = window.height;
    p.kernelWidth = window.width;
    p.strideY = window.stride_y;
    p.strideX = window.stride_x;
    p.dilationY = window.dilation_y;
    p.dilationX = window.dilation_x;
    p.mode = padding.mode;
    p.explicitPadding = padding.sides;
    return conv::ConvGeometry(p);
}

} // namespace convsight::nn
