// Padding an image, forward and backward. The forward is one thread per output cell; the backward
// is a gather (one thread per input cell summing the output cells that copied it, from
// math::pad_sources), so no atomics and the same bits on every run.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/shared/math.h"

namespace convsight::compute::cuda {
namespace {

// out (N,C,OH,OW) = inp (N,C,H,W) padded by d
__global__ void pad_forward(float* out, const float* inp, PadDims d, std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int ox = static_cast<int>(i % d.OW);
        const std::size_t t = i / d.OW;
        const int oy = static_cast<int>(t % d.OH);
        const std::size_t plane = t / d.OH;
        const int iy = math::pad_index(d.mode, oy, d.top, d.H);
        const int ix = math::pad_index(d.mode, ox, d.left, d.W);
        out[i] = iy < 0 || ix < 0 ? d.value
                                  : inp[(plane * d.H + static_cast<std::size_t>(iy)) * d.W +
                                        static_cast<std::size_t>(ix)];
    }
}

// dinp (N,C,H,W) = Σ dout (N,C,OH,OW) over the output cells that copy each input cell
__global__ void pad_backward_gather(float* dinp, const float* dout, PadDims d, std::size_t n) {
    const int bottom = d.OH - d.top - d.H, right = d.OW - d.left - d.W;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int x = static_cast<int>(i % d.W);
        const std::size_t t = i / d.W;
        const int y = static_cast<int>(t % d.H);
        const float* plane = dout + (t / d.H) * d.OH * d.OW;
        const math::PadSources rows = math::pad_sources(d.mode, y, d.top, bottom, d.H);
        const math::PadSources cols = math::pad_sources(d.mode, x, d.left, right, d.W);
        float sum = 0.0f;
        for (int r = 0; r < rows.count; ++r)
            for (int oy = rows.first[r]; oy <= rows.last[r]; ++oy)
                for (int c = 0; c < cols.count; ++c)
                    for (int ox = cols.first[c]; ox <= cols.last[c]; ++ox)
                        sum += plane[static_cast<std::size_t>(oy) * d.OW + ox];
        dinp[i] = sum;
    }
}

} // namespace

void pad2d_forward(float* out, const float* inp, const PadDims& d) {
    const OpScope op("pad2d_forward");
    const std::size_t n = static_cast<std::size_t>(d.N) * d.C * d.OH * d.OW;
    if (n == 0)
        return;
    pad_forward<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(out, inp, d, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), pad_forward);
}

void pad2d_backward(float* dinp, const float* dout, const PadDims& d) {
    const OpScope op("pad2d_backward");
    const std::size_t n = static_cast<std::size_t>(d.N) * d.C * d.H * d.W;
    if (n == 0 || !dinp)
        return;
    pad_backward_gather<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(dinp, dout, d, n);
    CS_CUDA_CHECK_LAUNCH(op.name(), pad_backward_gather);
}

} // namespace convsight::compute::cuda
