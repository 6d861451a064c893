// One training step (forward in training mode, loss, backward, optimizer step), shared by the
// trainer and the CLI benchmark.
#pragma once

#include "nn/Loss.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"

namespace convsight::nn {

// images (N, ...the model's input shape) and labels (N) on the model's device. Returns the
// batch's mean loss; loss.probs() holds the batch's probabilities afterwards (for accuracy).
float train_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                 const Tensor& images, const Tensor& labels);

} // namespace convsight::nn
