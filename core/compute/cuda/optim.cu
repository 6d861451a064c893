// Optimizer steps over a parameter tensor, in place: SGD with momentum and Adam, one thread per
// parameter, with shared/math.h's update formulas (the CPU backend uses the same ones).
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/shared/math.h"

#include <cmath>

namespace convsight::compute::cuda {
namespace {

// param, velocity (n) updated from grad (n)
__global__ void sgd_update_kernel(float* param, const float* grad, float* velocity, std::size_t n,
                                  SgdParams p) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        math::sgd_update(param[i], grad[i], velocity[i], p);
}

// param, m, v (n) updated from grad (n); bias1, bias2 = 1 − β1^t, 1 − β2^t
__global__ void adam_update_kernel(float* param, const float* grad, float* m, float* v,
                                   std::size_t n, AdamParams p, float bias1, float bias2) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        math::adam_update(param[i], grad[i], m[i], v[i], p, bias1, bias2);
}

} // namespace

void sgd_step(float* param, const float* grad, float* velocity, std::size_t n, const SgdParams& p) {
    const OpScope op("sgd_step");
    if (n == 0)
        return;
    sgd_update_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(param, grad, velocity, n, p);
    CS_CUDA_CHECK_LAUNCH(op.name(), sgd_update_kernel);
}

void adam_step(float* param, const float* grad, float* m, float* v, std::size_t n,
               const AdamParams& p, int t) {
    const OpScope op("adam_step");
    if (n == 0)
        return;
    // The bias corrections are the same for every parameter: computed once, on the host.
    const float bias1 = static_cast<float>(1.0 - std::pow(static_cast<double>(p.beta1), t));
    const float bias2 = static_cast<float>(1.0 - std::pow(static_cast<double>(p.beta2), t));
    adam_update_kernel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(param, grad, m, v, n, p,
                                                                      bias1, bias2);
    CS_CUDA_CHECK_LAUNCH(op.name(), adam_update_kernel);
}

} // namespace convsight::compute::cuda
