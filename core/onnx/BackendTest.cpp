// The backend test runner: reads the test data with onnx's generated TensorProto class, binds the
// first graph input as the data and the others as constants, imports and compares.
#include "onnx/BackendTest.h"

#include "onnx/OnnxError.h"
#include "onnx/OnnxImport.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <onnx/onnx_pb.h>
#include <set>
#include <sstream>

namespace convsight::onnx {

namespace {

namespace fs = std::filesystem;
using compute::Tensor;

// Import refusals that mean "outside what ConvSight imports" rather than a wrong result.
bool is_refusal(const std::string& message) {
    // nn refusing the layers the importer asked for is a failure of ours, whatever it says.
    if (message.find("the network cannot be built") != std::string::npos)
        return false;
    for (const char* words : {"not supported", "only", "outside what ConvSight reads",
                              "not a chain", "exactly one data input", "is computed in the graph",
                              "ConvSight reads", "ConvSight imports"})
        if (message.find(words) != std::string::npos)
            return true;
    return false;
}

::onnx::ModelProto read_model(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    ::onnx::ModelProto model;
    if (!in || !model.ParseFromIstream(&in))
        throw OnnxError(path + ": not an ONNX model");
    return model;
}

std::vector<std::string> sorted_files(const fs::path& folder, const std::string& prefix) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().filename().string().rfind(prefix, 0) == 0 &&
            entry.path().extension() == ".pb")
            files.push_back(entry.path().string());
    // input_10 after input_9
    std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return files;
}

} // namespace

const char* status_name(CaseStatus status) {
    switch (status) {
    case CaseStatus::Passed:
        return "PASSED";
    case CaseStatus::Failed:
        return "FAILED";
    case CaseStatus::Skipped:
        return "SKIPPED";
    }
    return "?";
}

Tensor read_tensor_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw OnnxError(path + ": cannot open");
    ::onnx::TensorProto t;
    if (!t.ParseFromIstream(&in))
        throw OnnxError(path + ": not a TensorProto (truncated or corrupted)");
    compute::Shape shape;
    std::int64_t numel = 1;
    for (const std::int64_t d : t.dims()) {
        if (d < 1 || d > (std::int64_t{1} << 28) || numel * d > (std::int64_t{1} << 28))
            throw OnnxError(path + ": a dimension of " + std::to_string(d) + " is not supported");
        shape.push_back(d);
        numel *= d;
    }
    if (shape.empty())
        shape = {1};
    std::vector<float> values(static_cast<std::size_t>(numel));
    const std::string& raw = t.raw_data();
    const auto from_raw = [&]<typename T>(T) {
        if (raw.size() != values.size() * sizeof(T))
            throw OnnxError(path + ": its raw data has " + std::to_string(raw.size()) +
                            " bytes, its shape needs " + std::to_string(values.size() * sizeof(T)));
        for (std::size_t i = 0; i < values.size(); ++i) {
            T v;
            std::memcpy(&v, raw.data() + i * sizeof(T), sizeof(T));
            values[i] = static_cast<float>(v);
        }
    };
    const auto from_field = [&](const auto& field) {
        if (static_cast<std::size_t>(field.size()) != values.size())
            throw OnnxError(path + ": it holds " + std::to_string(field.size()) +
                            " values, its shape needs " + std::to_string(values.size()));
        std::transform(field.begin(), field.end(), values.begin(),
                       [](auto v) { return static_cast<float>(v); });
    };
    switch (t.data_type()) {
    case ::onnx::TensorProto::FLOAT:
        t.has_raw_data() ? from_raw(float{}) : from_field(t.float_data());
        break;
    case ::onnx::TensorProto::DOUBLE:
        t.has_raw_data() ? from_raw(double{}) : from_field(t.double_data());
        break;
    case ::onnx::TensorProto::INT64:
        t.has_raw_data() ? from_raw(std::int64_t{}) : from_field(t.int64_data());
        break;
    case ::onnx::TensorProto::INT32:
        t.has_raw_data() ? from_raw(std::int32_t{}) : from_field(t.int32_data());
        break;
    case ::onnx::TensorProto::BOOL:
        t.has_raw_data() ? from_raw(std::uint8_t{}) : from_field(t.int32_data());
        break;
    default:
        throw OnnxError(path + ": data type " +
                        ::onnx::TensorProto::DataType_Name(
                            static_cast<::onnx::TensorProto::DataType>(t.data_type())) +
                        " is not supported");
    }
    return Tensor::from(shape, values);
}

