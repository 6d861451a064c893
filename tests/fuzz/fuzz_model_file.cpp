// Model files (.csmodel) as the app opens them (TrainingSession, `predict`, `evaluate`, `train
// --resume`): load_model_file, then run_metadata. A ModelFileError is the reader's refusal; a
// model it accepts is, when small, run on one example (ModelCheck.h). Anything else is a finding.
// Most mutations break the file's closing CRC-32, so the target also reads each input with its
// CRC recomputed (the first byte of the input chooses), to reach the header and the tensors.
#include "FuzzSupport.h"
#include "ModelCheck.h"
#include "nn/ModelFile.h"
#include "nn/RunMetadata.h"

#include <span>
#include <stdexcept>
#include <string>

namespace {

void load(const std::string& path) {
    using namespace convsight;
    nn::SavedModel saved;
    try {
        saved = nn::load_model_file(path);
        (void)nn::run_metadata(saved, path);
    } catch (const nn::ModelFileError&) {
        return;
    }
    (void)saved.model.summary();
    fuzz::run_if_small(saved.model);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    if (size == 0 || (data[0] & 1) == 0 || size < 5) {
        load(fuzz::scratch_file("model.csmodel", data, size));
        return 0;
    }
    // Odd first byte: the same bytes with their last four replaced by the CRC of the rest (the
    // first byte stays as it is: a valid file starts with 'C', which is odd).
    std::string bytes(fuzz::as_text(data, size));
    const std::uint32_t crc = nn::crc32(
        std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size() - 4));
    for (int i = 0; i < 4; ++i)
        bytes[bytes.size() - 4 + static_cast<std::size_t>(i)] = static_cast<char>(crc >> (8 * i));
    load(fuzz::scratch_file("model.csmodel", bytes.data(), bytes.size()));
    return 0;
}
