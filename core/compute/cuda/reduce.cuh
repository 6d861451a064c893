// Warp and block reductions for the kernels that sum or compare along a row or a channel.
// Fixed shapes and fixed orders: the same input gives the same bits on every run.
#pragma once

#include <cuda_runtime.h>

namespace convsight::compute::cuda {

constexpr int kWarpSize = 32;
constexpr unsigned int kFullWarp = 0xffffffffu;

// Sum over the 32 lanes of a warp, returned to every lane (butterfly order).
__device__ __forceinline__ float warp_sum(float value) {
    for (int offset = kWarpSize / 2; offset > 0; offset /= 2)
        value += __shfl_xor_sync(kFullWarp, value, offset);
    return value;
}

// Maximum over the 32 lanes of a warp, returned to every lane.
__device__ __forceinline__ float warp_max(float value) {
    for (int offset = kWarpSize / 2; offset > 0; offset /= 2)
        value = fmaxf(value, __shfl_xor_sync(kFullWarp, value, offset));
    return value;
}

// Sum over the block, returned to every thread. Every thread of the block must call it, and
// blockDim.x must be a multiple of 32 (at most 1024).
__device__ inline float block_sum(float value) {
    __shared__ float partial[kWarpSize]; // one per warp
    const int lane = static_cast<int>(threadIdx.x) % kWarpSize;
    const int warp = static_cast<int>(threadIdx.x) / kWarpSize;
    const int warps = static_cast<int>(blockDim.x) / kWarpSize;
    value = warp_sum(value);
    __syncthreads(); // a previous call may still be reading `partial`
    if (lane == 0)
        partial[warp] = value;
    __syncthreads();
    // Every warp adds up the partials itself, in the same order: no second broadcast needed.
    return warp_sum(lane < warps ? partial[lane] : 0.0f);
}

} // namespace convsight::compute::cuda
