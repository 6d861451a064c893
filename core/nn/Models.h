// The built-in models, by name: "small" (28×28×1, for MNIST and Fashion-MNIST), "cifar-tf"
// (24×24×3, TensorFlow's CIFAR-10 tutorial model without LRN), "lenet5" (28×28×1),
// "fashion-strong" (28×28×1, with batch normalisation and dropout) and "mlp" (28×28×1, dense
// layers only, about as many parameters as "small": the MLP-versus-CNN comparison); and, to look
// at rather than train here, "vgg16" and "alexnet" (224×224×3, ImageNet's 1000 classes).
#pragma once

#include "nn/Sequential.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace convsight::nn {

// The names make_model() accepts, in the order the UI lists them.
std::vector<std::string> model_names();
// One line on what the model is, for menus and --help; throws as make_model().
std::string model_description(std::string_view name);
// Whether the model is shown but not trained here (VGG-16, AlexNet): its summary and its editor
// view come from model_architecture(); make_model() still builds it (VGG-16's weights take about
// 550 MB), for timing one image. False for unknown names.
bool is_view_only(std::string_view name);
// The model's JSON architecture (ModelFile.h's format), its own input included, without
// allocating the view-only models' weights. Throws as make_model().
nlohmann::json model_architecture(std::string_view name);
// The model with its input shape set and its parameters initialised from `seed`, on the CPU.
// Throws std::invalid_argument listing the available names for an unknown one.
Sequential make_model(std::string_view name, std::uint64_t seed);
// `preset` with one output per class of `classes` (the built-in models have ten): its
// architecture with that many units in its last dense layer, initialised from `seed` as the
// preset was. Returned unchanged when it already fits or does not end in a dense layer.
Sequential with_class_count(Sequential preset, int classes, std::uint64_t seed);

} // namespace convsight::nn
