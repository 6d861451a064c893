// Row-wise ops over (N,K): softmax and log-softmax, softmax cross-entropy forward and backward,
// and argmax.
// One warp per row: K is the number of classes, usually small, so a warp covers a row in a few
// steps, and its shuffles reduce without shared memory.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/cuda/reduce.cuh"
#include "compute/shared/math.h"

#include <climits>

namespace convsight::compute::cuda {
namespace {

constexpr int kRowsPerBlock = kBlockSize / kWarpSize;

unsigned int blocks_for_rows(int N) {
    return blocks_for(static_cast<std::size_t>(N) * kWarpSize, kBlockSize);
}

// The row a warp works on first, and the step to its next one; every lane of a warp sees the
// same row, so whole warps run the loop and the shuffles inside it.
__device__ __forceinline__ int first_row() {
    return static_cast<int>(blockIdx.x) * kRowsPerBlock + static_cast<int>(threadIdx.x) / kWarpSize;
}
__device__ __forceinline__ int row_stride() {
    return static_cast<int>(gridDim.x) * kRowsPerBlock;
}

// One row's softmax (or log softmax, `log`) of K values into y, by a whole warp; every lane gets
// the row's maximum and Σ exp(x − max) back (what the cross-entropy needs besides).
__device__ __forceinline__ float2 softmax_row(float* y, const float* x, int K, bool log, int lane) {
    float max_value = -INFINITY;
    for (int k = lane; k < K; k += kWarpSize)
        max_value = fmaxf(max_value, x[k]);
    max_value = warp_max(max_value);
    float sum = 0.0f;
    for (int k = lane; k < K; k += kWarpSize)
        sum += expf(x[k] - max_value);
    sum = warp_sum(sum);
    const float shift = max_value + logf(sum);
    for (int k = lane; k < K; k += kWarpSize)
        y[k] = log ? x[k] - shift : expf(x[k] - max_value) / sum;
    return make_float2(max_value, sum);
}

// probs (N,K) = softmax(logits (N,K)) with the row maximum subtracted before exp;
// losses (N) = −log probs[label] = log Σ exp(x − max) − (x[label] − max).
__global__ void softmax_cross_entropy_rows(float* losses, float* probs, const float* logits,
                                           const float* labels, int N, int K) {
    const int lane = static_cast<int>(threadIdx.x) % kWarpSize;
    for (int row = first_row(); row < N; row += row_stride()) {
        const float* x = logits + static_cast<std::size_t>(row) * K;
        const float2 shift =
            softmax_row(probs + static_cast<std::size_t>(row) * K, x, K, false, lane);
        if (lane == 0) {
            const int label = static_cast<int>(labels[row]);
            losses[row] = label >= 0 && label < K ? logf(shift.y) - (x[label] - shift.x) : NAN;
        }
    }
}

// dlogits (N,K) = (probs − onehot(label)) / N
__global__ void softmax_cross_entropy_grad(float* dlogits, const float* probs, const float* labels,
                                           int N, int K, std::size_t n) {
    const float scale = 1.0f / static_cast<float>(N);
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const std::size_t row = i / K;
        const int k = static_cast<int>(i % K);
        const float onehot = static_cast<int>(labels[row]) == k ? 1.0f : 0.0f;
        dlogits[i] = (probs[i] - onehot) * scale;
    }
}

// out (N,K) = softmax (or log softmax) of each row of inp (N,K), the row maximum subtracted first.
__global__ void softmax_rows(float* out, const float* inp, int N, int K, bool log) {
    const int lane = static_cast<int>(threadIdx.x) % kWarpSize;
    for (int row = first_row(); row < N; row += row_stride())
        softmax_row(out + static_cast<std::size_t>(row) * K,
                    inp + static_cast<std::size_t>(row) * K, K, log, lane);
}

// dinp (N,K) from dout (N,K) and out (N,K): y·(dy − Σ dy·y), or dy − exp(y)·Σ dy for log softmax.
__global__ void softmax_grad_rows(float* dinp, const float* dout, const float* out, int N, int K,
                                  bool log) {
    const int lane = static_cast<int>(threadIdx.x) % kWarpSize;
    for (int row = first_row(); row < N; row += row_stride()) {
        const std::size_t offset = static_cast<std::size_t>(row) * K;
        const float* dy = dout + offset;
        const float* y = out + offset;
        float sum = 0.0f;
        for (int k = lane; k < K; k += kWarpSize)
            sum += log ? dy[k] : dy[k] * y[k];
        sum = warp_sum(sum);
        for (int k = lane; k < K; k += kWarpSize)
            dinp[offset + k] = log ? dy[k] - expf(y[k]) * sum : y[k] * (dy[k] - sum);
    }
}

// (value, index) of the larger; on a tie the smaller index, so the first maximum wins.
__device__ __forceinline__ void keep_first_max(float& value, int& index, float other_value,
                                               int other_index) {
    if (other_index == INT_MAX)
        return; // the other lane saw no element
    if (index == INT_MAX || other_value > value || (other_value == value && other_index < index)) {
        value = other_value;
        index = other_index;
    }
}

// out (N) = index of the first maximum of each row of inp (N,K), as a float. NaN as in the
// reference's scan (best = 0; take k when x[k] > x[best]): a NaN at 0 stays, elsewhere never wins.
__global__ void argmax_rows_kernel(float* out, const float* inp, int N, int K) {
    const int lane = static_cast<int>(threadIdx.x) % kWarpSize;
    for (int row = first_row(); row < N; row += row_stride()) {
        const float* x = inp + static_cast<std::size_t>(row) * K;
        float value = 0.0f;
        int index = INT_MAX; // none yet
        for (int k = lane; k < K; k += kWarpSize)
            if (!isnan(x[k]))
                keep_first_max(value, index, x[k], k);
        for (int offset = kWarpSize / 2; offset > 0; offset /= 2) {
            const float other_value = __shfl_xor_sync(kFullWarp, value, offset);
            const int other_index = __shfl_xor_sync(kFullWarp, index, offset);
            keep_first_max(value, index, other_value, other_index);
        }
        if (lane == 0)
            out[row] = static_cast<float>(index == INT_MAX || isnan(x[0]) ? 0 : index);
    }
}

// stats (4) = [Σ losses, correct predictions, first bad label's index (−1: none), its value] of
// N rows, by one block: a fixed-order sum (the same bits every run) and no value per example
// sent to the host. Rows with a bad label are left out of the sums (their loss is NaN).
constexpr int kStatisticsThreads = 256;
__global__ void loss_statistics_kernel(float* stats, const float* losses, const float* probs,
                                       const float* labels, int N, int K) {
    __shared__ int first_bad;
    if (threadIdx.x == 0)
        first_bad = INT_MAX;
    __syncthreads();
    float sum = 0.0f, correct = 0.0f;
    int bad = INT_MAX;
    for (int n = static_cast<int>(threadIdx.x); n < N; n += static_cast<int>(blockDim.x)) {
        const float label = labels[n];
        if (!math::is_class_index(label, K)) {
            bad = min(bad, n);
            continue;
        }
        sum += losses[n];
        const float* p = probs + static_cast<std::size_t>(n) * K;
        int best = 0; // the first maximum, as argmax_rows
        for (int k = 1; k < K; ++k)
            if (p[k] > p[best])
                best = k;
        correct += best == static_cast<int>(label) ? 1.0f : 0.0f;
    }
    atomicMin(&first_bad, bad);
    sum = block_sum(sum); // synchronises the block: first_bad is complete after it
    correct = block_sum(correct);
    if (threadIdx.x == 0) {
        const bool none = first_bad == INT_MAX;
        stats[0] = sum;
        stats[1] = correct;
        stats[2] = none ? -1.0f : static_cast<float>(first_bad);
        stats[3] = none ? 0.0f : labels[first_bad];
    }
}

} // namespace

