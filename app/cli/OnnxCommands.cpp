// `import` and `onnx-test`: thin commands over core/onnx.
#include "OnnxCommands.h"

#include "Cli.h"
#include "nn/ModelFile.h"
#include "onnx/BackendTest.h"
#include "onnx/OnnxError.h"
#include "onnx/OnnxImport.h"

#include <filesystem>

namespace convsight::cli {

const char* const kImportUsage =
    "usage: convsight-cli import FILE.onnx --out FILE.csmodel\n"
    "\n"
    "Reads an ONNX model (opsets 6 to 17) whose graph is a chain of 2-D CNN operators (Conv,\n"
    "MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool, BatchNormalization, Relu,\n"
    "LeakyRelu, Sigmoid, Tanh, Softmax, LogSoftmax, Gemm, MatMul + Add, Flatten, Reshape to\n"
    "2-D, Pad, Dropout, Identity, Constant) and writes it as a ConvSight model file, with the\n"
    "ONNX file's metadata. Anything else is refused with one line naming the node and the\n"
    "operator, and no file is written.\n"
    "\n"
    "  --out FILE   the .csmodel to write\n";

const char* const kOnnxTestUsage =
    "usage: convsight-cli onnx-test [--device cpu|cuda] DIR...\n"
    "\n"
    "Runs ONNX backend test cases (a folder with model.onnx and test_data_set_*/input_*.pb,\n"
    "output_*.pb; DIR is one case or a folder of cases, such as\n"
    "/usr/share/libonnx-testdata/data/node) through the importer: one line per case, PASSED\n"
    "(within rtol 1e-3, atol 1e-7), FAILED or SKIPPED with the reason, then\n"
    "'N passed, M failed, K skipped'. Exits 1 when a case failed.\n"
    "\n"
    "  --device D   cpu (the default), cuda or cuda:N\n";

int runImport(const std::vector<std::string>& args, std::ostream& out) {
    std::vector<std::string> rest;
    std::string input;
    for (const std::string& arg : args) {
        if (input.empty() && !arg.empty() && arg[0] != '-' &&
            (rest.empty() || rest.back() != "--out"))
            input = arg;
        else
            rest.push_back(arg);
    }
    const Options options("import", rest, {}, {"--out"});
    const std::string output = options.value("--out", "");
    if (input.empty() || output.empty())
        throw UsageError("import: give the ONNX file and --out FILE.csmodel");
    onnx::ImportedModel imported;
    try {
        imported = onnx::import_onnx(input);
    } catch (const onnx::OnnxError& e) {
        throw FileError(e.what());
    }
    try {
        nn::save_model_file(output, imported.model, imported.metadata);
    } catch (const std::exception& e) {
        throw FileError(e.what());
    }
    out << input << ": " << imported.model.size()
        << (imported.model.size() == 1 ? " layer, " : " layers, ")
        << imported.model.parameter_count() << " parameters -> " << output << "\n";
    return 0;
}

int runOnnxTest(const std::vector<std::string>& args, std::ostream& out) {
    std::vector<std::string> folders;
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--device" && i + 1 < args.size()) {
            rest.push_back(args[i]);
            rest.push_back(args[++i]);
        } else if (args[i].rfind("-", 0) == 0) {
            rest.push_back(args[i]);
        } else {
            folders.push_back(args[i]);
        }
    }
    const Options options("onnx-test", rest, {}, {"--device"});
    const compute::Device device = deviceOption(options);
    if (folders.empty())
        throw UsageError("onnx-test: give at least one test case folder");
    int passed = 0, failed = 0, skipped = 0;
    for (const std::string& folder : folders) {
        std::vector<std::string> cases;
        try {
            cases = onnx::backend_case_folders(folder);
        } catch (const onnx::OnnxError& e) {
            throw FileError(e.what());
        }
        for (const std::string& path : cases) {
            const onnx::CaseResult result = onnx::run_backend_case(path, device);
            out << onnx::case_line(result) << "\n" << std::flush;
            switch (result.status) {
            case onnx::CaseStatus::Passed:
                ++passed;
                break;
            case onnx::CaseStatus::Failed:
                ++failed;
                break;
            case onnx::CaseStatus::Skipped:
                ++skipped;
                break;
            }
        }
    }
    out << passed << " passed, " << failed << " failed, " << skipped << " skipped\n";
    return failed > 0 ? 1 : 0;
}

} // namespace convsight::cli
