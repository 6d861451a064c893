// The parts of Layer every layer shares: names, the parameter list, messages, moving devices.
#include "nn/Layer.h"

#include <stdexcept>

namespace convsight::nn {

void Parameter::to(Device device) {
    value = value.to(device);
    grad = grad.to(device);
    for (Tensor& slot : state)
        slot = slot.to(device);
}

void Layer::set_name(std::string name) {
    name_ = std::move(name);
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        parameters_[i].name = name_.empty() ? roles_[i] : name_ + "." + roles_[i];
}

std::string Layer::label() const {
    return name_.empty() ? description() : name_ + " (" + description() + ")";
}

std::vector<Parameter*> Layer::parameters() {
    std::vector<Parameter*> result;
    for (Parameter& p : parameters_)
        result.push_back(&p);
    return result;
}

std::vector<const Parameter*> Layer::parameters() const {
    std::vector<const Parameter*> result;
    for (const Parameter& p : parameters_)
        result.push_back(&p);
    return result;
}

std::int64_t Layer::parameter_count() const {
    std::int64_t count = 0;
    for (const Parameter& p : parameters_)
        count += p.numel();
    return count;
}

std::int64_t Layer::flops(const Shape& input) const {
    output_shape(input); // the shape must still be possible
    return 0;
}

void Layer::initialize(std::mt19937_64& /*rng*/, WeightInit /*init*/) {}

void Layer::to(Device device) {
    for (Parameter& p : parameters_)
        p.to(device);
    move_buffers(device);
    forget_forward();
    device_ = device;
}

void Layer::move_buffers(Device /*device*/) {}

Parameter& Layer::add_parameter(const std::string& role, Tensor value) {
    roles_.push_back(role);
    Parameter& p = parameters_.emplace_back();
    p.name = name_.empty() ? role : name_ + "." + role;
    p.value = std::move(value);
    return p;
}

void Layer::reject(const std::string& reason) const {
    throw std::invalid_argument(label() + ": " + reason);
}

void Layer::require_forward_done(bool done) const {
    if (!done)
        throw std::logic_error(label() + ": backward() needs a forward() first");
}

} // namespace convsight::nn
