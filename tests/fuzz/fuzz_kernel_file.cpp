// Kernel files as the Filter workspace and the CLI load them: the same bytes as a `.kernel.json`
// and as a `.csv`. A KernelFileError is the reader's refusal; a kernel it accepts must hold a
// rectangular, finite matrix, a finite divisor other than 0 and a finite offset, and read back the
// same from the JSON format_kernel_json() writes for it. Anything else is a finding.
#include "FuzzSupport.h"
#include "conv/KernelFile.h"

#include <cmath>
#include <stdexcept>

namespace {

void check_kernel(const convsight::conv::FilterKernel& kernel) {
    if (kernel.rows.empty() || kernel.rows.front().empty())
        throw std::logic_error("an empty kernel was accepted");
    for (const auto& row : kernel.rows) {
        if (row.size() != kernel.rows.front().size())
            throw std::logic_error("a ragged kernel was accepted");
        for (const double value : row)
            if (!std::isfinite(value))
                throw std::logic_error("a value that is not finite was accepted");
    }
    if (!std::isfinite(kernel.divisor) || kernel.divisor == 0 || !std::isfinite(kernel.offset))
        throw std::logic_error("a divisor or offset out of range was accepted");
}

void load(const std::string& path) {
    using namespace convsight;
    conv::FilterKernel kernel;
    try {
        kernel = conv::load_kernel_file(path);
    } catch (const conv::KernelFileError&) {
        return;
    }
    check_kernel(kernel);
    const conv::FilterKernel again =
        conv::parse_kernel_json(conv::format_kernel_json(kernel), "written");
    if (again.name != kernel.name || again.rows != kernel.rows || again.divisor != kernel.divisor ||
        again.offset != kernel.offset)
        throw std::logic_error("the kernel does not read back as written");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    load(fuzz::scratch_file("fuzz.kernel.json", data, size));
    load(fuzz::scratch_file("fuzz.csv", data, size));
    return 0;
}
