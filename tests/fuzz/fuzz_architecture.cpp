// JSON architectures as `train --model FILE.json` and the architecture editor's Open load them.
// A std::runtime_error naming the file is the reader's refusal; a network it accepts is
// initialised and, when small, run on one example (ModelCheck.h). Anything else is a finding.
#include "FuzzSupport.h"
#include "ModelCheck.h"
#include "nn/ModelFile.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string path = fuzz::scratch_file("architecture.json", data, size);
    nn::Sequential model;
    try {
        model = nn::load_architecture_file(path);
    } catch (const std::runtime_error&) {
        return 0;
    }
    // What the editor shows for it, and what training starts from.
    (void)nn::architecture_json(model);
    (void)model.summary();
    model.initialize(0);
    fuzz::run_if_small(model);
    return 0;
}
