// The per-channel bias of conv and dense layers: adding it after the GEMM (forward) and summing
// its gradient over the batch and the pixels (backward). Dense layers are the case HW = 1.
#pragma once

#include <cstddef>

namespace convsight::compute::cuda {

class OpScope;

// out (N,C,HW) += bias (C)
void add_channel_bias(const OpScope& op, float* out, const float* bias, int N, int C,
                      std::size_t HW);
// sums (C) = Σ over n and p of values (N,C,HW): dbias from dout.
void sum_per_channel(const OpScope& op, float* sums, const float* values, int N, int C,
                     std::size_t HW);

} // namespace convsight::compute::cuda
