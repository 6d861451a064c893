// `convsight-cli export` and `predict --tensor`: thin front ends over onnx::export_onnx,
// data::read_npy / write_npy and a model's forward pass. Every failure is one line naming the file
// and the problem, and leaves no output file.
#include "ExportCommand.h"

#include "Cli.h"
#include "data/Npy.h"
#include "nn/ModelFile.h"
#include "onnx/OnnxExport.h"

// The ONNX import side provides load_any_model (a .csmodel or an .onnx file); a build without it
// reads .csmodel files only.
#if __has_include("onnx/AnyModel.h")
#include "onnx/AnyModel.h"
#define CONVSIGHT_CLI_HAS_ANY_MODEL 1
#endif

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace convsight::cli {

const char* const kExportUsage =
    "usage: convsight-cli export --model FILE.csmodel --onnx OUT.onnx\n"
    "\n"
    "Writes a saved network as an ONNX model (opset 13) that other tools read: OpenCV's\n"
    "DNN module, onnxruntime, Netron. Its input is named \"input\", shaped\n"
    "(batch, C, H, W) as the network's; its output \"output\". Padding is written out per\n"
    "side; dropout becomes the identity it is at inference. The model is checked by ONNX's\n"
    "own checker before anything is written, and the file appears only once it is complete.\n"
    "A locally connected layer has no ONNX operator: such a network is refused.\n"
    "\n"
    "The data normalisation the network was trained with is not part of the ONNX model:\n"
    "`convsight-cli evaluate` shows it, and inputs must be normalised the same way.\n";

namespace {

constexpr int kExitOk = 0;

#ifdef CONVSIGHT_CLI_HAS_ANY_MODEL
nn::SavedModel loadModel(const std::string& path) {
    return onnx::load_any_model(path);
}
#else
bool endsWith(const std::string& text, const std::string& suffix) {
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
    });
}

nn::SavedModel loadModel(const std::string& path) {
    if (endsWith(path, ".onnx"))
        throw std::runtime_error(path + ": this build of convsight-cli cannot read ONNX models; "
                                        "give a .csmodel file");
    return nn::load_model_file(path);
}
#endif

} // namespace

int runExport(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("export", args, {}, {"--model", "--onnx"});
    const std::string modelPath = options.value("--model", "");
    const std::string onnxPath = options.value("--onnx", "");
    if (modelPath.empty())
        throw UsageError("export: say which model file with --model");
    if (onnxPath.empty())
        throw UsageError("export: say where to write the ONNX model with --onnx");
    const nn::SavedModel saved = nn::load_model_file(modelPath);
    onnx::export_onnx(saved.model, onnxPath);
    out << "wrote " << onnxPath << " (ONNX opset 13, " << saved.model.size() << " layers, "
        << saved.model.parameter_count() << " parameters)\n";
    return kExitOk;
}

int runPredictTensor(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("predict", args, {}, {"--model", "--tensor", "--out", "--device"});
    const std::string modelPath = options.value("--model", "");
    const std::string tensorPath = options.value("--tensor", "");
    const std::string outPath = options.value("--out", "");
    if (modelPath.empty())
        throw UsageError("predict: say which model file with --model");
    if (outPath.empty())
        throw UsageError("predict: say where to write the outputs with --out Y.npy");
    const compute::Device device = deviceOption(options);
    if (device.is_cuda() && !compute::Device::cuda_available())
        throw std::runtime_error("--device " + device.id() + ": " +
                                 compute::Device::cuda_unavailable_reason());

    nn::SavedModel saved = loadModel(modelPath);
    nn::Sequential& model = saved.model;
    const compute::Tensor x = data::read_npy(tensorPath);
    const compute::Shape& example = model.input_shape();
    if (x.rank() != static_cast<int>(example.size()) + 1 ||
        !std::equal(example.begin(), example.end(), x.shape().begin() + 1)) {
        throw std::runtime_error(tensorPath + ": the array's shape " + x.shape_string() +
                                 " does not fit the model's input (N, " +
                                 compute::shape_string(example).substr(1));
    }

    // In batches, so a large X does not need all its activations at once.
    constexpr std::int64_t kBatch = 256;
    const std::int64_t n = x.dim(0);
    const std::int64_t features = compute::shape_numel(model.output_shape());
    compute::Tensor y({n, features});
    model.to(device);
    model.eval();
    for (std::int64_t start = 0; start < n; start += kBatch) {
        const std::int64_t count = std::min(kBatch, n - start);
        const compute::Tensor outputs =
            model.forward(x.batch(start, count).to(device), /*training=*/false)
                .to(compute::Device::cpu());
        std::copy_n(outputs.data(), count * features, y.data() + start * features);
    }
    data::write_npy(outPath, y);
    out << "wrote " << outPath << ": " << n << " × " << features << " outputs of " << modelPath
        << "\n";
    return kExitOk;
}

} // namespace convsight::cli
