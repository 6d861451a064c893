// Dropout on ops::dropout_forward/backward, with one derived seed per training forward.
#include "nn/Dropout.h"

#include "compute/ops.h"
#include "io/Json.h"

#include <cstdio>
#include <stdexcept>

namespace convsight::nn {

Dropout::Dropout(float p, std::uint64_t seed)
    : p_(p)
    , seed_(seed) {
    if (!(p >= 0.0f && p < 1.0f))
        throw std::invalid_argument("Dropout: the drop probability must be in [0, 1), not " +
                                    std::to_string(p));
}

void Dropout::set_seed(std::uint64_t seed, std::uint64_t forward_count) {
    seed_ = seed;
    forward_count_ = forward_count;
}

std::uint64_t Dropout::mask_seed(std::uint64_t layer_seed, std::uint64_t k) {
    // SplitMix64's finaliser over (seed, k): masks of consecutive forwards are unrelated streams
    // (a plain seed + k would only shift one stream by one element).
    std::uint64_t z = layer_seed + (k + 1) * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::string Dropout::description() const {
    char text[48];
    std::snprintf(text, sizeof text, "Dropout p=%g", static_cast<double>(p_));
    return text;
}

nlohmann::json Dropout::config() const {
    return {{"type", "dropout"}, {"p", json_number(p_)}};
}

nlohmann::json Dropout::extra_state() const {
    return {{"seed", seed_}, {"forward_count", forward_count_}};
}

void Dropout::set_extra_state(const nlohmann::json& state) {
    const auto counter = [&](const char* key) {
        const bool whole =
            state.is_object() && state.contains(key) &&
            (state[key].is_number_unsigned() ||
             (state[key].is_number_integer() && state[key].get<std::int64_t>() >= 0));
        if (!whole)
            reject(std::string("its saved state needs a whole number \"") + key + "\", got " +
                   io::json_excerpt(state));
        return state[key].get<std::uint64_t>();
    };
    set_seed(counter("seed"), counter("forward_count"));
}

Shape Dropout::output_shape(const Shape& input) const {
    if (input.empty())
        reject("the input has no dimensions");
    return input;
}

Tensor Dropout::forward(const Tensor& x, bool training) {
    forward_done_ = true;
    if (!training || p_ == 0.0f) {
        mask_ = {};
        return x;
    }
    return compute::ops::dropout_forward(x, p_, mask_seed(seed_, forward_count_++), mask_);
}

Tensor Dropout::backward(const Tensor& dy) {
    require_forward_done(forward_done_);
    if (!input_gradient_needed())
        return {};
    return mask_.defined() ? compute::ops::dropout_backward(dy, mask_) : dy;
}

void Dropout::initialize(std::mt19937_64& rng, WeightInit /*init*/) {
    set_seed(rng());
}

void Dropout::forget_forward() {
    mask_ = {};
    forward_done_ = false;
}

} // namespace convsight::nn
