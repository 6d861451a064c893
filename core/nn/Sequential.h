// Sequential: layers applied one after the other. Infers each layer's output shape from the
// input shape (rejecting an impossible one with the layer and the reason), reports parameters
// and FLOPs in a table, runs forward and backward, initialises from a seed and moves devices.
#pragma once

#include "nn/Init.h"
#include "nn/Layer.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace convsight::nn {

// One row of Sequential's summary. Shapes and FLOPs are per example (no batch dimension).
struct LayerSummary {
    int index{};             // 1-based, as the summary and the error messages count
    std::string name;        // "conv1"
    std::string description; // "Conv2d 3×3, 1 → 16, SAME"
    Shape output_shape;      // (16, 28, 28); empty while the model has no input shape
    std::int64_t parameters{};
    std::int64_t flops{}; // 2 × multiply-adds of the forward pass; 0 without an input shape
};

// Which initialisation a layer gets: He before a ReLU (looking past BatchNorm and Dropout),
// Glorot otherwise.
struct InitPolicy {
    WeightInit before_rectifier{WeightInit::HeNormal};
    WeightInit otherwise{WeightInit::GlorotUniform};
};

class Sequential {
public:
    explicit Sequential(std::string name = "model");
    Sequential(Sequential&&) noexcept = default;
    Sequential& operator=(Sequential&&) noexcept = default;

    const std::string& name() const { return name_; }

    // Appends a layer, named `name` or, when empty, after its kind: conv1, relu1, conv2, ...
    // With an input shape set, throws std::invalid_argument (and adds nothing) when the layer
    // cannot take the previous layer's output, or when the name is taken.
    Sequential& add(std::unique_ptr<Layer> layer, std::string name = {});

    // The shape of one example: (C, H, W) for images, (F) for feature vectors. Runs shape
    // inference through every layer; on an impossible shape throws std::invalid_argument naming
    // the layer ("layer 4 of 8, conv2 (Conv2d 3×3, 16 → 32, SAME): input has 8 channels,
    // expected 16 ...") and keeps the previous input shape.
    void set_input_shape(Shape example_shape);
    const Shape& input_shape() const { return input_shape_; } // empty until set
    // The last layer's output for one example, e.g. (10); the input shape without layers.
    Shape output_shape() const;

    std::vector<LayerSummary> layer_summaries() const;
    // The summary as a table a student can read: layer, type, output shape, parameters, FLOPs,
    // and the totals.
    std::string summary() const;
    std::int64_t parameter_count() const;
    // FLOPs of one example's forward pass (needs the input shape).
    std::int64_t flops() const;

    // Initialises every layer from one std::mt19937_64(seed), in order: the same seed gives the
    // same network, on every device.
    void initialize(std::uint64_t seed, InitPolicy policy = {});

    // logits = model(x), x (N, ...example shape) on the model's device, in the current mode.
    Tensor forward(const Tensor& x);
    Tensor forward(const Tensor& x, bool training);
    // The output in evaluation mode whatever the current mode, keeping nothing for backward():
    // each layer forgets its saved tensors as soon as it has run, so only about two activations
    // are alive at a time (VGG-16's inference fits in its weights' size plus a little).
    Tensor infer(const Tensor& x);
    // Back through every layer from dlogits; fills each parameter's grad. Returns the input
    // The scores the loss takes (logits): forward() without a trailing Softmax layer. Softmax
    // cross-entropy applies softmax itself, so a network ending in Softmax is trained (and
    // evaluated) on the scores before it; for any other network the same as forward().
    Tensor forward_logits(const Tensor& x, bool training);
    // Whether the last layer is a Softmax: forward() then gives probabilities, not logits.
    bool ends_in_softmax() const;
    // Back from dlogits through the layers the last forward ran (all of them, or all but the
    // trailing Softmax after forward_logits()); fills each parameter's grad. Returns the input
    // gradient when set_input_gradient_needed(true), else an undefined tensor (the first layer
    // skips computing it).
    Tensor backward(const Tensor& dlogits);
    void set_input_gradient_needed(bool needed);

    std::vector<Parameter*> parameters();
    std::vector<const Parameter*> parameters() const;

    void to(Device device);
    Device device() const { return device_; }

    // Training mode (dropout active, batchnorm on batch statistics) or evaluation mode.
    void train() { training_ = true; }
    void eval() { training_ = false; }
    bool is_training() const { return training_; }

    int size() const { return static_cast<int>(layers_.size()); }
    Layer& layer(int index) { return *layers_.at(static_cast<std::size_t>(index)); } // 0-based
    const Layer& layer(int index) const { return *layers_.at(static_cast<std::size_t>(index)); }
    // The layer with this name, or nullptr.
    Layer* find(std::string_view name);

private:
    // Per-example output shapes of every layer for this input shape; throws as set_input_shape.
    std::vector<Shape> infer_shapes(const Shape& example_shape) const;
    // Runs the first `count` layers.
    Tensor forward_through(const Tensor& x, bool training, std::size_t count);
    // The message for layer `index` (0-based) rejecting `input` (batch of 1).
    std::string shape_error(std::size_t index, const Shape& example_input,
                            const std::string& reason, std::size_t layer_count) const;
    void update_input_gradient_flags();
    // Throws std::invalid_argument for an undefined input, one on another device or of another
    // example shape than the model's.
    void check_input(const Tensor& x) const;

    std::string name_;
    std::vector<std::unique_ptr<Layer>> layers_;
    Shape input_shape_;
    std::vector<Shape> output_shapes_; // per example, one per layer, while input_shape_ is set
    Device device_{Device::cpu()};
    bool training_{true};
    bool input_gradient_needed_{false};
    // Layers the last forward ran, where backward() starts; all of them before any forward (so
    // that a backward first is refused by the last layer, which names itself).
    std::size_t forwarded_{SIZE_MAX};
};

} // namespace convsight::nn
