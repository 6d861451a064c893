// ONNX import: a model whose graph is a chain of 2-D CNN operators (Conv, pooling,
// BatchNormalization, activations, Softmax, Gemm/MatMul+Add, Flatten/Reshape, Pad, Dropout,
// Identity) becomes the same nn::Sequential the app trains and inspects. Anything else is refused
// with an OnnxError naming the file, the node and the operator; nothing is half-loaded. Every
// size read from the file is checked before anything is allocated.
#pragma once

#include "compute/Tensor.h"
#include "nn/Sequential.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace convsight::onnx {

struct ImportOptions {
    // Values for graph inputs other than the data input (ONNX's backend tests pass a Conv's W or a
    // Gemm's B as graph inputs): name -> tensor; such inputs are then treated as initializers.
    std::map<std::string, compute::Tensor> constants;
};

struct ImportedModel {
    nn::Sequential model{"model"}; // on the CPU, eval mode, weights loaded
    nlohmann::json metadata;       // {"source": "onnx", "file": ..., "producer": ..., "opset": N,
                             //  "input_name": ..., "output_name": ..., "onnx_metadata": {...}}
};

// The ONNX operators import_onnx() reads (some only in the forms its comments give), in the
// order messages list them.
const std::vector<std::string>& importable_operators();

// Reads `path` (external data is looked up beside it) and builds the network; throws OnnxError
// "<path>: <problem>".
ImportedModel import_onnx(const std::string& path, const ImportOptions& options = {});

} // namespace convsight::onnx
