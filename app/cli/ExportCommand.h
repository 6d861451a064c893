// `convsight-cli export` (a saved model as ONNX) and `predict --tensor` (a network's outputs for a
// .npy batch, written as .npy): the commands scripts use to hand our networks to other tools and
// to compare their outputs with ours.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runExport(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kExportUsage;

// `predict --model FILE --tensor X.npy --out Y.npy [--device cpu|cuda]`; runPredict hands over
// when it sees --tensor.
int runPredictTensor(const std::vector<std::string>& args, std::ostream& out);

} // namespace convsight::cli
