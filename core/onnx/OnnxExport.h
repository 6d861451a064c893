// A ConvSight network as an ONNX model (opset 13) that other tools (onnx.checker, OpenCV's DNN,
// PyTorch, Netron) read: input "input" (batch, C, H, W), output "output", the weights as
// initializers. Padding is written out per side, resolved for the model's input shape.
#pragma once

#include "nn/Sequential.h"

#include <string>

namespace convsight::onnx {

// Writes `model` (any device; it needs its input shape) as ONNX opset 13, checked by
// onnx::checker before the file is written (io::AtomicFile). Throws OnnxError naming the
// path and, for a layer ONNX cannot express (a locally connected layer), the layer; on any error
// nothing is written at `path`.
void export_onnx(const nn::Sequential& model, const std::string& path);

} // namespace convsight::onnx
