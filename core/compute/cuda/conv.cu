// conv2d forward and backward: im2col, then one cuBLAS SGEMM per chunk of images and group (or
// per band of output rows when one image's columns exceed the budget); col2im as a gather,
// without atomics.
// Output pixel (oy,ox) reads input (oy·stride_y − pad_top + ky·dilation_y, ...) for each tap.
#include "compute/cuda/bias.h"
#include "compute/cuda/blas.h"
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <string>

namespace convsight::compute::cuda {
namespace {

// The unfolded columns of one chunk stay within this many floats (256 MiB), unless a single
// output row needs more.
constexpr std::size_t kColumnBudgetFloats = std::size_t{64} << 20;

// How a conv is cut into GEMMs: `images` whole images at a time (rows == OH), or one image at a
// time in bands of `rows` output rows. unfold is false for a 1x1 filter with stride 1 and no
// padding, whose input (C, H·W) already is its column matrix.
struct ConvChunks {
    int images;
    int rows;
    bool unfold;
};

// Rows of the column matrix: one per filter tap, C·KH·KW.
int column_rows(const ConvDims& d) {
    return d.C * d.KH * d.KW;
}

// With G groups, group g's OC/G filters read a contiguous block of C/G·KH·KW column rows, and
// each filter holds that many weights; group g's blocks start at g times these sizes.
struct GroupSizes {
    int filters; // OC/G
    int taps;    // C/G·KH·KW
};
GroupSizes group_sizes(const ConvDims& d) {
    return {d.OC / d.groups, column_rows(d) / d.groups};
}

std::size_t input_image_size(const ConvDims& d) {
    return static_cast<std::size_t>(d.C) * static_cast<std::size_t>(d.H) *
           static_cast<std::size_t>(d.W);
}

ConvChunks plan_chunks(const ConvDims& d) {
    const bool pointwise = d.KH == 1 && d.KW == 1 && d.stride_y == 1 && d.stride_x == 1 &&
                           d.pad_top == 0 && d.pad_left == 0 && d.OH == d.H && d.OW == d.W;
    if (pointwise)
        return {d.N, d.OH, false};
    const std::size_t row_floats =
        static_cast<std::size_t>(column_rows(d)) * static_cast<std::size_t>(d.OW);
    const std::size_t image_floats = row_floats * static_cast<std::size_t>(d.OH);
    if (image_floats <= kColumnBudgetFloats) {
        const std::size_t images = std::min<std::size_t>(static_cast<std::size_t>(d.N),
                                                         kColumnBudgetFloats / image_floats);
        return {static_cast<int>(images), d.OH, true};
    }
    const std::size_t rows = std::clamp<std::size_t>(kColumnBudgetFloats / row_floats, 1,
                                                     static_cast<std::size_t>(d.OH));
    return {1, static_cast<int>(rows), true};
}

// cuBLAS takes int sizes and leading dimensions: an output plane (OH·OW) and the column matrix
// of one band (C·KH·KW by rows·OW) must fit in an int.
void check_gemm_sizes(const ConvDims& d, const char* op) {
    const long long plane = static_cast<long long>(d.OH) * d.OW;
    const long long taps = static_cast<long long>(d.C) * d.KH * d.KW;
    if (plane > INT_MAX || taps > INT_MAX)
        throw std::invalid_argument(std::string(op) + ": a " + std::to_string(d.OH) + "x" +
                                    std::to_string(d.OW) + " output with " + std::to_string(taps) +
                                    " filter taps is too large for cuBLAS's int sizes");
}

// cols (nb, C·KH·KW, rows·OW) from inp (nb,C,H,W): column (oy,ox) of image b holds the input
// pixels under the filter at output (oy0 + oy, ox), and 0 where the filter hangs over the padding.
__global__ void im2col(float* cols, const float* inp, ConvDims d, int nb, int oy0, int rows) {
    const std::size_t taps = static_cast<std::size_t>(d.C) * d.KH * d.KW;
    const std::size_t n = static_cast<std::size_t>(nb) * taps * rows * d.OW;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int ox = static_cast<int>(i % d.OW);
        std::size_t t = i / d.OW;
        const int oy = oy0 + static_cast<int>(t % rows);
        t /= rows;
        const int kx = static_cast<int>(t % d.KW);
        t /= d.KW;
        const int ky = static_cast<int>(t % d.KH);
        t /= d.KH;
        const int c = static_cast<int>(t % d.C);
        const std::size_t b = t / d.C;
        const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
        const int ix = ox * d.stride_x - d.pad_left + kx * d.dilation_x;
        const bool inside = iy >= 0 && iy < d.H && ix >= 0 && ix < d.W;
        cols[i] = inside ? inp[((b * d.C + c) * d.H + iy) * d.W + ix] : 0.0f;
    }
}

// dinp (nb,C,H,W), input rows [iy_begin, iy_end) only: each input pixel sums the entries of
// dcols (nb, C·KH·KW, rows·OW) that im2col copied from it. A gather: no atomics, and the same
// order of additions on every run. accumulate adds to dinp (bands after the first).
__global__ void col2im(float* dinp, const float* dcols, ConvDims d, int nb, int oy0, int rows,
                       int iy_begin, int iy_end, bool accumulate) {
    const std::size_t taps = static_cast<std::size_t>(d.C) * d.KH * d.KW;
    const int band = iy_end - iy_begin;
    const std::size_t n = static_cast<std::size_t>(nb) * d.C * band * d.W;
    for (std::size_t i = first_index(); i < n; i += index_stride()) {
        const int ix = static_cast<int>(i % d.W);
        std::size_t t = i / d.W;
        const int iy = iy_begin + static_cast<int>(t % band);
        t /= band;
        const int c = static_cast<int>(t % d.C);
        const std::size_t b = t / d.C;
        float sum = 0.0f;
        for (int ky = 0; ky < d.KH; ++ky) {
            // Output row oy reads input row iy through tap ky when oy·stride_y = iy + pad − ky·dil.
            const int ty = iy + d.pad_top - ky * d.dilation_y;
            if (ty < 0)
                break; // ty only falls as ky grows
            if (ty % d.stride_y != 0)
                continue;
            const int oy = ty / d.stride_y - oy0; // row within the band
            if (oy < 0 || oy >= rows)
                continue;
            for (int kx = 0; kx < d.KW; ++kx) {
                const int tx = ix + d.pad_left - kx * d.dilation_x;
                if (tx < 0)
                    break;
                if (tx % d.stride_x != 0)
                    continue;
                const int ox = tx / d.stride_x;
                if (ox >= d.OW)
                    continue;
                const std::size_t tap = (static_cast<std::size_t>(c) * d.KH + ky) * d.KW + kx;
                sum += dcols[((b * taps + tap) * rows + oy) * d.OW + ox];
            }
        }
        float& target = dinp[((b * d.C + c) * d.H + iy) * d.W + ix];
        target = accumulate ? target + sum : sum;
    }
}

// The column matrices of images n0 .. n0+nb−1, output rows oy0 .. oy0+rows−1: unfolded into
// `cols`, or the input itself for a pointwise conv.
const float* columns_of(const OpScope& op, float* cols, const float* inp, const ConvDims& d,
                        const ConvChunks& chunks, int n0, int nb, int oy0, int rows) {
    const float* images = inp + static_cast<std::size_t>(n0) * input_image_size(d);
    if (!chunks.unfold)
        return images;
    const std::size_t n = static_cast<std::size_t>(nb) * static_cast<std::size_t>(column_rows(d)) *
                          static_cast<std::size_t>(rows) * static_cast<std::size_t>(d.OW);
    im2col<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(cols, images, d, nb, oy0, rows);
    CS_CUDA_CHECK_LAUNCH(op.name(), im2col);
    return cols;
}

} // namespace

