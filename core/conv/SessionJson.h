// The teaching model's values as JSON, for session files (.convsight): the Filter workspace's
// kernel (KernelModel) and the Step through workspace's document. Reading checks every field
// (present, of the right type, in range, sizes that agree) and throws SessionJsonError naming the
// field, so a damaged session is refused before anything of it is applied.
#pragma once

#include "conv/KernelModel.h"
#include "conv/StepThroughDocument.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace convsight::conv {

class SessionJsonError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// {"channels": [{"values": [[...]], "divisor": d} ×3], "per_channel": b, "offset": o,
//  "border": "reflect", "preset_id": "...", "name": "..."}
nlohmann::json kernel_model_to_json(const KernelModel& model);
KernelModel kernel_model_from_json(const nlohmann::json& json);

// Every field of the document; enums by name ("valid", "same", "explicit"; border as the CLI
// names it).
nlohmann::json step_through_to_json(const StepThroughDocument& document);
StepThroughDocument step_through_from_json(const nlohmann::json& json);

// "convolution", "max-pooling", "average-pooling", "kernel-gradient", "input-gradient".
const char* step_through_mode_name(StepThroughMode mode);
// Throws SessionJsonError for any other name.
StepThroughMode step_through_mode_from_name(const std::string& name);

} // namespace convsight::conv
