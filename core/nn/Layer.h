// The Layer interface every network layer implements: shape inference with reasons, forward and
// backward on tensors (through compute::ops, so the same code runs on the CPU and on CUDA),
// parameters, FLOPs, seeded initialisation and moving to a device.
#pragma once

#include "compute/Device.h"
#include "compute/Tensor.h"
#include "nn/Init.h"
#include "nn/Parameter.h"

#include <cstdint>
#include <deque>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace convsight::nn {

using compute::Device;
using compute::Shape;
using compute::Tensor;

class Layer {
public:
    virtual ~Layer() = default;
    Layer(const Layer&) = delete;
    Layer& operator=(const Layer&) = delete;

    // "conv2"; empty until the layer is named (Sequential names the layers it holds).
    const std::string& name() const { return name_; }
    // Renames the layer and its parameters ("conv2.weight").
    void set_name(std::string name);
    // "Conv2d", "ReLU", ...
    virtual std::string kind() const = 0;
    // What the layer does, with its settings: "Conv2d 3×3, 16 → 32, SAME".
    virtual std::string description() const = 0;
    // The stem of the names Sequential gives: "conv" makes conv1, conv2, ...
    virtual std::string name_prefix() const = 0;
    // "conv2 (Conv2d 3×3, 16 → 32, SAME)", or the description alone for an unnamed layer.
    std::string label() const;
    // The layer's settings as an architecture file writes them: {"type": "conv2d", "filters": 32,
    // "kernel": 3, ...}, without the input size (model_from_json() infers it from the previous
    // layer) or the name.
    virtual nlohmann::json config() const = 0;

    // The output shape for an input of shape `input` (batch first: (N, C, H, W) or (N, F)).
    // Throws std::invalid_argument starting with label() and saying why the shape is impossible.
    virtual Shape output_shape(const Shape& input) const = 0;

    // y = layer(x). Keeps what backward() needs (the input, a mask, batch statistics).
    virtual Tensor forward(const Tensor& x, bool training) = 0;
    // dx from dy (same shape as the last forward's output); writes each parameter's grad.
    // Returns an undefined tensor when the input gradient is not needed (the first layer).
    virtual Tensor backward(const Tensor& dy) = 0;

    // A frozen layer's parameters are left as they are by the optimizers (transfer learning: a
    // pretrained feature extractor under a new classifier). Gradients still flow through it to the
    // layers before. Architecture files keep the flag ("frozen": true).
    void set_frozen(bool frozen);
    bool frozen() const { return frozen_; }

    std::vector<Parameter*> parameters();
    std::vector<const Parameter*> parameters() const;
    std::int64_t parameter_count() const;
    // Floating-point operations of forward() for this input shape: 2 × the multiply-adds
    // (convolution, dense, batchnorm's scale-and-shift). Pooling, activations and reshapes have
    // no multiply-adds and count 0.
    virtual std::int64_t flops(const Shape& input) const;

    // Draws the layer's initial parameters (weights by `init`, biases zero) from `rng`.
    virtual void initialize(std::mt19937_64& rng, WeightInit init);
    // ReLU and LeakyReLU: the layer before one is initialised with He's rule.
    virtual bool is_rectifier() const { return false; }

    // Tensors that are learned from the data but not by gradients (BatchNorm's running
    // statistics), by role: "running_mean". Handles: writing into one writes the layer's buffer.
    virtual std::vector<std::pair<std::string, Tensor>> buffers() const { return {}; }
    // What else a resumed run needs to continue bit for bit (Dropout's seed and mask counter), as
    // JSON; null for most layers. set_extra_state() takes what extra_state() gave and throws
    // std::invalid_argument for anything else.
    virtual nlohmann::json extra_state() const { return nullptr; }
    virtual void set_extra_state(const nlohmann::json& state);

    // Moves the parameters, their gradients and optimizer state, and any buffers to `device`;
    // forgets what the last forward kept.
    void to(Device device);
    Device device() const { return device_; }

    // Whether backward() computes dx; Sequential turns it off for its first layer.
    void set_input_gradient_needed(bool needed) { input_gradient_needed_ = needed; }
    bool input_gradient_needed() const { return input_gradient_needed_; }

    // Drops the tensors the last forward kept for backward. Sequential calls it right after each
    // layer's backward, so a step's activations return to the allocator's cache before the next
    // step asks for the same sizes (and on a device change, where they live on the old device).
    virtual void forget_forward() = 0;

protected:
    Layer() = default;

    // Registers a parameter named "<layer name>.<role>"; constructors only (references stay valid).
    Parameter& add_parameter(const std::string& role, Tensor value);
    // Throws std::invalid_argument("<label>: <reason>").
    [[noreturn]] void reject(const std::string& reason) const;
    // Throws std::logic_error when backward() comes before any forward().
    void require_forward_done(bool done) const;

    // Buffers that are not parameters (BatchNorm's running statistics) follow the layer here.
    virtual void move_buffers(Device device);

private:
    std::string name_;
    std::deque<Parameter> parameters_;
    std::vector<std::string> roles_; // "weight", "bias", parallel to parameters_
    Device device_{Device::cpu()};
    bool input_gradient_needed_{true};
    bool frozen_{false};
};

using compute::shape_string;

// For config(): the shortest decimal that reads back as the same float (0.1, not
// 0.10000000149011612), so settings round-trip exactly and read well.
nlohmann::json json_number(float value);
// For config(): a size or stride per axis (y, x) as one number when both are equal, else [y, x].
nlohmann::json json_pair(int y, int x);

} // namespace convsight::nn
