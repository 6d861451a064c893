// Max and average pooling, forward and backward. Backward passes are gathers: each input pixel
// sums the gradients of the outputs whose window covers it, so no atomics and no races.
// Windows are clipped to the image: padding never wins a max and never counts in an average.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/shared/pool_window.h"

namespace convsight::compute::cuda {
namespace {

using math::pool_divisor;
using math::pool_window;
using math::pool_window_argmax;
using math::PoolWindow;

// Outputs whose window [o·stride − pad, o·stride − pad + window) covers input i along one axis:
// first_covering .. last_covering (empty when first > last).
__device__ __forceinline__ int first_covering(int i, int pad, int window, int stride) {
    const int t = i + pad - window + 1; // o·stride must reach at least this
    return t <= 0 ? 0 : (t + stride - 1) / stride;
}
__device__ __forceinline__ int last_covering(int i, int pad, int stride, int outputs) {
    return min((i + pad) / stride, outputs - 1);
}

// Flat index of an (N,C,OH,OW) output → its plane (n·C + c) and position (oy, ox).
struct OutputPosition {
    std::size_t plane;
    int oy, ox;
};

__device__ __forceinline__ OutputPosition output_position(std::size_t i, const PoolDims& d) {
    const int ox = static_cast<int>(i % d.OW);
    const std::size_t t = i / d.OW;
    return {t / d.OH, static_cast<int>(t % d.OH), ox};
}

// out (N,C,OH,OW) = max over each window of inp (N,C,H,W); argmax (or nullptr) = the in-plane
// offset of each window's first maximum, as a float
__global__ void maxpool_forward(float* out, float* argmax, const float* inp, PoolDims d,
                                std::size_t n) {
    const std::size_t image_plane = static_cast<std::size_t>(d.H) * d.W;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const OutputPosition o = output_position(i, d);
        const float* plane = inp + o.plane * image_plane;
        const int best = pool_window_argmax(plane, d.W, pool_window(d, o.oy, o.ox));
        out[i] = best >= 0 ? plane[best] : -INFINITY;
        if (argmax)
            argmax[i] = static_cast<float>(best);
    }
}

// dinp (N,C,H,W) = Σ of dout (N,C,OH,OW) over the covering outputs whose saved argmax is this
// pixel: a gather, so no atomics and the same sum order on every run
__global__ void maxpool_backward_gather(float* dinp, const float* dout, const float* argmax,
                                        PoolDims d, std::size_t n) {
    const std::size_t out_plane = static_cast<std::size_t>(d.OH) * d.OW;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int ix = static_cast<int>(i % d.W);
        const std::size_t t = i / d.W;
        const int iy = static_cast<int>(t % d.H);
        const std::size_t plane = t / d.H;
        const int self = iy * d.W + ix;
        const int oy_end = last_covering(iy, d.pad_top, d.stride_y, d.OH);
        const int ox_end = last_covering(ix, d.pad_left, d.stride_x, d.OW);
        float sum = 0.0f;
        for (int oy = first_covering(iy, d.pad_top, d.KH, d.stride_y); oy <= oy_end; ++oy)
            for (int ox = first_covering(ix, d.pad_left, d.KW, d.stride_x); ox <= ox_end; ++ox) {
                const std::size_t o = plane * out_plane + static_cast<std::size_t>(oy) * d.OW + ox;
                if (static_cast<int>(argmax[o]) == self)
                    sum += dout[o];
            }
        dinp[i] = sum;
    }
}

// out (N,C,OH,OW) = mean of each window's in-image pixels of inp (N,C,H,W), or their sum over
// KH·KW when d.count_include_pad
__global__ void avgpool_forward(float* out, const float* inp, PoolDims d, std::size_t n) {
    const std::size_t image_plane = static_cast<std::size_t>(d.H) * d.W;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const OutputPosition o = output_position(i, d);
        const float* plane = inp + o.plane * image_plane;
        const PoolWindow w = pool_window(d, o.oy, o.ox);
        float sum = 0.0f;
        for (int y = w.y0; y < w.y1; ++y)
            for (int x = w.x0; x < w.x1; ++x)
                sum += plane[y * d.W + x];
        const int count = pool_divisor(d, w, d.count_include_pad);
        out[i] = count > 0 ? sum / static_cast<float>(count) : 0.0f;
    }
}

// dinp (N,C,H,W) = Σ over covering outputs of dout (N,C,OH,OW) / that window's pixel count
__global__ void avgpool_backward_gather(float* dinp, const float* dout, PoolDims d, std::size_t n) {
    const std::size_t out_plane = static_cast<std::size_t>(d.OH) * d.OW;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int ix = static_cast<int>(i % d.W);
        const std::size_t t = i / d.W;
        const int iy = static_cast<int>(t % d.H);
        const std::size_t plane = t / d.H;
        const int oy_end = last_covering(iy, d.pad_top, d.stride_y, d.OH);
        const int ox_end = last_covering(ix, d.pad_left, d.stride_x, d.OW);
        float sum = 0.0f;
        for (int oy = first_covering(iy, d.pad_top, d.KH, d.stride_y); oy <= oy_end; ++oy)
            for (int ox = first_covering(ix, d.pad_left, d.KW, d.stride_x); ox <= ox_end; ++ox) {
                // ≥ 1: the window holds (iy, ix)
                const int count = pool_divisor(d, pool_window(d, oy, ox), d.count_include_pad);
                sum += dout[plane * out_plane + static_cast<std::size_t>(oy) * d.OW + ox] /
                       static_cast<float>(count);
            }
        dinp[i] = sum;
    }
}

std::size_t output_count(const PoolDims& d) {
    return static_cast<std::size_t>(d.N) * d.C * static_cast<std::size_t>(d.OH) * d.OW;
}

std::size_t input_count(const PoolDims& d) {
    return static_cast<std::size_t>(d.N) * d.C * static_cast<std::size_t>(d.H) * d.W;
}

} // namespace

void maxpool2d_forward(float* out, float* argmax, const float* inp, const PoolDims& d) {
    const OpScope op("maxpool2d_forward");
    const std::size_t n = output_count(d);
    if (n == 0)
        return;
    maxpool_forward<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, argmax, inp, d, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), maxpool_forward);
}

// One pass: the gather reads the forward's argmax of the covering outputs; no window is searched.
void maxpool2d_backward(float* dinp, const float* dout, const float* argmax, const PoolDims& d) {
    const OpScope op("maxpool2d_backward");
    const std::size_t n = input_count(d);
    if (n == 0 || !dinp)
        return;
    maxpool_backward_gather<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dinp, dout, argmax, d,
                                                                           n);
    CS_CUDA_CHECK_LAUNCH(op.name(), maxpool_backward_gather);
}

void avgpool2d_forward(float* out, const float* inp, const PoolDims& d) {
    const OpScope op("avgpool2d_forward");
    const std::size_t n = output_count(d);
    if (n == 0)
        return;
    avgpool_forward<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, inp, d, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), avgpool_forward);
}

void avgpool2d_backward(float* dinp, const float* dout, const PoolDims& d) {
    const OpScope op("avgpool2d_backward");
    const std::size_t n = input_count(d);
    if (n == 0 || !dinp)
        return;
    avgpool_backward_gather<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dinp, dout, d, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), avgpool_backward_gather);
}

} // namespace convsight::compute::cuda
