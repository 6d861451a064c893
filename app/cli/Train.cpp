// `convsight-cli train | evaluate | predict`: front ends over nn::Trainer, nn::evaluate and a
// model's forward pass. The arithmetic, the checks and the files are core's; this file turns
// options into settings and results into lines a person (or, with --json, a script) reads.
#include "Train.h"

#include "Cli.h"
#include "ExportCommand.h"
#include "ModelInput.h"
#include "compute/Profile.h"
#include "compute/ops.h"
#include "data/Views.h"
#include "image/ImageFolderDataset.h"
#include "image/ImageIO.h"
#include "image/TensorMat.h"
#include "io/Limits.h"
#include "nn/Evaluator.h"
#include "nn/Inspection.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/RunMetadata.h"
#include "nn/Summary.h"
#include "nn/Trainer.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <unistd.h>

namespace convsight::cli {

const char* const kTrainUsage =
    "usage: convsight-cli train --dataset D --model PRESET|FILE.json [--epochs N] [--batch N]\n"
    "                           [--lr X] [--optimizer adam|sgd] [--momentum M]\n"
    "                           [--schedule constant|cosine|step[:N[:FACTOR]]]\n"
    "                           [--weight-decay W] [--shift N] [--flip] [--device cpu|cuda]\n"
    "                           [--seed N] [--threads N] [--limit N] [--permute-pixels]\n"
    "                           [--out FILE.csmodel] [--json] [--profile]\n"
    "       convsight-cli train --resume FILE.csmodel [--epochs N] [--dataset D] [--device ...]\n"
    "                           [--threads N] [--out FILE.csmodel] [--json]\n"
    "\n"
    "Trains a network and, with --out, saves it after every epoch (weights, optimizer state and\n"
    "the run's history), so that --resume continues exactly where it stopped.\n"
    "\n"
    "  --dataset D       shapes (synthetic, needs nothing installed), fashion-mnist, mnist,\n"
    "                    cifar10:DIR (the binary batches in DIR), or a PATH: a folder with one\n"
    "                    subfolder of images per class\n"
    "  --model M         a built-in model (small, cifar-tf, lenet5, fashion-strong, mlp) or a\n"
    "                    JSON architecture file\n"
    "  --epochs N        passes over the training set, 1 to 10000 (default 5; with --resume,\n"
    "                    the total)\n"
    "  --batch N         examples per step, 1 to 65536 (default 64)\n"
    "  --lr X            learning rate, above 0 and at most 10 (default 0.001 for adam, 0.01\n"
    "                    for sgd)\n"
    "  --optimizer O     adam (default) or sgd\n"
    "  --momentum M      SGD's momentum (default 0.9)\n"
    "  --schedule S      the learning rate over the epochs: constant (default), cosine, or step:\n"
    "                    times FACTOR (0.1) every N (10) epochs\n"
    "  --weight-decay W  L2 penalty added to the gradient (default 0)\n"
    "  --shift N         augmentation: move each training image by up to N pixels (default 0;\n"
    "                    less than the images' side)\n"
    "  --flip            augmentation: mirror half the training images left to right\n"
    "  --device D        cpu (default), cuda or cuda:N\n"
    "  --seed N          initial weights and batch order (default 1): the same seed and\n"
    "                    thread count give the same network, bit for bit, on the CPU\n"
    "  --threads N       CPU threads, 1 to 256 (default: all cores)\n"
    "  --limit N         train on the first N training examples only, for quick runs (a\n"
    "                    resumed run keeps its limit)\n"
    "  --permute-pixels  the permutation experiment: every image's pixels, train and test, put\n"
    "                    in one fixed random order (from --seed); an MLP trains as well as\n"
    "                    before, a CNN does not\n"
    "  --out FILE        the model file to write after every epoch (with --resume: the resumed\n"
    "                    file unless given)\n"
    "  --resume FILE     continue a run saved with --out, with its own settings\n"
    "  --json            one JSON object per epoch on its own line instead of text\n"
    "  --profile         after the run, where the training steps' time went: ms per step in\n"
    "                    the data, forward, loss, backward, optimizer and bookkeeping, and\n"
    "                    each layer's forward and backward (test passes not counted)\n";

const char* const kEvaluateUsage =
    "usage: convsight-cli evaluate --model FILE.csmodel [--dataset D] [--batch N] [--json]\n"
    "\n"
    "Runs a saved model over a data set's test examples and prints its accuracy, the accuracy\n"
    "of every class, the top-3 accuracy, the mean loss and the confusion matrix.\n"
    "\n"
    "  --model FILE   a model file written by 'convsight-cli train --out'\n"
    "  --dataset D    as for train (default: the data set the model was trained on)\n"
    "  --batch N      examples per forward pass (default 256)\n"
    "  --json         print one JSON object instead of text\n";

const char* const kPredictUsage =
    "usage: convsight-cli predict --model FILE.csmodel IMAGE...\n"
    "       convsight-cli predict --model FILE.csmodel|FILE.onnx --tensor X.npy --out Y.npy\n"
    "                             [--device cpu|cuda]\n"
    "\n"
    "Classifies each image file with a saved model and prints its three most likely classes\n"
    "with their probabilities. Each image is made to fit the model's input: turned grey or\n"
    "colour, resized, scaled to [0, 1] and normalised as the training data was. Models trained\n"
    "on MNIST or Fashion-MNIST expect a light object on a dark background.\n"
    "\n"
    "With --tensor, runs the network on a NumPy array instead: X is float32 (or float64) NCHW,\n"
    "(N, C, H, W) as the network's input, given to it as it is (no normalisation); Y is\n"
    "float32 (N, F), one row per example: the network's final output, flattened (logits, or\n"
    "probabilities when the network ends in a softmax). Y is written only when all went well.\n";

namespace {

using nlohmann::json;

constexpr int kExitOk = 0;
constexpr int kMaxExtent = static_cast<int>(io::limits::max_extent);

// --out FILE (or the resumed file): refused before any data is read or any epoch run, so a path
// that cannot be written is not found out only when the first checkpoint is saved.
void checkWritable(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (fs::is_directory(path, error))
        throw FileError(path + ": is a folder; --out names the model file to write");
    const fs::path folder =
        fs::path(path).has_parent_path() ? fs::path(path).parent_path() : fs::path(".");
    if (!fs::exists(folder, error))
        throw FileError(path + ": the folder '" + folder.string() + "' does not exist");
    if (!fs::is_directory(folder, error))
        throw FileError(path + ": '" + folder.string() + "' is not a folder");
    if (access(folder.c_str(), W_OK | X_OK) != 0)
        throw FileError(path + ": cannot write in the folder '" + folder.string() +
                        "': " + std::strerror(errno));
}

// --shift N moves an image by up to N pixels: N must leave part of each image in view.
void checkShift(const Options& options, const data::Dataset& train) {
    const data::Shape shape = train.example_shape();
    const std::string given = options.value("--shift", "");
    if (given.empty() || shape.size() != 3)
        return;
    const auto side = static_cast<int>(std::min(shape[1], shape[2]));
    try {
        wholeNumberIn(options, "--shift", given, 0, side - 1);
    } catch (const OptionValueError&) {
        throw optionValueError(options, "--shift",
                               "a whole number between 0 and " + std::to_string(side - 1) +
                                   " for " + std::to_string(shape[1]) + "×" +
                                   std::to_string(shape[2]) + " images",
                               given);
    }
}

// The data set `spec` names (the training set cut to its first `limit` examples when limit > 0),
// normalised by `normalization` (as a model file keeps it) or, without one, by the training set's
// statistics; its pixels in the order `permutation` gives when there is one. A folder of photos is
// read at `example_shape` (a saved model's input) when one is given.
image::TrainingData openData(const std::string& spec,
                             const std::optional<data::ChannelStats>& normalization,
                             std::int64_t limit,
                             const std::optional<std::uint64_t>& permutation = {},
                             const data::Shape& example_shape = {}) {
    image::TrainingData opened =
        image::open_training_data(spec, normalization.value_or(data::ChannelStats{}), limit,
                                  image::folder_options_for(example_shape));
    if (permutation)
        image::permute_training_data(opened, *permutation);
    return opened;
}

// One line, rewritten in place with \r: epoch, a bar, loss, accuracy, speed and ETA.
std::string progressLine(const nn::BatchProgress& p) {
    constexpr int width = 24;
    const double epochDone = static_cast<double>(p.batch) / static_cast<double>(p.batches);
    const int filled = static_cast<int>(epochDone * width);
    char text[200];
    std::snprintf(text, sizeof text,
                  "\repoch %d/%d [%s%s] %3.0f%%  loss %.4f  accuracy %5.1f %%  %6.0f ex/s  "
                  "ETA %s ",
                  p.epoch, p.epochs, std::string(static_cast<std::size_t>(filled), '#').c_str(),
                  std::string(static_cast<std::size_t>(width - filled), '.').c_str(),
                  100.0 * epochDone, static_cast<double>(p.loss),
                  100.0 * static_cast<double>(p.accuracy), p.examples_per_second,
                  nn::clock_time(p.eta_seconds).c_str());
    return text;
}

std::string epochLine(const nn::EpochRecord& r, int epochs) {
    char text[256];
    std::snprintf(text, sizeof text,
                  "epoch %d/%d  train loss %.4f  accuracy %6.2f %%  test loss %.4f  accuracy "
                  "%6.2f %%  %.1f s  %.0f examples/s  lr %g\n",
                  r.epoch, epochs, r.train_loss, 100.0 * r.train_accuracy, r.test_loss,
                  100.0 * r.test_accuracy, r.seconds, r.examples_per_second,
                  static_cast<double>(r.learning_rate));
    return text;
}

// A built-in model by name (with one output per class of `classes`), or a JSON architecture
// file, initialised from `seed`.
nn::Sequential modelOption(const Options& options, std::uint64_t seed, int classes) {
    const std::string name = options.value("--model", "");
    if (name.empty())
        throw UsageError(options.command() +
                         ": say which model with --model (a built-in name or a .json file)");
    if (name.ends_with(".json")) {
        nn::Sequential model = nn::load_architecture_file(name);
        model.initialize(seed);
        return model;
    }
    if (nn::is_view_only(name)) {
        const nn::ModelSummary summary = nn::model_summary(nn::model_architecture(name));
        throw std::runtime_error(
            name + " is there to be looked at, not trained here: " +
            nn::grouped(summary.total_parameters) + " parameters and " +
            nn::grouped(summary.total_flops / 1'000'000) + " MFLOPs per " +
            nn::lecture_shape(summary.input_shape) +
            " image would take days on a CPU. See it with 'convsight-cli summary --model " + name +
            "'; train small, lenet5 or cifar-tf instead");
    }
    std::optional<nn::Sequential> preset;
    try {
        preset = nn::make_model(name, seed);
    } catch (const std::invalid_argument& e) {
        throw UsageError(options.command() + ": " + e.what());
    }
    return nn::with_class_count(std::move(*preset), classes, seed);
}

std::uint64_t seedOption(const Options& options, std::uint64_t fallback) {
    const std::string text = options.value("--seed", std::to_string(fallback));
    try {
        std::size_t used = 0;
        const unsigned long long value = std::stoull(text, &used);
        if (used == text.size() && text.front() != '-')
            return value;
    } catch (const std::exception&) {
    }
    throw UsageError(options.command() + ": --seed wants a whole number of 0 or more, not '" +
                     text + "'");
}

} // namespace

namespace {

// What a run trains on and how: the options' settings, or a checkpoint's when resuming.
struct TrainRun {
    nn::TrainerConfig config;
    std::optional<nn::SavedModel> checkpoint;
    nn::RunMetadata data; // dataset, normalization and limit
};

// --resume FILE: the checkpoint continues its own run, so no other setting may be given.
TrainRun resumedRun(const Options& options, const std::string& resumePath) {
    for (const char* setting :
         {"--model", "--batch", "--lr", "--optimizer", "--momentum", "--schedule", "--weight-decay",
          "--seed", "--limit", "--shift", "--flip", "--permute-pixels"})
        if (!options.value(setting, "").empty() || options.flag(setting))
            throw UsageError(std::string("train: --resume continues the saved run with its "
                                         "own settings; leave out ") +
                             setting);
    TrainRun run;
    run.checkpoint = nn::load_model_file(resumePath);
    run.data = nn::run_metadata(*run.checkpoint, resumePath);
    if (!run.data.hyperparameters)
        throw std::runtime_error(resumePath +
                                 ": this model file was not written by 'train', so it has "
                                 "no training run to resume");
    run.config = *run.data.hyperparameters;
    return run;
}

// A new run from the options.
TrainRun newRun(const Options& options) {
    TrainRun run;
    nn::TrainerConfig& config = run.config;
    config.optimizer = options.value("--optimizer", "adam");
    if (config.optimizer != "adam" && config.optimizer != "sgd")
        throw UsageError("train: --optimizer is adam or sgd, not '" + config.optimizer + "'");
    config.batch_size = wholeNumberOption(options, "--batch", 64, 1, io::limits::max_batch);
    config.learning_rate = static_cast<float>(
        realNumberOption(options, "--lr", config.optimizer == "sgd" ? 0.01 : 1e-3,
                         {0.0, nn::training_limits::max_learning_rate, true, false}));
    config.momentum =
        static_cast<float>(realNumberOption(options, "--momentum", 0.9, {0.0, 1.0, false, true}));
    config.weight_decay = static_cast<float>(realNumberOption(
        options, "--weight-decay", 0.0, {0.0, nn::training_limits::max_weight_decay}));
    config.seed = seedOption(options, 1);
    config.augmentation.max_shift = wholeNumberOption(options, "--shift", 0, 0, kMaxExtent);
    config.augmentation.horizontal_flip = options.flag("--flip");
    if (options.flag("--permute-pixels"))
        run.data.pixel_permutation_seed = config.seed;
    try {
        config.schedule = nn::LearningRateSchedule::parse(options.value("--schedule", "constant"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("train: ") + e.what());
    }
    return run;
}

// "training small on shapes (256 examples; test: 1000), Adam ..., 1 epoch" and the augmentation.
void printRunHeader(std::ostream& out, const nn::Trainer& trainer,
                    const image::TrainingData& opened, const nn::TrainerConfig& config) {
    char text[512];
    std::snprintf(text, sizeof text,
                  "%s %s on %s (%lld examples; test: %lld), %s, batch %d, %s schedule, "
                  "%s, %d epoch%s\n",
                  trainer.epochs_done() > 0 ? "resuming" : "training",
                  trainer.model().name().c_str(), opened.normalised.train->name().c_str(),
                  static_cast<long long>(opened.normalised.train->size()),
                  static_cast<long long>(opened.normalised.test->size()),
                  trainer.optimizer().description().c_str(), config.batch_size,
                  config.schedule.text().c_str(), config.device.id().c_str(), config.epochs,
                  config.epochs == 1 ? "" : "s");
    out << text;
    const data::Augmentation& augmentation = config.augmentation;
    if (augmentation.enabled())
        out << "  augmented: "
            << (augmentation.max_shift > 0
                    ? "shifted by up to " + std::to_string(augmentation.max_shift) + " px"
                    : std::string("not shifted"))
            << (augmentation.horizontal_flip ? ", half mirrored\n" : "\n");
    if (trainer.epochs_done() > 0)
        out << "  " << trainer.epochs_done() << " of them done already\n";
}

} // namespace

// --profile: the trainer's step times and the model's layer times, in ms per step.
void printProfile(std::ostream& out, const nn::Trainer& trainer, bool asJson) {
    const nn::StepTimes& t = trainer.step_times();
    const double steps = static_cast<double>(std::max<std::int64_t>(t.steps, 1));
    const auto ms = [steps](double seconds) { return seconds * 1e3 / steps; };
    const std::vector<std::pair<const char*, double>> phases = {
        {"data", t.data},         {"forward", t.forward},     {"loss", t.loss},
        {"backward", t.backward}, {"optimizer", t.optimizer}, {"bookkeeping", t.bookkeeping},
        {"total", t.total()}};
    // Each layer's passes, as Sequential filed them under compute::profile.
    std::map<std::string, double> totals;
    for (const auto& [phase, seconds] : compute::profile::totals())
        totals[phase] = seconds;
    struct LayerTime {
        std::string name;
        double forward_seconds, backward_seconds;
    };
    std::vector<LayerTime> layers;
    for (int i = 0; i < trainer.model().size(); ++i) {
        const std::string name = trainer.model().layer(i).name();
        layers.push_back({name, totals[name + " forward"], totals[name + " backward"]});
    }
    if (asJson) {
        nlohmann::json perStep = nlohmann::json::object();
        for (const auto& [name, seconds] : phases)
            perStep[name] = ms(seconds);
        nlohmann::json layerList = nlohmann::json::array();
        for (const LayerTime& layer : layers)
            layerList.push_back({{"name", layer.name},
                                 {"forward_ms", ms(layer.forward_seconds)},
                                 {"backward_ms", ms(layer.backward_seconds)}});
        out << nlohmann::json{{"profile",
                               {{"steps", t.steps},
                                {"ms_per_step", perStep},
                                {"layers", layerList}}}}
                   .dump()
            << "\n";
        return;
    }
    char line[160];
    out << "where the training steps went, ms per step over " << t.steps << " steps:\n";
    for (const auto& [name, seconds] : phases) {
        std::snprintf(line, sizeof line, "  %-12s %8.3f\n", name, ms(seconds));
        out << line;
    }
    out << "  layer           forward  backward\n";
    for (const LayerTime& layer : layers) {
        std::snprintf(line, sizeof line, "  %-12s %10.3f %9.3f\n", layer.name.c_str(),
                      ms(layer.forward_seconds), ms(layer.backward_seconds));
        out << line;
    }
}

int runTrain(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("train", args, {"--json", "--flip", "--permute-pixels", "--profile"},
                          {"--dataset", "--model", "--epochs", "--batch", "--lr", "--optimizer",
                           "--momentum", "--schedule", "--weight-decay", "--device", "--seed",
                           "--threads", "--out", "--resume", "--limit", "--shift"});
    const std::string resumePath = options.value("--resume", "");
    const bool asJson = options.flag("--json");

    TrainRun run = resumePath.empty() ? newRun(options) : resumedRun(options, resumePath);
    nn::TrainerConfig& config = run.config;
    config.epochs = wholeNumberOption(options, "--epochs", resumePath.empty() ? 5 : config.epochs,
                                      1, nn::training_limits::max_epochs);
    config.device = deviceOption(options);
    config.threads = wholeNumberOption(options, "--threads", 0, 1, io::limits::max_threads);
    config.checkpoint_path = options.value("--out", resumePath);
    if (!config.checkpoint_path.empty())
        checkWritable(config.checkpoint_path);
    if (const std::string given = options.value("--dataset", ""); !given.empty())
        run.data.dataset = given;
    if (!run.data.dataset || run.data.dataset->empty())
        throw UsageError("train: say which data set with --dataset (shapes, fashion-mnist, "
                         "mnist, cifar10:DIR or a folder)");
    if (!options.value("--limit", "").empty())
        run.data.limit =
            wholeNumberOption(options, "--limit", 1, 1, static_cast<int>(io::limits::max_examples));

    const image::TrainingData opened = openData(*run.data.dataset, run.data.normalization,
                                                run.data.limit, run.data.pixel_permutation_seed);
    nn::RunMetadata info;
    info.dataset = run.data.dataset;
    info.normalization = opened.stats;
    info.limit = run.data.limit;
    info.pixel_permutation_seed = run.data.pixel_permutation_seed;
    config.dataset_info = info.to_json();
    checkShift(options, *opened.normalised.train);

    // Every check (model against data, checkpoint against data, settings) happens here, before
    // anything is written.
    std::unique_ptr<nn::Trainer> trainer =
        run.checkpoint
            ? std::make_unique<nn::Trainer>(std::move(*run.checkpoint), opened.normalised, config)
            : std::make_unique<nn::Trainer>(
                  modelOption(options, config.seed, opened.normalised.train->class_count()),
                  opened.normalised, config);

    const bool bar = !asJson && &out == &std::cout && isatty(STDOUT_FILENO) != 0;
    if (!asJson)
        printRunHeader(out, *trainer, opened, config);
    if (bar)
        trainer->on_batch(
            [&out](const nn::BatchProgress& p) { out << progressLine(p) << std::flush; });
    trainer->on_epoch([&](const nn::EpochRecord& record) {
        if (bar)
            out << "\r" << std::string(100, ' ') << "\r";
        if (asJson)
            out << record.to_json().dump() << "\n" << std::flush;
        else
            out << epochLine(record, config.epochs) << std::flush;
    });
    const bool profile = options.flag("--profile");
    if (profile) {
        compute::profile::reset();
        compute::profile::set_enabled(true);
    }
    trainer->run();
    if (profile) {
        compute::profile::set_enabled(false);
        printProfile(out, *trainer, asJson);
    }
    if (!asJson && !config.checkpoint_path.empty())
        out << "saved " << config.checkpoint_path << "\n";
    return kExitOk;
}

int runEvaluate(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("evaluate", args, {"--json"}, {"--model", "--dataset", "--batch"});
    const std::string path = options.value("--model", "");
    if (path.empty())
        throw UsageError("evaluate: say which model file with --model");
    const int batch = wholeNumberOption(options, "--batch", 256, 1, io::limits::max_batch);
    nn::SavedModel saved = nn::load_model_file(path);
    const nn::RunMetadata metadata = nn::run_metadata(saved, path);
    const std::string spec = options.value("--dataset", metadata.dataset.value_or(""));
    if (spec.empty())
        throw UsageError("evaluate: the model file does not say its data set; give --dataset");
    const image::TrainingData opened =
        openData(spec, metadata.normalization, 0, metadata.pixel_permutation_seed,
                 saved.model.input_shape());
    nn::check_class_names(metadata.class_names, *opened.normalised.test);
    const nn::Evaluation result = nn::evaluate(saved.model, opened.normalised.test, batch, 3);

    if (options.flag("--json")) {
        json perClass = json::object();
        const std::vector<double> accuracies = result.per_class_accuracy();
        for (std::size_t c = 0; c < accuracies.size(); ++c)
            perClass[result.class_names[c]] =
                std::isnan(accuracies[c]) ? json(nullptr) : json(accuracies[c]);
        const json report{{"model", path},
                          {"dataset", opened.normalised.test->name()},
                          {"examples", result.examples},
                          {"accuracy", result.accuracy()},
                          {"top3_accuracy", result.top_k_accuracy()},
                          {"mean_loss", result.mean_loss()},
                          {"class_names", result.class_names},
                          {"per_class_accuracy", perClass},
                          {"confusion", result.confusion}};
        out << report.dump() << "\n";
        return kExitOk;
    }
    char text[512];
    std::snprintf(text, sizeof text,
                  "%s on %s: %lld examples\naccuracy %.2f %%  top-%d %.2f %%  mean loss %.4f\n\n",
                  saved.model.name().c_str(), opened.normalised.test->name().c_str(),
                  static_cast<long long>(result.examples), 100.0 * result.accuracy(), result.top_k,
                  100.0 * result.top_k_accuracy(), result.mean_loss());
    out << text
        << "confusion matrix (rows: true class, columns: predicted class; the last "
           "column is each class's accuracy)\n"
        << result.confusion_table();
    return kExitOk;
}

int runPredict(const std::vector<std::string>& args, std::ostream& out) {
    if (std::any_of(args.begin(), args.end(), [](const std::string& a) {
            return a == "--tensor" || a.starts_with("--tensor=");
        }))
        return runPredictTensor(args, out);
    // The image paths are the words that are not options.
    std::vector<std::string> optionArgs, images;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--model" && i + 1 < args.size()) {
            optionArgs.push_back(args[i]);
            optionArgs.push_back(args[++i]);
        } else if (args[i].starts_with("-")) {
            optionArgs.push_back(args[i]);
        } else {
            images.push_back(args[i]);
        }
    }
    const Options options("predict", optionArgs, {}, {"--model"});
    const std::string path = options.value("--model", "");
    if (path.empty())
        throw UsageError("predict: say which model file with --model");
    if (images.empty())
        throw UsageError("predict: name one or more image files to classify");
    nn::SavedModel saved = nn::load_model_file(path);
    const nn::RunMetadata metadata = nn::run_metadata(saved, path);

