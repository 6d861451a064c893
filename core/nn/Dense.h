// Dense (fully connected): y (N, OUT) = x (N, IN) · W (OUT, IN)ᵀ + b (OUT).
#pragma once

#include "nn/Layer.h"

namespace convsight::nn {

class Dense final : public Layer {
public:
    // Throws std::invalid_argument for sizes below 1.
    Dense(int in_features, int out_features, bool bias = true);

    int in_features() const { return in_features_; }
    int out_features() const { return out_features_; }
    Parameter& weight() { return weight_; } // (OUT, IN)
    Parameter* bias() { return bias_; }     // (OUT), or nullptr without bias

    std::string kind() const override { return "Dense"; }
    std::string description() const override;
    std::string name_prefix() const override { return "dense"; }
    nlohmann::json config() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;
    std::int64_t flops(const Shape& input) const override;
    void initialize(std::mt19937_64& rng, WeightInit init) override;

private:
    void forget_forward() override { input_ = {}; }

    int in_features_;
    int out_features_;
    Parameter& weight_;
    Parameter* bias_{};
    Tensor input_; // (N, IN) of the last forward
};

} // namespace convsight::nn
