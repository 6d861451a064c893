// IDX (MNIST, Fashion-MNIST) images and labels as the app opens them: two files, each raw or
// gzip-compressed (the content decides). The input holds both (FuzzSupport.h's split_two_files).
// A std::runtime_error is the reader's refusal; anything else is a finding.
#include "DatasetCheck.h"
#include "FuzzSupport.h"
#include "data/IdxDataset.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const fuzz::TwoFiles files = fuzz::split_two_files(data, size);
    const std::string images =
        fuzz::scratch_file("images-idx3-ubyte", files.first.data(), files.first.size());
    const std::string labels =
        fuzz::scratch_file("labels-idx1-ubyte", files.second.data(), files.second.size());
    try {
        const data::IdxDataset dataset("fuzz", images, labels, data::digit_class_names());
        fuzz::read_some_examples(dataset);
    } catch (const std::runtime_error&) {
    }
    return 0;
}
