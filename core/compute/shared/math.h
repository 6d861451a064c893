// Per-element arithmetic written once and compiled for both the CPU loops and the CUDA kernels:
// activations and their derivatives, optimizer updates, the dropout random stream, filter2d's
// border modes.
#pragma once

#include "compute/shared/dims.h"

#include <cmath>
#include <cstdint>

#if defined(__CUDACC__)
#define CS_HD __host__ __device__ __forceinline__
#else
#define CS_HD inline
#endif

namespace convsight::compute::math {

// The formulas are templates on the value type T: float for the backends, double for the
// reference's float64 gradient checks. Only the first value argument decides T; the others
// convert to it, so float callers passing a double constant still compile.
namespace detail {
template <class T>
struct Same {
    using type = T;
};
template <class T>
using Same_t = typename Same<T>::type;

CS_HD float exp_of(float x) {
    return expf(x);
}
CS_HD double exp_of(double x) {
    return exp(x);
}
CS_HD float tanh_of(float x) {
    return tanhf(x);
}
CS_HD double tanh_of(double x) {
    return tanh(x);
}
CS_HD float sqrt_of(float x) {
    return sqrtf(x);
}
CS_HD double sqrt_of(double x) {
    return sqrt(x);
}
} // namespace detail

template <class T>
CS_HD T activation_forward(Activation a, T x, detail::Same_t<T> alpha) {
    switch (a) {
    case Activation::ReLU:
        return x > T(0) ? x : T(0);
    case Activation::LeakyReLU:
        return x > T(0) ? x : alpha * x;
    case Activation::Sigmoid:
        return T(1) / (T(1) + detail::exp_of(-x));
    case Activation::Tanh:
        return detail::tanh_of(x);
    }
    return x;
}

// d(activation)/dx · dout, from the input x and the output y (whichever the formula needs).
template <class T>
CS_HD T activation_backward(Activation a, T dout, detail::Same_t<T> x, detail::Same_t<T> y,
                            detail::Same_t<T> alpha) {
    switch (a) {
    case Activation::ReLU:
        return x > T(0) ? dout : T(0);
    case Activation::LeakyReLU:
        return x > T(0) ? dout : alpha * dout;
    case Activation::Sigmoid:
        return dout * y * (T(1) - y);
    case Activation::Tanh:
        return dout * (T(1) - y * y);
    }
    return dout;
}

template <class T>
CS_HD void sgd_update(T& param, detail::Same_t<T> grad, T& velocity, const SgdParams& p) {
    const T g = grad + T(p.weight_decay) * param;
    velocity = T(p.momentum) * velocity + g;
    param -= T(p.lr) * (p.momentum != 0.0f ? velocity : g);
}

// bias1, bias2 are Adam's bias corrections 1 − β1^t and 1 − β2^t for the 1-based step t.
template <class T>
CS_HD void adam_update(T& param, detail::Same_t<T> grad, T& m, T& v, const AdamParams& p,
                       detail::Same_t<T> bias1, detail::Same_t<T> bias2) {
    const T g = grad + T(p.weight_decay) * param;
    m = T(p.beta1) * m + (T(1) - T(p.beta1)) * g;
    v = T(p.beta2) * v + (T(1) - T(p.beta2)) * g * g;
    const T m_hat = m / bias1;
    const T v_hat = v / bias2;
    param -= T(p.lr) * m_hat / (detail::sqrt_of(v_hat) + T(p.eps));
}

// A counter-based random stream (SplitMix64): element i of a dropout mask depends only on
// (seed, i), so the CPU and the GPU draw the same mask without sharing state.
CS_HD float uniform01(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + (index + 1) * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return static_cast<float>(z >> 40) * (1.0f / 16777216.0f); // 24 random bits in [0,1)
}

// Inverted dropout: kept elements are scaled by 1/(1 − p) so eval needs no rescaling.
CS_HD float dropout_mask(std::uint64_t seed, std::uint64_t index, float p) {
    return uniform01(seed, index) < p ? 0.0f : 1.0f / (1.0f - p);
}

// The pixel that position p (any integer) of a row or column of `length` pixels reads under
// filter2d's border mode, or −1 for a zero of BorderMode::Zero. Reflect mirrors about the edge
// pixels without repeating them (period 2·(length − 1)), as OpenCV's BORDER_REFLECT_101.
CS_HD int border_index(BorderMode border, int p, int length) {
    if (p >= 0 && p < length)
        return p;
    switch (border) {
    case BorderMode::Zero:
        return -1;
    case BorderMode::Replicate:
        return p < 0 ? 0 : length - 1;
    case BorderMode::Reflect: {
        if (length == 1)
            return 0;
        const int period = 2 * (length - 1);
        int q = p % period;
        if (q < 0)
            q += period;
        return q < length ? q : period - q;
    }
    case BorderMode::Wrap: {
        const int q = p % length;
        return q < 0 ? q + length : q;
    }
    }
    return -1;
}

// The input cell that output cell o of pad2d copies along one axis of `length` cells padded by
// `before` in front: −1 for a cell of the constant border. Reflect and Edge are filter2d's
// Reflect and Replicate borders (pad2d's checks keep a reflected pad below `length`).
CS_HD int pad_index(PadMode mode, int o, int before, int length) {
    const int p = o - before;
    switch (mode) {
    case PadMode::Constant:
        return p >= 0 && p < length ? p : -1;
    case PadMode::Reflect:
        return border_index(BorderMode::Reflect, p, length);
    case PadMode::Edge:
        return border_index(BorderMode::Replicate, p, length);
    }
    return -1;
}

// The output cells of pad2d along one axis that copy input cell i, as up to three runs
// [first[r], last[r]]: the cell itself, and the cells mirroring or repeating it in the padding
// before and after. The backward gathers its gradient from them (no two threads write one dinp).
// `after` is the padding behind; a reflected pad is below `length`.
struct PadSources {
    int first[3];
    int last[3];
    int count;
};
CS_HD PadSources pad_sources(PadMode mode, int i, int before, int after, int length) {
    PadSources s{{i + before, 0, 0}, {i + before, 0, 0}, 1};
    const int end = before + length + after; // output cells along the axis
    if (mode == PadMode::Edge) {
        if (i == 0)
            s.first[0] = 0;
        if (i == length - 1)
            s.last[0] = end - 1;
    } else if (mode == PadMode::Reflect) {
        if (i >= 1 && i <= before) { // output before − i reads input −(−i) = i
            s.first[s.count] = s.last[s.count] = before - i;
            ++s.count;
        }
        // Output o past the input reads 2·(length − 1) − (o − before) = i.
        const int mirrored = before + 2 * (length - 1) - i;
        if (i <= length - 2 && mirrored < end) {
            s.first[s.count] = s.last[s.count] = mirrored;
            ++s.count;
        }
    }
    return s;
}

// A label is a class index stored as a float: a whole number in [0, K) (NaN is not).
CS_HD bool is_class_index(float label, int K) {
    return label >= 0.0f && label < static_cast<float>(K) && floorf(label) == label;
}

} // namespace convsight::compute::math
