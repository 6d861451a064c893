// Fully connected layers: out (N,OUT) = inp (N,IN) · weight (OUT,IN)ᵀ + bias, and its backward,
// as cuBLAS GEMMs plus bias.h's broadcast add and column sum.
#include "compute/cuda/bias.h"
#include "compute/cuda/blas.h"
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_ops.h"

namespace convsight::compute::cuda {

void dense_forward(float* out, const float* inp, const float* weight, const float* bias, int N,
                   int IN, int OUT) {
    const OpScope op("dense_forward");
    // out (N,OUT) = inp (N,IN) · weightᵀ (IN,OUT)
    row_major_gemm(op, false, true, N, OUT, IN, 1.0f, inp, IN, weight, IN, 0.0f, out, OUT);
    if (bias)
        add_channel_bias(op, out, bias, N, OUT, 1);
}

void dense_backward(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                    const float* weight, int N, int IN, int OUT) {
    const OpScope op("dense_backward");
    // dinp (N,IN) = dout (N,OUT) · weight (OUT,IN)
    if (dinp)
        row_major_gemm(op, false, false, N, IN, OUT, 1.0f, dout, OUT, weight, IN, 0.0f, dinp, IN);
    // dweight (OUT,IN) = doutᵀ (OUT,N) · inp (N,IN)
    if (dweight)
        row_major_gemm(op, true, false, OUT, IN, N, 1.0f, dout, OUT, inp, IN, 0.0f, dweight, IN);
    // dbias (OUT) = Σ_n dout (N,OUT)
    if (dbias)
        sum_per_channel(op, dbias, dout, N, OUT, 1);
}

} // namespace convsight::compute::cuda
