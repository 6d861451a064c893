// conv2d on the CPU: im2col + GEMM (one per group). The forward cuts each image's output into
// blocks of columns (output pixels) shared out to the threads, so one image uses every core and a
// thread's column buffer stays small; the backward runs one GEMM per image and group, OpenMP across
// the batch, recomputing each image's columns instead of keeping them, and sums the bias gradient
// in the same pass (no second parallel region over the output gradient).
#include "compute/Profile.h"
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

// The widest padded input row im2col_image keeps on the stack (floats).
constexpr int kMaxPaddedRow = 1024;

// im2col of a whole image: one output row (oy) at a time, with no cutting at block ends, so the
// inner loops are plain copies (a 12×12 image's rows are 12 floats: the per-row bookkeeping of the
// general case cost as much as the copy).
void im2col_image(float* __restrict col, const float* __restrict inp, const ConvDims& d) {
    const std::size_t cols = column_cols(d);
    // Stride 1 along x: each input row once into a zero-padded row, from which the KW rows of the
    // columns copy OW floats each with no edges to handle.
    const int padded_width = d.OW + (d.KW - 1) * d.dilation_x;
    if (d.stride_x == 1 && padded_width <= kMaxPaddedRow) {
        float padded[kMaxPaddedRow];
        for (int c = 0; c < d.C; ++c) {
            const float* plane = inp + std::size_t(c) * d.H * d.W;
            for (int ky = 0; ky < d.KH; ++ky) {
                float* rows = col + (std::size_t(c) * d.KH + ky) * d.KW * cols;
                for (int oy = 0; oy < d.OH; ++oy) {
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H) {
                        for (int kx = 0; kx < d.KW; ++kx)
                            std::fill_n(rows + kx * cols + std::size_t(oy) * d.OW, d.OW, 0.0f);
                        continue;
                    }
                    const float* in = plane + std::size_t(iy) * d.W;
                    for (int j = 0; j < padded_width; ++j) {
                        const int ix = j - d.pad_left;
                        padded[j] = ix >= 0 && ix < d.W ? in[ix] : 0.0f;
                    }
                    for (int kx = 0; kx < d.KW; ++kx) {
                        float* __restrict out = rows + kx * cols + std::size_t(oy) * d.OW;
                        const float* __restrict src = padded + kx * d.dilation_x;
                        for (int ox = 0; ox < d.OW; ++ox)
                            out[ox] = src[ox];
                    }
                }
            }
        }
        return;
    }
    for (int c = 0; c < d.C; ++c) {
        const float* plane = inp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                float* row = col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * cols;
                const int x_offset = kx * d.dilation_x - d.pad_left;
                const ColumnRange inside = inside_columns(x_offset, d);
                for (int oy = 0; oy < d.OH; ++oy) {
                    float* __restrict out = row + std::size_t(oy) * d.OW;
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H) {
                        std::fill(out, out + d.OW, 0.0f);
                        continue;
                    }
                    const float* in = plane + std::size_t(iy) * d.W;
                    for (int ox = 0; ox < inside.begin; ++ox)
                        out[ox] = 0.0f;
                    if (d.stride_x == 1) {
                        const float* __restrict src = in + x_offset;
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            out[ox] = src[ox];
                    } else {
                        for (int ox = inside.begin; ox < inside.end; ++ox)
                            out[ox] = in[ox * d.stride_x + x_offset];
                    }
                    for (int ox = inside.end; ox < d.OW; ++ox)
                        out[ox] = 0.0f;
                }
            }
        }
    }
}

