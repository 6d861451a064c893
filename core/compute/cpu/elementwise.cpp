// Element-wise ops on the CPU: activations, dropout, optimizer steps, argmax. The formulas are
// shared/math.h's, the same ones the CUDA kernels use.
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <cmath>
#include <type_traits>

namespace convsight::compute::cpu {
namespace {

// Below this many values a parallel region costs more than it saves.
constexpr std::size_t kParallelThreshold = 1 << 15;

} // namespace

// The switch on the activation sits outside the loop, so each loop vectorises.
template <class Body>
void for_each_activation(Activation a, Body&& body) {
    switch (a) {
    case Activation::ReLU:
        return body(std::integral_constant<Activation, Activation::ReLU>{});
    case Activation::LeakyReLU:
        return body(std::integral_constant<Activation, Activation::LeakyReLU>{});
    case Activation::Sigmoid:
        return body(std::integral_constant<Activation, Activation::Sigmoid>{});
    case Activation::Tanh:
        return body(std::integral_constant<Activation, Activation::Tanh>{});
    }
}

void activation_forward(float* out, const float* inp, std::size_t n, Activation a, float alpha) {
    for_each_activation(a, [&](auto kind) {
#pragma omp parallel for simd schedule(static) if (n > kParallelThreshold)
        for (std::size_t i = 0; i < n; ++i)
            out[i] = math::activation_forward(kind(), inp[i], alpha);
    });
}

void activation_backward(float* dinp, const float* dout, const float* inp, const float* out,
                         std::size_t n, Activation a, float alpha) {
    for_each_activation(a, [&](auto kind) {
#pragma omp parallel for simd schedule(static) if (n > kParallelThreshold)
        for (std::size_t i = 0; i < n; ++i)
            dinp[i] = math::activation_backward(kind(), dout[i], inp[i], out[i], alpha);
    });
}

void dropout_forward(float* out, float* mask, const float* inp, std::size_t n, float p,
                     std::uint64_t seed) {
#pragma omp parallel for schedule(static) if (n > kParallelThreshold)
    for (std::size_t i = 0; i < n; ++i) {
        mask[i] = math::dropout_mask(seed, i, p);
        out[i] = inp[i] * mask[i];
    }
}

void dropout_backward(float* dinp, const float* dout, const float* mask, std::size_t n) {
#pragma omp parallel for simd schedule(static) if (n > kParallelThreshold)
    for (std::size_t i = 0; i < n; ++i)
        dinp[i] = dout[i] * mask[i];
}

void sgd_step(float* param, const float* grad, float* velocity, std::size_t n, const SgdParams& p) {
#pragma omp parallel for simd schedule(static) if (n > kParallelThreshold)
    for (std::size_t i = 0; i < n; ++i)
        math::sgd_update(param[i], grad[i], velocity[i], p);
}

void adam_step(float* param, const float* grad, float* m, float* v, std::size_t n,
               const AdamParams& p, int t) {
    // The bias corrections 1 − β^t in double, as the reference and the CUDA backend compute them.
    const float bias1 = float(1.0 - std::pow(double(p.beta1), t));
    const float bias2 = float(1.0 - std::pow(double(p.beta2), t));
#pragma omp parallel for simd schedule(static) if (n > kParallelThreshold)
    for (std::size_t i = 0; i < n; ++i)
        math::adam_update(param[i], grad[i], m[i], v[i], p, bias1, bias2);
}

void argmax_rows(float* out, const float* inp, int N, int K) {
    for (int n = 0; n < N; ++n) {
        const float* row = inp + std::size_t(n) * K;
        int best = 0;
        for (int k = 1; k < K; ++k)
            if (row[k] > row[best])
                best = k;
        out[n] = float(best);
    }
}

} // namespace convsight::compute::cpu
