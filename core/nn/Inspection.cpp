// Inspection: the layers run one by one in evaluation mode, keeping each output; receptive fields
// composed from the last layer back to the input through each window's geometry.
#include "nn/Inspection.h"

#include "nn/Conv2d.h"
#include "nn/Pad2d.h"
#include "nn/Pool2d.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace convsight::nn {
namespace {

Shape without_batch(const Shape& shape) {
    return Shape(shape.begin() + 1, shape.end());
}

// The example as a batch of one: (C, H, W) -> (1, C, H, W); (1, C, H, W) as it is.
Tensor as_batch_of_one(const Sequential& model, const Tensor& example) {
    if (!example.defined())
        throw std::invalid_argument(model.name() + ": layer_outputs() was given no example");
    Tensor batch = example;
    if (example.rank() == 4 && example.dim(0) != 1)
        throw std::invalid_argument(model.name() + ": layer_outputs() takes one example, not a " +
                                    "batch of " + std::to_string(example.dim(0)) + " " +
                                    example.shape_string());
    if (example.rank() != 4) {
        Shape shape = example.shape();
        shape.insert(shape.begin(), 1);
        batch = example.view(shape);
    }
    if (!model.input_shape().empty() && without_batch(batch.shape()) != model.input_shape())
        throw std::invalid_argument(model.name() + ": the example " + example.shape_string() +
                                    " does not match the model's input shape " +
                                    shape_string(model.input_shape()));
    return batch;
}

// One sliding window's reach over one axis: output index o sees inputs
// [o·stride − pad_before, o·stride − pad_before + dilation·(size − 1)].
struct AxisWindow {
    int size{1}, stride{1}, dilation{1}, pad_before{};
};

void step_back(const AxisWindow& w, int& first, int& last) {
    first = first * w.stride - w.pad_before;
    last = last * w.stride - w.pad_before + w.dilation * (w.size - 1);
}

} // namespace

std::vector<LayerOutput> layer_outputs(Sequential& model, const compute::Tensor& example) {
    Tensor y = as_batch_of_one(model, example).to(model.device());
    std::vector<LayerOutput> outputs;
    outputs.reserve(static_cast<std::size_t>(model.size()));
    // forward(x, false) is evaluation mode for this call only: the model's own mode never changes.
    for (int i = 0; i < model.size(); ++i) {
        Layer& layer = model.layer(i);
        y = layer.forward(y, false);
        const Tensor host = y.to(Device::cpu());
        outputs.push_back({layer.name(), layer.kind(), layer.description(),
                           host.view(without_batch(host.shape()))});
    }
    // Nothing will go backward through this pass: let the layers drop what they kept for it.
    for (int i = 0; i < model.size(); ++i)
        model.layer(i).forget_forward();
    return outputs;
}

std::vector<float> probabilities(const compute::Tensor& logits) {
    if (!logits.defined() || logits.numel() == 0)
        throw std::invalid_argument("probabilities(): the logits are empty");
    const std::vector<float> values = logits.to_vector();
    const float peak = *std::max_element(values.begin(), values.end());
    // Subtracting the largest logit keeps exp() from overflowing; the ratios are unchanged.
    std::vector<double> exps(values.size());
    double sum = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        exps[i] = std::exp(static_cast<double>(values[i]) - peak);
        sum += exps[i];
    }
    std::vector<float> result(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        result[i] = static_cast<float>(exps[i] / sum);
    return result;
}

std::vector<float> probabilities(const std::vector<LayerOutput>& outputs) {
    if (outputs.empty())
        throw std::invalid_argument("probabilities(): the network gave no outputs");
    const LayerOutput& last = outputs.back();
    if (last.kind != "Softmax")
        return probabilities(last.value);
    if (!last.value.defined() || last.value.numel() == 0)
        throw std::invalid_argument("probabilities(): the logits are empty");
    return last.value.to_vector();
}

