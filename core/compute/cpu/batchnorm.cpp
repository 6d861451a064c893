// Batch normalisation on the CPU, per channel over (N, HW), OpenMP across channels.
#include "compute/cpu/cpu_ops.h"

#include <cmath>

namespace convsight::compute::cpu {

void batchnorm_forward_train(float* out, float* mean, float* invstd, float* running_mean,
                             float* running_var, const float* inp, const float* gamma,
                             const float* beta, int N, int C, int HW, float momentum, float eps) {
    const double count = double(N) * HW;
#pragma omp parallel for schedule(static)
    for (int c = 0; c < C; ++c) {
        double sum = 0.0, square = 0.0;
        for (int n = 0; n < N; ++n) {
            const float* x = inp + (std::size_t(n) * C + c) * HW;
            for (int i = 0; i < HW; ++i) {
                sum += x[i];
                square += double(x[i]) * x[i];
            }
        }
        const double mu = sum / count;
        const double var = std::max(square / count - mu * mu, 0.0);
        const float is = float(1.0 / std::sqrt(var + eps));
        mean[c] = float(mu);
        invstd[c] = is;
        running_mean[c] = (1.0f - momentum) * running_mean[c] + momentum * float(mu);
        running_var[c] =
            (1.0f - momentum) * running_var[c] + momentum * float(var * count / (count - 1.0));
        const float scale = gamma[c] * is;
        const float shift = beta[c] - float(mu) * scale;
        for (int n = 0; n < N; ++n) {
            const float* x = inp + (std::size_t(n) * C + c) * HW;
            float* y = out + (std::size_t(n) * C + c) * HW;
            for (int i = 0; i < HW; ++i)
                y[i] = x[i] * scale + shift;
        }
    }
}

void batchnorm_forward_eval(float* out, const float* inp, const float* gamma, const float* beta,
                            const float* running_mean, const float* running_var, int N, int C,
                            int HW, float eps) {
#pragma omp parallel for schedule(static)
    for (int c = 0; c < C; ++c) {
        const float scale = gamma[c] / std::sqrt(running_var[c] + eps);
        const float shift = beta[c] - running_mean[c] * scale;
        for (int n = 0; n < N; ++n) {
            const float* x = inp + (std::size_t(n) * C + c) * HW;
            float* y = out + (std::size_t(n) * C + c) * HW;
            for (int i = 0; i < HW; ++i)
                y[i] = x[i] * scale + shift;
        }
    }
}

void batchnorm_backward(float* dinp, float* dgamma, float* dbeta, const float* dout,
                        const float* inp, const float* gamma, const float* mean,
                        const float* invstd, int N, int C, int HW) {
    const double count = double(N) * HW;
#pragma omp parallel for schedule(static)
    for (int c = 0; c < C; ++c) {
        // x̂ = (x − μ)·invstd; dβ = Σ dy; dγ = Σ dy·x̂;
        // dx = γ·invstd/M · (M·dy − dβ − x̂·dγ)
        double sum_dy = 0.0, sum_dy_xhat = 0.0;
        for (int n = 0; n < N; ++n) {
            const float* x = inp + (std::size_t(n) * C + c) * HW;
            const float* dy = dout + (std::size_t(n) * C + c) * HW;
            for (int i = 0; i < HW; ++i) {
                sum_dy += dy[i];
                sum_dy_xhat += double(dy[i]) * (x[i] - mean[c]) * invstd[c];
            }
        }
        dbeta[c] = float(sum_dy);
        dgamma[c] = float(sum_dy_xhat);
        const float k = gamma[c] * invstd[c];
        const float mean_dy = float(sum_dy / count);
        const float mean_dy_xhat = float(sum_dy_xhat / count);
        for (int n = 0; n < N; ++n) {
            const float* x = inp + (std::size_t(n) * C + c) * HW;
            const float* dy = dout + (std::size_t(n) * C + c) * HW;
            float* dx = dinp + (std::size_t(n) * C + c) * HW;
            for (int i = 0; i < HW; ++i) {
                const float xhat = (x[i] - mean[c]) * invstd[c];
                dx[i] = k * (dy[i] - mean_dy - xhat * mean_dy_xhat);
            }
        }
    }
}

} // namespace convsight::compute::cpu
