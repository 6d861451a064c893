// SGD and Adam on ops::sgd_step/adam_step, with state slots created on the parameter's device.
#include "nn/Optimizer.h"

#include "compute/ops.h"

#include <cstdio>
#include <stdexcept>

namespace convsight::nn {
namespace {

std::string number(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", static_cast<double>(value));
    return text;
}

} // namespace

Optimizer::Optimizer(std::vector<Parameter*> parameters, int slots_per_parameter)
    : parameters_(std::move(parameters))
    , slots_(slots_per_parameter) {
    for (Parameter* p : parameters_) {
        if (!p)
            throw std::invalid_argument("optimizer: a parameter pointer is null");
        p->state.clear();
    }
}

void Optimizer::step() {
    for (const Parameter* p : parameters_)
        if (!p->frozen && !p->grad.defined())
            throw std::logic_error(description() + ": " + p->name +
                                   " has no gradient yet; run backward() before step()");
    ++steps_;
    for (Parameter* p : parameters_) {
        if (p->frozen)
            continue; // its value and its state stay as they are
        // Slots are made lazily, where the parameter lives now (after any model.to(device)).
        if (p->state.size() != static_cast<std::size_t>(slots_)) {
            p->state.clear();
            const compute::ops::AllocatingFor allocating("Optimizer::step");
            for (int i = 0; i < slots_; ++i)
                p->state.push_back(compute::Tensor::zeros(p->value.shape(), p->value.device()));
        }
        update(*p, steps_);
    }
}

void Optimizer::set_steps_taken(int steps) {
    if (steps < 0)
        throw std::invalid_argument(description() + ": steps taken cannot be negative, not " +
                                    std::to_string(steps));
    steps_ = steps;
}

SGD::SGD(std::vector<Parameter*> parameters, SGDOptions options)
    : Optimizer(std::move(parameters), 1)
    , options_(options) {
    if (!(options.lr > 0.0f) || options.momentum < 0.0f || options.weight_decay < 0.0f)
        throw std::invalid_argument("SGD: the learning rate must be above 0, momentum and weight "
                                    "decay at least 0");
}

std::string SGD::description() const {
    std::string text = "SGD lr=" + number(options_.lr);
    if (options_.momentum != 0.0f)
        text += " momentum=" + number(options_.momentum);
    if (options_.weight_decay != 0.0f)
        text += " weight_decay=" + number(options_.weight_decay);
    return text;
}

void SGD::update(Parameter& p, int /*step_number*/) {
    compute::ops::sgd_step(p.value, p.grad, p.state[0],
                           {options_.lr, options_.momentum, options_.weight_decay});
}

Adam::Adam(std::vector<Parameter*> parameters, AdamOptions options)
    : Optimizer(std::move(parameters), 2)
    , options_(options) {
    if (!(options.lr > 0.0f) || !(options.beta1 >= 0.0f && options.beta1 < 1.0f) ||
        !(options.beta2 >= 0.0f && options.beta2 < 1.0f) || !(options.eps > 0.0f) ||
        options.weight_decay < 0.0f)
        throw std::invalid_argument("Adam: needs lr > 0, betas in [0, 1), eps > 0 and weight "
                                    "decay at least 0");
}

std::string Adam::description() const {
    std::string text = "Adam lr=" + number(options_.lr) + " betas=(" + number(options_.beta1) +
                       ", " + number(options_.beta2) + ") eps=" + number(options_.eps);
    if (options_.weight_decay != 0.0f)
        text += " weight_decay=" + number(options_.weight_decay);
    return text;
}

void Adam::update(Parameter& p, int step_number) {
    compute::ops::adam_step(
        p.value, p.grad, p.state[0], p.state[1],
        {options_.lr, options_.beta1, options_.beta2, options_.eps, options_.weight_decay},
        step_number);
}

} // namespace convsight::nn
