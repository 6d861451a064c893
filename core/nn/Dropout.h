// Dropout: in training, zeroes each value with probability p and scales the rest by 1/(1−p)
// (inverted dropout); the identity in eval. Each training forward draws a new mask from a seed
// derived from the layer's seed and a forward counter, so a run is reproducible on any device.
#pragma once

#include "nn/Layer.h"

#include <cstdint>

namespace convsight::nn {

class Dropout final : public Layer {
public:
    // Throws std::invalid_argument unless 0 <= p < 1.
    explicit Dropout(float p, std::uint64_t seed = 0);

    float p() const { return p_; }
    std::uint64_t seed() const { return seed_; }
    // Restarts the mask sequence: the next training forward draws the same mask as the first
    // (or, with forward_count k, the mask the (k+1)-th forward after set_seed(seed) drew).
    void set_seed(std::uint64_t seed, std::uint64_t forward_count = 0);
    // Training forwards since the seed was set.
    std::uint64_t forward_count() const { return forward_count_; }
    // The seed of the mask the k-th training forward (from 0) draws.
    static std::uint64_t mask_seed(std::uint64_t layer_seed, std::uint64_t k);

    std::string kind() const override { return "Dropout"; }
    std::string description() const override;
    std::string name_prefix() const override { return "dropout"; }
    nlohmann::json config() const override;
    // {"seed": ..., "forward_count": ...}: where the mask sequence stands.
    nlohmann::json extra_state() const override;
    void set_extra_state(const nlohmann::json& state) override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;
    // Draws the layer's seed from rng, so a model's seed fixes its dropout masks too.
    void initialize(std::mt19937_64& rng, WeightInit init) override;

private:
    void forget_forward() override;

    float p_;
    std::uint64_t seed_;
    std::uint64_t forward_count_{0};
    Tensor mask_; // 0 or 1/(1−p) per value of the last training forward; undefined after eval
    bool forward_done_{false};
};

} // namespace convsight::nn
