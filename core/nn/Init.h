// Seeded weight initialisation: He (Kaiming) for layers followed by a ReLU, Glorot (Xavier) for
// the others. Values are drawn on the host from std::mt19937_64, so a seed gives the same network
// on every device and with every standard library (the distributions are written out here).
#pragma once

#include "compute/Tensor.h"

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace convsight::nn {

enum class WeightInit {
    HeNormal,      // N(0, 2/fan_in): keeps the variance through ReLUs (He et al. 2015)
    HeUniform,     // U(−√(6/fan_in), +√(6/fan_in))
    GlorotUniform, // U(−√(6/(fan_in+fan_out)), +...) (Glorot & Bengio 2010)
    GlorotNormal,  // N(0, 2/(fan_in+fan_out))
};

std::string to_string(WeightInit init);

// `count` weights for a layer with the given fan-in and fan-out (for a convolution:
// fan_in = C·KH·KW, fan_out = OC·KH·KW).
std::vector<float> initial_weights(WeightInit init, std::int64_t count, std::int64_t fan_in,
                                   std::int64_t fan_out, std::mt19937_64& rng);
// The same draws written into `values`.
void fill_initial_weights(std::span<float> values, WeightInit init, std::int64_t fan_in,
                          std::int64_t fan_out, std::mt19937_64& rng);
// The same draws written into `weights` (any device): in place on the CPU, so a large layer
// (VGG-16's FC-6 holds 411 MB) needs no second copy while it is initialised.
void fill_initial_weights(compute::Tensor& weights, WeightInit init, std::int64_t fan_in,
                          std::int64_t fan_out, std::mt19937_64& rng);

} // namespace convsight::nn
