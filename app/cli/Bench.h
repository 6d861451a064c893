// `convsight-cli bench ops|train`: speed figures of the compute library, printed as a table or
// as one JSON object, for comparing side by side with a peer (OpenCV, PyTorch) in one run.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runBench(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kBenchUsage;

} // namespace convsight::cli
