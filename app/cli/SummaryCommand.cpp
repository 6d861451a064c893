// `convsight-cli summary --model NAME|--architecture FILE.json [--json]`: nn::model_summary() as
// text (with the weight counts side by side for every convolution) or as one JSON object.
#include "SummaryCommand.h"

#include "Cli.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Summary.h"

#include <fstream>

namespace convsight::cli {

const char* const kSummaryUsage =
    "usage: convsight-cli summary --model NAME | --architecture FILE.json [--json]\n"
    "\n"
    "Prints every layer of a network with its output shape as the lecture writes it\n"
    "(224×224×64: height × width × channels; a vector as 4096), its parameters and its FLOPs\n"
    "(2 × the multiply-adds of one image's forward pass), and the totals; for each convolution,\n"
    "how many parameters the same layer would need fully connected and locally connected.\n"
    "Nothing is allocated: VGG-16's 138 million parameters are counted, not built.\n"
    "\n"
    "  --model NAME          a built-in model: small, cifar-tf, lenet5, fashion-strong, mlp,\n"
    "                        vgg16 or alexnet\n"
    "  --architecture FILE   a JSON architecture file (as the Train workspace saves)\n"
    "  --json                one JSON object: name, input_shape, layers [{name, output_shape,\n"
    "                        parameters, flops}], total_parameters, total_flops\n";

int runSummary(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("summary", args, {"--json"}, {"--model", "--architecture"});
    const std::string model = options.value("--model", "");
    const std::string file = options.value("--architecture", "");
    if (model.empty() == file.empty())
        throw UsageError("summary: give either --model NAME or --architecture FILE.json");
    nlohmann::json architecture;
    if (!model.empty()) {
        try {
            architecture = nn::model_architecture(model);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("summary: ") + e.what());
        }
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw std::runtime_error(file + ": cannot open");
        try {
            architecture = nlohmann::json::parse(in);
        } catch (const nlohmann::json::parse_error& e) {
            throw std::runtime_error(file + ": not valid JSON: " + e.what());
        }
        if (architecture.is_object() && !architecture.contains("input"))
            throw std::runtime_error(file + ": the architecture needs an \"input\" shape, such "
                                            "as [1, 28, 28]");
    }
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
