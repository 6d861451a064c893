// SoftmaxCrossEntropy on ops::softmax_cross_entropy_forward/backward.
#include "nn/Loss.h"

#include "compute/ops.h"

#include <stdexcept>

namespace convsight::nn {

float SoftmaxCrossEntropy::forward(const compute::Tensor& logits, const compute::Tensor& labels) {
    compute::ops::SoftmaxCrossEntropy result =
        compute::ops::softmax_cross_entropy_forward(logits, labels, !deferred_);
    loss_ = result.loss;
    probs_ = std::move(result.probs);
    losses_ = std::move(result.losses);
    stats_ = std::move(result.stats);
    labels_ = labels;
    return loss_;
}

compute::Tensor SoftmaxCrossEntropy::backward() const {
    if (!probs_.defined())
        throw std::logic_error("SoftmaxCrossEntropy: backward() needs a forward() first");
    return compute::ops::softmax_cross_entropy_backward(probs_, labels_);
}

} // namespace convsight::nn
