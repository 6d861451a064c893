// GEMM through cuBLAS SGEMM in exact FP32, with the row-major ↔ column-major mapping in one place
// (row_major_gemm, row_major_gemm_batched) and the backend's public gemm().
#include "compute/cuda/blas.h"
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"

namespace convsight::compute::cuda {
namespace {

cublasOperation_t operation(bool transpose) {
    return transpose ? CUBLAS_OP_T : CUBLAS_OP_N;
}

} // namespace

// A row-major matrix with row stride ld is, read column-major with leading dimension ld, its
// transpose. So we ask cuBLAS for Cᵀ (N,M) = op(B)ᵀ (N,K) · op(A)ᵀ (K,M): B comes first, each
// operand keeps its own transpose flag, and the leading dimensions are the row strides as given.
void row_major_gemm(const OpScope& op, bool trans_a, bool trans_b, int M, int N, int K, float alpha,
                    const float* A, int lda, const float* B, int ldb, float beta, float* C,
                    int ldc) {
    if (M <= 0 || N <= 0)
        return;
    CS_CUBLAS_CHECK(op.name(), cublas().sgemm(op.cublas(), operation(trans_b), operation(trans_a),
                                              N, M, K, &alpha, B, ldb, A, lda, &beta, C, ldc));
}

void row_major_gemm_batched(const OpScope& op, bool trans_a, bool trans_b, int M, int N, int K,
                            float alpha, const float* A, int lda, long long stride_a,
                            const float* B, int ldb, long long stride_b, float beta, float* C,
                            int ldc, long long stride_c, int batch) {
    if (M <= 0 || N <= 0 || batch <= 0)
        return;
    if (batch == 1) {
        row_major_gemm(op, trans_a, trans_b, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
        return;
    }
    CS_CUBLAS_CHECK(op.name(), cublas().sgemm_strided_batched(op.cublas(), operation(trans_b),
                                                              operation(trans_a), N, M, K, &alpha,
                                                              B, ldb, stride_b, A, lda, stride_a,
                                                              &beta, C, ldc, stride_c, batch));
}

// C (M,N) = alpha·op(A) (M,K) · op(B) (K,N) + beta·C, all row-major.
void gemm(bool trans_a, bool trans_b, int M, int N, int K, float alpha, const float* A, int lda,
          const float* B, int ldb, float beta, float* C, int ldc) {
    const OpScope op("gemm");
    row_major_gemm(op, trans_a, trans_b, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
}

} // namespace convsight::compute::cuda
