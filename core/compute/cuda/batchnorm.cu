// Batch normalisation per channel of (N,C,HW) (dense layers: HW = 1): training statistics, the
// eval path with running statistics, and the backward. Per-channel sums are block reductions
// (one block per channel, fixed order); the per-element passes run over the whole tensor.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/cuda/reduce.cuh"

namespace convsight::compute::cuda {
namespace {

constexpr int kChannelBlock = 512;

// Element m (of N·HW) of channel c in a (N,C,HW) tensor.
__device__ __forceinline__ std::size_t channel_element(std::size_t m, int c, int C,
                                                       std::size_t HW) {
    return ((m / HW) * static_cast<std::size_t>(C) + static_cast<std::size_t>(c)) * HW + m % HW;
}

// The normalised, scaled and shifted value: γ·(x − μ)·invstd + β.
__device__ __forceinline__ float batchnorm_apply(float x, float mean, float invstd, float gamma,
                                                 float beta) {
    return gamma * ((x - mean) * invstd) + beta;
}

// mean, invstd (C) of inp (N,C,HW) over N·HW values (two passes: mean, then Σ(x − mean)²);
// running_mean/var (C) move towards them by `momentum`, with the unbiased variance as PyTorch.
__global__ void batchnorm_channel_statistics(float* mean, float* invstd, float* running_mean,
                                             float* running_var, const float* inp, int N, int C,
                                             int HW, float momentum, float eps) {
    const int c = static_cast<int>(blockIdx.x);
    const std::size_t hw = static_cast<std::size_t>(HW);
    const std::size_t count = static_cast<std::size_t>(N) * hw;
    float sum = 0.0f;
    for (std::size_t m = threadIdx.x; m < count; m += blockDim.x)
        sum += inp[channel_element(m, c, C, hw)];
    const float mu = block_sum(sum) / static_cast<float>(count);
    float squares = 0.0f;
    for (std::size_t m = threadIdx.x; m < count; m += blockDim.x) {
        const float centred = inp[channel_element(m, c, C, hw)] - mu;
        squares += centred * centred;
    }
    const float var = block_sum(squares) / static_cast<float>(count); // biased: normalises
    if (threadIdx.x == 0) {
        mean[c] = mu;
        invstd[c] = 1.0f / sqrtf(var + eps);
        const float unbiased =
            count > 1 ? var * static_cast<float>(count) / static_cast<float>(count - 1) : var;
        running_mean[c] = (1.0f - momentum) * running_mean[c] + momentum * mu;
        running_var[c] = (1.0f - momentum) * running_var[c] + momentum * unbiased;
    }
}

// out (N,C,HW) = γ·(inp − mean)·invstd + β, with per-channel mean, invstd, γ, β (C)
__global__ void batchnorm_normalize(float* out, const float* inp, const float* mean,
                                    const float* invstd, const float* gamma, const float* beta,
                                    int C, std::size_t HW, std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const std::size_t c = (i / HW) % static_cast<std::size_t>(C);
        out[i] = batchnorm_apply(inp[i], mean[c], invstd[c], gamma[c], beta[c]);
    }
}

// out (N,C,HW) = γ·(inp − running_mean)/sqrt(running_var + eps) + β
__global__ void batchnorm_normalize_running(float* out, const float* inp, const float* gamma,
                                            const float* beta, const float* running_mean,
                                            const float* running_var, int C, std::size_t HW,
                                            float eps, std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const std::size_t c = (i / HW) % static_cast<std::size_t>(C);
        const float invstd = 1.0f / sqrtf(running_var[c] + eps);
        out[i] = batchnorm_apply(inp[i], running_mean[c], invstd, gamma[c], beta[c]);
    }
}

