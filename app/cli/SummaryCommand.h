// `convsight-cli summary`: a network's layers, output shapes (as the lecture writes them),
// parameters and FLOPs, computed from its architecture without allocating its weights.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runSummary(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kSummaryUsage;

} // namespace convsight::cli
