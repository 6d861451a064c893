// SoftmaxCrossEntropy: the classification loss. forward() turns logits (N, K) into probabilities
// and the mean −log p(label); backward() gives dlogits (N, K) = (probs − onehot) / N.
#pragma once

#include "compute/Tensor.h"

namespace convsight::nn {

class SoftmaxCrossEntropy {
public:
    // logits (N, K); labels (N) class indices stored as floats. Returns the mean loss and keeps
    // the probabilities for backward(). Deferred on a GPU, it reads nothing back and returns NaN:
    // stats() holds the batch's figures on the GPU (ops::SoftmaxCrossEntropy::stats).
    float forward(const compute::Tensor& logits, const compute::Tensor& labels);
    // Deferred: forward() leaves the loss on the GPU (no wait for the GPU per step); a trainer
    // reads stats() when it shows the figures. No effect on the CPU, where reading costs nothing.
    void set_deferred(bool deferred) { deferred_ = deferred; }
    bool deferred() const { return deferred_; }
    // dlogits (N, K) of the mean loss of the last forward. Throws std::logic_error before one.
    compute::Tensor backward() const;

    float loss() const { return loss_; }
    const compute::Tensor& probs() const { return probs_; }   // (N, K)
    const compute::Tensor& losses() const { return losses_; } // (N), per example
    const compute::Tensor& stats() const { return stats_; }   // (4), ops::loss_figures reads it

private:
    float loss_{};
    bool deferred_{false};
    compute::Tensor probs_, losses_, labels_, stats_;
};

} // namespace convsight::nn
