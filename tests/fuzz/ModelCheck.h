// Runs a network a reader built on one example of zeros, when it is small enough to do so quickly,
// and checks the output has the shape the network reports: a reader must not accept a network
// its own layers cannot run.
#pragma once

#include "compute/Tensor.h"
#include "nn/Sequential.h"

#include <stdexcept>

namespace convsight::fuzz {

inline void run_if_small(nn::Sequential& model) {
    const nn::Shape& input = model.input_shape();
    if (input.empty() || model.parameter_count() > 1'000'000 || model.flops() > 20'000'000 ||
        compute::shape_numel(input) > 1'000'000)
        return;
    nn::Shape batch{1};
    batch.insert(batch.end(), input.begin(), input.end());
    const compute::Tensor output = model.infer(compute::Tensor::zeros(batch));
    nn::Shape expected{1};
    const nn::Shape example = model.output_shape();
    expected.insert(expected.end(), example.begin(), example.end());
    if (output.shape() != expected)
        throw std::logic_error("the network's output has another shape than it reports");
}

} // namespace convsight::fuzz
