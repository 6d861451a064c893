// BatchNorm: per-channel normalisation of (N, C) or (N, C, H, W) inputs, y = γ·x̂ + β. Training
// uses the batch's statistics and updates the running ones; eval uses the running ones.
#pragma once

#include "compute/ops.h"
#include "nn/Layer.h"

namespace convsight::nn {

class BatchNorm final : public Layer {
public:
    // momentum: how far each training batch moves the running statistics (PyTorch's convention).
    explicit BatchNorm(int channels, float momentum = kDefaultMomentum, float eps = kDefaultEps);
    static constexpr float kDefaultMomentum = 0.1f;
    static constexpr float kDefaultEps = 1e-5f;

    float momentum() const { return momentum_; }
    float eps() const { return eps_; }

    int channels() const { return channels_; }
    Parameter& gamma() { return gamma_; }                        // (C), starts at 1
    Parameter& beta() { return beta_; }                          // (C), starts at 0
    const Tensor& running_mean() const { return running_mean_; } // (C), starts at 0
    const Tensor& running_var() const { return running_var_; }   // (C), starts at 1

    std::string kind() const override { return "BatchNorm"; }
    std::string description() const override;
    std::string name_prefix() const override { return "batchnorm"; }
    // {"type": "batchnorm"}, with "momentum" and "eps" when they differ from the defaults.
    nlohmann::json config() const override;
    // "running_mean" and "running_var".
    std::vector<std::pair<std::string, Tensor>> buffers() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    // After a training-mode forward: dx, dγ and dβ from the batch statistics. After an
    // evaluation-mode forward: dx alone, through the running statistics (for the explanations).
    Tensor backward(const Tensor& dy) override;
    std::int64_t flops(const Shape& input) const override;
    void initialize(std::mt19937_64& rng, WeightInit init) override;

private:
    compute::ops::BatchNormState state();
    void move_buffers(Device device) override;
    void forget_forward() override;

    int channels_;
    float momentum_;
    float eps_;
    Parameter& gamma_;
    Parameter& beta_;
    Tensor running_mean_, running_var_;
    Tensor input_;                       // of the last forward
    compute::ops::BatchNormSaved saved_; // batch mean and 1/std of the last training forward
    bool last_forward_trained_{false};
};

} // namespace convsight::nn
