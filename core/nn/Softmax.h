// Softmax and LogSoftmax layers over the features of an (N, F) input: each row becomes
// probabilities that sum to 1 (or their logarithms). No parameters. A (N, C, H, W) input is
// refused: flatten it first. The trainer's loss applies softmax itself, so a network ending in
// Softmax is trained on the scores before it (Sequential::forward_logits).
#pragma once

#include "nn/Layer.h"

namespace convsight::nn {

class SoftmaxLayer : public Layer {
public:
    // True for LogSoftmax.
    bool is_log() const { return log_; }

    std::string kind() const override { return log_ ? "LogSoftmax" : "Softmax"; }
    std::string description() const override { return kind(); }
    std::string name_prefix() const override { return log_ ? "logsoftmax" : "softmax"; }
    nlohmann::json config() const override { return {{"type", log_ ? "log_softmax" : "softmax"}}; }
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;

protected:
    explicit SoftmaxLayer(bool log)
        : log_(log) {}

private:
    void forget_forward() override { output_ = {}; }

    bool log_;
    Tensor output_; // of the last forward: both backwards differentiate from it
};

// exp(x_k) / Σ_j exp(x_j) for each row: probabilities.
class Softmax final : public SoftmaxLayer {
public:
    Softmax()
        : SoftmaxLayer(false) {}
};

// x_k − log Σ_j exp(x_j) for each row: log-probabilities.
class LogSoftmax final : public SoftmaxLayer {
public:
    LogSoftmax()
        : SoftmaxLayer(true) {}
};

} // namespace convsight::nn
