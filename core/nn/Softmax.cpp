// Softmax and LogSoftmax on ops::softmax_forward/backward.
#include "nn/Softmax.h"

#include "compute/ops.h"

namespace convsight::nn {

Shape SoftmaxLayer::output_shape(const Shape& input) const {
    if (input.size() != 2)
        reject("expects one row of scores per example (N, F), got " + shape_string(input) +
               (input.size() > 2 ? ": put a Flatten before it" : ""));
    return input;
}

Tensor SoftmaxLayer::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    output_ = compute::ops::softmax_forward(x, log_);
    return output_;
}

Tensor SoftmaxLayer::backward(const Tensor& dy) {
    require_forward_done(output_.defined());
    if (!input_gradient_needed())
        return {};
    return compute::ops::softmax_backward(dy, output_, log_);
}

} // namespace convsight::nn
