// `convsight-cli geometry` and `convsight-cli convolve`: the lecture's output-size formula with the
// user's numbers, and a small convolution from CSV (or a preset) printed as CSV, optionally traced.
#pragma once

#include "Cli.h"
#include "compute/shared/dims.h"

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runGeometry(const std::vector<std::string>& args, std::ostream& out);
int runConvolve(const std::vector<std::string>& args, std::ostream& out);
std::string geometryUsage();
std::string convolveUsage(); // lists the kernel presets
// --border zero|replicate|reflect|wrap for image filtering; throws UsageError for anything else.
compute::BorderMode imageBorderOption(const Options& options);

} // namespace convsight::cli