// out (N,OC,OH,OW) = weight (OC, C/G·KH·KW) · columns (C·KH·KW, OH·OW) per image and group,
// + bias (OC)
void conv2d_forward(float* out, const float* inp, const float* weight, const float* bias,
                    const ConvDims& d) {
    OpScope op("conv2d_forward");
    if (d.N <= 0 || d.OC <= 0 || d.OH <= 0 || d.OW <= 0)
        return;
    check_gemm_sizes(d, op.name());
    const ConvChunks chunks = plan_chunks(d);
    const int taps = column_rows(d);
    const GroupSizes group = group_sizes(d);
    const std::size_t plane = static_cast<std::size_t>(d.OH) * static_cast<std::size_t>(d.OW);
    float* cols = chunks.unfold ? op.scratch_as<float>(static_cast<std::size_t>(chunks.images) *
                                                       static_cast<std::size_t>(taps) *
                                                       static_cast<std::size_t>(chunks.rows) *
                                                       static_cast<std::size_t>(d.OW))
                                : nullptr;
    for (int n0 = 0; n0 < d.N; n0 += chunks.images) {
        const int nb = std::min(chunks.images, d.N - n0);
        for (int oy0 = 0; oy0 < d.OH; oy0 += chunks.rows) {
            const int rows = std::min(chunks.rows, d.OH - oy0);
            const int width = rows * d.OW; // columns in this band
            const float* columns = columns_of(op, cols, inp, d, chunks, n0, nb, oy0, rows);
            // out[n0+b, :, oy0:oy0+rows, :] (OC, width; row stride OH·OW) =
            //     weight (OC, taps) · columns_b (taps, width)
            float* out_band = out + static_cast<std::size_t>(n0) * d.OC * plane +
                              static_cast<std::size_t>(oy0) * d.OW;
            // per group g: out_b[g] (OC/G, width) = weight[g] (OC/G, taps/G) · columns_b[g]
            for (int g = 0; g < d.groups; ++g)
                row_major_gemm_batched(
                    op, false, false, group.filters, width, group.taps, 1.0f,
                    weight + static_cast<std::size_t>(g) * group.filters * group.taps, group.taps,
                    0, columns + static_cast<std::size_t>(g) * group.taps * width, width,
                    static_cast<long long>(taps) * width, 0.0f,
                    out_band + static_cast<std::size_t>(g) * group.filters * plane,
                    static_cast<int>(plane),
                    static_cast<long long>(d.OC) * static_cast<long long>(plane), nb);
        }
    }
    if (bias)
        add_channel_bias(op, out, bias, d.N, d.OC, plane);
}

