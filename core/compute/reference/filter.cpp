// The reference image filter (float): a thin instantiation of reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (planes,H,W), inp (planes,H,W), weights (KH,KW) or (C,KH,KW)
void filter2d(float* out, const float* inp, const float* weights, const FilterDims& d) {
    generic::filter2d(out, inp, weights, d);
}

} // namespace convsight::compute::reference
