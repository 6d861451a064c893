// Softmax with cross-entropy on the CPU, stable (the row maximum is subtracted before exp).
#include "compute/cpu/cpu_ops.h"

#include <algorithm>
#include <cmath>

namespace convsight::compute::cpu {

void softmax_cross_entropy_forward(float* losses, float* probs, const float* logits,
                                   const float* labels, int N, int K) {
    for (int n = 0; n < N; ++n) {
        const float* z = logits + std::size_t(n) * K;
        float* p = probs + std::size_t(n) * K;
        const float max = *std::max_element(z, z + K);
        double sum = 0.0;
        for (int k = 0; k < K; ++k) {
            p[k] = std::exp(z[k] - max);
            sum += p[k];
        }
        const float inv = float(1.0 / sum);
        for (int k = 0; k < K; ++k)
            p[k] *= inv;
        const int label = int(labels[n]);
        // −log p[label] = log Σ exp(z − max) − (z[label] − max), exact even when p underflows.
        losses[n] = float(std::log(sum)) - (z[label] - max);
    }
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

} // namespace convsight::compute::cpu
