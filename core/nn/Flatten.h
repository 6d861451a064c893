// Flatten: (N, C, H, W) -> (N, C·H·W), the bridge from feature maps to dense layers. Shares the
// input's storage; no parameters.
#pragma once

#include "nn/Layer.h"

namespace convsight::nn {

class Flatten final : public Layer {
public:
    Flatten() = default;

    std::string kind() const override { return "Flatten"; }
    std::string description() const override { return "Flatten"; }
    std::string name_prefix() const override { return "flatten"; }
    nlohmann::json config() const override { return {{"type", "flatten"}}; }
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;

private:
    void forget_forward() override { input_shape_.clear(); }

    Shape input_shape_; // of the last forward
};

} // namespace convsight::nn
