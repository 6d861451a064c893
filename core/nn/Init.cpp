// He and Glorot initialisation from a std::mt19937_64, with the uniform and normal draws written
// out (std::normal_distribution differs between standard libraries).
#include "nn/Init.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace convsight::nn {
namespace {

// Uniform in (0, 1): 53 random bits, never exactly 0 (the Box–Muller log needs that).
double uniform_open01(std::mt19937_64& rng) {
    return (static_cast<double>(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

// Standard normal by Box–Muller, one value per two uniforms.
double standard_normal(std::mt19937_64& rng) {
    const double u1 = uniform_open01(rng);
    const double u2 = uniform_open01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace

std::string to_string(WeightInit init) {
    switch (init) {
    case WeightInit::HeNormal:
        return "He normal";
    case WeightInit::HeUniform:
        return "He uniform";
    case WeightInit::GlorotUniform:
        return "Glorot uniform";
    case WeightInit::GlorotNormal:
        return "Glorot normal";
    }
    return "unknown";
}

std::vector<float> initial_weights(WeightInit init, std::int64_t count, std::int64_t fan_in,
                                   std::int64_t fan_out, std::mt19937_64& rng) {
    if (count < 0)
        throw std::invalid_argument("initial_weights: the weight count cannot be negative");
    std::vector<float> values(static_cast<std::size_t>(count));
    fill_initial_weights(values, init, fan_in, fan_out, rng);
    return values;
}

void fill_initial_weights(compute::Tensor& weights, WeightInit init, std::int64_t fan_in,
                          std::int64_t fan_out, std::mt19937_64& rng) {
    if (weights.device().is_cpu()) {
        fill_initial_weights(
            std::span<float>(weights.data(), static_cast<std::size_t>(weights.numel())), init,
            fan_in, fan_out, rng);
        return;
    }
    const std::vector<float> values = initial_weights(init, weights.numel(), fan_in, fan_out, rng);
    weights.copy_from(compute::Tensor::from(weights.shape(), values));
}

void fill_initial_weights(std::span<float> values, WeightInit init, std::int64_t fan_in,
                          std::int64_t fan_out, std::mt19937_64& rng) {
    if (fan_in < 1 || fan_out < 1)
        throw std::invalid_argument("initial_weights: fan-in and fan-out must be at least 1");
    const double fan_sum = static_cast<double>(fan_in + fan_out);
    const bool normal = init == WeightInit::HeNormal || init == WeightInit::GlorotNormal;
    double scale = 0.0; // the standard deviation, or the bound of the uniform range
    switch (init) {
    case WeightInit::HeNormal:
        scale = std::sqrt(2.0 / static_cast<double>(fan_in));
        break;
    case WeightInit::HeUniform:
        scale = std::sqrt(6.0 / static_cast<double>(fan_in));
        break;
    case WeightInit::GlorotUniform:
        scale = std::sqrt(6.0 / fan_sum);
        break;
    case WeightInit::GlorotNormal:
        scale = std::sqrt(2.0 / fan_sum);
        break;
    }
    for (float& value : values) {
        const double draw =
            normal ? standard_normal(rng) : 2.0 * uniform_open01(rng) - 1.0; // U(−1, 1)
        value = static_cast<float>(scale * draw);
    }
}

} // namespace convsight::nn
