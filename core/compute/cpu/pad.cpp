// Padding on the CPU: each output row is its source row's copy (the constant, or the row that
// math::pad_index maps it to) with the padding written around it; the backward gathers each input
// cell's gradient from the output cells that copied it (math::pad_sources), OpenMP over planes.
#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace convsight::compute::cpu {

void pad2d_forward(float* out, const float* inp, const PadDims& d) {
    const int planes = d.N * d.C;
    const std::size_t in_plane = std::size_t(d.H) * d.W, out_plane = std::size_t(d.OH) * d.OW;
    // Where each output column reads from, once for every row.
    std::vector<int> columns(static_cast<std::size_t>(d.OW));
    for (int ox = 0; ox < d.OW; ++ox)
        columns[static_cast<std::size_t>(ox)] = math::pad_index(d.mode, ox, d.left, d.W);
#pragma omp parallel for schedule(static) if (std::size_t(planes) * out_plane > (1u << 15))
    for (int p = 0; p < planes; ++p) {
        const float* src = inp + std::size_t(p) * in_plane;
        float* dst = out + std::size_t(p) * out_plane;
        for (int oy = 0; oy < d.OH; ++oy) {
            float* row = dst + std::size_t(oy) * d.OW;
            const int iy = math::pad_index(d.mode, oy, d.top, d.H);
            if (iy < 0) {
                std::fill(row, row + d.OW, d.value);
                continue;
            }
            const float* source = src + std::size_t(iy) * d.W;
            for (int ox = 0; ox < d.left; ++ox) {
                const int ix = columns[static_cast<std::size_t>(ox)];
                row[ox] = ix < 0 ? d.value : source[ix];
            }
            std::memcpy(row + d.left, source, sizeof(float) * std::size_t(d.W));
            for (int ox = d.left + d.W; ox < d.OW; ++ox) {
                const int ix = columns[static_cast<std::size_t>(ox)];
                row[ox] = ix < 0 ? d.value : source[ix];
            }
        }
    }
}

void pad2d_backward(float* dinp, const float* dout, const PadDims& d) {
    const int planes = d.N * d.C;
    const int bottom = d.OH - d.top - d.H, right = d.OW - d.left - d.W;
    const std::size_t in_plane = std::size_t(d.H) * d.W, out_plane = std::size_t(d.OH) * d.OW;
    std::vector<math::PadSources> columns(static_cast<std::size_t>(d.W));
    for (int x = 0; x < d.W; ++x)
        columns[static_cast<std::size_t>(x)] = math::pad_sources(d.mode, x, d.left, right, d.W);
#pragma omp parallel for schedule(static) if (std::size_t(planes) * out_plane > (1u << 15))
    for (int p = 0; p < planes; ++p) {
        const float* src = dout + std::size_t(p) * out_plane;
        float* dst = dinp + std::size_t(p) * in_plane;
        for (int y = 0; y < d.H; ++y) {
            const math::PadSources rows = math::pad_sources(d.mode, y, d.top, bottom, d.H);
            for (int x = 0; x < d.W; ++x) {
                const math::PadSources& cols = columns[static_cast<std::size_t>(x)];
                float sum = 0.0f;
                for (int r = 0; r < rows.count; ++r)
                    for (int oy = rows.first[r]; oy <= rows.last[r]; ++oy)
                        for (int c = 0; c < cols.count; ++c)
                            for (int ox = cols.first[c]; ox <= cols.last[c]; ++ox)
                                sum += src[std::size_t(oy) * d.OW + std::size_t(ox)];
                dst[std::size_t(y) * d.W + std::size_t(x)] = sum;
            }
        }
    }
}

} // namespace convsight::compute::cpu
