// The reference batch normalisation (float): training, evaluation and backward; thin
// instantiations of reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (N,C,HW), mean (C), invstd (C), running_mean (C), running_var (C), inp (N,C,HW),
// gamma (C), beta (C)
void batchnorm_forward_train(float* out, float* mean, float* invstd, float* running_mean,
                             float* running_var, const float* inp, const float* gamma,
                             const float* beta, int N, int C, int HW, float momentum, float eps) {
    generic::batchnorm_forward_train(out, mean, invstd, running_mean, running_var, inp, gamma, beta,
                                     N, C, HW, momentum, eps);
}

// out (N,C,HW), inp (N,C,HW), gamma, beta, running_mean, running_var (C)
void batchnorm_forward_eval(float* out, const float* inp, const float* gamma, const float* beta,
                            const float* running_mean, const float* running_var, int N, int C,
                            int HW, float eps) {
    generic::batchnorm_forward_eval(out, inp, gamma, beta, running_mean, running_var, N, C, HW,
                                    eps);
}

// dinp (N,C,HW), dgamma (C), dbeta (C), dout (N,C,HW), inp (N,C,HW), gamma, mean, invstd (C)
void batchnorm_backward(float* dinp, float* dgamma, float* dbeta, const float* dout,
                        const float* inp, const float* gamma, const float* mean,
                        const float* invstd, int N, int C, int HW) {
    generic::batchnorm_backward(dinp, dgamma, dbeta, dout, inp, gamma, mean, invstd, N, C, HW);
}

} // namespace convsight::compute::reference
