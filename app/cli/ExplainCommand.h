// `convsight-cli explain` (why did the network say that: occlusion, saliency or Grad-CAM for one
// input, as a map) and `convsight-cli visualize` (what one filter wants: activation
// maximisation).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runExplain(const std::vector<std::string>& args, std::ostream& out);
int runVisualize(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kExplainUsage;
extern const char* const kVisualizeUsage;

} // namespace convsight::cli