// dweight (OC, C/G·KH·KW) = Σ_n dout_n (OC, OH·OW) · columns_nᵀ per group; dbias (OC) =
// Σ_{n,p} dout; dinp = col2im(weightᵀ (C/G·KH·KW, OC/G) · dout_n per group) per image.
void conv2d_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                     const float* weight, const ConvDims& d) {
    OpScope op("conv2d_backward");
    if (d.N <= 0 || d.OC <= 0 || d.OH <= 0 || d.OW <= 0)
        return;
    check_gemm_sizes(d, op.name());
    const std::size_t plane = static_cast<std::size_t>(d.OH) * static_cast<std::size_t>(d.OW);
    if (dbias)
        sum_per_channel(op, dbias, dout, d.N, d.OC, plane);
    if (!dweight && !dinp)
        return;
    const ConvChunks chunks = plan_chunks(d);
    const int taps = column_rows(d);
    const GroupSizes group = group_sizes(d);
    const bool banded = chunks.rows < d.OH;
    // One scratch buffer serves the columns (for dweight) and then their gradient (for dinp):
    // stream order puts the dweight GEMMs before the dinp GEMM overwrites it.
    float* cols = chunks.unfold ? op.scratch_as<float>(static_cast<std::size_t>(chunks.images) *
                                                       static_cast<std::size_t>(taps) *
                                                       static_cast<std::size_t>(chunks.rows) *
                                                       static_cast<std::size_t>(d.OW))
                                : nullptr;
    if (dinp && banded) // bands add into dinp; rows no output reads stay 0
        CS_CUDA_CHECK(op.name(), cudaMemsetAsync(dinp, 0,
                                                 static_cast<std::size_t>(d.N) *
                                                     input_image_size(d) * sizeof(float),
                                                 op.stream()));
    bool first_product = true;
    for (int n0 = 0; n0 < d.N; n0 += chunks.images) {
        const int nb = std::min(chunks.images, d.N - n0);
        for (int oy0 = 0; oy0 < d.OH; oy0 += chunks.rows) {
            const int rows = std::min(chunks.rows, d.OH - oy0);
            const int width = rows * d.OW;
            // dout[n0+b, :, oy0:oy0+rows, :]: (OC, width) with row stride OH·OW
            const float* dout_band = dout + static_cast<std::size_t>(n0) * d.OC * plane +
                                     static_cast<std::size_t>(oy0) * d.OW;
            if (dweight) {
                const float* columns = columns_of(op, cols, inp, d, chunks, n0, nb, oy0, rows);
                for (int b = 0; b < nb; ++b) {
                    // per group g: dweight[g] (OC/G, taps/G) (+)= dout_b[g] (OC/G, width) ·
                    // columns_b[g]ᵀ (width, taps/G)
                    for (int g = 0; g < d.groups; ++g)
                        row_major_gemm(op, false, true, group.filters, group.taps, width, 1.0f,
                                       dout_band + (static_cast<std::size_t>(b) * d.OC +
                                                    static_cast<std::size_t>(g) * group.filters) *
                                                       plane,
                                       static_cast<int>(plane),
                                       columns + (static_cast<std::size_t>(b) * taps +
                                                  static_cast<std::size_t>(g) * group.taps) *
                                                     width,
                                       width, first_product ? 0.0f : 1.0f,
                                       dweight +
                                           static_cast<std::size_t>(g) * group.filters * group.taps,
                                       group.taps);
                    first_product = false;
                }
            }
            if (dinp) {
                float* dinp_images = dinp + static_cast<std::size_t>(n0) * input_image_size(d);
                float* dcols = chunks.unfold ? cols : dinp_images;
                // per group g: dcols_b[g] (taps/G, width) = weight[g]ᵀ (taps/G, OC/G) ·
                // dout_b[g] (OC/G, width)
                for (int g = 0; g < d.groups; ++g)
                    row_major_gemm_batched(
                        op, true, false, group.taps, width, group.filters, 1.0f,
                        weight + static_cast<std::size_t>(g) * group.filters * group.taps,
                        group.taps, 0,
                        dout_band + static_cast<std::size_t>(g) * group.filters * plane,
                        static_cast<int>(plane),
                        static_cast<long long>(d.OC) * static_cast<long long>(plane), 0.0f,
                        dcols + static_cast<std::size_t>(g) * group.taps * width, width,
                        static_cast<long long>(taps) * width, nb);
                if (!chunks.unfold)
                    continue;
                // Input rows this band's outputs read; the whole image when not banded, so
                // that rows no output reads are written as 0.
                int iy_begin = 0;
                int iy_end = d.H;
                if (banded) {
                    iy_begin = std::max(0, oy0 * d.stride_y - d.pad_top);
                    iy_end = std::min(d.H, (oy0 + rows - 1) * d.stride_y - d.pad_top +
                                               (d.KH - 1) * d.dilation_y + 1);
                }
                if (iy_begin >= iy_end)
                    continue;
                const std::size_t n = static_cast<std::size_t>(nb) * d.C *
                                      static_cast<std::size_t>(iy_end - iy_begin) * d.W;
                col2im<<<blocks_for(n), kBlockSize, 0, op.stream()>>>(
                    dinp_images, dcols, d, nb, oy0, rows, iy_begin, iy_end, banded);
                CS_CUDA_CHECK_LAUNCH(op.name(), col2im);
            }
        }
    }
}

} // namespace convsight::compute::cuda
