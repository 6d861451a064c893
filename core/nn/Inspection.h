// Looking inside a trained network for the Inspect workspace: every layer's output for one
// example, the class probabilities, and the receptive field of one position of a spatial layer.
#pragma once

#include "nn/Sequential.h"

#include <string>
#include <vector>

namespace convsight::nn {

// What every layer gives for one example: entry i is layer i's output (batch of 1 removed:
// (C, H, W) or (F)), on the CPU; the model runs in evaluation mode on its device; the model's
// mode is restored afterwards. `example` is (C, H, W) (or (1, C, H, W)), already normalised.
struct LayerOutput {
    std::string name, kind, description;
    compute::Tensor value;
};
// Throws std::invalid_argument when `example` does not match the model's input shape.
std::vector<LayerOutput> layer_outputs(Sequential& model, const compute::Tensor& example);

// Softmax of the logits (the last output), as probabilities summing to 1. Throws
// std::invalid_argument for an undefined or empty tensor.
std::vector<float> probabilities(const compute::Tensor& logits);
// The class probabilities of layer_outputs()' last entry: that entry as it is when the network
// ends in Softmax (softmax is not applied twice), else its softmax (for LogSoftmax the softmax of
// log-probabilities gives the probabilities back). Throws std::invalid_argument without outputs.
std::vector<float> probabilities(const std::vector<LayerOutput>& outputs);

// The input pixels that can influence position (y, x) of layer `layer`'s output (0-based layer
// index; conv, pooling, and every shape-keeping layer between), as a rectangle in input
// coordinates [top, left, bottom, right] inclusive, clipped to the input; also the unclipped
// size (the receptive field's size, e.g. 5×5 after two 3×3 convs). Throws std::invalid_argument
// for a layer after the first flatten/dense (no spatial position) or a position outside.
struct ReceptiveField {
    int top, left, bottom, right;
    int height, width;
};
ReceptiveField receptive_field(const Sequential& model, int layer, int y, int x);

} // namespace convsight::nn
