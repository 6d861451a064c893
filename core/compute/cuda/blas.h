// Row-major GEMM on cuBLAS (which is column-major), for the ops that build on it: conv, dense.
// Row-major C (M,N) = op(A)·op(B) is column-major Cᵀ (N,M) = op(B)ᵀ·op(A)ᵀ, so the operands swap.
#pragma once

namespace convsight::compute::cuda {

class OpScope;

// Row-major C (M,N) = alpha·op(A)·op(B) + beta·C with op(A) (M,K) and op(B) (K,N); lda/ldb/ldc
// are the row strides of A, B and C as stored.
void row_major_gemm(const OpScope& op, bool trans_a, bool trans_b, int M, int N, int K, float alpha,
                    const float* A, int lda, const float* B, int ldb, float beta, float* C,
                    int ldc);

// The same for `batch` independent products, matrix i at A + i·stride_a, B + i·stride_b and
// C + i·stride_c (in floats; a stride of 0 shares one matrix, as conv shares its weight).
void row_major_gemm_batched(const OpScope& op, bool trans_a, bool trans_b, int M, int N, int K,
                            float alpha, const float* A, int lda, long long stride_a,
                            const float* B, int ldb, long long stride_b, float beta, float* C,
                            int ldc, long long stride_c, int batch);

} // namespace convsight::compute::cuda
