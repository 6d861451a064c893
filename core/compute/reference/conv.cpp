// The reference convolution (float): thin instantiations of reference_impl.h, whose double
// instantiations the gradient checks use.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (N,OC,OH,OW), inp (N,C,H,W), weight (OC,C,KH,KW), bias (OC) or nullptr
void conv2d_forward(float* out, const float* inp, const float* weight, const float* bias,
                    const ConvDims& d) {
    generic::conv2d_forward(out, inp, weight, bias, d);
}

// dinp (N,C,H,W) or nullptr, dweight (OC,C,KH,KW), dbias (OC) or nullptr
void conv2d_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                     const float* weight, const ConvDims& d) {
    generic::conv2d_backward(dinp, dweight, dbias, dout, inp, weight, d);
}

} // namespace convsight::compute::reference
