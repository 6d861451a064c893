// conv2d on the CPU: im2col + one GEMM per image, OpenMP across the batch. The backward
// recomputes each image's columns instead of keeping them, so memory stays at one buffer a thread.
#include "compute/cpu/cpu_ops.h"

#include <algorithm>
#include <cstring>
#include <omp.h>
#include <vector>

namespace convsight::compute::cpu {
namespace {

// Rows of the column matrix: C·KH·KW; columns: OH·OW.
std::size_t column_rows(const ConvDims& d) {
    return std::size_t(d.C) * d.KH * d.KW;
}
std::size_t column_cols(const ConvDims& d) {
    return std::size_t(d.OH) * d.OW;
}

// A 1×1 filter with stride 1 and no padding reads the image as it is: no columns needed.
bool columns_are_input(const ConvDims& d) {
    return d.KH == 1 && d.KW == 1 && d.stride_y == 1 && d.stride_x == 1 && d.pad_top == 0 &&
           d.pad_left == 0 && d.OH == d.H && d.OW == d.W;
}

// col (C·KH·KW, OH·OW): row (c,ky,kx), column (oy,ox) holds inp[c][iy][ix] or 0 in the padding.
void im2col(float* col, const float* inp, const ConvDims& d) {
    for (int c = 0; c < d.C; ++c) {
        const float* plane = inp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                float* row = col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * column_cols(d);
                const int x_offset = kx * d.dilation_x - d.pad_left;
                // Output columns whose input x lies inside the image: [ox_begin, ox_end).
                int ox_begin = 0;
                while (ox_begin < d.OW && ox_begin * d.stride_x + x_offset < 0)
                    ++ox_begin;
                int ox_end = d.OW;
                while (ox_end > ox_begin && (ox_end - 1) * d.stride_x + x_offset >= d.W)
                    --ox_end;
                for (int oy = 0; oy < d.OH; ++oy) {
                    float* out = row + std::size_t(oy) * d.OW;
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H) {
                        std::fill_n(out, d.OW, 0.0f);
                        continue;
                    }
                    const float* in = plane + std::size_t(iy) * d.W;
                    std::fill_n(out, ox_begin, 0.0f);
                    if (d.stride_x == 1) {
                        std::memcpy(out + ox_begin, in + ox_begin + x_offset,
                                    sizeof(float) * std::size_t(ox_end - ox_begin));
                    } else {
                        for (int ox = ox_begin; ox < ox_end; ++ox)
                            out[ox] = in[ox * d.stride_x + x_offset];
                    }
                    std::fill(out + ox_end, out + d.OW, 0.0f);
                }
            }
        }
    }
}

// The adjoint of im2col: dinp[c][iy][ix] += every column entry that read it.
void col2im(float* dinp, const float* col, const ConvDims& d) {
    std::fill_n(dinp, std::size_t(d.C) * d.H * d.W, 0.0f);
    for (int c = 0; c < d.C; ++c) {
        float* plane = dinp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                const float* row =
                    col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * column_cols(d);
                const int x_offset = kx * d.dilation_x - d.pad_left;
                for (int oy = 0; oy < d.OH; ++oy) {
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H)
                        continue;
                    float* in = plane + std::size_t(iy) * d.W;
                    const float* out = row + std::size_t(oy) * d.OW;
                    for (int ox = 0; ox < d.OW; ++ox) {
                        const int ix = ox * d.stride_x + x_offset;
                        if (ix >= 0 && ix < d.W)
                            in[ix] += out[ox];
                    }
                }
            }
        }
    }
}

// One buffer per thread, grown as needed and kept: a training step reuses it.
float* thread_buffer(std::size_t count) {
    thread_local std::vector<float> buffer;
    if (buffer.size() < count)
        buffer.resize(count);
    return buffer.data();
}

} // namespace

