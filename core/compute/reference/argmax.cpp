// The reference row-wise argmax (float), the classifier's prediction: a thin instantiation of
// reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// out (N), inp (N,K)
void argmax_rows(float* out, const float* inp, int N, int K) {
    generic::argmax_rows(out, inp, N, K);
}

} // namespace convsight::compute::reference
