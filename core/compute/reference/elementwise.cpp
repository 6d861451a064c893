// The reference element-wise ops (float): activations, dropout, SGD and Adam steps; thin
// instantiations of reference_impl.h, whose formulas are shared/math.h's.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (n), inp (n)
void activation_forward(float* out, const float* inp, std::size_t n, Activation a, float alpha) {
    generic::activation_forward(out, inp, n, a, alpha);
}

// dinp (n), dout (n), inp (n), out (n)
void activation_backward(float* dinp, const float* dout, const float* inp, const float* out,
                         std::size_t n, Activation a, float alpha) {
    generic::activation_backward(dinp, dout, inp, out, n, a, alpha);
}

// out (n), mask (n), inp (n)
void dropout_forward(float* out, float* mask, const float* inp, std::size_t n, float p,
                     std::uint64_t seed) {
    generic::dropout_forward(out, mask, inp, n, p, seed);
}

// dinp (n), dout (n), mask (n)
void dropout_backward(float* dinp, const float* dout, const float* mask, std::size_t n) {
    generic::dropout_backward(dinp, dout, mask, n);
}

// param (n), grad (n), velocity (n)
void sgd_step(float* param, const float* grad, float* velocity, std::size_t n, const SgdParams& p) {
    generic::sgd_step(param, grad, velocity, n, p);
}

// param (n), grad (n), m (n), v (n)
void adam_step(float* param, const float* grad, float* m, float* v, std::size_t n,
               const AdamParams& p, int t) {
    generic::adam_step(param, grad, m, v, n, p, t);
}

} // namespace convsight::compute::reference
