// Max and average pooling on the CPU, OpenMP across (image, channel) planes.
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/pool_window.h"

#include <algorithm>
#include <initializer_list>

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

// out = the largest of each 2×2 window; argmax (when kArgmax) = its first maximum's offset.
template <bool kArgmax>
void maxpool2d_forward_2x2(float* out, float* arg, const float* inp, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        float* __restrict o = out + p * d.OH * d.OW;
        float* __restrict a = kArgmax ? arg + p * d.OH * d.OW : nullptr;
        for (int oy = 0; oy < d.OH; ++oy) {
            for (int ox = 0; ox < d.OW; ++ox) {
                const int first = 2 * oy * d.W + 2 * ox; // the window's top-left pixel
                int best = first;
                float m = in[first];
                for (const int i : {first + 1, first + d.W, first + d.W + 1})
                    if (in[i] > m) {
                        m = in[i];
                        best = i;
                    }
                o[oy * d.OW + ox] = m;
                if constexpr (kArgmax)
                    a[oy * d.OW + ox] = static_cast<float>(best);
            }
        }
    }
}

} // namespace

void maxpool2d_forward(float* out, float* argmax, const float* inp, const PoolDims& d) {
    if (is_plain_2x2(d))
        return argmax ? maxpool2d_forward_2x2<true>(out, argmax, inp, d)
                      : maxpool2d_forward_2x2<false>(out, nullptr, inp, d);
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict in = inp + p * d.H * d.W;
        float* __restrict o = out + p * d.OH * d.OW;
        for (int oy = 0; oy < d.OH; ++oy)
            for (int ox = 0; ox < d.OW; ++ox) {
                const int best = pool_window_argmax(in, d.W, pool_window(d, oy, ox));
                o[oy * d.OW + ox] = in[best];
                if (argmax)
                    argmax[p * d.OH * d.OW + oy * d.OW + ox] = static_cast<float>(best);
            }
    }
}

// Scatters each output's gradient to the pixel the forward's argmax names, in output order per
// plane (the order the search-based backward used, so the sums are the same).
void maxpool2d_backward(float* dinp, const float* dout, const float* argmax, const PoolDims& d) {
#pragma omp parallel for schedule(static)
    for (std::size_t p = 0; p < planes(d); ++p) {
        const float* __restrict dy = dout + p * d.OH * d.OW;
        const float* __restrict arg = argmax + p * d.OH * d.OW;
        float* __restrict dx = dinp + p * d.H * d.W;
        std::fill_n(dx, d.H * d.W, 0.0f);
        for (int o = 0; o < d.OH * d.OW; ++o)
            dx[static_cast<int>(arg[o])] += dy[o];
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