void loss_statistics(float* stats, const float* losses, const float* probs, const float* labels,
                     int N, int K) {
    const OpScope op("loss_statistics");
    loss_statistics_kernel<<<1, kStatisticsThreads, 0, op.stream()>>>(stats, losses, probs, labels,
                                                                      N, K);
    CS_CUDA_CHECK_LAUNCH(op.name(), loss_statistics_kernel);
}

void softmax_cross_entropy_forward(float* losses, float* probs, const float* logits,
                                   const float* labels, int N, int K) {
    const OpScope op("softmax_cross_entropy_forward");
    if (N <= 0 || K <= 0)
        return;
    softmax_cross_entropy_rows<<<blocks_for_rows(N), kBlockSize, 0, op.stream()>>>(
        losses, probs, logits, labels, N, K);
    CS_CUDA_CHECK_LAUNCH(op.name(), softmax_cross_entropy_rows);
}

void softmax_cross_entropy_backward(float* dlogits, const float* probs, const float* labels, int N,
                                    int K) {
    const OpScope op("softmax_cross_entropy_backward");
    const std::size_t n = static_cast<std::size_t>(N) * static_cast<std::size_t>(K);
    if (N <= 0 || K <= 0 || !dlogits)
        return;
    softmax_cross_entropy_grad<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dlogits, probs,
                                                                              labels, N, K, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), softmax_cross_entropy_grad);
}

void softmax_forward(float* out, const float* inp, int N, int K, bool log) {
    const OpScope op("softmax_forward");
    if (N <= 0 || K <= 0)
        return;
    softmax_rows<<<blocks_for_rows(N), kBlockSize, 0, op.stream()>>>(out, inp, N, K, log);
    CS_CUDA_CHECK_LAUNCH(op.name(), softmax_rows);
}

void softmax_backward(float* dinp, const float* dout, const float* out, int N, int K, bool log) {
    const OpScope op("softmax_backward");
    if (N <= 0 || K <= 0 || !dinp)
        return;
    softmax_grad_rows<<<blocks_for_rows(N), kBlockSize, 0, op.stream()>>>(dinp, dout, out, N, K,
                                                                          log);
    CS_CUDA_CHECK_LAUNCH(op.name(), softmax_grad_rows);
}

void argmax_rows(float* out, const float* inp, int N, int K) {
    const OpScope op("argmax_rows");
    if (N <= 0 || K <= 0)
        return;
    argmax_rows_kernel<<<blocks_for_rows(N), kBlockSize, 0, op.stream()>>>(out, inp, N, K);
    CS_CUDA_CHECK_LAUNCH(op.name(), argmax_rows_kernel);
}

} // namespace convsight::compute::cuda
