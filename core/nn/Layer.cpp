// The parts of Layer every layer shares: names, the parameter list, messages, moving devices,
// and the number formats of layers' JSON settings.
#include "nn/Layer.h"

#include "io/Json.h"

#include <charconv>
#include <stdexcept>

namespace convsight::nn {

void Parameter::to(Device device) {
    value = value.to(device);
    grad = grad.to(device);
    for (Tensor& slot : state)
        slot = slot.to(device);
}

nlohmann::json json_number(float value) {
    // to_chars/from_chars ignore the locale (strtod in a German locale would read "0.1" as 0).
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value);
    double shortest = value;
    std::from_chars(text, written.ptr, shortest);
    return shortest;
}

nlohmann::json json_pair(int y, int x) {
    if (y == x)
        return y;
    return nlohmann::json::array({y, x});
}

void Layer::set_name(std::string name) {
    name_ = std::move(name);
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        parameters_[i].name = name_.empty() ? roles_[i] : name_ + "." + roles_[i];
}

std::string Layer::label() const {
    return name_.empty() ? description() : name_ + " (" + description() + ")";
}

void Layer::set_frozen(bool frozen) {
    frozen_ = frozen;
    for (Parameter& p : parameters_)
        p.frozen = frozen;
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

void Layer::set_extra_state(const nlohmann::json& state) {
    if (!state.is_null())
        reject("has no state beyond its tensors, but was given " + io::json_excerpt(state));
}

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
    p.frozen = frozen_;
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