ReceptiveField receptive_field(const Sequential& model, int layer, int y, int x) {
    if (model.input_shape().size() != 3)
        throw std::invalid_argument(model.name() +
                                    ": receptive fields need an image input shape (C, H, W)");
    if (layer < 0 || layer >= model.size())
        throw std::invalid_argument(model.name() + " has layers 0 to " +
                                    std::to_string(model.size() - 1) + " (counting from 0), not " +
                                    std::to_string(layer));
    const std::vector<LayerSummary> rows = model.layer_summaries();
    auto input_of = [&](int i) {
        return i == 0 ? model.input_shape() : rows[static_cast<std::size_t>(i - 1)].output_shape;
    };
    for (int i = 0; i <= layer; ++i)
        if (rows[static_cast<std::size_t>(i)].output_shape.size() != 3)
            throw std::invalid_argument(
                model.layer(layer).label() + " has no position in the image: layer " +
                std::to_string(i + 1) + ", " + model.layer(i).label() + ", outputs " +
                shape_string(rows[static_cast<std::size_t>(i)].output_shape) +
                ", a vector without rows and columns");
    const Shape& out = rows[static_cast<std::size_t>(layer)].output_shape;
    if (y < 0 || x < 0 || y >= out[1] || x >= out[2])
        throw std::invalid_argument(
            model.layer(layer).label() + " outputs " + shape_string(out) + ": position (y " +
            std::to_string(y) + ", x " + std::to_string(x) + ") is outside its " +
            std::to_string(out[1]) + " × " + std::to_string(out[2]) + " maps");

    int top = y, bottom = y, left = x, right = x;
    for (int i = layer; i >= 0; --i) {
        const Layer& current = model.layer(i);
        const Shape input = input_of(i);
        const int height = static_cast<int>(input[1]), width = static_cast<int>(input[2]);
        AxisWindow rows_window, columns_window;
        if (const auto* conv = dynamic_cast<const Conv2d*>(&current)) {
            const Conv2dOptions& o = conv->options();
            const conv::Padding pad = window_geometry(o.padding,
                                                      {o.kernel_height, o.kernel_width, o.stride_y,
                                                       o.stride_x, o.dilation_y, o.dilation_x},
                                                      height, width)
                                          .padding();
            rows_window = {o.kernel_height, o.stride_y, o.dilation_y, pad.top};
            columns_window = {o.kernel_width, o.stride_x, o.dilation_x, pad.left};
        } else if (const auto* pool = dynamic_cast<const Pool2d*>(&current)) {
            const Pool2dOptions& o = pool->options();
            const conv::Padding pad =
                window_geometry(o.padding, {o.window_y, o.window_x, o.stride_y, o.stride_x}, height,
                                width)
                    .padding();
            rows_window = {o.window_y, o.stride_y, 1, pad.top};
            columns_window = {o.window_x, o.stride_x, 1, pad.left};
        } else if (const auto* pad = dynamic_cast<const Pad2d*>(&current)) {
            // A shift by the padding; a padded cell reads no pixel (constant), the edge pixel
            // (edge) or a mirrored one (reflect), which the clipping to the image approximates.
            rows_window.pad_before = pad->params().top;
            columns_window.pad_before = pad->params().left;
        } else if (input != rows[static_cast<std::size_t>(i)].output_shape) {
            throw std::invalid_argument(
                "cannot trace a receptive field through " + current.label() +
                ": it changes the shape " + shape_string(input) + " to " +
                shape_string(rows[static_cast<std::size_t>(i)].output_shape));
        } // else a shape-keeping layer (activation, batch norm, dropout): pixel for pixel
        step_back(rows_window, top, bottom);
        step_back(columns_window, left, right);
    }
    const int input_height = static_cast<int>(model.input_shape()[1]);
    const int input_width = static_cast<int>(model.input_shape()[2]);
    return {std::max(top, 0),
            std::max(left, 0),
            std::min(bottom, input_height - 1),
            std::min(right, input_width - 1),
            bottom - top + 1,
            right - left + 1};
}

} // namespace convsight::nn
