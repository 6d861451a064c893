// CIFAR-10 binary batches (records of a label byte and 3×32×32 bytes) as the app opens them.
// A std::runtime_error is the reader's refusal; anything else is a finding.
#include "DatasetCheck.h"
#include "FuzzSupport.h"
#include "data/Cifar10Dataset.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string batch = fuzz::scratch_file("data_batch_1.bin", data, size);
    try {
        const data::Cifar10Dataset dataset("fuzz", {batch}, data::cifar10_class_names());
        fuzz::read_some_examples(dataset);
    } catch (const std::runtime_error&) {
    }
    return 0;
}
