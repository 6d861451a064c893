// Sequential: shape inference with messages naming the layer, the summary table, forward and
// backward through the layers, seeded initialisation.
#include "nn/Sequential.h"

#include "compute/Profile.h"
#include "nn/BatchNorm.h"
#include "nn/Dropout.h"
#include "nn/Softmax.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace convsight::nn {
namespace {

Shape with_batch(const Shape& example_shape) {
    Shape shape{1};
    shape.insert(shape.end(), example_shape.begin(), example_shape.end());
    return shape;
}

Shape without_batch(const Shape& shape) {
    return Shape(shape.begin() + 1, shape.end());
}

// 206922 -> "206,922"
std::string grouped(std::int64_t value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string text = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

// Columns line up by characters, not bytes ("×" and "→" take two and three bytes in UTF-8).
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string padded(const std::string& text, std::size_t width, bool right_aligned) {
    const std::string fill(width - std::min(width, display_width(text)), ' ');
    return right_aligned ? fill + text : text + fill;
}

} // namespace

Sequential::Sequential(std::string name)
    : name_(std::move(name)) {}

Sequential& Sequential::add(std::unique_ptr<Layer> layer, std::string name) {
    if (!layer)
        throw std::invalid_argument(name_ + ": add() was given no layer");
    if (name.empty())
        name = layer->name();
    if (name.empty()) {
        const std::string prefix = layer->name_prefix();
        for (int number = 1; name.empty() || find(name); ++number)
            name = prefix + std::to_string(number);
    } else if (find(name)) {
        throw std::invalid_argument(name_ + ": there is already a layer named \"" + name +
                                    "\"; each layer needs its own name");
    }
    layer->set_name(name);
    Shape example_output;
    if (!input_shape_.empty()) {
        const Shape example_input = layers_.empty() ? input_shape_ : output_shapes_.back();
        try {
            example_output = without_batch(layer->output_shape(with_batch(example_input)));
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(
                shape_error(layers_.size(), example_input, e.what(), layers_.size() + 1));
        }
    }
    layer->to(device_);
    if (!input_shape_.empty())
        output_shapes_.push_back(std::move(example_output));
    layers_.push_back(std::move(layer));
    update_input_gradient_flags();
    return *this;
}

std::string Sequential::shape_error(std::size_t index, const Shape& example_input,
                                    const std::string& reason, std::size_t layer_count) const {
    std::string source = "the model's input";
    if (index > 0)
        source = "the output of layer " + std::to_string(index) + ", " + layers_[index - 1]->name();
    return name_ + ": layer " + std::to_string(index + 1) + " of " + std::to_string(layer_count) +
           ", " + reason + " (its input " + shape_string(example_input) + " is " + source + ")";
}

std::vector<Shape> Sequential::infer_shapes(const Shape& example_shape) const {
    std::vector<Shape> shapes;
    Shape example_input = example_shape;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        try {
            shapes.push_back(without_batch(layers_[i]->output_shape(with_batch(example_input))));
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(shape_error(i, example_input, e.what(), layers_.size()));
        }
        example_input = shapes.back();
    }
    return shapes;
}

void Sequential::set_input_shape(Shape example_shape) {
    if (example_shape.empty() ||
        std::any_of(example_shape.begin(), example_shape.end(), [](auto d) { return d < 1; }))
        throw std::invalid_argument(name_ + ": the input shape " + shape_string(example_shape) +
                                    " needs at least one dimension, each at least 1");
    output_shapes_ = infer_shapes(example_shape);
    input_shape_ = std::move(example_shape);
}

Shape Sequential::output_shape() const {
    if (input_shape_.empty())
        throw std::logic_error(name_ + ": the output shape needs the input shape first");
    return output_shapes_.empty() ? input_shape_ : output_shapes_.back();
}

std::vector<LayerSummary> Sequential::layer_summaries() const {
    std::vector<LayerSummary> rows;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const Layer& layer = *layers_[i];
        LayerSummary row{static_cast<int>(i) + 1, layer.name(),
                         layer.description(),     {},
                         layer.parameter_count(), 0};
        if (!input_shape_.empty()) {
            row.output_shape = output_shapes_[i];
            const Shape& example_input = i == 0 ? input_shape_ : output_shapes_[i - 1];
            row.flops = layer.flops(with_batch(example_input));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string Sequential::summary() const {
    const bool shapes_known = !input_shape_.empty();
    const std::vector<LayerSummary> rows = layer_summaries();
    std::vector<std::vector<std::string>> cells{
        {"#", "layer", "type", "output shape", "parameters", "FLOPs"}};
    std::int64_t total_parameters = 0, total_flops = 0;
    for (const LayerSummary& row : rows) {
        cells.push_back({std::to_string(row.index), row.name, row.description,
                         shapes_known ? shape_string(row.output_shape) : "?",
                         grouped(row.parameters), shapes_known ? grouped(row.flops) : "?"});
        total_parameters += row.parameters;
        total_flops += row.flops;
    }
    cells.push_back({"", "total", "", "", grouped(total_parameters),
                     shapes_known ? grouped(total_flops) : "?"});

    const std::vector<bool> right_aligned{true, false, false, false, true, true};
    std::vector<std::size_t> widths(right_aligned.size(), 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], display_width(line[c]));

    std::string text = name_ + ": input " +
                       (shapes_known ? shape_string(input_shape_) : std::string("not set yet")) +
                       "\n";
    for (const auto& line : cells) {
        std::string row;
        for (std::size_t c = 0; c < line.size(); ++c)
            row += (c ? "  " : "") + padded(line[c], widths[c], right_aligned[c]);
        row.erase(row.find_last_not_of(' ') + 1);
        text += row + "\n";
    }
    text += "Output shapes are per example. FLOPs: floating-point operations of one example's "
            "forward pass, 2 × its multiply-adds.\n";
    return text;
}

std::int64_t Sequential::parameter_count() const {
    std::int64_t count = 0;
    for (const auto& layer : layers_)
        count += layer->parameter_count();
    return count;
}

std::int64_t Sequential::flops() const {
    if (input_shape_.empty())
        throw std::logic_error(name_ + ": counting FLOPs needs the input shape first");
    std::int64_t total = 0;
    for (const LayerSummary& row : layer_summaries())
        total += row.flops;
    return total;
}

void Sequential::initialize(std::uint64_t seed, InitPolicy policy) {
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        std::size_t next = i + 1;
        while (next < layers_.size() && (dynamic_cast<const BatchNorm*>(layers_[next].get()) ||
                                         dynamic_cast<const Dropout*>(layers_[next].get())))
            ++next;
        const bool before_rectifier = next < layers_.size() && layers_[next]->is_rectifier();
        layers_[i]->initialize(rng, before_rectifier ? policy.before_rectifier : policy.otherwise);
    }
}

