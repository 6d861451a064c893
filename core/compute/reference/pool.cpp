// The reference max and average pooling (float): thin instantiations of reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (N,C,OH,OW), argmax (N,C,OH,OW) or nullptr, inp (N,C,H,W)
void maxpool2d_forward(float* out, float* argmax, const float* inp, const PoolDims& d) {
    generic::maxpool2d_forward(out, argmax, inp, d);
}

// dinp (N,C,H,W), dout (N,C,OH,OW), argmax (N,C,OH,OW) from the forward
void maxpool2d_backward(float* dinp, const float* dout, const float* argmax, const PoolDims& d) {
    generic::maxpool2d_backward(dinp, dout, argmax, d);
}

// out (N,C,OH,OW), inp (N,C,H,W)
void avgpool2d_forward(float* out, const float* inp, const PoolDims& d) {
    generic::avgpool2d_forward(out, inp, d);
}

// dinp (N,C,H,W), dout (N,C,OH,OW)
void avgpool2d_backward(float* dinp, const float* dout, const PoolDims& d) {
    generic::avgpool2d_backward(dinp, dout, d);
}

} // namespace convsight::compute::reference
