// Per-channel bias kernels shared by conv and dense: the broadcast add of the forward and the
// reduction of the backward (one block per channel, or one thread per column when HW = 1).
#include "compute/cuda/bias.h"
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/launch.cuh"
#include "compute/cuda/reduce.cuh"

namespace convsight::compute::cuda {
namespace {

constexpr int kReduceBlock = 256;

// out (N,C,HW) += bias (C)
__global__ void add_bias_per_channel(float* out, const float* bias, int C, std::size_t HW,
                                     std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        out[i] += bias[(i / HW) % static_cast<std::size_t>(C)];
}

// sums (C) = Σ_{n,p} values (N,C,HW); block c sums channel c.
__global__ void sum_channel_blocks(float* sums, const float* values, int N, int C, std::size_t HW) {
    const int c = static_cast<int>(blockIdx.x);
    const std::size_t count = static_cast<std::size_t>(N) * HW;
    float sum = 0.0f;
    for (std::size_t m = threadIdx.x; m < count; m += blockDim.x) {
        const std::size_t n = m / HW;
        const std::size_t p = m % HW;
        sum += values[(n * static_cast<std::size_t>(C) + static_cast<std::size_t>(c)) * HW + p];
    }
    sum = block_sum(sum);
    if (threadIdx.x == 0)
        sums[c] = sum;
}

// sums (C) = Σ_n values (N,C): thread c walks down column c (neighbouring threads read
// neighbouring floats).
__global__ void sum_columns(float* sums, const float* values, int N, int C) {
    for (std::size_t c = first_index(); c < static_cast<std::size_t>(C); c += index_stride()) {
        float sum = 0.0f;
        for (int n = 0; n < N; ++n)
            sum += values[static_cast<std::size_t>(n) * static_cast<std::size_t>(C) + c];
        sums[c] = sum;
    }
}

} // namespace

void add_channel_bias(const OpScope& op, float* out, const float* bias, int N, int C,
                      std::size_t HW) {
    const std::size_t n = static_cast<std::size_t>(N) * static_cast<std::size_t>(C) * HW;
    if (n == 0)
        return;
    add_bias_per_channel<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, bias, C, HW, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), add_bias_per_channel);
}

void sum_per_channel(const OpScope& op, float* sums, const float* values, int N, int C,
                     std::size_t HW) {
    if (C <= 0)
        return;
    if (HW == 1) {
        sum_columns<<<blocks_for(static_cast<std::size_t>(C)), kBlockSize, 0, op.stream()>>>(
            sums, values, N, C);
        CS_CUDA_CHECK_LAUNCH(op.name(), sum_columns);
        return;
    }
    sum_channel_blocks<<<static_cast<unsigned int>(C), kReduceBlock, 0, op.stream()>>>(sums, values,
                                                                                       N, C, HW);
    CS_CUDA_CHECK_LAUNCH(op.name(), sum_channel_blocks);
}

} // namespace convsight::compute::cuda
