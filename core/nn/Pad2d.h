// Pad2d: adds pixels around each feature map of an (N, C, H, W) input, per side: a constant
// value, the image mirrored (reflect, as numpy and ONNX: the edge pixel not repeated) or its
// edge repeated. No parameters; ONNX's Pad and a way to pad before a VALID convolution.
#pragma once

#include "compute/ops.h"
#include "nn/Layer.h"

#include <optional>
#include <string_view>

namespace convsight::nn {

// "constant", "reflect", "edge": as architecture files (and ONNX) spell the modes.
const char* pad_mode_name(compute::PadMode mode);
std::optional<compute::PadMode> pad_mode_from_name(std::string_view name);

class Pad2d final : public Layer {
public:
    // Throws std::invalid_argument for a negative pad.
    explicit Pad2d(const compute::ops::PadParams& params);

    const compute::ops::PadParams& params() const { return params_; }

    std::string kind() const override { return "Pad2d"; }
    // "Pad 1, reflect", "Pad 0/1/2/0, constant 0.5" (top/bottom/left/right).
    std::string description() const override;
    std::string name_prefix() const override { return "pad"; }
    // {"type": "pad", "padding": 1 or [top, bottom, left, right], "mode": ..., "value": ...};
    // mode only when not constant, value only when not 0.
    nlohmann::json config() const override;
    // (N, C, H + top + bottom, W + left + right); refuses a reflected pad as large as the side.
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;

private:
    void forget_forward() override { forward_done_ = false; }

    compute::ops::PadParams params_;
    bool forward_done_{false};
};

} // namespace convsight::nn
