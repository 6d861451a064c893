// The reference softmax, log-softmax and softmax cross-entropy loss (float): thin instantiations of
// reference_impl.h.
#include "compute/reference/reference.h"
#include "compute/reference/reference_impl.h"

namespace convsight::compute::reference {

// losses (N), probs (N,K), logits (N,K), labels (N)
void softmax_cross_entropy_forward(float* losses, float* probs, const float* logits,
                                   const float* labels, int N, int K) {
    generic::softmax_cross_entropy_forward(losses, probs, logits, labels, N, K);
}

// stats (4), losses (N), probs (N,K), labels (N)
void loss_statistics(float* stats, const float* losses, const float* probs, const float* labels,
                     int N, int K) {
    generic::loss_statistics(stats, losses, probs, labels, N, K);
}

// dlogits (N,K), probs (N,K), labels (N)
void softmax_cross_entropy_backward(float* dlogits, const float* probs, const float* labels, int N,
                                    int K) {
    generic::softmax_cross_entropy_backward(dlogits, probs, labels, N, K);
}

// out (N,K), inp (N,K)
void softmax_forward(float* out, const float* inp, int N, int K, bool log) {
    generic::softmax_forward(out, inp, N, K, log);
}

// dinp (N,K), dout (N,K), out (N,K)
void softmax_backward(float* dinp, const float* dout, const float* out, int N, int K, bool log) {
    generic::softmax_backward(dinp, dout, out, N, K, log);
}

} // namespace convsight::compute::reference
