// Launch sizes and grid-stride loops shared by the kernels. Flat indices are std::size_t, so
// tensors past 2^31 elements index correctly, and a grid never has zero blocks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cuda_runtime.h>

namespace convsight::compute::cuda {

constexpr int kBlockSize = 256;           // threads per block of the element-wise kernels
constexpr std::size_t kMaxBlocks = 65535; // enough to fill any GPU; grid-stride loops do the rest

// Blocks for `n` elements at one per thread: at least 1, at most kMaxBlocks.
inline unsigned int blocks_for(std::size_t n, int threads = kBlockSize) {
    const std::size_t per_block = static_cast<std::size_t>(threads);
    const std::size_t blocks = n / per_block + (n % per_block != 0);
    return static_cast<unsigned int>(std::clamp<std::size_t>(blocks, 1, kMaxBlocks));
}

// The grid-stride loop: for (std::size_t i = first_index(); i < n; i += index_stride())
__device__ __forceinline__ std::size_t first_index() {
    return static_cast<std::size_t>(blockIdx.x) * blockDim.x + threadIdx.x;
}
__device__ __forceinline__ std::size_t index_stride() {
    return static_cast<std::size_t>(gridDim.x) * blockDim.x;
}

} // namespace convsight::compute::cuda
