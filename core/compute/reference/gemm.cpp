// The reference matrix product and fully-connected layer (float): thin instantiations of
// reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// C (M,N) = alpha·op(A) (M,K)·op(B) (K,N) + beta·C
void gemm(bool trans_a, bool trans_b, int M, int N, int K, float alpha, const float* A, int lda,
          const float* B, int ldb, float beta, float* C, int ldc) {
    generic::gemm(trans_a, trans_b, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
}

// out (N,OUT), inp (N,IN), weight (OUT,IN), bias (OUT) or nullptr
void dense_forward(float* out, const float* inp, const float* weight, const float* bias, int N,
                   int IN, int OUT) {
    generic::dense_forward(out, inp, weight, bias, N, IN, OUT);
}

// dinp (N,IN) or nullptr, dweight (OUT,IN), dbias (OUT) or nullptr, dout (N,OUT)
void dense_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                    const float* weight, int N, int IN, int OUT) {
    generic::dense_backward(dinp, dweight, dbias, dout, inp, weight, N, IN, OUT);
}

} // namespace convsight::compute::reference
