// GEMM through Eigen or OpenBLAS (CONVSIGHT_BLAS), and the dense layer built on it.
#include "compute/cpu/cpu_ops.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstdint>
#include <omp.h>

#if defined(CONVSIGHT_USE_OPENBLAS)
#include <cblas.h>
#endif

namespace convsight::compute::cpu {
namespace {

using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMajor, Eigen::Unaligned, Eigen::OuterStride<>>;
using Map = Eigen::Map<RowMajor, Eigen::Unaligned, Eigen::OuterStride<>>;

} // namespace

void gemm(bool trans_a, bool trans_b, int M, int N, int K, float alpha, const float* A, int lda,
          const float* B, int ldb, float beta, float* C, int ldc) {
#if defined(CONVSIGHT_USE_OPENBLAS)
    if (K > 0) {
        cblas_sgemm(CblasRowMajor, trans_a ? CblasTrans : CblasNoTrans,
                    trans_b ? CblasTrans : CblasNoTrans, M, N, K, alpha, A, lda, B, ldb, beta, C,
                    ldc);
        return;
    }
#endif
    Map c(C, M, N, Eigen::OuterStride<>(ldc));
    if (K == 0) {
        c = beta == 0.0f ? RowMajor::Zero(M, N) : RowMajor(beta * c);
        return;
    }
    // Stored shapes: A is (M,K) or (K,M) when transposed; B is (K,N) or (N,K).
    const ConstMap a(A, trans_a ? K : M, trans_a ? M : K, Eigen::OuterStride<>(lda));
    const ConstMap b(B, trans_b ? N : K, trans_b ? K : N, Eigen::OuterStride<>(ldb));
    // beta = 0 assigns (C may hold garbage, even NaN); otherwise C is scaled, then added to.
    const auto product = [&](auto&& op_a, auto&& op_b) {
        if (beta == 0.0f) {
            c.noalias() = alpha * op_a * op_b;
        } else {
            if (beta != 1.0f)
                c *= beta;
            c.noalias() += alpha * op_a * op_b;
        }
    };
    if (!trans_a && !trans_b)
        product(a, b);
    else if (!trans_a && trans_b)
        product(a, b.transpose());
    else if (trans_a && !trans_b)
        product(a.transpose(), b);
    else
        product(a.transpose(), b.transpose());
}

void dense_forward(float* out, const float* inp, const float* weight, const float* bias, int N,
                   int IN, int OUT) {
    // out (N,OUT) = inp (N,IN) · weight (OUT,IN)ᵀ. For a few examples that is a matrix-vector
    // product, bound by reading the weights (VGG-16's FC-6: 411 MB), which Eigen runs on one
    // thread: the output features are shared out to the threads instead.
    const int threads = omp_get_max_threads();
    if (N <= 4 && threads > 1 && std::int64_t{OUT} * IN >= (std::int64_t{1} << 20)) {
        const int chunk = (OUT + 4 * threads - 1) / (4 * threads);
#pragma omp parallel for schedule(dynamic, 1)
        for (int first = 0; first < OUT; first += chunk) {
            const int count = std::min(chunk, OUT - first);
            gemm(false, true, N, count, IN, 1.0f, inp, IN, weight + std::size_t(first) * IN, IN,
                 0.0f, out + first, OUT);
        }
    } else {
        gemm(false, true, N, OUT, IN, 1.0f, inp, IN, weight, IN, 0.0f, out, OUT);
    }
    if (bias) {
        Map o(out, N, OUT, Eigen::OuterStride<>(OUT));
        o.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(bias, OUT);
    }
}

void dense_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                    const float* weight, int N, int IN, int OUT) {
    // dweight (OUT,IN) = dout (N,OUT)ᵀ · inp (N,IN)
    gemm(true, false, OUT, IN, N, 1.0f, dout, OUT, inp, IN, 0.0f, dweight, IN);
    // dinp (N,IN) = dout (N,OUT) · weight (OUT,IN)
    if (dinp)
        gemm(false, false, N, IN, OUT, 1.0f, dout, OUT, weight, IN, 0.0f, dinp, IN);
    if (dbias) {
        const ConstMap d(dout, N, OUT, Eigen::OuterStride<>(OUT));
        Eigen::Map<Eigen::RowVectorXf>(dbias, OUT) = d.colwise().sum();
    }
}

} // namespace convsight::compute::cpu
