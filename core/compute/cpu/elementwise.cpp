// Element-wise ops on the CPU: activations, dropout, optimizer steps, argmax. The formulas are
// shared/math.h's, the same ones the CUDA kernels use.
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <algorithm>
#include <cmath>
#include <omp.h>
#include <type_traits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace convsight::compute::cpu {
namespace {

// Below this many values a parallel region costs more than it saves.
constexpr std::size_t kParallelThreshold = 1 << 15;

// Runs body(begin, end) on one contiguous chunk of [0, n) per OpenMP thread. Each chunk is a
// plain loop over __restrict pointers, which the compiler turns into full-width vector code
// (an `omp simd` loop over captured pointers compiled to gathers instead).
template <class Body>
void parallel_chunks(std::size_t n, Body&& body) {
    if (n <= kParallelThreshold) {
        body(std::size_t{0}, n);
        return;
    }
#pragma omp parallel
    {
        const auto threads = static_cast<std::size_t>(omp_get_num_threads());
        const auto thread = static_cast<std::size_t>(omp_get_thread_num());
        const std::size_t chunk = (n + threads - 1) / threads;
        const std::size_t begin = std::min(n, thread * chunk);
        body(begin, std::min(n, begin + chunk));
    }
}

// x[i] = √x[i], correctly rounded like sqrtf, 8 or 4 at a time (the compiler does not vectorise
// sqrtf itself: it may set errno). Not AVX-512: GCC 12 warns about its masked intrinsics'
// unset lanes, and 8 lanes keep up with the memory here.
void square_roots(float* x, std::size_t count) {
    std::size_t i = 0;
#if defined(__AVX__)
    for (; i + 8 <= count; i += 8)
        _mm256_storeu_ps(x + i, _mm256_sqrt_ps(_mm256_loadu_ps(x + i)));
#elif defined(__SSE2__)
    for (; i + 4 <= count; i += 4)
        _mm_storeu_ps(x + i, _mm_sqrt_ps(_mm_loadu_ps(x + i)));
#endif
    for (; i < count; ++i)
        x[i] = std::sqrt(x[i]);
}

// The switch on the activation sits outside the loop, so each loop is specialised.
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

} // namespace

void activation_forward(float* out, const float* inp, std::size_t n, Activation a, float alpha) {
    for_each_activation(a, [=](auto kind) {
        parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
            float* __restrict o = out;
            const float* __restrict x = inp;
            for (std::size_t i = begin; i < end; ++i)
                o[i] = math::activation_forward(kind(), x[i], alpha);
        });
    });
}

void activation_backward(float* dinp, const float* dout, const float* inp, const float* out,
                         std::size_t n, Activation a, float alpha) {
    for_each_activation(a, [=](auto kind) {
        parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
            float* __restrict dx = dinp;
            const float* __restrict dy = dout;
            const float* __restrict x = inp;
            const float* __restrict y = out;
            for (std::size_t i = begin; i < end; ++i)
                dx[i] = math::activation_backward(kind(), dy[i], x[i], y[i], alpha);
        });
    });
}

void dropout_forward(float* out, float* mask, const float* inp, std::size_t n, float p,
                     std::uint64_t seed) {
    parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            mask[i] = math::dropout_mask(seed, i, p);
            out[i] = inp[i] * mask[i];
        }
    });
}

void dropout_backward(float* dinp, const float* dout, const float* mask, std::size_t n) {
    parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
        float* __restrict dx = dinp;
        const float* __restrict dy = dout;
        const float* __restrict m = mask;
        for (std::size_t i = begin; i < end; ++i)
            dx[i] = dy[i] * m[i];
    });
}

void sgd_step(float* param, const float* grad, float* velocity, std::size_t n, const SgdParams& p) {
    parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
        float* __restrict w = param;
        const float* __restrict g = grad;
        float* __restrict v = velocity;
        for (std::size_t i = begin; i < end; ++i)
            math::sgd_update(w[i], g[i], v[i], p);
    });
}

void adam_step(float* param, const float* grad, float* m, float* v, std::size_t n,
               const AdamParams& p, int t) {
    // The bias corrections 1 − β^t in double, as the reference and the CUDA backend compute them.
    const float bias1 = float(1.0 - std::pow(double(p.beta1), t));
    const float bias2 = float(1.0 - std::pow(double(p.beta2), t));
    // math::adam_update's formula, in the same order of operations, split at the square root:
    // sqrtf's errno keeps the compiler from vectorising a loop that calls it, so the square roots
    // of a block are taken apart (square_roots), the rest in plain loops the compiler
    // vectorises. One pass over each parameter, a block at a time in L1.
    parallel_chunks(n, [=](std::size_t begin, std::size_t end) {
        constexpr std::size_t kBlock = 256;
        alignas(64) float m_hat[kBlock];
        alignas(64) float root[kBlock];
        const float beta1 = p.beta1, beta2 = p.beta2, lr = p.lr, eps = p.eps;
        const float decay = p.weight_decay;
        for (std::size_t first = begin; first < end; first += kBlock) {
            const std::size_t count = std::min(kBlock, end - first);
            float* __restrict w = param + first;
            const float* __restrict g = grad + first;
            float* __restrict m1 = m + first;
            float* __restrict m2 = v + first;
            float* __restrict mh = m_hat;
            float* __restrict vh = root;
            for (std::size_t i = 0; i < count; ++i) {
                const float gi = g[i] + decay * w[i];
                m1[i] = beta1 * m1[i] + (1.0f - beta1) * gi;
                m2[i] = beta2 * m2[i] + (1.0f - beta2) * gi * gi;
                mh[i] = m1[i] / bias1;
                vh[i] = m2[i] / bias2;
            }
            square_roots(vh, count);
            for (std::size_t i = 0; i < count; ++i)
                w[i] -= lr * mh[i] / (vh[i] + eps);
        }
    });
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
