// One training step (forward in training mode, loss, backward, optimizer step), shared by the
// trainer and the CLI benchmark.
#pragma once

#include "nn/Loss.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"

#include <cstdint>

namespace convsight::nn {

// Where training steps' time goes: wall-clock seconds summed over `steps` steps. train_step()
// fills forward, loss, backward and optimizer; the Trainer adds data and bookkeeping.
struct StepTimes {
    double data{};        // waiting for the next batch and moving it to the model's device
    double forward{};     // the model's forward pass (training mode)
    double loss{};        // softmax cross-entropy, forward and backward
    double backward{};    // back through the model, every parameter's gradient
    double optimizer{};   // the optimizer's step
    double bookkeeping{}; // the batch's accuracy and the epoch's sums
    std::int64_t steps{};
    double total() const { return data + forward + loss + backward + optimizer + bookkeeping; }
};

// images (N, ...the model's input shape) and labels (N) on the model's device. Returns the
// batch's mean loss; loss.probs() holds the batch's probabilities afterwards (for accuracy).
// A model ending in Softmax is trained on the scores before it (Sequential::forward_logits):
// the loss applies softmax itself. A trailing LogSoftmax needs nothing of the kind: its output
// differs from the scores by one constant per row, which softmax cross-entropy ignores.
// With `times`, adds the step's moves to it and counts the step.
float train_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                 const Tensor& images, const Tensor& labels, StepTimes* times = nullptr);

} // namespace convsight::nn