CaseResult run_backend_case(const std::string& folder, compute::Device device) {
    CaseResult result;
    result.folder = folder;
    result.name = fs::path(folder).filename().string();
    const std::string model_path = (fs::path(folder) / "model.onnx").string();
    const auto skip = [&](const std::string& reason) {
        result.status = CaseStatus::Skipped;
        result.reason = reason;
        return result;
    };
    const auto failed = [&](const std::string& reason) {
        result.status = CaseStatus::Failed;
        result.reason = reason;
        return result;
    };

    ::onnx::ModelProto model;
    try {
        model = read_model(model_path);
    } catch (const OnnxError& e) {
        return failed(e.what());
    }
    for (const ::onnx::NodeProto& node : model.graph().node()) {
        const auto& known = importable_operators();
        if (std::find(known.begin(), known.end(), node.op_type()) == known.end() ||
            !(node.domain().empty() || node.domain() == "ai.onnx"))
            return skip("the operator " + node.op_type() + " is not in ConvSight's list");
    }
    // The graph inputs the test data binds, in order (initializers are not bound).
    std::set<std::string> initializers;
    for (const auto& t : model.graph().initializer())
        initializers.insert(t.name());
    std::vector<std::string> inputs;
    for (const auto& input : model.graph().input())
        if (!initializers.contains(input.name()))
            inputs.push_back(input.name());
    if (inputs.empty())
        return skip("the graph has no input");

    std::vector<fs::path> sets;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_directory() &&
            entry.path().filename().string().rfind("test_data_set_", 0) == 0)
            sets.push_back(entry.path());
    std::sort(sets.begin(), sets.end());
    if (sets.empty())
        return failed("no test_data_set_* folder");

    for (const fs::path& set : sets) {
        const std::vector<std::string> input_files = sorted_files(set, "input_");
        const std::vector<std::string> output_files = sorted_files(set, "output_");
        if (input_files.size() != inputs.size())
            return failed(set.filename().string() + " has " + std::to_string(input_files.size()) +
                          " inputs, the graph " + std::to_string(inputs.size()));
        if (output_files.size() != 1)
            return skip("it has " + std::to_string(output_files.size()) +
                        " outputs; ConvSight's networks have one");
        ImportOptions options;
        Tensor data;
        Tensor expected;
        try {
            data = read_tensor_file(input_files[0]);
            for (std::size_t i = 1; i < inputs.size(); ++i)
                options.constants.emplace(inputs[i], read_tensor_file(input_files[i]));
            expected = read_tensor_file(output_files[0]);
        } catch (const OnnxError& e) {
            return skip(e.what());
        }
        ImportedModel imported;
        try {
            imported = import_onnx(model_path, options);
        } catch (const OnnxError& e) {
            std::string message = e.what();
            if (message.rfind(model_path + ": ", 0) == 0)
                message = message.substr(model_path.size() + 2);
            return is_refusal(message) ? skip(message) : failed(message);
        }
        Tensor output;
        try {
            imported.model.to(device);
            output = imported.model.forward(data.to(device), false).to(compute::Device::cpu());
        } catch (const std::exception& e) {
            return failed(std::string("forward: ") + e.what());
        }
        if (output.numel() != expected.numel())
            return failed("output " + output.shape_string() + ", expected " +
                          expected.shape_string());
        const float* ours = output.data();
        const float* theirs = expected.data();
        bool within = true;
        for (std::int64_t i = 0; i < output.numel(); ++i) {
            const double error = std::abs(double{ours[i]} - double{theirs[i]});
            if (!(error <= kBackendAtol + kBackendRtol * std::abs(double{theirs[i]})))
                within = false;
            if (!(error <= result.max_error))
                result.max_error = std::isnan(error) ? INFINITY : error;
        }
        ++result.data_sets;
        if (!within) {
            std::ostringstream reason;
            reason << set.filename().string() << ": max error " << result.max_error
                   << " beyond rtol 1e-3, atol 1e-7";
            return failed(reason.str());
        }
    }
    result.status = CaseStatus::Passed;
    return result;
}

std::vector<std::string> backend_case_folders(const std::string& path) {
    std::error_code error;
    if (!fs::is_directory(path, error))
        throw OnnxError(path + ": not a folder");
    if (fs::exists(fs::path(path) / "model.onnx"))
        return {path};
    std::vector<std::string> folders;
    for (const auto& entry : fs::directory_iterator(path, error))
        if (entry.is_directory() && fs::exists(entry.path() / "model.onnx"))
            folders.push_back(entry.path().string());
    if (folders.empty())
        throw OnnxError(path + ": holds no ONNX backend test case (a folder with model.onnx and "
                               "test_data_set_*)");
    std::sort(folders.begin(), folders.end());
    return folders;
}

std::string case_line(const CaseResult& result) {
    std::ostringstream line;
    line << status_name(result.status)
         << std::string(9 - std::strlen(status_name(result.status)), ' ') << result.name;
    if (result.status == CaseStatus::Passed)
        line << "  (max error " << result.max_error << ")";
    else
        line << "  (" << result.reason << ")";
    return line.str();
}

} // namespace convsight::onnx
