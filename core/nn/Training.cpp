// train_step: the four moves of one step of gradient descent.
#include "nn/Training.h"

namespace convsight::nn {

float train_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                 const Tensor& images, const Tensor& labels) {
    const Tensor logits = model.forward_logits(images, /*training=*/true);
    const float mean_loss = loss.forward(logits, labels);
    model.backward(loss.backward());
    optimizer.step();
    return mean_loss;
}

} // namespace convsight::nn
