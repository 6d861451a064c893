// Pad2d on ops::pad2d_forward/backward, with the shape checks in words.
#include "nn/Pad2d.h"

#include <cstdio>
#include <stdexcept>

namespace convsight::nn {

const char* pad_mode_name(compute::PadMode mode) {
    switch (mode) {
    case compute::PadMode::Constant:
        return "constant";
    case compute::PadMode::Reflect:
        return "reflect";
    case compute::PadMode::Edge:
        return "edge";
    }
    return "";
}

std::optional<compute::PadMode> pad_mode_from_name(std::string_view name) {
    for (const compute::PadMode mode :
         {compute::PadMode::Constant, compute::PadMode::Reflect, compute::PadMode::Edge})
        if (name == pad_mode_name(mode))
            return mode;
    return std::nullopt;
}

Pad2d::Pad2d(const compute::ops::PadParams& params)
    : params_(params) {
    if (params.top < 0 || params.bottom < 0 || params.left < 0 || params.right < 0)
        throw std::invalid_argument("Pad2d: padding cannot be negative");
    if (!pad_mode_from_name(pad_mode_name(params.mode)))
        throw std::invalid_argument("Pad2d: unknown padding mode");
}

std::string Pad2d::description() const {
    const compute::ops::PadParams& p = params_;
    std::string text = "Pad ";
    if (p.top == p.bottom && p.top == p.left && p.top == p.right)
        text += std::to_string(p.top);
    else
        text += std::to_string(p.top) + "/" + std::to_string(p.bottom) + "/" +
                std::to_string(p.left) + "/" + std::to_string(p.right);
    text += std::string(", ") + pad_mode_name(p.mode);
    if (p.mode == compute::PadMode::Constant) {
        char value[32];
        std::snprintf(value, sizeof value, " %g", static_cast<double>(p.value));
        text += value;
    }
    return text;
}

nlohmann::json Pad2d::config() const {
    const compute::ops::PadParams& p = params_;
    nlohmann::json config = {{"type", "pad"}};
    if (p.top == p.bottom && p.top == p.left && p.top == p.right)
        config["padding"] = p.top;
    else
        config["padding"] = nlohmann::json::array({p.top, p.bottom, p.left, p.right});
    if (p.mode != compute::PadMode::Constant)
        config["mode"] = pad_mode_name(p.mode);
    if (p.value != 0.0f)
        config["value"] = json_number(p.value);
    return config;
}

Shape Pad2d::output_shape(const Shape& input) const {
    if (input.size() != 4)
        reject("expects images (N, C, H, W), got " + shape_string(input) +
               (input.size() == 2 ? ": it cannot follow a Flatten or a Dense layer" : ""));
    try {
        const compute::PadDims d = compute::ops::pad2d_dims(input, params_);
        return {d.N, d.C, d.OH, d.OW};
    } catch (const std::invalid_argument& e) {
        // "pad2d: reflect padding of 3 ..." in the layer's words.
        const std::string what = e.what();
        const std::string::size_type colon = what.find(": ");
        reject(colon == std::string::npos ? what : what.substr(colon + 2));
    }
}

Tensor Pad2d::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    forward_done_ = true;
    return compute::ops::pad2d_forward(x, params_);
}

Tensor Pad2d::backward(const Tensor& dy) {
    require_forward_done(forward_done_);
    if (!input_gradient_needed())
        return {};
    return compute::ops::pad2d_backward(dy, params_);
}

} // namespace convsight::nn
