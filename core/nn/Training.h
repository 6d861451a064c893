// One training step (forward in training mode, loss, backward, optimizer step), shared by the
// trainer and the CLI benchmark.
#pragma once

#include "nn/Loss.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"

namespace convsight::nn {

// images (N, ...the model's input shape) and labels (N) on the model's device. Returns the
// batch's mean loss; loss.probs() holds the batch's probabilities afterwards (for accuracy).
// A model ending in Softmax is trained on the scores before it (Sequential::forward_logits):
// the loss applies softmax itself. A trailing LogSoftmax needs nothing of the kind: its output
// differs from the scores by one constant per row, which softmax cross-entropy ignores.
float train_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                 const Tensor& images, const Tensor& labels);

} // namespace convsight::nn
