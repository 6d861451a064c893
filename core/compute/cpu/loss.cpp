// Softmax, log-softmax and softmax with cross-entropy on the CPU, stable (the row maximum is
// subtracted before exp).
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <algorithm>
#include <cmath>

namespace convsight::compute::cpu {

namespace {

// A row's maximum and log Σ exp(x − max): what its softmax subtracts.
struct RowShift {
    float max;
    double log_sum;
};

// One row's softmax y = exp(x − max) / Σ exp(x − max) (or log softmax x − max − log Σ) over K
// values; returns the shift, which the cross-entropy needs besides.
RowShift softmax_row(float* y, const float* x, int K, bool log) {
    const float max = *std::max_element(x, x + K);
    double sum = 0.0;
    for (int k = 0; k < K; ++k)
        sum += std::exp(x[k] - max);
    if (log) {
        const float shift = max + float(std::log(sum));
        for (int k = 0; k < K; ++k)
            y[k] = x[k] - shift;
    } else {
        const float inv = float(1.0 / sum);
        for (int k = 0; k < K; ++k)
            y[k] = std::exp(x[k] - max) * inv;
    }
    return {max, std::log(sum)};
}

} // namespace

void softmax_cross_entropy_forward(float* losses, float* probs, const float* logits,
                                   const float* labels, int N, int K) {
    for (int n = 0; n < N; ++n) {
        const float* z = logits + std::size_t(n) * K;
        const RowShift shift = softmax_row(probs + std::size_t(n) * K, z, K, false);
        // −log p[label] = log Σ exp(z − max) − (z[label] − max), exact even when p underflows.
        losses[n] = float(shift.log_sum) - (z[int(labels[n])] - shift.max);
    }
}

// Σ in double, one pass over the rows; the same rule as argmax_rows for the prediction.
void loss_statistics(float* stats, const float* losses, const float* probs, const float* labels,
                     int N, int K) {
    double sum = 0.0;
    int correct = 0, bad = -1;
    for (int n = 0; n < N; ++n) {
        if (!math::is_class_index(labels[n], K)) {
            if (bad < 0)
                bad = n;
            continue;
        }
        sum += losses[n];
        const float* p = probs + std::size_t(n) * K;
        int best = 0;
        for (int k = 1; k < K; ++k)
            if (p[k] > p[best])
                best = k;
        correct += best == int(labels[n]) ? 1 : 0;
    }
    stats[0] = float(sum);
    stats[1] = float(correct);
    stats[2] = float(bad);
    stats[3] = bad >= 0 ? labels[bad] : 0.0f;
}

void softmax_cross_entropy_backward(float* dlogits, const float* probs, const float* labels, int N,
                                    int K) {
    const float scale = 1.0f / float(N);
    for (int n = 0; n < N; ++n) {
        const float* p = probs + std::size_t(n) * K;
        float* d = dlogits + std::size_t(n) * K;
        for (int k = 0; k < K; ++k)
            d[k] = p[k] * scale;
        d[int(labels[n])] -= scale;
    }
}

void softmax_forward(float* out, const float* inp, int N, int K, bool log) {
#pragma omp parallel for schedule(static) if (std::size_t(N) * std::size_t(K) > (1u << 15))
    for (int n = 0; n < N; ++n)
        softmax_row(out + std::size_t(n) * K, inp + std::size_t(n) * K, K, log);
}

void softmax_backward(float* dinp, const float* dout, const float* out, int N, int K, bool log) {
#pragma omp parallel for schedule(static) if (std::size_t(N) * std::size_t(K) > (1u << 15))
    for (int n = 0; n < N; ++n) {
        const float* dy = dout + std::size_t(n) * K;
        const float* y = out + std::size_t(n) * K;
        float* dx = dinp + std::size_t(n) * K;
        double sum = 0.0;
        for (int k = 0; k < K; ++k)
            sum += log ? double(dy[k]) : double(dy[k]) * y[k];
        const float s = float(sum);
        for (int k = 0; k < K; ++k)
            dx[k] = log ? dy[k] - std::exp(y[k]) * s : y[k] * (dy[k] - s);
    }
}

} // namespace convsight::compute::cpu
