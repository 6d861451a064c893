// The CPU fast path: im2col + one GEMM (Eigen) for convolution and dense layers, OpenMP across
// the batch and channels, and the per-element formulas of shared/math.h.
#pragma once

#include "compute/shared/dims.h"

namespace convsight::compute::cpu {
#include "compute/shared/backend_api.inc"
} // namespace convsight::compute::cpu
