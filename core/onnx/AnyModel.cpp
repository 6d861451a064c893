// load_any_model: picks the reader by the file's extension (a preset by its name).
#include "onnx/AnyModel.h"

#include "nn/Models.h"
#include "onnx/OnnxImport.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace convsight::onnx {

namespace {

bool ends_with_onnx(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".onnx";
}

} // namespace

nn::SavedModel load_any_model(const std::string& path_or_preset, bool allow_presets) {
    if (allow_presets) {
        const std::vector<std::string> names = nn::model_names();
        if (std::find(names.begin(), names.end(), path_or_preset) != names.end() &&
            !std::filesystem::exists(path_or_preset)) {
            nn::SavedModel saved;
            saved.model = nn::make_model(path_or_preset, 0);
            saved.model.eval();
            saved.metadata = {{"preset", path_or_preset}, {"seed", 0}};
            return saved;
        }
    }
    if (ends_with_onnx(path_or_preset)) {
        ImportedModel imported = import_onnx(path_or_preset);
        nn::SavedModel saved;
        saved.model = std::move(imported.model);
        saved.metadata = std::move(imported.metadata);
        return saved;
    }
    return nn::load_model_file(path_or_preset);
}

} // namespace convsight::onnx
