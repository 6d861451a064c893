// BatchNorm on ops::batchnorm_forward/backward; the running statistics follow the layer's device.
#include "nn/BatchNorm.h"

#include <stdexcept>

namespace convsight::nn {
namespace {

int checked_channels(int channels) {
    if (channels < 1)
        throw std::invalid_argument("BatchNorm: the number of channels must be at least 1, not " +
                                    std::to_string(channels));
    return channels;
}

} // namespace

BatchNorm::BatchNorm(int channels, float momentum, float eps)
    : channels_(checked_channels(channels))
    , momentum_(momentum)
    , eps_(eps)
    , gamma_(add_parameter("gamma", Tensor::full({channels}, 1.0f)))
    , beta_(add_parameter("beta", Tensor::zeros({channels})))
    , running_mean_(Tensor::zeros({channels}))
    , running_var_(Tensor::full({channels}, 1.0f)) {
    if (!(momentum >= 0.0f && momentum <= 1.0f) || !(eps > 0.0f))
        throw std::invalid_argument("BatchNorm: momentum must be in [0, 1] and eps above 0");
}

std::string BatchNorm::description() const {
    return "BatchNorm " + std::to_string(channels_);
}

nlohmann::json BatchNorm::config() const {
    nlohmann::json config = {{"type", "batchnorm"}};
    if (momentum_ != kDefaultMomentum)
        config["momentum"] = json_number(momentum_);
    if (eps_ != kDefaultEps)
        config["eps"] = json_number(eps_);
    return config;
}

std::vector<std::pair<std::string, Tensor>> BatchNorm::buffers() const {
    return {{"running_mean", running_mean_}, {"running_var", running_var_}};
}

Shape BatchNorm::output_shape(const Shape& input) const {
    if (input.size() != 2 && input.size() != 4)
        reject("expects an (N, C) or (N, C, H, W) input, got " + shape_string(input));
    if (input[1] != channels_)
        reject("input has " + std::to_string(input[1]) + " channels, expected " +
               std::to_string(channels_));
    return input;
}

compute::ops::BatchNormState BatchNorm::state() {
    return {gamma_.value, beta_.value, running_mean_, running_var_, momentum_, eps_};
}

Tensor BatchNorm::forward(const Tensor& x, bool training) {
    output_shape(x.shape());
    compute::ops::BatchNormState s = state(); // handles: the running statistics update in place
    input_ = x;
    last_forward_trained_ = training;
    return compute::ops::batchnorm_forward(x, s, training, training ? &saved_ : nullptr);
}

Tensor BatchNorm::backward(const Tensor& dy) {
    require_forward_done(input_.defined());
    if (!last_forward_trained_) {
        // Evaluation mode is a fixed scale per channel, x·γ/√(var + ε) + shift, so its input
        // gradient is dy·γ/√(var + ε): the same forward on dy with no mean and no shift. Only the
        // explanations come back through an evaluation forward; γ and β keep their gradients.
        if (!input_gradient_needed())
            return {};
        const Tensor zeros = Tensor::zeros({channels_}, device());
        compute::ops::BatchNormState scale{gamma_.value, zeros,     zeros,
                                           running_var_, momentum_, eps_};
        return compute::ops::batchnorm_forward(dy, scale, false);
    }
    compute::ops::BatchNormGrads g = compute::ops::batchnorm_backward(dy, input_, state(), saved_);
    gamma_.grad = std::move(g.dgamma);
    beta_.grad = std::move(g.dbeta);
    if (!input_gradient_needed())
        return {};
    return g.dx;
}

std::int64_t BatchNorm::flops(const Shape& input) const {
    return 2 * compute::shape_numel(output_shape(input)); // x·scale + shift per value
}

void BatchNorm::initialize(std::mt19937_64& /*rng*/, WeightInit /*init*/) {
    gamma_.value.fill(1.0f);
    beta_.value.fill(0.0f);
    running_mean_.fill(0.0f);
    running_var_.fill(1.0f);
}

void BatchNorm::move_buffers(Device device) {
    running_mean_ = running_mean_.to(device);
    running_var_ = running_var_.to(device);
}

void BatchNorm::forget_forward() {
    input_ = {};
    saved_ = {};
    last_forward_trained_ = false;
}

} // namespace convsight::nn
