// The reference padding (float): thin instantiations of reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (N,C,OH,OW), inp (N,C,H,W)
void pad2d_forward(float* out, const float* inp, const PadDims& d) {
    generic::pad2d_forward(out, inp, d);
}

// dinp (N,C,H,W), dout (N,C,OH,OW)
void pad2d_backward(float* dinp, const float* dout, const PadDims& d) {
    generic::pad2d_backward(dinp, dout, d);
}

} // namespace convsight::compute::reference
