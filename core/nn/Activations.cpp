// The activation layers, on ops::activation_forward/backward.
#include "nn/Activations.h"

#include "compute/ops.h"

#include <cstdio>

namespace convsight::nn {

std::string ActivationLayer::kind() const {
    switch (function_) {
    case compute::Activation::ReLU:
        return "ReLU";
    case compute::Activation::LeakyReLU:
        return "LeakyReLU";
    case compute::Activation::Sigmoid:
        return "Sigmoid";
    case compute::Activation::Tanh:
        return "Tanh";
    }
    return "Activation";
}

std::string ActivationLayer::description() const {
    if (function_ != compute::Activation::LeakyReLU)
        return kind();
    char alpha[32];
    std::snprintf(alpha, sizeof alpha, "%g", static_cast<double>(alpha_));
    return kind() + " α=" + alpha;
}

std::string ActivationLayer::name_prefix() const {
    switch (function_) {
    case compute::Activation::ReLU:
        return "relu";
    case compute::Activation::LeakyReLU:
        return "leakyrelu";
    case compute::Activation::Sigmoid:
        return "sigmoid";
    case compute::Activation::Tanh:
        return "tanh";
    }
    return "activation";
}

// The model file's "type": the name prefix, but leaky_relu (with its α) as the files spell it.
nlohmann::json ActivationLayer::config() const {
    if (function_ == compute::Activation::LeakyReLU)
        return {{"type", "leaky_relu"}, {"alpha", json_number(alpha_)}};
    return {{"type", name_prefix()}};
}

bool ActivationLayer::is_rectifier() const {
    return function_ == compute::Activation::ReLU || function_ == compute::Activation::LeakyReLU;
}

Shape ActivationLayer::output_shape(const Shape& input) const {
    if (input.empty())
        reject("the input has no dimensions");
    return input;
}

Tensor ActivationLayer::forward(const Tensor& x, bool /*training*/) {
    input_ = x;
    output_ = compute::ops::activation_forward(function_, x, alpha_);
    return output_;
}

Tensor ActivationLayer::backward(const Tensor& dy) {
    require_forward_done(input_.defined());
    if (!input_gradient_needed())
        return {};
    return compute::ops::activation_backward(function_, dy, input_, output_, alpha_);
}

} // namespace convsight::nn
