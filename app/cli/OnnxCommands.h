// `convsight-cli import` (an ONNX model to a .csmodel) and `convsight-cli onnx-test` (ONNX's
// backend test cases through the importer).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runImport(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kImportUsage;
int runOnnxTest(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kOnnxTestUsage;

} // namespace convsight::cli
