// The pooling window rule, written once for host and device: reference/, cpu/, cuda/ and the
// step-through's conv::PoolTrace all use it. A window is clipped to the image; the first maximum
// in row-major order wins; an average counts only the in-image cells unless told otherwise.
#pragma once

#include "compute/shared/dims.h"
#include "compute/shared/math.h"

namespace convsight::compute::math {

// The part of output (oy,ox)'s window inside the image: rows [y0,y1), columns [x0,x1).
struct PoolWindow {
    int y0, y1, x0, x1;
};

CS_HD PoolWindow pool_window(const PoolDims& d, int oy, int ox) {
    const int top = oy * d.stride_y - d.pad_top;
    const int left = ox * d.stride_x - d.pad_left;
    const int bottom = top + d.KH, right = left + d.KW;
    return {top > 0 ? top : 0, bottom < d.H ? bottom : d.H, left > 0 ? left : 0,
            right < d.W ? right : d.W};
}

// What average pooling divides by: the window's cells inside the image, or every cell of the
// window when the padding counts (as zeros, PyTorch's count_include_pad; the backends pass
// d.count_include_pad).
CS_HD int pool_divisor(const PoolDims& d, const PoolWindow& w, bool count_padding = false) {
    return count_padding ? d.KH * d.KW : (w.y1 - w.y0) * (w.x1 - w.x0);
}

// Offset y·W + x in an (H,W) plane of the window's first maximum in row-major order (strict >:
// a tie keeps the first), or −1 for a window with no cell in the image. Padding never wins.
template <class T>
CS_HD int pool_window_argmax(const T* plane, int W, const PoolWindow& w) {
    int best = -1;
    for (int y = w.y0; y < w.y1; ++y)
        for (int x = w.x0; x < w.x1; ++x) {
            const int i = y * W + x;
            if (best < 0 || plane[i] > plane[best])
                best = i;
        }
    return best;
}

} // namespace convsight::compute::math
