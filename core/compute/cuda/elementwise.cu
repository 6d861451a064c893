// Element-wise ops: activations and inverted dropout, forward and backward. The per-element
// formulas are shared/math.h's, so the CPU and the GPU compute the same thing.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/shared/math.h"

namespace convsight::compute::cuda {
namespace {

// out (n) = a(inp)
__global__ void activation_forward_kernel(float* out, const float* inp, std::size_t n, Activation a,
                                          float alpha) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        out[i] = math::activation_forward(a, inp[i], alpha);
}

// dinp (n) = a'(inp, out) · dout
__global__ void activation_backward_kernel(float* dinp, const float* dout, const float* inp,
                                           const float* out, std::size_t n, Activation a,
                                           float alpha) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        dinp[i] = math::activation_backward(a, dout[i], inp[i], out[i], alpha);
}

// mask (n) = 0 or 1/(1−p) drawn from (seed, i); out (n) = inp · mask
__global__ void dropout_forward_kernel(float* out, float* mask, const float* inp, std::size_t n,
                                       float p, std::uint64_t seed) {
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const float keep = math::dropout_mask(seed, static_cast<std::uint64_t>(i), p);
        mask[i] = keep;
        out[i] = inp[i] * keep;
    }
}

// dinp (n) = dout · mask
__global__ void dropout_backward_kernel(float* dinp, const float* dout, const float* mask,
                                        std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        dinp[i] = dout[i] * mask[i];
}

} // namespace

void activation_forward(float* out, const float* inp, std::size_t n, Activation a, float alpha) {
    const OpScope op("activation_forward");
    if (n == 0)
        return;
    activation_forward_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, inp, n, a, alpha);
    CS_CUDA_CHECK_LAUNCH(op.name(), activation_forward_kernel);
}

// ReLU and LeakyReLU read inp, Sigmoid and Tanh read out; both are always passed.
void activation_backward(float* dinp, const float* dout, const float* inp, const float* out,
                         std::size_t n, Activation a, float alpha) {
    const OpScope op("activation_backward");
    if (n == 0 || !dinp)
        return;
    activation_backward_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dinp, dout, inp, out,
                                                                              n, a, alpha);
    CS_CUDA_CHECK_LAUNCH(op.name(), activation_backward_kernel);
}

void dropout_forward(float* out, float* mask, const float* inp, std::size_t n, float p,
                     std::uint64_t seed) {
    const OpScope op("dropout_forward");
    if (n == 0)
        return;
    dropout_forward_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, mask, inp, n, p,
                                                                          seed);
    CS_CUDA_CHECK_LAUNCH(op.name(), dropout_forward_kernel);
}

void dropout_backward(float* dinp, const float* dout, const float* mask, std::size_t n) {
    const OpScope op("dropout_backward");
    if (n == 0 || !dinp)
        return;
    dropout_backward_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dinp, dout, mask, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), dropout_backward_kernel);
}

} // namespace convsight::compute::cuda