void conv2d_forward(float* out, const float* inp, const float* weight, const float* bias,
                    const ConvDims& d) {
    const std::size_t rows = column_rows(d), cols = column_cols(d);
    const std::size_t in_size = std::size_t(d.C) * d.H * d.W;
    const std::size_t out_size = std::size_t(d.OC) * cols;
    const bool direct = columns_are_input(d);
#pragma omp parallel for schedule(static) if (d.N > 1)
    for (int n = 0; n < d.N; ++n) {
        const float* image = inp + n * in_size;
        const float* col = image;
        if (!direct) {
            float* buffer = thread_buffer(rows * cols);
            im2col(buffer, image, d);
            col = buffer;
        }
        float* o = out + n * out_size;
        // out_n (OC, OH·OW) = weight (OC, C·KH·KW) · col (C·KH·KW, OH·OW)
        gemm(false, false, d.OC, int(cols), int(rows), 1.0f, weight, int(rows), col, int(cols),
             0.0f, o, int(cols));
        if (bias)
            for (int oc = 0; oc < d.OC; ++oc) {
                float* plane = o + std::size_t(oc) * cols;
                const float b = bias[oc];
                for (std::size_t i = 0; i < cols; ++i)
                    plane[i] += b;
            }
    }
}

void conv2d_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                     const float* weight, const ConvDims& d) {
    const std::size_t rows = column_rows(d), cols = column_cols(d);
    const std::size_t in_size = std::size_t(d.C) * d.H * d.W;
    const std::size_t out_size = std::size_t(d.OC) * cols;
    const std::size_t weight_size = std::size_t(d.OC) * rows;
    const bool direct = columns_are_input(d);
    const int threads = d.N > 1 ? omp_get_max_threads() : 1;
    // Each thread sums its images' weight gradients apart; the partial sums are added at the end.
    std::vector<float> partial(std::size_t(threads - 1) * weight_size);

#pragma omp parallel num_threads(threads)
    {
        const int t = omp_get_thread_num();
        float* dw = t == 0 ? dweight : partial.data() + std::size_t(t - 1) * weight_size;
        std::fill_n(dw, weight_size, 0.0f);
        float* buffer = direct ? nullptr : thread_buffer(rows * cols);
#pragma omp for schedule(static)
        for (int n = 0; n < d.N; ++n) {
            const float* image = inp + n * in_size;
            const float* dy = dout + n * out_size;
            const float* col = image;
            if (!direct) {
                im2col(buffer, image, d);
                col = buffer;
            }
            // dweight (OC, C·KH·KW) += dy (OC, OH·OW) · colᵀ
            gemm(false, true, d.OC, int(rows), int(cols), 1.0f, dy, int(cols), col, int(cols), 1.0f,
                 dw, int(rows));
            if (dinp) {
                float* dimage = dinp + n * in_size;
                // dcol (C·KH·KW, OH·OW) = weightᵀ · dy, then back to the image's pixels.
                float* dcol = direct ? dimage : buffer;
                gemm(true, false, int(rows), int(cols), d.OC, 1.0f, weight, int(rows), dy,
                     int(cols), 0.0f, dcol, int(cols));
                if (!direct)
                    col2im(dimage, dcol, d);
            }
        }
    }
    for (int t = 1; t < threads; ++t) {
        const float* dw = partial.data() + std::size_t(t - 1) * weight_size;
        for (std::size_t i = 0; i < weight_size; ++i)
            dweight[i] += dw[i];
    }
    if (dbias) {
#pragma omp parallel for schedule(static)
        for (int oc = 0; oc < d.OC; ++oc) {
            double sum = 0.0;
            for (int n = 0; n < d.N; ++n) {
                const float* plane = dout + n * out_size + std::size_t(oc) * cols;
                float s = 0.0f;
                for (std::size_t i = 0; i < cols; ++i)
                    s += plane[i];
                sum += s;
            }
            dbias[oc] = static_cast<float>(sum);
        }
    }
}

} // namespace convsight::compute::cpu
