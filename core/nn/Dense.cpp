// Dense: the feature-count check in words, then ops::dense_forward/backward.
#include "nn/Dense.h"

#include "compute/ops.h"

#include <stdexcept>

namespace convsight::nn {
namespace {

int checked_features(int features) {
    if (features < 1)
        throw std::invalid_argument("Dense: the numbers of input and output features must be at "
                                    "least 1, not " +
                                    std::to_string(features));
    return features;
}

} // namespace

Dense::Dense(int in_features, int out_features, bool bias)
    : in_features_(checked_features(in_features))
    , out_features_(checked_features(out_features))
    , weight_(add_parameter("weight", Tensor::zeros({out_features, in_features}))) {
    if (bias)
        bias_ = &add_parameter("bias", Tensor::zeros({out_features}));
}

nlohmann::json Dense::config() const {
    nlohmann::json config = {{"type", "dense"}, {"units", out_features_}};
    if (!bias_)
        config["bias"] = false;
    return config;
}

std::string Dense::description() const {
    return "Dense " + std::to_string(in_features_) + " → " + std::to_string(out_features_) +
           (bias_ ? "" : ", no bias");
}

Shape Dense::output_shape(const Shape& input) const {
    if (input.size() != 2)
        reject("expects an (N, features) input, got " + shape_string(input) +
               (input.size() > 2 ? ": put a Flatten before it" : ""));
    if (input[1] != in_features_)
        reject("input has " + std::to_string(input[1]) + " features, expected " +
               std::to_string(in_features_));
    return {input[0], out_features_};
}

Tensor Dense::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    input_ = x;
    return compute::ops::dense_forward(x, weight_.value, bias_ ? bias_->value : Tensor{});
}

Tensor Dense::backward(const Tensor& dy) {
    require_forward_done(input_.defined());
    compute::ops::DenseGrads g = compute::ops::dense_backward(
        dy, input_, weight_.value, bias_ != nullptr, input_gradient_needed());
    weight_.grad = std::move(g.dw);
    if (bias_)
        bias_->grad = std::move(g.db);
    return g.dx;
}

std::int64_t Dense::flops(const Shape& input) const {
    const Shape out = output_shape(input);
    return 2 * out[0] * std::int64_t{in_features_} * out_features_;
}

void Dense::initialize(std::mt19937_64& rng, WeightInit init) {
    fill_initial_weights(weight_.value, init, in_features_, out_features_, rng);
    if (bias_)
        bias_->value.fill(0.0f);
}

} // namespace convsight::nn
