// The first convolution of a model, for the Train workspace: its filters as a tensor, hand-made
// kernels (identity, blur, Sobel...) as its starting weights, and how far each filter has drifted
// from where it started.
#pragma once

#include "compute/Tensor.h"
#include "conv/ConvTrace.h"
#include "nn/Conv2d.h"
#include "nn/Sequential.h"

#include <vector>

namespace convsight::nn {

// The first Conv2d of a model (nullptr when it has none).
Conv2d* first_conv(Sequential& model);
const Conv2d* first_conv(const Sequential& model);

// Its weights as a CPU tensor (K, C, F, F) (copied from any device). Throws
// std::invalid_argument when the model has no conv layer.
compute::Tensor first_conv_weights(const Sequential& model);

// Sets filter k of the first conv to kernels[k] (row-major rows, each given kernel resized to the
// layer's size by centring: its centre element lands on the layer's centre, so a 3×3 in a 5×5 is
// padded with zeros and a 5×5 in a 3×3 is cropped around the centre), the same kernel in every
// input channel divided by C (so a blur still averages); filters beyond kernels.size() keep their
// weights; the bias of a set filter becomes 0. Throws std::invalid_argument, and changes nothing,
// when the model has no conv layer, there are more kernels than filters, or a kernel is empty,
// ragged or holds a value that is not finite.
void set_first_conv_kernels(Sequential& model, const std::vector<conv::Matrix>& kernels);

// How far each filter moved from `initial` (K, C, F, F): ‖w − w₀‖ / ‖w₀‖ per filter (‖w‖ when w₀
// is zero), Euclidean norms over the filter's C·F·F weights. Tensors on any device; throws
// std::invalid_argument when either is undefined or their shapes differ.
std::vector<double> filter_drift(const compute::Tensor& initial, const compute::Tensor& current);

} // namespace convsight::nn
