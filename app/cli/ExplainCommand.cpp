// `convsight-cli explain` and `visualize`: front ends over nn/Explain.h. The arithmetic is core's;
// this file reads the model and the input as `predict` does, checks the options, writes the map
// or the image (.npy exactly, .png for the eye) and prints one line, or one JSON object.
#include "ExplainCommand.h"

#include "Cli.h"
#include "ModelInput.h"
#include "data/Npy.h"
#include "image/ImageIO.h"
#include "image/SignedDisplay.h"
#include "image/TensorMat.h"
#include "nn/Explain.h"
#include "nn/RunMetadata.h"
#include "onnx/AnyModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <stdexcept>

namespace convsight::cli {

const char* const kExplainUsage =
    "usage: convsight-cli explain --model M (--image IMG | --tensor X.npy)\n"
    "                             --method occlusion|saliency|gradcam [--class C] [--layer NAME]\n"
    "                             [--patch P] [--stride S] [--fill V] [--smooth N] [--noise F]\n"
    "                             [--device cpu|cuda] --out MAP.npy|MAP.png [--json]\n"
    "\n"
    "Why did the network say that? Explains its score for one class on one input as a map of\n"
    "the input's size:\n"
    "  occlusion  for each pixel, the mean over the patches that cover it of how much the\n"
    "             class's probability drops when a PxP patch of the input is set to V; the\n"
    "             patch slides like a convolution without padding, (H - P) / S + 1 positions\n"
    "             down and as many across\n"
    "  saliency   for each pixel, the largest over the channels of |d score / d pixel|, the\n"
    "             gradient of the class's score (before any softmax) through the network's own\n"
    "             backward pass; with --smooth N, SmoothGrad: the mean over N noisy copies\n"
    "  gradcam    Grad-CAM: a layer's maps weighted by the spatial mean of the score's gradient\n"
    "             with respect to them, summed, ReLU, upsampled bilinearly to the input\n"
    "\n"
    "The image is made to fit the network as predict does it (grey or colour, resized, scaled\n"
    "to [0, 1], normalised as the training data was); --tensor takes the input already\n"
    "normalised. MAP.npy: the map, float32 (H, W), exactly as computed; MAP.png: the map as a\n"
    "heat map laid over the input at half opacity, enlarged (nearest neighbour) so the shorter\n"
    "side is at least 224 px. Prints one line: the method, the class explained (index and name),\n"
    "its probability, the map's smallest and largest values, and the milliseconds it took.\n"
    "\n"
    "  --model M       a .csmodel or .onnx file, or a built-in model's name (small, lenet5, ...)\n"
    "  --image IMG     the image file to explain\n"
    "  --tensor X.npy  or the network's input itself, float32 (C, H, W) or (1, C, H, W)\n"
    "  --method M      occlusion, saliency or gradcam\n"
    "  --class C       the class to explain, from 0 (default: the predicted class)\n"
    "  --layer NAME    gradcam: the layer whose maps are weighed (default: the last convolution)\n"
    "  --patch P       occlusion: the patch's side in pixels, at most the input's (default 4)\n"
    "  --stride S      occlusion: the step between patches in pixels (default 2)\n"
    "  --fill V        occlusion: the value the patch sets, as the network sees it (default 0)\n"
    "  --smooth N      saliency: SmoothGrad's noisy copies, 0 to 1024; 0: none (default 0)\n"
    "  --noise F       saliency: SmoothGrad's noise, a fraction of the input's range from 0 to 1\n"
    "                  (default 0.15)\n"
    "  --device D      cpu (default), cuda or cuda:N\n"
    "  --out FILE      where the map goes: a .npy or .png file\n"
    "  --json          print one JSON object instead of the line\n";

const char* const kVisualizeUsage =
    "usage: convsight-cli visualize --model M --layer NAME --filter K [--steps N] [--centre]\n"
    "                               [--noise-start] [--step-size F] [--jitter J] [--decay D]\n"
    "                               [--blur S] [--seed N] [--device cpu|cuda]\n"
    "                               --out IMG.png|IMG.npy [--json]\n"
    "\n"
    "What does a filter look for? Grows the input that makes filter K of layer NAME respond\n"
    "most (activation maximisation): from grey, or noise, N steps of gradient ascent on the\n"
    "mean of the filter's map (with --centre, on its value at the map's centre: one neuron).\n"
    "Each step shifts the image by up to J pixels, follows the gradient, pulls the image\n"
    "towards grey (L2) and, every 4 steps, blurs it. IMG.png: the image, black to white from\n"
    "the lowest to the highest pixel value the network was trained on, enlarged (nearest\n"
    "neighbour) so the shorter side is at least 224 px; IMG.npy: the image, float32 (C, H, W),\n"
    "normalised as the network's input. Prints the objective before the first step and after\n"
    "the last.\n"
    "\n"
    "  --model M        a .csmodel or .onnx file, or a built-in model's name (small, lenet5, ...)\n"
    "  --layer NAME     a layer whose output is a stack of maps (conv1, pool1, ...)\n"
    "  --filter K       which of its maps, from 0\n"
    "  --steps N        gradient-ascent steps, 1 to 100000 (default 64)\n"
    "  --centre         the objective is the map's centre value, not its mean\n"
    "  --noise-start    start from noise instead of grey\n"
    "  --step-size F    each step's move, a fraction of the pixel range above 0 and at most 1\n"
    "                   (default 0.02)\n"
    "  --jitter J       shift by up to J pixels each step, 0 to half the input's side (default 1)\n"
    "  --decay D        the pull towards grey each step, from 0 to below 1 (default 0.01)\n"
    "  --blur S         the Gaussian blur's sigma in pixels, 0 to 10; 0: no blur (default 0.5)\n"
    "  --seed N         the noise and the shifts (default 1)\n"
    "  --device D       cpu (default), cuda or cuda:N\n"
    "  --out FILE       where the image goes: a .png or .npy file\n"
    "  --json           print one JSON object instead of the line\n";

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kExitOk = 0;
// The PNGs' shorter side is enlarged to at least this.
constexpr int kMinPictureSide = 224;

std::string lowerExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// --out FILE: required, and a .npy or a .png; returns whether it is a .png.
bool outIsPng(const Options& options) {
    const std::string out = options.value("--out", "");
    if (out.empty())
        throw UsageError(options.command() +
                         ": say where to write the result with --out (a .npy or .png file)");
    const std::string extension = lowerExtension(out);
    if (extension != ".npy" && extension != ".png")
        throw optionValueError(options, "--out", "a file name ending in .npy or .png", out);
    return extension == ".png";
}

// The model of --model, with what its file says of its training (the normalisation, the classes).
struct LoadedModel {
    nn::SavedModel saved;
    nn::RunMetadata metadata;
};

LoadedModel loadModel(const Options& options) {
    const std::string path = options.value("--model", "");
    if (path.empty())
        throw UsageError(options.command() +
                         ": say which network with --model (a .csmodel or .onnx file, or a "
                         "built-in model such as small)");
    nn::SavedModel saved = onnx::load_any_model(path, /*allow_presets=*/true);
    if (saved.model.input_shape().size() != 3)
        throw std::runtime_error(path + ": the network does not take images (C, H, W)");
    nn::RunMetadata metadata = nn::run_metadata(saved, path);
    return {std::move(saved), std::move(metadata)};
}

// A picture enlarged by a whole factor (nearest neighbour) until its shorter side is at least
// kMinPictureSide.
cv::Mat enlarged(const cv::Mat& picture) {
    const int side = std::min(picture.rows, picture.cols);
    const int factor = std::max(1, (kMinPictureSide + side - 1) / side);
    if (factor == 1)
        return picture;
    cv::Mat big;
    cv::resize(picture, big, cv::Size(picture.cols * factor, picture.rows * factor), 0, 0,
               cv::INTER_NEAREST);
    return big;
}

// (C, H, W) values already scaled to 0..255 as an 8-bit BGR picture: colour for 3 channels,
// grey for 1, the mean of the channels for any other count.
cv::Mat bgrPicture(std::vector<float> values, int channels, int height, int width) {
    const auto plane = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    if (channels != 1 && channels != 3) {
        std::vector<float> mean(plane, 0.0f);
        for (int c = 0; c < channels; ++c)
            for (std::size_t i = 0; i < plane; ++i)
                mean[i] +=
                    values[static_cast<std::size_t>(c) * plane + i] / static_cast<float>(channels);
        values = std::move(mean);
        channels = 1;
    }
    cv::Mat picture =
        image::tensor_to_mat(compute::Tensor::from({channels, height, width}, values), CV_8U);
    if (picture.channels() == 1)
        cv::cvtColor(picture, picture, cv::COLOR_GRAY2BGR);
    return picture;
}

// The input (C, H, W) as the picture it was: each channel's normalisation undone, 0..255.
cv::Mat inputPicture(const compute::Tensor& example, const compute::Shape& chw,
                     const std::optional<data::ChannelStats>& normalization) {
    const auto channels = static_cast<int>(chw[0]), height = static_cast<int>(chw[1]),
               width = static_cast<int>(chw[2]);
    std::vector<float> values = example.to_vector();
    const auto plane = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    for (std::size_t c = 0; c < static_cast<std::size_t>(channels); ++c) {
        float mean = 0.0f, deviation = 1.0f;
        if (normalization && !normalization->mean.empty() && !normalization->std.empty()) {
            const auto& means = normalization->mean;
            const auto& deviations = normalization->std;
            mean = means[means.size() == 1 ? 0 : std::min(c, means.size() - 1)];
            deviation = deviations[deviations.size() == 1 ? 0 : std::min(c, deviations.size() - 1)];
        }
        for (std::size_t i = 0; i < plane; ++i) {
            float& v = values[c * plane + i];
            v = (v * deviation + mean) * 255.0f;
        }
    }
    return bgrPicture(std::move(values), channels, height, width);
}

// The map (H, W) as colours: cividis from 0 to its largest value, or, when it has negative
// values (occlusion where hiding a patch raised the probability), the diverging map symmetric
// about 0.
cv::Mat heatMap(const compute::Tensor& map) {
    const auto height = static_cast<int>(map.dim(0)), width = static_cast<int>(map.dim(1));
    const std::vector<float> values = map.to_vector();
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    const bool diverging = *lowest < 0.0f;
    const double scale = diverging ? std::max(-double(*lowest), double(*highest)) : *highest;
    cv::Mat heat(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double v = values[static_cast<std::size_t>(y) * width + x];
            const double t = scale > 0.0 ? v / scale : 0.0;
            heat.at<cv::Vec3b>(y, x) =
                diverging ? image::diverging_colour(t) : image::cividis_colour(t);
        }
    return heat;
}

// "--patch is for --method occlusion" when an option of another method is given.
void onlyFor(const Options& options, const std::string& name, const std::string& method,
             const std::string& chosen) {
    if (chosen != method && !options.value(name, "").empty())
        throw OptionValueError(options.command() + ": " + name + " is for --method " + method +
                               ", not " + chosen);
}

// The example (C, H, W) for the model: the image made to fit it, or the .npy as it is.
compute::Tensor readExample(const Options& options, const nn::SavedModel& saved,
                            const nn::RunMetadata& metadata) {
    const std::string imagePath = options.value("--image", "");
    const std::string tensorPath = options.value("--tensor", "");
    const compute::Shape& chw = saved.model.input_shape();
    if (!imagePath.empty()) {
        if (metadata.pixel_permutation_seed)
            throw std::runtime_error(options.value("--model", "") +
                                     ": the network was trained on images with their pixels "
                                     "permuted; explain it with --tensor");
        return imageInput(imagePath, chw, metadata.normalization);
    }
    const compute::Tensor x = data::read_npy(tensorPath);
    const bool plain = x.rank() == 3 && std::equal(chw.begin(), chw.end(), x.shape().begin());
    const bool batched =
        x.rank() == 4 && x.dim(0) == 1 && std::equal(chw.begin(), chw.end(), x.shape().begin() + 1);
    if (!plain && !batched)
        throw std::runtime_error(tensorPath + ": the array's shape " + x.shape_string() +
                                 " is not the network's input " + compute::shape_string(chw) +
                                 " or (1, " + compute::shape_string(chw).substr(1));
    compute::Tensor example = compute::Tensor::from(chw, x.to_vector());
    return example;
}

std::string numberText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

int runExplain(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("explain", args, {"--json"},
                          {"--model", "--image", "--tensor", "--method", "--layer", "--class",
                           "--patch", "--stride", "--fill", "--smooth", "--noise", "--device",
                           "--out"});
    // Everything the options alone decide, checked before any file is read.
    const std::string method = options.value("--method", "");
    if (method.empty())
        throw UsageError("explain: say which explanation with --method (occlusion, saliency or "
                         "gradcam)");
    if (method != "occlusion" && method != "saliency" && method != "gradcam")
        throw optionValueError(options, "--method", "occlusion, saliency or gradcam", method);
    const bool hasImage = !options.value("--image", "").empty();
    const bool hasTensor = !options.value("--tensor", "").empty();
    if (hasImage == hasTensor)
        throw UsageError("explain: give the input with either --image IMG or --tensor X.npy");
    const bool png = outIsPng(options);
    for (const char* name : {"--patch", "--stride", "--fill"})
        onlyFor(options, name, "occlusion", method);
    for (const char* name : {"--smooth", "--noise"})
        onlyFor(options, name, "saliency", method);
    onlyFor(options, "--layer", "gradcam", method);
    nn::OcclusionSettings occlusion;
    occlusion.patch = wholeNumberOption(options, "--patch", occlusion.patch, 1, 65536);
    occlusion.stride = wholeNumberOption(options, "--stride", occlusion.stride, 1, 65536);
    occlusion.fill = static_cast<float>(
        realNumberOption(options, "--fill", occlusion.fill, RealRange{-1e6, 1e6}));
    nn::SmoothGradSettings smooth;
    smooth.samples = wholeNumberOption(options, "--smooth", smooth.samples, 0, 1024);
    smooth.noise =
        static_cast<float>(realNumberOption(options, "--noise", smooth.noise, RealRange{0, 1}));
    const compute::Device device = deviceOption(options);
    const std::string outPath = options.value("--out", "");
    const std::string modelPath = options.value("--model", "");

    LoadedModel loaded = loadModel(options);
    const nn::RunMetadata& metadata = loaded.metadata;
    nn::Sequential& model = loaded.saved.model;
    const compute::Shape chw = model.input_shape();
    const compute::Tensor example = readExample(options, loaded.saved, metadata);
    const auto height = static_cast<int>(chw[1]), width = static_cast<int>(chw[2]);
    if (method == "occlusion" && (occlusion.patch > height || occlusion.patch > width))
        throw optionValueError(options, "--patch",
                               "a whole number between 1 and " +
                                   std::to_string(std::min(height, width)) + " for this " +
                                   std::to_string(height) + "x" + std::to_string(width) + " input",
                               options.value("--patch", ""));
    int layer = -1;
    if (method == "gradcam") {
        const std::string name = options.value("--layer", "");
        if (!name.empty()) {
            try {
                layer = nn::spatial_layer_index(model, name);
            } catch (const std::invalid_argument& e) {
                throw std::runtime_error(e.what());
            }
        } else {
            layer = nn::last_convolution(model);
            if (layer < 0)
                throw std::runtime_error(modelPath +
                                         ": the network has no convolution; name a layer with "
                                         "maps with --layer");
        }
    }

    model.to(device);
    model.eval();
    const nn::ClassScores scores = nn::class_scores(model, example);
    const auto classes = static_cast<int>(scores.scores.size());
    const int classIndex = wholeNumberOption(options, "--class", scores.predicted, 0, classes - 1);

    const auto start = Clock::now();
    compute::Tensor map;
    if (method == "saliency")
        map = nn::saliency(model, example, classIndex, smooth);
    else if (method == "gradcam")
        map = nn::grad_cam(model, example, classIndex, layer).map;
    else
        map = nn::occlusion(model, example, classIndex, occlusion);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();

    const std::vector<float> values = map.to_vector();
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    const double probability = scores.probabilities.at(static_cast<std::size_t>(classIndex));
    if (png) {
        cv::Mat overlay;
        cv::addWeighted(heatMap(map), 0.5, inputPicture(example, chw, metadata.normalization), 0.5,
                        0.0, overlay);
        image::save_image(outPath, enlarged(overlay));
    } else {
        data::write_npy(outPath, map);
    }

    const std::string className = metadata.class_names.empty()
                                      ? std::string()
                                      : metadata.class_name(static_cast<std::size_t>(classIndex));
    if (options.flag("--json")) {
        QJsonObject json{{"method", QString::fromStdString(method)},
                         {"class", classIndex},
                         {"predicted", scores.predicted},
                         {"probability", probability},
                         {"min", static_cast<double>(*lowest)},
                         {"max", static_cast<double>(*highest)},
                         {"ms", ms},
                         {"height", static_cast<int>(map.dim(0))},
                         {"width", static_cast<int>(map.dim(1))},
                         {"device", QString::fromStdString(device.id())},
                         {"out", QString::fromStdString(outPath)}};
        if (!className.empty())
            json.insert(QStringLiteral("class_name"), QString::fromStdString(className));
        if (layer >= 0)
            json.insert(QStringLiteral("layer"), QString::fromStdString(model.layer(layer).name()));
        out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << "\n";
        return kExitOk;
    }
    std::string what = method;
    if (layer >= 0)
        what += " on " + model.layer(layer).name();
    std::string explained = "class " + std::to_string(classIndex);
    if (!className.empty())
        explained += " (" + className + ")";
    char line[512];
    std::snprintf(line, sizeof line, "%s: %s, p = %.4f; map min %s, max %s; %.1f ms; wrote %s\n",
                  what.c_str(), explained.c_str(), probability, numberText(*lowest).c_str(),
                  numberText(*highest).c_str(), ms, outPath.c_str());
    out << line;
    return kExitOk;
}

int runVisualize(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("visualize", args, {"--centre", "--noise-start", "--json"},
                          {"--model", "--layer", "--filter", "--steps", "--step-size", "--jitter",
                           "--decay", "--blur", "--seed", "--device", "--out"});
    const std::string layerName = options.value("--layer", "");
    if (layerName.empty())
        throw UsageError("visualize: say which layer with --layer NAME");
    if (options.value("--filter", "").empty())
        throw UsageError("visualize: say which of the layer's filters with --filter K");
    const bool png = outIsPng(options);
    const int steps = wholeNumberOption(options, "--steps", 64, 1, 100000);
    nn::VisualizeSettings settings;
    settings.centre_unit = options.flag("--centre");
    settings.start_from_noise = options.flag("--noise-start");
    settings.step_size = static_cast<float>(
        realNumberOption(options, "--step-size", settings.step_size, RealRange{0, 1, true, false}));
    settings.decay = static_cast<float>(
        realNumberOption(options, "--decay", settings.decay, RealRange{0, 1, false, true}));
    settings.blur =
        static_cast<float>(realNumberOption(options, "--blur", settings.blur, RealRange{0, 10}));
    if (settings.blur == 0.0f)
        settings.blur_every = 0;
    settings.seed = static_cast<std::uint64_t>(
        wholeNumberOption(options, "--seed", 1, 0, std::numeric_limits<int>::max()));
    const compute::Device device = deviceOption(options);
    const std::string outPath = options.value("--out", "");

    LoadedModel loaded = loadModel(options);
    const nn::RunMetadata& metadata = loaded.metadata;
    nn::Sequential& model = loaded.saved.model;
    const compute::Shape chw = model.input_shape();
    try {
        settings.layer = nn::spatial_layer_index(model, layerName);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(e.what());
    }
    const auto filters = static_cast<int>(
        model.layer_summaries().at(static_cast<std::size_t>(settings.layer)).output_shape.at(0));
    settings.filter = wholeNumberOption(options, "--filter", 0, 0, filters - 1);
    settings.jitter = wholeNumberOption(options, "--jitter", settings.jitter, 0,
                                        static_cast<int>(std::min(chw[1], chw[2]) / 2));
    const PixelRange range = normalisedPixelRange(static_cast<int>(chw[0]), metadata.normalization);
    settings.low = range.low;
    settings.high = range.high;

    model.to(device);
    model.eval();
    const auto start = Clock::now();
    nn::FilterVisualizer visualizer(model, settings);
    const float first = visualizer.objective();
    for (int i = 0; i < steps; ++i)
        visualizer.step();
    const float last = visualizer.objective();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();

    const compute::Tensor& picture = visualizer.image();
    if (png) {
        std::vector<float> values = picture.to_vector();
        const float span = range.high > range.low ? range.high - range.low : 1.0f;
        for (float& v : values)
            v = (v - range.low) / span * 255.0f;
        image::save_image(outPath,
                          enlarged(bgrPicture(std::move(values), static_cast<int>(chw[0]),
                                              static_cast<int>(chw[1]), static_cast<int>(chw[2]))));
    } else {
        data::write_npy(outPath, picture);
    }

    const std::string name = model.layer(settings.layer).name();
    if (options.flag("--json")) {
        const QJsonObject json{{"layer", QString::fromStdString(name)},
                               {"filter", settings.filter},
                               {"steps", steps},
                               {"objective_start", static_cast<double>(first)},
                               {"objective_end", static_cast<double>(last)},
                               {"low", static_cast<double>(range.low)},
                               {"high", static_cast<double>(range.high)},
                               {"ms", ms},
                               {"device", QString::fromStdString(device.id())},
                               {"out", QString::fromStdString(outPath)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << "\n";
        return kExitOk;
    }
    char line[512];
    std::snprintf(line, sizeof line,
                  "visualize %s filter %d: objective %s at the start, %s after %d steps; %.1f ms; "
                  "wrote %s\n",
                  name.c_str(), settings.filter, numberText(first).c_str(),
                  numberText(last).c_str(), steps, ms, outPath.c_str());
    out << line;
    return kExitOk;
}

} // namespace convsight::cli
