// ONNX models as File ▸ Open Model, `predict` and Inspect import them (import_onnx). An OnnxError
// naming the file is the reader's refusal; a network it accepts is, when small, run on one example
// (ModelCheck.h). Anything else is a finding.
#include "FuzzSupport.h"
#include "ModelCheck.h"
#include "onnx/OnnxError.h"
#include "onnx/OnnxImport.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string path = fuzz::scratch_file("model.onnx", data, size);
    onnx::ImportedModel imported;
    try {
        imported = onnx::import_onnx(path);
    } catch (const onnx::OnnxError&) {
        return 0;
    }
    (void)imported.model.summary();
    fuzz::run_if_small(imported.model);
    return 0;
}
