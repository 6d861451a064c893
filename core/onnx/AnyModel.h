// Model loading shared by the CLI and the GUI: a .csmodel, a .onnx or a preset name.
#pragma once

#include "nn/ModelFile.h"

#include <string>

namespace convsight::onnx {

// A .csmodel (nn::load_model_file), a .onnx (import_onnx; metadata as ImportedModel's) or, where
// `allow_presets`, a preset name (nn::make_model, seed 0). Throws std::runtime_error naming the
// file.
nn::SavedModel load_any_model(const std::string& path_or_preset, bool allow_presets = false);

} // namespace convsight::onnx
