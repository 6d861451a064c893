// NumPy .npy files as `predict --tensor X.npy` reads them (read_npy). A std::runtime_error naming
// the file is the reader's refusal; a tensor it accepts must have as many values as its shape
// says. Anything else is a finding.
#include "FuzzSupport.h"
#include "data/Npy.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string path = fuzz::scratch_file("tensor.npy", data, size);
    compute::Tensor tensor;
    try {
        tensor = data::read_npy(path);
    } catch (const std::runtime_error&) {
        return 0;
    }
    if (tensor.rank() < 1 || tensor.numel() != compute::shape_numel(tensor.shape()) ||
        tensor.numel() < 1)
        throw std::logic_error("a tensor with no values or a wrong count was accepted");
    return 0;
}
