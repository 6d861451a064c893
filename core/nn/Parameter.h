// A learned tensor of a layer: its value, the gradient of the loss with respect to it, and the
// optimizer's per-parameter state (SGD's velocity, Adam's moments), all on one device.
#pragma once

#include "compute/Tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::nn {

struct Parameter {
    std::string name;      // "conv1.weight": the layer's name, then the parameter's role
    compute::Tensor value; // e.g. (OC, C, KH, KW) for a convolution's weight
    compute::Tensor grad;  // same shape; written by the layer's backward(), undefined before
    std::vector<compute::Tensor> state; // optimizer slots, same shape; created by the optimizer
    // Left as it is by the optimizers (with its state): its layer is frozen (Layer::set_frozen).
    bool frozen{false};

    std::int64_t numel() const { return value.numel(); }
    // Moves the value, the gradient and the optimizer state to `device`.
    void to(compute::Device device);
};

} // namespace convsight::nn
