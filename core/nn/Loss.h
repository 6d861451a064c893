// SoftmaxCrossEntropy: the classification loss. forward() turns logits (N, K) into probabilities
// and the mean −log p(label); backward() gives dlogits (N, K) = (probs − onehot) / N.
#pragma once

#include "compute/Tensor.h"

namespace convsight::nn {

class SoftmaxCrossEntropy {
public:
    // logits (N, K); labels (N) class indices stored as floats. Returns the mean loss and keeps
    // the probabilities for backward().
    float forward(const compute::Tensor& logits, const compute::Tensor& labels);
    // dlogits (N, K) of the mean loss of the last forward. Throws std::logic_error before one.
    compute::Tensor backward() const;

    float loss() const { return loss_; }
    const compute::Tensor& probs() const { return probs_; }   // (N, K)
    const compute::Tensor& losses() const { return losses_; } // (N), per example

private:
    float loss_{};
    compute::Tensor probs_, losses_, labels_;
};

} // namespace convsight::nn
