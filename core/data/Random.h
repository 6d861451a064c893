// The data layer's random numbers: every stream (an epoch's order, one example's augmentation, one
// synthetic shape) is a std::mt19937_64 seeded from a mix of (seed, epoch, index), so any example
// can be drawn again on its own, from any thread, in any order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>

namespace convsight::data {

// splitmix64's finaliser over a combined value: nearby inputs (index 7 and 8) give unrelated seeds.
inline std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b) {
    std::uint64_t z = a + 0x9E3779B97F4A7C15ull * (b + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Uniform in [0, n). Written out rather than std::uniform_int_distribution, whose results differ
// between standard libraries: a seed must give the same data everywhere. (The modulo bias is below
// 2^-40 for the sizes here.)
inline std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n) {
    return rng() % n;
}

// Uniform in [low, high), from the top 24 bits (a float's mantissa).
inline float uniform_float(std::mt19937_64& rng, float low, float high) {
    return low + (high - low) * static_cast<float>(rng() >> 40) * (1.0f / 16777216.0f);
}

// In place, a permutation drawn from `rng` (Fisher–Yates).
template <typename T>
void shuffle_with(std::mt19937_64& rng, T& values) {
    for (std::size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[uniform_below(rng, i)]);
}

} // namespace convsight::data