Tensor Sequential::forward(const Tensor& x) {
    return forward(x, training_);
}

Tensor Sequential::forward(const Tensor& x, bool training) {
    return forward_through(x, training, layers_.size());
}

Tensor Sequential::forward_logits(const Tensor& x, bool training) {
    return forward_through(x, training, layers_.size() - (ends_in_softmax() ? 1 : 0));
}

bool Sequential::ends_in_softmax() const {
    const auto* last =
        layers_.empty() ? nullptr : dynamic_cast<const SoftmaxLayer*>(layers_.back().get());
    return last && !last->is_log();
}

Tensor Sequential::forward_through(const Tensor& x, bool training, std::size_t count) {
    check_input(x);
    Tensor y = x;
    forwarded_ = 0;
    for (std::size_t i = 0; i < count; ++i) {
        // Under compute::profile (nn::profile_train_steps, `train --profile`) each layer's pass
        // of a training step is a phase of its own, with the ops' phases inside it.
        if (training && compute::profile::enabled()) {
            compute::profile::timed(layers_[i]->name() + " forward", x.device(),
                                    [&] { y = layers_[i]->forward(y, training); });
        } else {
            y = layers_[i]->forward(y, training);
        }
        forwarded_ = i + 1;
    }
    return y;
}

Tensor Sequential::infer(const Tensor& x) {
    check_input(x);
    Tensor y = x;
    forwarded_ = SIZE_MAX; // a backward() after this reaches layers that kept nothing, and says so
    for (const auto& layer : layers_) {
        y = layer->forward(y, false);
        layer->forget_forward();
    }
    return y;
}

void Sequential::check_input(const Tensor& x) const {
    if (!x.defined())
        throw std::invalid_argument(name_ + ": forward() was given an undefined tensor");
    if (x.device() != device_)
        throw std::invalid_argument(name_ + ": the input is on " + x.device().id() +
                                    " but the model is on " + device_.id() +
                                    "; move one of them with .to(device)");
    if (!input_shape_.empty() && without_batch(x.shape()) != input_shape_)
        throw std::invalid_argument(name_ + ": the input " + x.shape_string() +
                                    " does not match the model's input shape (N" +
                                    shape_string(input_shape_).replace(0, 1, ", "));
}

Tensor Sequential::backward(const Tensor& dlogits) {
    Tensor gradient = dlogits;
    for (std::size_t i = std::min(forwarded_, layers_.size()); i-- > 0;) {
        if (compute::profile::enabled()) {
            compute::profile::timed(layers_[i]->name() + " backward", dlogits.device(), [&] {
                gradient = layers_[i]->backward(gradient);
                layers_[i]->forget_forward();
            });
        } else {
            gradient = layers_[i]->backward(gradient);
            layers_[i]->forget_forward();
        }
    }
    return gradient;
}

void Sequential::set_input_gradient_needed(bool needed) {
    input_gradient_needed_ = needed;
    update_input_gradient_flags();
}

void Sequential::update_input_gradient_flags() {
    for (std::size_t i = 0; i < layers_.size(); ++i)
        layers_[i]->set_input_gradient_needed(i > 0 || input_gradient_needed_);
}

std::vector<Parameter*> Sequential::parameters() {
    std::vector<Parameter*> result;
    for (const auto& layer : layers_)
        for (Parameter* p : layer->parameters())
            result.push_back(p);
    return result;
}

std::vector<const Parameter*> Sequential::parameters() const {
    std::vector<const Parameter*> result;
    for (const auto& layer : layers_)
        for (const Parameter* p : std::as_const(*layer).parameters())
            result.push_back(p);
    return result;
}

void Sequential::to(Device device) {
    for (const auto& layer : layers_)
        layer->to(device);
    device_ = device;
}

Layer* Sequential::find(std::string_view name) {
    for (const auto& layer : layers_)
        if (layer->name() == name)
            return layer.get();
    return nullptr;
}

} // namespace convsight::nn
