// Optimizers: SGD (momentum, weight decay) and Adam. Each updates a fixed list of parameters in
// place from their gradients, keeping its state (velocity; first and second moments) in the
// parameters' state slots, on the parameters' device.
#pragma once

#include "nn/Parameter.h"

#include <string>
#include <vector>

namespace convsight::nn {

class Optimizer {
public:
    virtual ~Optimizer() = default;
    Optimizer(const Optimizer&) = delete;
    Optimizer& operator=(const Optimizer&) = delete;

    // One update of every parameter from its grad, except the frozen ones (Parameter::frozen),
    // which keep their values and their state (a layer unfrozen later starts its state from zero,
    // under the optimizer's step count). Throws std::logic_error naming a parameter that has no
    // gradient yet (run backward() first).
    void step();
    // "SGD lr=0.01 momentum=0.9", "Adam lr=0.001 ..."
    virtual std::string description() const = 0;

    // Steps taken so far; during a step it already counts that step (Adam's t, from 1).
    int steps_taken() const { return steps_; }
    // Continues a saved run: the next step is number steps + 1 (Adam's bias correction depends on
    // it). Throws std::invalid_argument for a negative count.
    void set_steps_taken(int steps);
    virtual float learning_rate() const = 0;
    virtual void set_learning_rate(float lr) = 0;
    const std::vector<Parameter*>& parameters() const { return parameters_; }

protected:
    // Clears the parameters' state slots: a new optimizer starts from zero momentum.
    Optimizer(std::vector<Parameter*> parameters, int slots_per_parameter);
    // Updates one parameter; its `slots` state tensors exist, zero-initialised, on its device.
    virtual void update(Parameter& p, int step_number) = 0;

private:
    std::vector<Parameter*> parameters_;
    int slots_;
    int steps_{0};
};

struct SGDOptions {
    float lr{0.01f};
    float momentum{0.0f};
    float weight_decay{0.0f}; // L2, added to the gradient
};

// PyTorch's SGD: g = grad + weight_decay·param; v = momentum·v + g; param −= lr·v.
class SGD final : public Optimizer {
public:
    SGD(std::vector<Parameter*> parameters, SGDOptions options);
    const SGDOptions& options() const { return options_; }
    std::string description() const override;
    float learning_rate() const override { return options_.lr; }
    void set_learning_rate(float lr) override { options_.lr = lr; }

private:
    void update(Parameter& p, int step_number) override;
    SGDOptions options_;
};

struct AdamOptions {
    float lr{1e-3f};
    float beta1{0.9f};
    float beta2{0.999f};
    float eps{1e-8f};
    float weight_decay{0.0f}; // L2, added to the gradient (torch.optim.Adam)
};

// Adam (Kingma & Ba): moving averages of the gradient and its square, bias-corrected.
class Adam final : public Optimizer {
public:
    Adam(std::vector<Parameter*> parameters, AdamOptions options = {});
    const AdamOptions& options() const { return options_; }
    std::string description() const override;
    float learning_rate() const override { return options_.lr; }
    void set_learning_rate(float lr) override { options_.lr = lr; }

private:
    void update(Parameter& p, int step_number) override;
    AdamOptions options_;
};

} // namespace convsight::nn
