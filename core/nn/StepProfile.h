// Where a training step's time goes: each layer's forward and backward, inside a convolution its
// phases (im2col, GEMM, col2im, bias), the loss, the optimizer and the allocations, timed by
// compute::profile's scoped timers (which cost nothing when profiling is off).
#pragma once

#include "nn/Loss.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"

#include <string>
#include <vector>

namespace convsight::nn {

struct StepPhase {
    std::string name; // "conv1 forward", or a part of it: "conv1 forward/im2col"
    double ms = 0.0;  // per step: the median over the profiled steps
    int depth = 0;    // 0 for a layer, the loss or the optimizer; 1 for a part of one
};

struct StepProfile {
    int steps = 0;
    double step_ms = 0.0; // the median step, timed as a whole
    std::vector<StepPhase> phases;
};

// Runs `steps` training steps as train_step() does (after `warmup` untimed ones), timing each
// layer's forward and backward apart, and the phases the ops mark inside them.
StepProfile profile_train_steps(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                                const Tensor& images, const Tensor& labels, int steps,
                                int warmup = 1);

// A table: one line a phase, ms per step and its share of the step.
std::string format_step_profile(const StepProfile& profile);

} // namespace convsight::nn
