// `convsight-cli summary --model FILE|NAME|--architecture FILE.json [--input CxHxW] [--json]`:
// nn::model_summary() as text (with the weight counts side by side for every convolution) or as one
// JSON object.
#include "SummaryCommand.h"

#include "Cli.h"
#include "io/Json.h"
#include "io/Limits.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Summary.h"
#include "onnx/AnyModel.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace convsight::cli {

namespace {

// --input: "3x224x224" (channels × height × width) or "784" (features), as an architecture's input,
// each from 1 to max_extent.
nlohmann::json inputShape(const Options& options, const std::string& text) {
    nlohmann::json shape = nlohmann::json::array();
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find_first_of("x×,", start), text.size());
        const std::string part = text.substr(start, end - start);
        if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos)
            throw UsageError("summary: --input wants CxHxW (such as 3x224x224) or F, not '" + text +
                             "'");
        try {
            shape.push_back(wholeNumberIn(options, "--input", part, 1,
                                          static_cast<int>(io::limits::max_extent)));
        } catch (const OptionValueError&) {
            throw optionValueError(options, "--input",
                                   "CxHxW or F with each between 1 and " +
                                       std::to_string(io::limits::max_extent),
                                   text);
        }
        if (end == text.size())
            break;
        start = text[end] == 'x' || text[end] == ',' ? end + 1 : end + std::string("×").size();
    }
    if (shape.empty() || shape.size() > 3 || shape.size() == 2)
        throw UsageError("summary: --input wants CxHxW (such as 3x224x224) or F, not '" + text +
                         "'");
    return shape;
}

bool isPreset(const std::string& name) {
    const std::vector<std::string> names = nn::model_names();
    return std::find(names.begin(), names.end(), name) != names.end() &&
           !std::filesystem::exists(name);
}

} // namespace

const char* const kSummaryUsage =
    "usage: convsight-cli summary --model FILE|NAME | --architecture FILE.json [--input CxHxW]\n"
    "                             [--json]\n"
    "\n"
    "Prints every layer of a network with its output shape as the lecture writes it\n"
    "(224×224×64: height × width × channels; a vector as 4096), its parameters and its FLOPs\n"
    "(2 × the multiply-adds of one image's forward pass), and the totals; for each convolution,\n"
    "how many parameters the same layer would need fully connected and locally connected.\n"
    "For a built-in model nothing is allocated: VGG-16's 138 million parameters are counted,\n"
    "not built.\n"
    "\n"
    "  --model FILE|NAME     a model file (.csmodel), an ONNX model (.onnx), or a built-in\n"
    "                        model: small, cifar-tf, lenet5, fashion-strong, mlp, vgg16 or\n"
    "                        alexnet\n"
    "  --architecture FILE   a JSON architecture file (as the Train workspace saves)\n"
    "  --input CxHxW         the input shape to summarise for instead of the model's own\n"
    "                        (such as 3x32x32; F for a network of dense layers)\n"
    "  --json                one JSON object: name, input_shape, layers [{name, output_shape,\n"
    "                        parameters, flops}], total_parameters, total_flops\n";

int runSummary(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("summary", args, {"--json"}, {"--model", "--architecture", "--input"});
    const std::string model = options.value("--model", "");
    const std::string file = options.value("--architecture", "");
    const std::string input = options.value("--input", "");
    if (model.empty() == file.empty())
        throw UsageError("summary: give either --model FILE|NAME or --architecture FILE.json");
    nlohmann::json architecture;
    if (!model.empty() && isPreset(model)) {
        architecture = nn::model_architecture(model);
    } else if (!model.empty()) {
        if (!std::filesystem::exists(model))
            throw UsageError("summary: --model '" + model +
                             "' is neither a file nor a built-in model (" +
                             [] {
                                 std::string names;
                                 for (const std::string& name : nn::model_names())
                                     names += (names.empty() ? "" : ", ") + name;
                                 return names;
                             }() +
                             ")");
        try {
            architecture = nn::architecture_json(onnx::load_any_model(model).model);
        } catch (const std::exception& e) {
            throw FileError(e.what());
        }
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw std::runtime_error(file + ": cannot open");
        const std::string text((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        try {
            architecture = io::parse_json(text, file);
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(e.what());
        }
        if (architecture.is_object() && !architecture.contains("input") && input.empty())
            throw std::runtime_error(file + ": the architecture needs an \"input\" shape, such "
                                            "as [1, 28, 28]");
    }
    if (!input.empty() && architecture.is_object())
        architecture["input"] = inputShape(options, input);
    nn::ModelSummary summary;
    try {
        summary = nn::model_summary(architecture);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error((file.empty() ? model : file) + ": " + e.what());
    }
    if (options.flag("--json"))
        out << nn::summary_json(summary).dump(2) << "\n";
    else
        out << nn::summary_text(summary);
    return 0;
}

} // namespace convsight::cli
