// convsight-cli's commands and its argument parsing.
#include "Cli.h"

#include "AppInfo.h"
#include "Bench.h"
#include "Convolve.h"
#include "ExplainCommand.h"
#include "ExportCommand.h"
#include "Lessons.h"
#include "OnnxCommands.h"
#include "SummaryCommand.h"
#include "Train.h"

#include <QJsonDocument>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace convsight::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

std::string programUsage() {
    std::string text =
        "usage: convsight-cli [--help] [--version] <command> [options]\n"
        "\n"
        "ConvSight without a window: inspect the build and, as they arrive, convolve\n"
        "images, train networks and run benchmarks from a terminal.\n"
        "\n"
        "Commands:\n";
    for (const Command& command : commands())
        text += "  " + command.name + std::string(10 - command.name.size(), ' ') + command.summary +
                "\n";
    text += "\nRun 'convsight-cli help <command>' for the options of one command.\n";
    return text;
}

// `--device cuda[:N]` given to a command that takes --device, where this build or this machine
// cannot use CUDA: why, in one line, before anything is read; empty otherwise.
std::string unusableDevice(const Command& command, const std::vector<std::string>& args) {
    if (command.usage.find("--device") == std::string::npos)
        return {};
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string value;
        if (args[i] == "--device" && i + 1 < args.size())
            value = args[i + 1];
        else if (args[i].rfind("--device=", 0) == 0)
            value = args[i].substr(9);
        if ((value == "cuda" || value.rfind("cuda:", 0) == 0) && !compute::Device::cuda_available())
            return "--device " + value +
                   ": CUDA is not available: " + compute::Device::cuda_unavailable_reason();
    }
    return {};
}

const Command* findCommand(const std::string& name) {
    const auto& all = commands();
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == name; });
    return found == all.end() ? nullptr : &*found;
}

int runInfo(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("info", args, {"--json"});
    if (options.flag("--json"))
        out << QJsonDocument(app::infoJson()).toJson(QJsonDocument::Indented).toStdString();
    else
        out << app::infoText().toStdString();
    return kExitOk;
}

int runHelp(const std::vector<std::string>& args, std::ostream& out) {
    if (args.empty()) {
        out << programUsage();
        return kExitOk;
    }
    if (args.size() > 1)
        throw UsageError("help: expected one command name, got " + std::to_string(args.size()));
    const Command* command = findCommand(args.front());
    if (!command)
        throw UsageError("help: no such command '" + args.front() + "'");
    out << command->usage;
    return kExitOk;
}

} // namespace

Options::Options(const std::string& command, const std::vector<std::string>& args,
                 const std::set<std::string>& flags, const std::set<std::string>& valued)
    : command_(command) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        if (flags.contains(name) && equals == std::string::npos) {
            flags_.insert(name);
        } else if (valued.contains(name)) {
            if (equals != std::string::npos)
                values_[name] = arg.substr(equals + 1);
            else if (i + 1 < args.size())
                values_[name] = args[++i];
            // An empty value ("--epochs=") is no value: it would read as the option left out.
            if (values_[name].empty())
                throw UsageError(command + ": option " + name + " needs a value");
        } else if (arg.rfind("-", 0) == 0) {
            throw UsageError(command + ": unknown option '" + arg + "'");
        } else {
            throw UsageError(command + ": unexpected argument '" + arg + "'");
        }
    }
}

std::string Options::value(const std::string& name, const std::string& fallback) const {
    const auto found = values_.find(name);
    return found == values_.end() ? fallback : found->second;
}

namespace {

// "a whole number between 1 and 256", or "... of at least 0" when there is no real upper end.
std::string wholeRangeText(int minimum, int maximum) {
    if (maximum == std::numeric_limits<int>::max())
        return "a whole number of at least " + std::to_string(minimum);
    return "a whole number between " + std::to_string(minimum) + " and " + std::to_string(maximum);
}

// 0.001, 10, 1e-08: the shortest form that reads as the number.
std::string numberText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string realRangeText(const RealRange& range) {
    const std::string low = numberText(range.minimum), high = numberText(range.maximum);
    if (!range.minimum_excluded && !range.maximum_excluded)
        return "a number between " + low + " and " + high;
    return "a number " + (range.minimum_excluded ? "above " + low : "of at least " + low) +
           " and " + (range.maximum_excluded ? "below " + high : "at most " + high);
}

} // namespace

OptionValueError optionValueError(const Options& options, const std::string& name,
                                  const std::string& accepted, const std::string& text) {
    return OptionValueError(options.command() + ": " + name + " must be " + accepted + ", not '" +
                            text + "'");
}

int wholeNumberIn(const Options& options, const std::string& name, const std::string& text,
                  int minimum, int maximum) {
    // Read as 64 bits, so 2147483648 is out of range rather than not a number.
    std::int64_t value = 0;
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || stop != end || value < minimum || value > maximum)
        throw optionValueError(options, name, wholeRangeText(minimum, maximum), text);
    return static_cast<int>(value);
}

