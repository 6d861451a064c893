// `convsight-cli train`, `evaluate` and `predict`: train a network on a data set (with a progress
// bar on a terminal, or one JSON object per epoch), measure a saved model on a data set, and
// classify image files with one.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runTrain(const std::vector<std::string>& args, std::ostream& out);
int runEvaluate(const std::vector<std::string>& args, std::ostream& out);
int runPredict(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kTrainUsage;
extern const char* const kEvaluateUsage;
extern const char* const kPredictUsage;

} // namespace convsight::cli
