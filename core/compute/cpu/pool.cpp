// Max and average pooling on the CPU, OpenMP across (image, channel) planes.
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/pool_window.h"

#include <algorithm>

namespace convsight::compute::cpu {
namespace {

using math::pool_divisor;
using math::pool_window;
using math::pool_window_argmax;
using math::PoolWindow;

std::size_t planes(const PoolDims& d) {
    return std::size_t(d.N) * d.C;
}

// 2×2 windows, stride 2, no padding, every window inside the image: VGG's and most CNNs'
// pooling, without the general window's clipping. Same rule: the first maximum (strict >) wins.
bool is_plain_2x2(const PoolDims& d) {
    return d.KH == 2 && d.KW == 2 && d.stride_y == 2 && d.stride_x == 2 && d.pad_top == 0 &&
           d.pad_left == 0 && 2 * d.OH <= d.H && 2 * d.OW <= d.W;
}

void maxpool2d_forward_2x2(float* out, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        float* __restrict o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy) {
            const float* top = in + std::size_t(2 * oy) * d.W;
            const float* bottom = top + d.W;
            float* row = o + std::size_t(oy) * d.OW;
            for (int ox = 0; ox < d.OW; ++ox) {
                float m = top[2 * ox];
                m = top[2 * ox + 1] > m ? top[2 * ox + 1] : m;
                m = bottom[2 * ox] > m ? bottom[2 * ox] : m;
                m = bottom[2 * ox + 1] > m ? bottom[2 * ox + 1] : m;
                row[ox] = m;
            }
        }
    }
}

} // namespace

void maxpool2d_forward(float* out, const float* inp, const PoolDims& d) {
    if (is_plain_2x2(d))
        return maxpool2d_forward_2x2(out, inp, d);
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        float* __restrict o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox)
                o[oy * d.OW + ox] = in[pool_window_argmax(in, d.W, pool_window(d, oy, ox))];
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
            for (int ox = 0; ox < d.OW; ++ox)
                dx[pool_window_argmax(in, d.W, pool_window(d, oy, ox))] += dy[oy * d.OW + ox];
    }
}

void avgpool2d_forward(float* out, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* in = inp + p * d.H * d.W;
        float* o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const PoolWindow w = pool_window(d, oy, ox);
                float sum = 0.0f;
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x)
                        sum += in[y * d.W + x];
                o[oy * d.OW + ox] = sum / float(pool_divisor(d, w, d.count_include_pad));
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
                const PoolWindow w = pool_window(d, oy, ox);
                const float share =
                    dy[oy * d.OW + ox] / float(pool_divisor(d, w, d.count_include_pad));
                for (int y = w.y0; y < w.y1; ++y)
                    for (int x = w.x0; x < w.x1; ++x)
                        dx[y * d.W + x] += share;
            }
    }
}

} // namespace convsight::compute::cpu
