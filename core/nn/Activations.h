// Element-wise activation layers: ReLU, LeakyReLU, Sigmoid, Tanh. Any input shape; the output
// has the same shape. No parameters.
#pragma once

#include "compute/shared/dims.h"
#include "nn/Layer.h"

namespace convsight::nn {

class ActivationLayer : public Layer {
public:
    compute::Activation function() const { return function_; }
    float alpha() const { return alpha_; }

    std::string kind() const override;
    std::string description() const override;
    std::string name_prefix() const override;
    nlohmann::json config() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;
    bool is_rectifier() const override;

protected:
    explicit ActivationLayer(compute::Activation function, float alpha = 0.0f)
        : function_(function)
        , alpha_(alpha) {}

private:
    void forget_forward() override { input_ = output_ = {}; }

    compute::Activation function_;
    float alpha_;           // LeakyReLU's slope below zero
    Tensor input_, output_; // of the last forward (sigmoid and tanh differentiate from the output)
};

// max(x, 0)
class ReLU final : public ActivationLayer {
public:
    ReLU()
        : ActivationLayer(compute::Activation::ReLU) {}
};

// x for x > 0, alpha·x below
class LeakyReLU final : public ActivationLayer {
public:
    explicit LeakyReLU(float alpha = 0.01f)
        : ActivationLayer(compute::Activation::LeakyReLU, alpha) {}
};

// 1 / (1 + e^−x)
class Sigmoid final : public ActivationLayer {
public:
    Sigmoid()
        : ActivationLayer(compute::Activation::Sigmoid) {}
};

// tanh(x)
class Tanh final : public ActivationLayer {
public:
    Tanh()
        : ActivationLayer(compute::Activation::Tanh) {}
};

} // namespace convsight::nn
