// Model files (.csmodel): a trained network with everything needed to use or resume it. Layout:
// magic "CSMODEL\0", format version (u32), then a JSON header (architecture, metadata, optimizer
// settings, tensor table) and the raw float32 tensors (weights, buffers such as BatchNorm's
// running statistics, optional optimizer state), ending in a CRC-32 of everything before it.
// Written atomically (io::AtomicFile: temporary file, fsync, rename); loading checks every part and
// names the file and what is wrong.
#pragma once

#include "nn/Optimizer.h"
#include "nn/Sequential.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace convsight::nn {

// A model file that cannot be read or written: the message starts with the path.
class ModelFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::uint32_t kModelFormatVersion = 1;

struct SavedModel {
    Sequential model{"model"}; // architecture and weights, on the CPU, in evaluation mode
    // Whatever the writer put there. The trainer stores: "dataset" (name), "class_names",
    // "normalization" {"mean": [...], "std": [...]}, "epoch" (epochs completed), "seed",
    // "hyperparameters" {...}, "history" [per-epoch records].
    // nn::run_metadata() (RunMetadata.h) reads them typed and checked.
    nlohmann::json metadata = nlohmann::json::object();
    // The optimizer's kind and settings ({"type": "adam", "lr": ..., "steps": ...}); null when
    // the file holds no optimizer state. Its state tensors are loaded into the model's
    // parameters' state slots, so make_optimizer() continues where the writer stopped.
    nlohmann::json optimizer = nullptr;
};

// Writes `model` (any device), its metadata and, when given, the optimizer's settings and state.
void save_model_file(const std::string& path, const Sequential& model,
                     const nlohmann::json& metadata, const Optimizer* optimizer = nullptr);
// Reads and checks a model file; throws ModelFileError.
SavedModel load_model_file(const std::string& path);

// The optimizer a SavedModel::optimizer (or the CLI's settings) describes, over `parameters`,
// keeping the state already in their slots and the step count. Throws std::invalid_argument.
std::unique_ptr<Optimizer> make_optimizer(const nlohmann::json& settings,
                                          std::vector<Parameter*> parameters);
// The settings make_optimizer() reads back: type, lr, momentum/betas, weight decay, steps.
nlohmann::json optimizer_settings(const Optimizer& optimizer);

// Architectures as JSON, for user-made models and inside model files:
// {"name": "my-net", "input": [1, 28, 28], "layers": [{"type": "conv2d", "filters": 16,
//  "kernel": 3, "stride": 1, "padding": "same"}, {"type": "relu"}, {"type": "maxpool",
//  "size": 2}, {"type": "flatten"}, {"type": "dense", "units": 10}]}
// Input channels and dense input features are inferred from the previous layer.
nlohmann::json architecture_json(const Sequential& model);
// Builds (uninitialised) the model a JSON architecture describes; throws std::invalid_argument
// naming the layer (index and type) and what is wrong, including an impossible shape.
Sequential model_from_json(const nlohmann::json& architecture);
// One layer of an architecture, built (uninitialised) for an input of `example_input` (one
// example's shape, the previous layer's output), without a name: for readers that fill each
// layer's weights before allocating the next (the ONNX importer). `index` (from 1) is the layer's
// place in messages; throws std::invalid_argument as model_from_json does.
std::unique_ptr<Layer> layer_from_json(const nlohmann::json& config, const Shape& example_input,
                                       int index);
// A copy of `model` on the CPU (from any device): the same architecture, weights and buffers, in
// evaluation mode, without gradients or optimizer state. For looking at a network while the
// original trains on.
Sequential copy_model(const Sequential& model);
// Reads a .json architecture file; throws std::runtime_error naming the file (and the line and
// column of a syntax error).
Sequential load_architecture_file(const std::string& path);

// The CRC-32 model files end with (IEEE 802.3, as zlib and PNG compute it).
std::uint32_t crc32(std::span<const unsigned char> bytes);

} // namespace convsight::nn
