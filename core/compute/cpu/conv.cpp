// conv2d on the CPU: im2col + one GEMM per image and group, OpenMP across the batch. The backward
// recomputes each image's columns instead of keeping them, so memory stays at one buffer a thread.
#include "compute/cpu/cpu_ops.h"

#include <algorithm>
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

// With G groups, group g's filters (OC/G of them) read the rows of its C/G input channels: a
// contiguous block of C/G·KH·KW rows of the column matrix, and of each filter's weights.
struct GroupSizes {
    int filters;      // OC/G: output channels per group
    std::size_t rows; // C/G·KH·KW: column rows (and weights per filter) per group
};
GroupSizes group_sizes(const ConvDims& d) {
    return {d.OC / d.groups, column_rows(d) / std::size_t(d.groups)};
}

// A 1×1 filter with stride 1 and no padding reads the image as it is: no columns needed.
bool columns_are_input(const ConvDims& d) {
    return d.KH == 1 && d.KW == 1 && d.stride_y == 1 && d.stride_x == 1 && d.pad_top == 0 &&
           d.pad_left == 0 && d.OH == d.H && d.OW == d.W;
}

// Output columns ox whose input column ox·stride_x + x_offset lies inside the image.
struct ColumnRange {
    int begin, end;
};

ColumnRange inside_columns(int x_offset, const ConvDims& d) {
    int begin = 0;
    while (begin < d.OW && begin * d.stride_x + x_offset < 0)
        ++begin;
    int end = d.OW;
    while (end > begin && (end - 1) * d.stride_x + x_offset >= d.W)
        --end;
    return {begin, end};
}

// col (C·KH·KW, OH·OW): row (c,ky,kx), column (oy,ox) holds inp[c][iy][ix] or 0 in the padding.
void im2col(float* __restrict col, const float* __restrict inp, const ConvDims& d) {
    for (int c = 0; c < d.C; ++c) {
        const float* plane = inp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                float* row = col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * column_cols(d);
                const int x_offset = kx * d.dilation_x - d.pad_left;
                const ColumnRange inside = inside_columns(x_offset, d);
                for (int oy = 0; oy < d.OH; ++oy) {
                    float* out = row + std::size_t(oy) * d.OW;
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H) {
                        for (int ox = 0; ox < d.OW; ++ox)
                            out[ox] = 0.0f;
                        continue;
                    }
                    const float* in = plane + std::size_t(iy) * d.W + x_offset;
                    for (int ox = 0; ox < inside.begin; ++ox)
                        out[ox] = 0.0f;
                    if (d.stride_x == 1)
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            out[ox] = in[ox];
                    else
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            out[ox] = in[ox * d.stride_x];
                    for (int ox = inside.end; ox < d.OW; ++ox)
                        out[ox] = 0.0f;
                }
            }
        }
    }
}

// The adjoint of im2col: dinp[c][iy][ix] = the sum of every column entry that read it.
void col2im(float* __restrict dinp, const float* __restrict col, const ConvDims& d) {
    std::fill_n(dinp, std::size_t(d.C) * d.H * d.W, 0.0f);
    for (int c = 0; c < d.C; ++c) {
        float* plane = dinp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                const float* row =
                    col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * column_cols(d);
                const int x_offset = kx * d.dilation_x - d.pad_left;
                const ColumnRange inside = inside_columns(x_offset, d);
                for (int oy = 0; oy < d.OH; ++oy) {
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H)
                        continue;
                    float* in = plane + std::size_t(iy) * d.W + x_offset;
                    const float* out = row + std::size_t(oy) * d.OW;
                    if (d.stride_x == 1)
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            in[ox] += out[ox];
                    else
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            in[ox * d.stride_x] += out[ox];
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
    const GroupSizes group = group_sizes(d);
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
        // Per group g: out_n[g] (OC/G, OH·OW) = weight[g] (OC/G, C/G·KH·KW) · col[g] (C/G·KH·KW,
        // OH·OW); one GEMM when G = 1.
        for (int g = 0; g < d.groups; ++g)
            gemm(false, false, group.filters, int(cols), int(group.rows), 1.0f,
                 weight + g * group.filters * group.rows, int(group.rows),
                 col + g * group.rows * cols, int(cols), 0.0f, o + g * group.filters * cols,
                 int(cols));
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
    const GroupSizes group = group_sizes(d);
    const std::size_t weight_size = std::size_t(d.OC) * group.rows;
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
            // Per group g: dweight[g] (OC/G, C/G·KH·KW) += dy[g] (OC/G, OH·OW) · col[g]ᵀ
            for (int g = 0; g < d.groups; ++g)
                gemm(false, true, group.filters, int(group.rows), int(cols), 1.0f,
                     dy + g * group.filters * cols, int(cols), col + g * group.rows * cols,
                     int(cols), 1.0f, dw + g * group.filters * group.rows, int(group.rows));
            if (dinp) {
                float* dimage = dinp + n * in_size;
                // dcol[g] (C/G·KH·KW, OH·OW) = weight[g]ᵀ · dy[g], then back to the image's
                // pixels.
                float* dcol = direct ? dimage : buffer;
                for (int g = 0; g < d.groups; ++g)
                    gemm(true, false, int(group.rows), int(cols), group.filters, 1.0f,
                         weight + g * group.filters * group.rows, int(group.rows),
                         dy + g * group.filters * cols, int(cols), 0.0f,
                         dcol + g * group.rows * cols, int(cols));
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
