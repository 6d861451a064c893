// Image filtering on the CPU, direct (no im2col): each block of output rows is computed from a
// strip of input rows padded once by the border mode, with several independent 16-wide vector
// accumulators (rows × column chunks) so the FMA latency is hidden and each loaded input row feeds
// every output row it touches. OpenMP over (plane, row block).
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace convsight::compute::cpu {
namespace {

// One SIMD register of floats: AVX-512 intrinsics, else a GCC/Clang vector as wide as the
// target's registers (8 floats with AVX, 4 with SSE), which the compiler vectorises the same way.
#if defined(__AVX512F__)
using Vec = __m512;
inline Vec load(const float* p) {
    return _mm512_loadu_ps(p);
}
inline void store(float* p, Vec v) {
    _mm512_storeu_ps(p, v);
}
inline Vec zero() {
    return _mm512_setzero_ps();
}
// acc + w·v
inline Vec fma(Vec acc, float w, Vec v) {
    return _mm512_fmadd_ps(_mm512_set1_ps(w), v, acc);
}
// Keeps a loaded vector in a register: left alone, GCC folds the load into every FMA that uses
// it, and the repeated (mostly cache-line-splitting) loads then limit the FMA rate.
inline void keep_in_register(Vec& v) {
    __asm__("" : "+v"(v));
}
// A store that bypasses the cache (no read of the line first), for outputs larger than it.
inline void stream(float* p, Vec v) {
    _mm512_stream_ps(p, v);
}
inline void stream_fence() {
    _mm_sfence();
}
#else
#if defined(__AVX__)
typedef float Vec __attribute__((vector_size(32)));
#else
typedef float Vec __attribute__((vector_size(16)));
#endif
inline Vec load(const float* p) {
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void store(float* p, Vec v) {
    std::memcpy(p, &v, sizeof v);
}
inline Vec zero() {
    return Vec{};
}
inline Vec fma(Vec acc, float w, Vec v) {
    return acc + w * v;
}
inline void keep_in_register(Vec&) {}
inline void stream(float* p, Vec v) {
    store(p, v);
}
inline void stream_fence() {}
#endif

constexpr int kLanes = sizeof(Vec) / sizeof(float);
constexpr int kMaxStep = 2 * kLanes;       // the most output columns of one inner step
constexpr int kBlockRows = 32;             // output rows per task (one padded strip)
constexpr std::size_t kParallelMin = 4096; // fewer output pixels than this: one thread
// Outputs at least this large are written past the cache: they would not stay in it anyway, and a
// normal store reads each line before writing it, a third more memory traffic.
constexpr std::size_t kStreamMinBytes = std::size_t{8} << 20;

// The padded input rows one block of output rows reads: row s is input row y0 − KH/2 + s,
// column c is input column c − KW/2, both extended by the border mode. Columns past the padded
// width are zero, so the last step of a row may read whole vectors.
struct Strip {
    std::vector<float> values;
    std::size_t stride{}; // floats between rows

    void fill(const float* plane, int y0, int rows, const FilterDims& d) {
        const int ay = d.KH / 2, ax = d.KW / 2;
        const int steps = (d.W + kMaxStep - 1) / kMaxStep;
        stride = static_cast<std::size_t>(steps * kMaxStep + d.KW - 1);
        const std::size_t size = stride * static_cast<std::size_t>(rows + d.KH - 1);
        if (values.size() < size)
            values.assign(size, 0.0f);
        const std::size_t padded = static_cast<std::size_t>(d.W + d.KW - 1);
        for (int s = 0; s < rows + d.KH - 1; ++s) {
            float* row = values.data() + static_cast<std::size_t>(s) * stride;
            std::fill(row + padded, row + stride, 0.0f); // left from a wider image before
            const int iy = math::border_index(d.border, y0 - ay + s, d.H);
            if (iy < 0) {
                std::fill_n(row, d.W + d.KW - 1, 0.0f);
                continue;
            }
            const float* in = plane + static_cast<std::size_t>(iy) * d.W;
            std::memcpy(row + ax, in, sizeof(float) * static_cast<std::size_t>(d.W));
            for (int c = 0; c < ax; ++c) {
                const int ix = math::border_index(d.border, c - ax, d.W);
                row[c] = ix < 0 ? 0.0f : in[ix];
            }
            for (int c = ax + d.W; c < d.W + d.KW - 1; ++c) {
                const int ix = math::border_index(d.border, c - ax, d.W);
                row[c] = ix < 0 ? 0.0f : in[ix];
            }
        }
    }
};

// Input rows a later block will read, fetched into the cache while this block computes, so that
// the memory reads overlap the arithmetic instead of preceding it: `count` rows from `rows`,
// `stride` floats apart (count 0: none).
struct Ahead {
    const float* rows{};
    std::size_t stride{};
    int count{};
};

// Prefetches the cache lines of the ahead rows under the `floats` columns from x0 (to L1, which
// measured faster than to L2 alone).
inline void prefetch_ahead(const Ahead& ahead, int x0, int floats) {
    for (int j = 0; j < ahead.count; ++j) {
        const float* row = ahead.rows + static_cast<std::size_t>(j) * ahead.stride + x0;
        for (int f = 0; f < floats; f += 64 / static_cast<int>(sizeof(float)))
            __builtin_prefetch(row + f, 0, 3);
    }
}

// Writes R rows of C accumulated vectors at column x0 of out, cut at the image's width; whole
// aligned vectors bypass the cache when `streaming`.
template <int R, int C>
void store_step(float* out, std::size_t out_stride, int x0, int W, bool streaming,
                const Vec (&acc)[R][C]) {
    constexpr int step = C * kLanes;
    for (int j = 0; j < R; ++j) {
        float* o = out + static_cast<std::size_t>(j) * out_stride + x0;
        if (x0 + step > W) {
            float tail[step];
            for (int c = 0; c < C; ++c)
                store(tail + c * kLanes, acc[j][c]);
            std::memcpy(o, tail, sizeof(float) * static_cast<std::size_t>(W - x0));
        } else if (streaming && reinterpret_cast<std::uintptr_t>(o) % sizeof(Vec) == 0) {
            for (int c = 0; c < C; ++c)
                stream(o + c * kLanes, acc[j][c]);
        } else {
            for (int c = 0; c < C; ++c)
                store(o + c * kLanes, acc[j][c]);
        }
    }
}

// R output rows from strip rows 0 .. R+KH−2, C vectors wide, the kernel size known at compile
// time: every loop unrolls, and input row i meets output row j through kernel row i − j, so each
// loaded vector feeds up to R accumulators.
template <int KH, int KW, int R, int C>
void filter_rows_fixed(float* out, std::size_t out_stride, const float* strip,
                       std::size_t strip_stride, const float* k, int, int, int W, bool streaming,
                       const Ahead& ahead) {
    for (int x0 = 0; x0 < W; x0 += C * kLanes) {
        prefetch_ahead(ahead, x0, std::min(C * kLanes, W - x0));
        Vec acc[R][C];
        for (auto& row : acc)
            for (Vec& a : row)
                a = zero();
#pragma GCC unroll 32
        for (int i = 0; i < R + KH - 1; ++i) {
            const float* in = strip + static_cast<std::size_t>(i) * strip_stride + x0;
#pragma GCC unroll 16
            for (int kx = 0; kx < KW; ++kx) {
                Vec v[C];
                for (int c = 0; c < C; ++c) {
                    v[c] = load(in + kx + c * kLanes);
                    keep_in_register(v[c]);
                }
#pragma GCC unroll 8
                for (int j = 0; j < R; ++j) {
                    const int ky = i - j;
                    if (ky < 0 || ky >= KH)
                        continue;
                    const float w = k[ky * KW + kx];
                    for (int c = 0; c < C; ++c)
                        acc[j][c] = fma(acc[j][c], w, v[c]);
                }
            }
        }
        store_step<R, C>(out, out_stride, x0, W, streaming, acc);
    }
}

// The same for any kernel size, known only at run time.
template <int R>
void filter_rows_any(float* out, std::size_t out_stride, const float* strip,
                     std::size_t strip_stride, const float* k, int KH, int KW, int W,
                     bool streaming, const Ahead& ahead) {
    constexpr int C = 2;
    for (int x0 = 0; x0 < W; x0 += C * kLanes) {
        prefetch_ahead(ahead, x0, std::min(C * kLanes, W - x0));
        Vec acc[R][C];
        for (auto& row : acc)
            for (Vec& a : row)
                a = zero();
        for (int ky = 0; ky < KH; ++ky)
            for (int kx = 0; kx < KW; ++kx) {
                const float w = k[ky * KW + kx];
                for (int j = 0; j < R; ++j) {
                    const float* in =
                        strip + static_cast<std::size_t>(j + ky) * strip_stride + x0 + kx;
                    for (int c = 0; c < C; ++c)
                        acc[j][c] = fma(acc[j][c], w, load(in + c * kLanes));
                }
            }
        store_step<R, C>(out, out_stride, x0, W, streaming, acc);
    }
}

using RowsFn = void (*)(float* out, std::size_t out_stride, const float* strip,
                        std::size_t strip_stride, const float* k, int KH, int KW, int W,
                        bool streaming, const Ahead& ahead);

// How one kernel size is computed: `rows` output rows at a time, then one at a time for the rest
// of a block.
struct RowKernels {
    RowsFn block;
    int rows;
    RowsFn single;
};

// Unrolled code for the sizes students use most, with as many accumulators (rows × vectors) as
// the 32 vector registers hold beside the loaded vectors and weights: 8 rows × 2 vectors for 3×3
// and 5×5, 4 × 2 for the larger kernels, whose unrolled loops need more registers.
RowKernels row_kernels(int KH, int KW) {
    if (KH == KW) {
        switch (KH) {
        case 3:
            return {&filter_rows_fixed<3, 3, 8, 2>, 8, &filter_rows_fixed<3, 3, 1, 2>};
        case 5:
            return {&filter_rows_fixed<5, 5, 8, 2>, 8, &filter_rows_fixed<5, 5, 1, 2>};
        case 7:
            return {&filter_rows_fixed<7, 7, 4, 2>, 4, &filter_rows_fixed<7, 7, 1, 2>};
        case 9:
            return {&filter_rows_fixed<9, 9, 4, 2>, 4, &filter_rows_fixed<9, 9, 1, 2>};
        default:
            break;
        }
    }
    return {&filter_rows_any<4>, 4, &filter_rows_any<1>};
}

// A 1×1 kernel scales each plane by its weight, whatever the border: one streaming pass, no
// padded strip, each input value read once and each output written once (past the cache when
// `streaming`). Computed as 0 + w·v, as the other paths and the reference do (a zero stays +0).
void scale_planes(float* out, const float* inp, const float* weights, const FilterDims& d,
                  bool parallel, bool streaming) {
    constexpr std::size_t kChunk = std::size_t{16} << 10; // floats per task: 64 KiB
    const std::size_t plane_size = static_cast<std::size_t>(d.H) * d.W;
    const std::size_t chunks = (plane_size + kChunk - 1) / kChunk;
    const std::ptrdiff_t tasks = static_cast<std::ptrdiff_t>(chunks) * d.planes;
#pragma omp parallel if (parallel)
    {
#pragma omp for schedule(dynamic, 4) nowait
        for (std::ptrdiff_t t = 0; t < tasks; ++t) {
            const std::size_t p = static_cast<std::size_t>(t) / chunks;
            const std::size_t begin = (static_cast<std::size_t>(t) % chunks) * kChunk;
            const std::size_t n = std::min(kChunk, plane_size - begin);
            const float w = weights[d.per_channel ? p % static_cast<std::size_t>(d.C) : 0];
            const float* in = inp + p * plane_size + begin;
            float* o = out + p * plane_size + begin;
            std::size_t x = 0;
            if (streaming) {
                for (; x < n && reinterpret_cast<std::uintptr_t>(o + x) % sizeof(Vec) != 0; ++x)
                    o[x] = 0.0f + w * in[x];
                for (; x + kLanes <= n; x += kLanes)
                    stream(o + x, fma(zero(), w, load(in + x)));
            } else {
                for (; x + kLanes <= n; x += kLanes)
                    store(o + x, fma(zero(), w, load(in + x)));
            }
            for (; x < n; ++x)
                o[x] = 0.0f + w * in[x];
        }
        stream_fence(); // streamed stores are visible to other threads after this
    }
}

} // namespace

void filter2d(float* out, const float* inp, const float* weights, const FilterDims& d) {
    const std::size_t plane_size = static_cast<std::size_t>(d.H) * d.W;
    const std::size_t outputs = static_cast<std::size_t>(d.planes) * plane_size;
    const bool parallel = outputs >= kParallelMin;
    const bool streaming = outputs * sizeof(float) >= kStreamMinBytes;
    if (d.KH == 1 && d.KW == 1) {
        scale_planes(out, inp, weights, d, parallel, streaming);
        return;
    }
    const int blocks = (d.H + kBlockRows - 1) / kBlockRows;
    const int tasks = d.planes * blocks;
    const RowKernels kernels = row_kernels(d.KH, d.KW);
#pragma omp parallel if (parallel)
    {
        // Kept by each thread from call to call: filtering frame after frame allocates nothing.
        thread_local Strip strip;
#pragma omp for schedule(dynamic, 4) // runs of blocks: the prefetched rows are the thread's own
        for (int t = 0; t < tasks; ++t) {
            const int p = t / blocks;
            const int y0 = (t % blocks) * kBlockRows;
            const int rows = std::min(kBlockRows, d.H - y0);
            const float* k = weights + (d.per_channel ? static_cast<std::size_t>(p % d.C) *
                                                            static_cast<std::size_t>(d.KH * d.KW)
                                                      : 0);
            const std::size_t offset = static_cast<std::size_t>(p) * plane_size;
            strip.fill(inp + offset, y0, rows, d);
            float* o = out + offset + static_cast<std::size_t>(y0) * d.W;
            const std::size_t W = static_cast<std::size_t>(d.W);
            const auto strip_row = [&](int r) {
                return strip.values.data() + static_cast<std::size_t>(r) * strip.stride;
            };
            // The next block of this plane reads input rows from next_row on (the rows before
            // are in this block's strip too): each group of output rows here prefetches as
            // many of them.
            const int next_row = y0 + rows + d.KH - 1 - d.KH / 2;
            const auto ahead_of = [&](int r, int count) {
                const int first = next_row + r;
                const int last = std::min(first + count, d.H);
                if (first >= last)
                    return Ahead{};
                return Ahead{inp + offset + static_cast<std::size_t>(first) * W, W, last - first};
            };
            int r = 0;
            for (; r + kernels.rows <= rows; r += kernels.rows)
                kernels.block(o + r * W, W, strip_row(r), strip.stride, k, d.KH, d.KW, d.W,
                              streaming, ahead_of(r, kernels.rows));
            for (; r < rows; ++r)
                kernels.single(o + r * W, W, strip_row(r), strip.stride, k, d.KH, d.KW, d.W,
                               streaming, ahead_of(r, 1));
            stream_fence(); // streamed stores are visible to other threads after this
        }
    }
}

} // namespace convsight::compute::cpu
