// ONNX's backend test cases (the folders of onnx/backend/test/data: model.onnx and
// test_data_set_*/input_*.pb, output_*.pb) run through the importer and nn: a case is PASSED
// when every data set's output is within ONNX's tolerances (rtol 1e-3, atol 1e-7, as onnx's
// runner), FAILED otherwise, SKIPPED with the reason when its model is outside what ConvSight
// imports (an operator not in the list, a 1-D or 3-D convolution, ...).
#pragma once

#include "compute/Device.h"
#include "compute/Tensor.h"

#include <string>
#include <vector>

namespace convsight::onnx {

enum class CaseStatus { Passed, Failed, Skipped };

struct CaseResult {
    std::string name;   // the folder's name: "test_conv_with_strides_padding"
    std::string folder; // its path
    CaseStatus status{CaseStatus::Skipped};
    std::string reason;    // why it failed or was skipped
    double max_error{0.0}; // the largest |ours − expected| over all outputs (PASSED, FAILED)
    int data_sets{0};      // test_data_set_* folders run
};

inline constexpr double kBackendRtol = 1e-3;
inline constexpr double kBackendAtol = 1e-7;

// Reads a TensorProto file (input_0.pb) as a float tensor (FLOAT, DOUBLE, INT32, INT64 and BOOL
// converted to float); a scalar becomes shape (1). Throws OnnxError "<path>: <problem>".
compute::Tensor read_tensor_file(const std::string& path);

// Runs one case folder on `device`.
CaseResult run_backend_case(const std::string& folder,
                            compute::Device device = compute::Device::cpu());
// The case folders under `path`: itself when it holds a model.onnx, else its subfolders that do,
// sorted by name. Throws OnnxError when there are none.
std::vector<std::string> backend_case_folders(const std::string& path);
// "PASSED   test_relu  (max error 0)" / "SKIPPED  test_lstm  (operator LSTM is not supported ...)"
std::string case_line(const CaseResult& result);
const char* status_name(CaseStatus status);

} // namespace convsight::onnx
