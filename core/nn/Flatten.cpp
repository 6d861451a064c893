// Flatten on ops::flatten; the backward views the gradient in the input's shape.
#include "nn/Flatten.h"

#include "compute/ops.h"

namespace convsight::nn {

Shape Flatten::output_shape(const Shape& input) const {
    if (input.size() < 2)
        reject("expects a batch of examples (N, ...), got " + shape_string(input));
    return {input[0], compute::shape_numel(input) / input[0]};
}

Tensor Flatten::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    input_shape_ = x.shape();
    return compute::ops::flatten(x);
}

Tensor Flatten::backward(const Tensor& dy) {
    require_forward_done(!input_shape_.empty());
    if (!input_gradient_needed())
        return {};
    return dy.view(input_shape_);
}

} // namespace convsight::nn
