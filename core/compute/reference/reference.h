// The reference backend: the lecture's formulas as plain loops, summing in float64. Slow and
// obvious on purpose; every fast path is tested against it, and it is the code students read.
// The loops themselves are templates in reference_impl.h (double versions for gradient checks).
#pragma once

#include "compute/shared/dims.h"

namespace convsight::compute::reference {
#include "compute/shared/backend_api.inc"
} // namespace convsight::compute::reference