int wholeNumberOption(const Options& options, const std::string& name, int fallback, int minimum,
                      int maximum) {
    const std::string text = options.value(name, "");
    return text.empty() ? fallback : wholeNumberIn(options, name, text, minimum, maximum);
}

double realNumberOption(const Options& options, const std::string& name, double fallback,
                        const RealRange& range) {
    const std::string text = options.value(name, "");
    if (text.empty())
        return fallback;
    double value = 0.0;
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    // from_chars reads nan and inf as numbers and 1e999 as out of range: all refused here.
    const bool inside = error == std::errc{} && stop == end && std::isfinite(value) &&
                        (range.minimum_excluded ? value > range.minimum : value >= range.minimum) &&
                        (range.maximum_excluded ? value < range.maximum : value <= range.maximum);
    if (!inside)
        throw optionValueError(options, name, realRangeText(range), text);
    return value;
}

compute::Device deviceOption(const Options& options) {
    try {
        return compute::Device::parse(options.value("--device", "cpu"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(options.command() + ": " + e.what());
    }
}

const std::vector<Command>& commands() {
    static const std::vector<Command> table{
        {"info", "what this build and machine offer: versions, CPU, CUDA devices",
         "usage: convsight-cli info [--json]\n"
         "\n"
         "Prints ConvSight's version and build, the versions of Qt, OpenCV, Eigen and CUDA it\n"
         "was built with, the CPU (model, cores, widest SIMD), and the CUDA devices, or why\n"
         "there are none.\n"
         "\n"
         "  --json   print one JSON object instead of text\n",
         runInfo},
        {"geometry", "the output size of a convolution and the lecture's formula with your numbers",
         geometryUsage(), runGeometry},
        {"convolve", "convolve a CSV matrix with a CSV or preset kernel; print CSV, or every step",
         convolveUsage(), runConvolve},
        {"bench",
         "measure the compute library: ops in GFLOP/s, training in examples/s, filter vs OpenCV",
         kBenchUsage, runBench},
        {"train", "train a network on a data set, with a checkpoint after every epoch", kTrainUsage,
         runTrain},
        {"evaluate", "accuracy, per-class accuracy and confusion matrix of a saved model",
         kEvaluateUsage, runEvaluate},
        {"predict", "the three most likely classes of image files, by a saved model", kPredictUsage,
         runPredict},
        {"export", "write a saved model as ONNX, for OpenCV, onnxruntime, Netron and the rest",
         kExportUsage, runExport},
        {"explain", "which pixels made a network choose a class: occlusion, saliency, Grad-CAM",
         kExplainUsage, runExplain},
        {"visualize",
         "the image one filter of a network responds to most (activation maximisation)",
         kVisualizeUsage, runVisualize},
        {"lessons", "check a folder of lessons (FILE:LINE for each problem), or list them",
         kLessonsUsage, runLessons},
        {"summary",
         "a network's layer shapes, parameters and FLOPs (VGG-16 too) without building it",
         kSummaryUsage, runSummary},
        {"import", "an ONNX model (a chain of 2-D CNN operators) as a ConvSight model file",
         kImportUsage, runImport},
        {"onnx-test", "run ONNX backend test cases through the importer: passed/failed/skipped",
         kOnnxTestUsage, runOnnxTest},
        {"help", "show the options of a command",
         "usage: convsight-cli help [<command>]\n"
         "\n"
         "Without a command, lists the commands; with one, shows its options.\n",
         runHelp},
    };
    return table;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        err << programUsage();
        return kExitUsage;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h") {
        out << programUsage();
        return kExitOk;
    }
    if (first == "--version") {
        out << app::versionLine(QStringLiteral("convsight-cli")).toStdString() << "\n";
        return kExitOk;
    }
    const Command* command = findCommand(first);
    if (!command) {
        err << "convsight-cli: "
            << (first.rfind("-", 0) == 0 ? "unknown option '" : "unknown command '") << first
            << "'\n\n"
            << programUsage();
        return kExitUsage;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        out << command->usage;
        return kExitOk;
    }
    if (const std::string why = unusableDevice(*command, rest); !why.empty()) {
        err << "convsight-cli " << command->name << ": " << why << "\n";
        return kExitFailed;
    }
    try {
        return command->run(rest, out);
    } catch (const OptionValueError& e) {
        err << "convsight-cli " << e.what() << "\n";
        return kExitUsage;
    } catch (const UsageError& e) {
        err << "convsight-cli " << e.what() << "\n\n" << command->usage;
        return kExitUsage;
    } catch (const FileError& e) {
        err << "convsight-cli: " << e.what() << "\n";
        return kExitFailed;
    } catch (const std::exception& e) {
        err << "convsight-cli " << command->name << ": " << e.what() << "\n";
        return kExitFailed;
    }
}

} // namespace convsight::cli