// sums (2,C): row 0 Σ dout = dβ, row 1 Σ dout·x̂ = dγ, with x̂ = (inp − mean)·invstd, over the
// N·HW values of each channel; also written to dgamma, dbeta (C) unless they are null.
__global__ void batchnorm_channel_grad_sums(float* sums, float* dgamma, float* dbeta,
                                            const float* dout, const float* inp, const float* mean,
                                            const float* invstd, int N, int C, int HW) {
    const int c = static_cast<int>(blockIdx.x);
    const std::size_t hw = static_cast<std::size_t>(HW);
    const std::size_t count = static_cast<std::size_t>(N) * hw;
    const float mu = mean[c];
    const float inv = invstd[c];
    float sum_dout = 0.0f;
    float sum_dout_xhat = 0.0f;
    for (std::size_t m = threadIdx.x; m < count; m += blockDim.x) {
        const std::size_t i = channel_element(m, c, C, hw);
        sum_dout += dout[i];
        sum_dout_xhat += dout[i] * ((inp[i] - mu) * inv);
    }
    sum_dout = block_sum(sum_dout);
    sum_dout_xhat = block_sum(sum_dout_xhat);
    if (threadIdx.x == 0) {
        sums[c] = sum_dout;
        sums[C + c] = sum_dout_xhat;
        if (dbeta)
            dbeta[c] = sum_dout;
        if (dgamma)
            dgamma[c] = sum_dout_xhat;
    }
}

// dinp (N,C,HW) = γ·invstd/M · (M·dout − Σdout − x̂·Σ(dout·x̂)), M = N·HW, sums from above
__global__ void batchnorm_input_grad(float* dinp, const float* dout, const float* inp,
                                     const float* gamma, const float* mean, const float* invstd,
                                     const float* sums, int C, std::size_t HW, float count,
                                     std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const std::size_t c = (i / HW) % static_cast<std::size_t>(C);
        const float xhat = (inp[i] - mean[c]) * invstd[c];
        const float dbeta = sums[c];
        const float dgamma = sums[static_cast<std::size_t>(C) + c];
        dinp[i] = gamma[c] * invstd[c] * (dout[i] - dbeta / count - xhat * dgamma / count);
    }
}

std::size_t element_count(int N, int C, int HW) {
    return static_cast<std::size_t>(N) * static_cast<std::size_t>(C) * static_cast<std::size_t>(HW);
}

} // namespace

void batchnorm_forward_train(float* out, float* mean, float* invstd, float* running_mean,
                             float* running_var, const float* inp, const float* gamma,
                             const float* beta, int N, int C, int HW, float momentum, float eps) {
    const OpScope op("batchnorm_forward_train");
    const std::size_t n = element_count(N, C, HW);
    if (n == 0)
        return;
    batchnorm_channel_statistics<<<static_cast<unsigned int>(C), kChannelBlock, 0, op.stream()>>>(
        mean, invstd, running_mean, running_var, inp, N, C, HW, momentum, eps);
    CS_CUDA_CHECK_LAUNCH(op.name(), batchnorm_channel_statistics);
    batchnorm_normalize<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(
        out, inp, mean, invstd, gamma, beta, C, static_cast<std::size_t>(HW), n);
    CS_CUDA_CHECK_LAUNCH(op.name(), batchnorm_normalize);
}

void batchnorm_forward_eval(float* out, const float* inp, const float* gamma, const float* beta,
                            const float* running_mean, const float* running_var, int N, int C,
                            int HW, float eps) {
    const OpScope op("batchnorm_forward_eval");
    const std::size_t n = element_count(N, C, HW);
    if (n == 0)
        return;
    batchnorm_normalize_running<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(
        out, inp, gamma, beta, running_mean, running_var, C, static_cast<std::size_t>(HW), eps, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), batchnorm_normalize_running);
}

void batchnorm_backward(float* dinp, float* dgamma, float* dbeta, const float* dout,
                        const float* inp, const float* gamma, const float* mean,
                        const float* invstd, int N, int C, int HW) {
    OpScope op("batchnorm_backward");
    const std::size_t n = element_count(N, C, HW);
    if (n == 0)
        return;
    float* sums = op.scratch_as<float>(2 * static_cast<std::size_t>(C)); // (2,C): dβ, dγ
    batchnorm_channel_grad_sums<<<static_cast<unsigned int>(C), kChannelBlock, 0, op.stream()>>>(
        sums, dgamma, dbeta, dout, inp, mean, invstd, N, C, HW);
    CS_CUDA_CHECK_LAUNCH(op.name(), batchnorm_channel_grad_sums);
    if (!dinp)
        return;
    const float count =
        static_cast<float>(static_cast<std::size_t>(N) * static_cast<std::size_t>(HW));
    batchnorm_input_grad<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(
        dinp, dout, inp, gamma, mean, invstd, sums, C, static_cast<std::size_t>(HW), count, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), batchnorm_input_grad);
}

} // namespace convsight::compute::cuda