// col (C·KH·KW, end − begin): row (c,ky,kx), column j − begin for output pixel j = oy·OW + ox in
// [begin, end) holds inp[c][iy][ix], or 0 in the padding.
void im2col(float* __restrict col, const float* __restrict inp, const ConvDims& d,
            std::size_t begin, std::size_t end) {
    if (begin == 0 && end == column_cols(d)) {
        im2col_image(col, inp, d);
        return;
    }
    const std::size_t width = end - begin;
    for (int c = 0; c < d.C; ++c) {
        const float* plane = inp + std::size_t(c) * d.H * d.W;
        for (int ky = 0; ky < d.KH; ++ky) {
            for (int kx = 0; kx < d.KW; ++kx) {
                float* row = col + ((std::size_t(c) * d.KH + ky) * d.KW + kx) * width;
                const int x_offset = kx * d.dilation_x - d.pad_left;
                const ColumnRange inside = inside_columns(x_offset, d);
                // One output row (oy) at a time, cut to [begin, end) at the ends.
                for (std::size_t j = begin; j < end;) {
                    const int oy = int(j / std::size_t(d.OW));
                    const int first = int(j - std::size_t(oy) * d.OW);
                    const int last = int(std::min<std::size_t>(d.OW, end - std::size_t(oy) * d.OW));
                    float* out = row + (j - begin); // out[k] is output pixel (oy, first + k)
                    j += std::size_t(last - first);
                    const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                    if (iy < 0 || iy >= d.H) {
                        std::fill(out, out + (last - first), 0.0f);
                        continue;
                    }
                    const int lo = std::clamp(inside.begin, first, last);
                    const int hi = std::clamp(inside.end, lo, last);
                    std::fill(out, out + (lo - first), 0.0f);
                    const float* in = plane + std::size_t(iy) * d.W;
                    if (d.stride_x == 1) {
                        const float* src = in + (lo + x_offset);
                        for (int k = 0; k < hi - lo; ++k)
                            out[lo - first + k] = src[k];
                    } else {
                        for (int ox = lo; ox < hi; ++ox)
                            out[ox - first] = in[ox * d.stride_x + x_offset];
                    }
                    std::fill(out + (hi - first), out + (last - first), 0.0f);
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

// The sum of a plane of n values, in eight running sums (which the compiler keeps in one vector
// register: a single float sum waits for each add in turn).
float plane_sum(const float* __restrict plane, std::size_t n) {
    float lanes[8] = {};
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (std::size_t k = 0; k < 8; ++k)
            lanes[k] += plane[i + k];
    float sum = 0.0f;
    for (; i < n; ++i)
        sum += plane[i];
    for (const float lane : lanes)
        sum += lane;
    return sum;
}

// One buffer per thread, grown as needed and kept: a training step reuses it.
float* thread_buffer(std::size_t count) {
    thread_local std::vector<float> buffer;
    if (buffer.size() < count)
        buffer.resize(count);
    return buffer.data();
}

} // namespace

// Output pixels per block of the forward: a thread's columns (C·KH·KW × block floats) stay at
// about 4 MB (VGG-16's second layer would need 115 MB for a whole image), and an image is cut into
// at least `threads` blocks; a multiple of 16 (one AVX-512 vector).
std::size_t forward_block(const ConvDims& d, int threads) {
    const std::size_t rows = column_rows(d), cols = column_cols(d);
    constexpr std::size_t budget = std::size_t(1) << 20; // floats
    std::size_t block = std::max<std::size_t>(budget / rows, 64);
    const std::size_t per_thread = (cols + std::size_t(threads) - 1) / std::size_t(threads);
    block = std::min(block, per_thread);
    block = (block + 15) / 16 * 16;
    return std::min(block, cols);
}

void conv2d_forward(float* out, const float* inp, const float* weight, const float* bias,
                    const ConvDims& d) {
    const std::size_t rows = column_rows(d), cols = column_cols(d);
    const std::size_t in_size = std::size_t(d.C) * d.H * d.W;
    const std::size_t out_size = std::size_t(d.OC) * cols;
    const bool direct = columns_are_input(d);
    const GroupSizes group = group_sizes(d);
    // With at least an image a thread, threads take whole images (in blocks where they are
    // large); with fewer, each image's blocks are shared out.
    const int threads = omp_get_max_threads();
    const std::size_t block = forward_block(d, d.N >= threads ? 1 : threads);
    const std::size_t blocks = (cols + block - 1) / block;
    const auto tasks = static_cast<std::int64_t>(std::size_t(d.N) * blocks);
#pragma omp parallel for schedule(dynamic, 1) if (tasks > 1)
    for (std::int64_t task = 0; task < tasks; ++task) {
        const auto n = std::size_t(task) / blocks;
        const std::size_t begin = std::size_t(task) % blocks * block;
        const std::size_t end = std::min(begin + block, cols);
        const int width = int(end - begin);
        const float* image = inp + n * in_size;
        const float* col = image + begin;
        int ldcol = int(cols);
        if (!direct) {
            const profile::Scope timing("im2col");
            float* buffer = thread_buffer(rows * (end - begin));
            im2col(buffer, image, d, begin, end);
            col = buffer;
            ldcol = width;
        }
        float* o = out + n * out_size + begin;
        // Per group g: out_n[g][:, begin:end] (OC/G, width) = weight[g] (OC/G, C/G·KH·KW) ·
        // col[g] (C/G·KH·KW, width); one GEMM when G = 1.
        {
            const profile::Scope timing("gemm");
            for (int g = 0; g < d.groups; ++g)
                gemm(false, false, group.filters, width, int(group.rows), 1.0f,
                     weight + g * group.filters * group.rows, int(group.rows),
                     col + std::size_t(g) * group.rows * ldcol, ldcol, 0.0f,
                     o + g * group.filters * cols, int(cols));
        }
        const profile::Scope timing("bias");
        if (bias)
            for (int oc = 0; oc < d.OC; ++oc) {
                float* plane = o + std::size_t(oc) * cols;
                const float b = bias[oc];
                for (int i = 0; i < width; ++i)
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
    // And its images' bias gradients, in float64 per output channel (OC per thread).
    std::vector<double> bias_sums(dbias ? std::size_t(threads) * std::size_t(d.OC) : 0);
    // Image n's share: its weight and bias gradients added into dw and db, its input gradient
    // written.
    const auto image_gradients = [&](int n, float* dw, double* db, float* buffer) {
        const float* image = inp + n * in_size;
        const float* dy = dout + n * out_size;
        if (db) {
            const profile::Scope timing("bias");
            for (int oc = 0; oc < d.OC; ++oc)
                db[oc] += plane_sum(dy + std::size_t(oc) * cols, cols);
        }
        const float* col = image;
        if (!direct) {
            const profile::Scope timing("im2col");
            im2col(buffer, image, d, 0, cols);
            col = buffer;
        }
        // Per group g: dweight[g] (OC/G, C/G·KH·KW) += dy[g] (OC/G, OH·OW) · col[g]ᵀ
        {
            const profile::Scope timing("gemm weights");
            for (int g = 0; g < d.groups; ++g)
                gemm(false, true, group.filters, int(group.rows), int(cols), 1.0f,
                     dy + g * group.filters * cols, int(cols), col + g * group.rows * cols,
                     int(cols), 1.0f, dw + g * group.filters * group.rows, int(group.rows));
        }
        if (dinp) {
            float* dimage = dinp + n * in_size;
            // dcol[g] (C/G·KH·KW, OH·OW) = weight[g]ᵀ · dy[g], then back to the image's pixels.
            float* dcol = direct ? dimage : buffer;
            {
                const profile::Scope timing("gemm input");
                for (int g = 0; g < d.groups; ++g)
                    gemm(true, false, int(group.rows), int(cols), group.filters, 1.0f,
                         weight + g * group.filters * group.rows, int(group.rows),
                         dy + g * group.filters * cols, int(cols), 0.0f,
                         dcol + g * group.rows * cols, int(cols));
            }
            if (!direct) {
                const profile::Scope timing("col2im");
                col2im(dimage, dcol, d);
            }
        }
    };
    if (threads == 1) {
        // One image: no parallel region of one thread, inside which each GEMM would open a
        // nested team of its own (tens of times slower than the GEMM); the GEMMs share the
        // cores out themselves.
        std::fill_n(dweight, weight_size, 0.0f);
        float* buffer = direct ? nullptr : thread_buffer(rows * cols);
        for (int n = 0; n < d.N; ++n)
            image_gradients(n, dweight, dbias ? bias_sums.data() : nullptr, buffer);
    } else {
#pragma omp parallel num_threads(threads)
        {
            const int t = omp_get_thread_num();
            float* dw = t == 0 ? dweight : partial.data() + std::size_t(t - 1) * weight_size;
            std::fill_n(dw, weight_size, 0.0f);
            double* db = dbias ? bias_sums.data() + std::size_t(t) * std::size_t(d.OC) : nullptr;
            float* buffer = direct ? nullptr : thread_buffer(rows * cols);
#pragma omp for schedule(static)
            for (int n = 0; n < d.N; ++n)
                image_gradients(n, dw, db, buffer);
        }
    }
    const profile::Scope timing("sums");
    for (int t = 1; t < threads; ++t) {
        const float* dw = partial.data() + std::size_t(t - 1) * weight_size;
        for (std::size_t i = 0; i < weight_size; ++i)
            dweight[i] += dw[i];
    }
    if (dbias)
        for (int oc = 0; oc < d.OC; ++oc) {
            double sum = 0.0;
            for (int t = 0; t < threads; ++t)
                sum += bias_sums[std::size_t(t) * std::size_t(d.OC) + std::size_t(oc)];
            dbias[oc] = static_cast<float>(sum);
        }
}

} // namespace convsight::compute::cpu
