// Max and average pooling on the CPU, OpenMP across (image, channel) planes.
#include "compute/cpu/cpu_ops.h"

#include <algorithm>
#include <limits>

namespace convsight::compute::cpu {
namespace {

// The window of output (oy, ox), clipped to the image: rows [y0, y1), columns [x0, x1).
struct Window {
    int y0, y1, x0, x1;
};

Window window_at(int oy, int ox, const PoolDims& d) {
    const int y = oy * d.stride_y - d.pad_top;
    const int x = ox * d.stride_x - d.pad_left;
    return {std::max(y, 0), std::min(y + d.KH, d.H), std::max(x, 0), std::min(x + d.KW, d.W)};
}

std::size_t planes(const PoolDims& d) {
    return std::size_t(d.N) * d.C;
}

} // namespace

void maxpool2d_forward(float* out, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        float* __restrict o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const Window w = window_at(oy, ox, d);
                float best = -std::numeric_limits<float>::infinity();
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x)
                        best = std::max(best, in[y * d.W + x]);
                o[oy * d.OW + ox] = best;
            }
    }
}

void maxpool2d_backward(float* dinp, const float* dout, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        const float* __restrict dy = dout + p * d.OH * d.OW;
        float* __restrict dx = dinp + p * d.H * d.W;
        std::fill_n(dx, d.H * d.W, 0.0f);
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const Window w = window_at(oy, ox, d);
                // The first maximum in row-major order wins, as in the reference.
                int arg = w.y0 * d.W + w.x0;
                float best = in[arg];
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x) {
                        const float v = in[y * d.W + x];
                        if (v > best) {
                            best = v;
                            arg = y * d.W + x;
                        }
                    }
                dx[arg] += dy[oy * d.OW + ox];
            }
    }
}

void avgpool2d_forward(float* out, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* in = inp + p * d.H * d.W;
        float* o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const Window w = window_at(oy, ox, d);
                float sum = 0.0f;
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x)
                        sum += in[y * d.W + x];
                o[oy * d.OW + ox] = sum / float((w.y1 - w.y0) * (w.x1 - w.x0));
            }
    }
}

void avgpool2d_backward(float* dinp, const float* dout, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* dy = dout + p * d.OH * d.OW;
        float* dx = dinp + p * d.H * d.W;
        std::fill_n(dx, d.H * d.W, 0.0f);
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const Window w = window_at(oy, ox, d);
                const float share = dy[oy * d.OW + ox] / float((w.y1 - w.y0) * (w.x1 - w.x0));
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x)
                        dx[y * d.W + x] += share;
            }
    }
}

} // namespace convsight::compute::cpu