    // Read every image first: a bad one fails the command before anything is printed.
    std::vector<compute::Tensor> inputs;
    for (const std::string& image : images) {
        inputs.push_back(imageInput(image, saved.model.input_shape(), metadata.normalization));
        if (metadata.pixel_permutation_seed) { // shown to the model as its training images were
            const compute::Shape& shape = saved.model.input_shape();
            data::permute_pixels(inputs.back().data(), shape.at(0),
                                 data::pixel_permutation(shape.at(1) * shape.at(2),
                                                         *metadata.pixel_permutation_seed));
        }
    }
    for (std::size_t i = 0; i < images.size(); ++i) {
        // The scores before a trailing softmax, so the probabilities come from one softmax.
        const std::vector<float> probs =
            nn::probabilities(saved.model.forward_logits(inputs[i], /*training=*/false));
        std::vector<std::size_t> order(probs.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return probs[a] > probs[b]; });
        out << images[i] << "\n";
        for (std::size_t k = 0; k < std::min<std::size_t>(3, order.size()); ++k) {
            char text[256];
            std::snprintf(text, sizeof text, "  %zu. %-20s %6.2f %%\n", k + 1,
                          metadata.class_name(order[k]).c_str(),
                          100.0 * static_cast<double>(probs[order[k]]));
            out << text;
        }
    }
    return kExitOk;
}

} // namespace convsight::cli
