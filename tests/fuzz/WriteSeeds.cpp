// Writes the seeds of the formats the app itself writes, with the app's own writers: model files
// (save_model_file, with and without optimizer state), ONNX models (export_onnx) and a session
// that holds a model (corpus/session/small-network.convsight with the model's bytes in base64,
// as Save Session stores them). Built with CONVSIGHT_FUZZ (target write_fuzz_seeds, not built by
// default):
//     write_fuzz_seeds tests/fuzz/corpus
#include "nn/ModelFile.h"
#include "onnx/OnnxExport.h"

#include <QByteArray>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using namespace convsight;
using nlohmann::json;

const json kArchitectures[] = {
    json::parse(R"({"name": "small-cnn", "input": [1, 8, 8], "layers": [
        {"type": "conv2d", "filters": 4, "kernel": 3, "padding": "same"}, {"type": "batchnorm"},
        {"type": "relu"}, {"type": "maxpool", "size": 2}, {"type": "dropout", "p": 0.25},
        {"type": "flatten"}, {"type": "dense", "units": 10}]})"),
    json::parse(R"({"name": "padded", "input": [3, 6, 6], "layers": [
        {"type": "pad", "padding": 1, "mode": "reflect"},
        {"type": "conv2d", "filters": 3, "kernel": 3, "stride": 2, "groups": 3},
        {"type": "leaky_relu", "alpha": 0.1}, {"type": "avgpool", "size": 2},
        {"type": "flatten"}, {"type": "dense", "units": 4}, {"type": "softmax"}]})"),
    json::parse(R"({"name": "mlp", "input": [16], "layers": [
        {"type": "dense", "units": 8}, {"type": "tanh"}, {"type": "dense", "units": 3}]})"),
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

json metadata_for(const nn::Sequential& model) {
    json names = json::array();
    for (std::int64_t i = 0; i < model.output_shape().at(0); ++i)
        names.push_back("class " + std::to_string(i));
    return {{"dataset", "shapes"}, {"class_names", names}, {"epoch", 1}, {"seed", 7}};
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: write_fuzz_seeds CORPUS_FOLDER\n");
        return 2;
    }
    const std::filesystem::path corpus(argv[1]);
    std::filesystem::create_directories(corpus / "model_file");
    std::filesystem::create_directories(corpus / "onnx");
    std::filesystem::create_directories(corpus / "session");
    for (const json& architecture : kArchitectures) {
        nn::Sequential model = nn::model_from_json(architecture);
        model.initialize(1);
        const std::string name = architecture["name"].get<std::string>();
        const std::filesystem::path plain = corpus / "model_file" / (name + ".csmodel");
        nn::save_model_file(plain.string(), model, metadata_for(model));
        const auto optimizer =
            nn::make_optimizer(json{{"type", "adam"}, {"lr", 0.001}}, model.parameters());
        nn::save_model_file((corpus / "model_file" / (name + "-adam.csmodel")).string(), model,
                            metadata_for(model), optimizer.get());
        onnx::export_onnx(model, (corpus / "onnx" / (name + ".onnx")).string());
        // A lesson's session (already a seed) with this network and its model's bytes.
        json session = json::parse(read_file(corpus / "session" / "small-network.convsight"));
        session["train"]["architecture"] = architecture;
        session["model"] = QByteArray::fromStdString(read_file(plain)).toBase64().toStdString();
        std::ofstream((corpus / "session" / (name + "-with-model.convsight")).string())
            << session.dump(1) << '\n';
    }
    std::printf("wrote the model, ONNX and session seeds in %s\n", argv[1]);
    return 0;
}
