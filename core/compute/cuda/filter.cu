// Image filtering on the GPU: each block loads a tile of its plane plus the kernel's halo (the
// border mode applied while loading) and the plane's kernel into shared memory, then every thread
// sums kTileRows / kThreadsY output pixels of the tile from shared memory alone.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/shared/math.h"

#include <algorithm>
#include <cstddef>

namespace convsight::compute::cuda {
namespace {

constexpr int kTileCols = 32; // output columns per block: one warp reads a row of the tile
constexpr int kTileRows = 16; // output rows per block
constexpr int kThreadsY = 8;  // each thread computes kTileRows / kThreadsY rows
constexpr int kMaxGridZ = 65535;

// out (planes,H,W) = inp (planes,H,W) correlated with weights (KH,KW) or (C,KH,KW), per plane.
// Dynamic shared memory: the (kTileRows+KH−1, kTileCols+KW−1) input tile, then the KH·KW weights.
__global__ void filter2d_tiled(float* out, const float* inp, const float* weights, FilterDims d) {
    extern __shared__ float shared[];
    const int tile_w = kTileCols + d.KW - 1;
    const int tile_h = kTileRows + d.KH - 1;
    float* tile = shared;
    float* kernel = shared + tile_w * tile_h;
    const int taps = d.KH * d.KW;
    const int thread = threadIdx.y * blockDim.x + threadIdx.x;
    const int threads = blockDim.x * blockDim.y;
    const int x0 = blockIdx.x * kTileCols, y0 = blockIdx.y * kTileRows;
    const std::size_t plane_size = static_cast<std::size_t>(d.H) * d.W;

    for (int p = blockIdx.z; p < d.planes; p += gridDim.z) {
        const float* plane = inp + static_cast<std::size_t>(p) * plane_size;
        const float* k = weights + (d.per_channel ? static_cast<std::size_t>(p % d.C) * taps : 0);
        __syncthreads(); // the previous plane's tile is no longer read
        for (int i = thread; i < taps; i += threads)
            kernel[i] = k[i];
        for (int i = thread; i < tile_w * tile_h; i += threads) {
            const int ty = i / tile_w, tx = i % tile_w;
            const int iy = math::border_index(d.border, y0 - d.KH / 2 + ty, d.H);
            const int ix = math::border_index(d.border, x0 - d.KW / 2 + tx, d.W);
            tile[i] = iy < 0 || ix < 0 ? 0.0f : plane[static_cast<std::size_t>(iy) * d.W + ix];
        }
        __syncthreads();

        const int x = x0 + threadIdx.x;
        for (int r = threadIdx.y; r < kTileRows; r += kThreadsY) {
            const int y = y0 + r;
            if (x >= d.W || y >= d.H)
                continue;
            float sum = 0.0f;
            for (int ky = 0; ky < d.KH; ++ky) {
                const float* row = tile + (r + ky) * tile_w + threadIdx.x;
                for (int kx = 0; kx < d.KW; ++kx)
                    sum = fmaf(row[kx], kernel[ky * d.KW + kx], sum);
            }
            out[static_cast<std::size_t>(p) * plane_size + static_cast<std::size_t>(y) * d.W + x] =
                sum;
        }
    }
}

} // namespace

void filter2d(float* out, const float* inp, const float* weights, const FilterDims& d) {
    const OpScope op("filter2d");
    if (d.planes == 0 || d.H == 0 || d.W == 0)
        return;
    const std::size_t shared_bytes =
        sizeof(float) * (static_cast<std::size_t>(kTileCols + d.KW - 1) * (kTileRows + d.KH - 1) +
                         static_cast<std::size_t>(d.KH) * d.KW);
    const dim3 block(kTileCols, kThreadsY);
    const dim3 grid((d.W + kTileCols - 1) / kTileCols, (d.H + kTileRows - 1) / kTileRows,
                    std::min(d.planes, kMaxGridZ));
    filter2d_tiled<<<grid, block, shared_bytes, op.stream()>>>(out, inp, weights, d);
    CS_CUDA_CHECK_LAUNCH(op.name(), filter2d_tiled);
}

} // namespace convsight::compute::cuda
