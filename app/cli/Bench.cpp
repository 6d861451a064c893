// `convsight-cli bench ops|train|filter|infer|explain`: timed runs of the compute library's ops,
// training steps, image filtering, a whole network's inference and the explanations.
#include "Bench.h"

#include "Cli.h"
#include "Convolve.h"
#include "bench/Benchmarks.h"
#include "compute/Device.h"
#include "compute/GemmPeak.h"
#include "compute/SystemInfo.h"
#include "compute/Tensor.h"
#include "compute/Timing.h"
#include "compute/ops.h"
#include "image/ImageIO.h"
#include "image/TensorMat.h"
#include "io/Limits.h"
#include "nn/Explain.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/StepProfile.h"
#include "onnx/AnyModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <omp.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <random>

namespace convsight::cli {
namespace cs = convsight::compute;
namespace bench = convsight::bench;

const char* const kBenchUsage =
    "usage: convsight-cli bench ops [--device cpu|cuda] [--threads N] [--json]\n"
    "       convsight-cli bench train --model small|cifar-tf [--device cpu|cuda] [--batch N]\n"
    "                                 [--steps N] [--threads N] [--profile] [--json]\n"
    "       convsight-cli bench filter [--size WxH] [--kernel K] [--border MODE]\n"
    "                                  [--device cpu|cuda] [--threads N] [--repeat N] [--json]\n"
    "       convsight-cli bench infer --model FILE|PRESET [--batch N] [--repeat N]\n"
    "                                 [--device cpu|cuda] [--threads N] [--json]\n"
    "       convsight-cli bench explain --model FILE|PRESET [--patch P] [--stride S]\n"
    "                                   [--repeat N] [--device cpu|cuda] [--threads N] [--json]\n"
    "\n"
    "ops    conv2d forward/backward and GEMM on representative shapes, in GFLOP/s, beside the\n"
    "       reference implementation's speed (the plain loops every fast path is tested against).\n"
    "train  trains a built-in model on synthetic data after 3 warm-up steps and prints the\n"
    "       median examples/s, ms/step and the peak resident memory, and the effective GFLOP/s\n"
    "       as a share of the GEMM peak (bench ops' best GEMM, measured in the same run);\n"
    "       --profile adds the time per step of each layer and phase.\n"
    "filter ConvSight's filter2d and OpenCV's cv::filter2D side by side on the same random\n"
    "       float32 RGB image and kernel, same border mode and thread count: median ms of\n"
    "       N runs after 2 warm-up runs, GFLOP/s, the ratio ConvSight / OpenCV (below 1:\n"
    "       ConvSight is faster) and how far the two outputs differ. On cuda, ConvSight's\n"
    "       time includes copying the image to the GPU and the result back; the filter\n"
    "       alone and the copies are also printed apart.\n"
    "infer  a whole network's forward pass in evaluation mode on a seeded random batch: one\n"
    "       warm-up, then N timed forwards; prints the median (forward_ms) and fastest ms, the\n"
    "       peak resident memory (peak_rss_mb, MB of 2^20 bytes), the weights' size and the\n"
    "       process's CPU time a forward (forward_cpu_ms: the work, apart from any wait for a\n"
    "       core on a busy machine). --model takes a .csmodel file or a built-in model's name\n"
    "       (vgg16, alexnet, small, ...).\n"
    "explain each explanation of one seeded random input of the model's size: saliency,\n"
    "       SmoothGrad (25 noisy copies), Grad-CAM on the last convolution, occlusion (a\n"
    "       P×P patch, stride S: by default a seventh of the side and half that) and one\n"
    "       step of what a filter wants (the last convolution's first filter); median ms of\n"
    "       N runs (default 3) after one warm-up.\n"
    "\n"
    "  --device D    cpu (default), cuda or cuda:N\n"
    "  --threads N   CPU threads (default: all cores)\n"
    "  --batch N     examples per step (default 64 for small, 128 for cifar-tf)\n"
    "  --steps N     timed steps (default 20)\n"
    "  --size WxH    filter: the image's width x height (default 1920x1080)\n"
    "  --kernel K    filter: a KxK kernel, 1 to 63 (default 5)\n"
    "  --border B    filter: zero (default), replicate, reflect (OpenCV's default) or wrap\n"
    "  --repeat N    filter: timed runs (default 11); filter's --threads defaults to 2;\n"
    "                infer: timed forwards (default 5); infer's --batch defaults to 1\n"
    "  --patch P     explain: occlusion's patch side in pixels\n"
    "  --stride S    explain: occlusion's stride in pixels\n"
    "  --json        print exactly one JSON object\n";

namespace {

using Clock = std::chrono::steady_clock;

// Timed runs and steps: enough for a median, never a loop that outlives the person waiting.
constexpr int kMaxRepeats = 100000;

// --threads N (default: all cores) for the ops run on this thread; returns the count.
int setThreads(const Options& options, int fallback) {
    const int threads =
        wholeNumberOption(options, "--threads", std::min(fallback, io::limits::max_threads), 1,
                          io::limits::max_threads);
    cs::set_cpu_threads(threads);
    return threads;
}

int runOps(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("bench ops", args, {"--json"}, {"--device", "--threads"});
    const cs::Device device = deviceOption(options);
    setThreads(options, omp_get_max_threads());
    const std::vector<bench::OpResult> results = bench::bench_ops(device);

    if (options.flag("--json")) {
        const nlohmann::json json{{"device", device.id()},
                                  {"threads", omp_get_max_threads()},
                                  {"ops", bench::to_json(results)}};
        out << json.dump() << "\n";
        return 0;
    }
    char line[256];
    std::snprintf(line, sizeof line, "bench ops on %s (%s), %d threads\n\n", device.id().c_str(),
                  device.description().c_str(), omp_get_max_threads());
    out << line;
    std::snprintf(line, sizeof line, "%-16s %-42s %10s %12s %9s\n", "op", "shape", "GFLOP/s",
                  "reference", "speed-up");
    out << line;
    for (const bench::OpResult& r : results) {
        std::snprintf(line, sizeof line, "%-16s %-42s %10.1f %12.2f %8.0fx\n", r.op.c_str(),
                      r.shape.c_str(), r.gflops, r.reference_gflops, r.gflops / r.reference_gflops);
        out << line;
    }
    out << "\nGFLOP/s count a multiply-add as 2; the backward does two GEMMs' worth (weights and "
           "input).\nThe reference runs one image (or 64 rows) and sums in float64.\n";
    return 0;
}

int runTrain(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("bench train", args, {"--json", "--profile"},
                          {"--model", "--device", "--batch", "--steps", "--threads"});
    const std::string name = options.value("--model", "");
    if (name.empty())
        throw UsageError("bench train: say which model with --model (small or cifar-tf)");
    const cs::Device device = deviceOption(options);
    setThreads(options, omp_get_max_threads());
    const int batch =
        wholeNumberOption(options, "--batch", name == "small" ? 64 : 128, 1, io::limits::max_batch);
    const int steps = wholeNumberOption(options, "--steps", 20, 1, kMaxRepeats);

    const std::unique_ptr<bench::TrainSetup> setup = [&] {
        try {
            return std::make_unique<bench::TrainSetup>(name, device, batch);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("bench train: ") + e.what());
        }
    }();

    // Each step alternates with a run of bench ops' best GEMM, so both see the same load.
    const cs::StepAgainstPeak timed =
        cs::time_against_gemm_peak([&] { setup->step(); }, device, 3, steps);
    const double seconds = timed.step_seconds;
    const cs::GemmPeak& peak = timed.peak;
    const double examplesPerSecond = batch / seconds;
    const double gflops = setup->flops_per_step() / seconds / 1e9;
    const double rss = bench::peak_resident_megabytes();
    const std::optional<nn::StepProfile> profile =
        options.flag("--profile")
            ? std::optional(nn::profile_train_steps(setup->model, setup->loss, setup->optimizer,
                                                    setup->images, setup->labels, steps))
            : std::nullopt;

    if (options.flag("--json")) {
        nlohmann::json json{{"model", name},
                            {"device", device.id()},
                            {"batch", batch},
                            {"steps", steps},
                            {"threads", omp_get_max_threads()},
                            {"examples_per_second", examplesPerSecond},
                            {"ms_per_step", seconds * 1e3},
                            {"effective_gflops", gflops},
                            {"peak_rss_mb", rss},
                            {"gemm_peak_gflops", peak.gflops},
                            {"fraction_of_gemm_peak", gflops / peak.gflops},
                            {"final_loss", setup->mean_loss()}};
        if (profile)
            for (const nn::StepPhase& p : profile->phases)
                json["profile"].push_back({{"phase", p.name}, {"ms", p.ms}});
        out << json.dump() << "\n";
        return 0;
    }
    char line[256];
    std::snprintf(line, sizeof line,
                  "bench train %s on %s (%s), %d threads, batch %d, %d steps after 3 warm-up\n"
                  "  %.0f examples/s (median), %.2f ms/step, %.1f effective GFLOP/s, "
                  "peak RSS %.0f MB\n",
                  name.c_str(), device.id().c_str(), device.description().c_str(),
                  omp_get_max_threads(), batch, steps, examplesPerSecond, seconds * 1e3, gflops,
                  rss);
    out << line;
    std::snprintf(line, sizeof line,
                  "  %.1f effective GFLOP/s = %.0f %% of this machine's GEMM peak %.1f GFLOP/s "
                  "(bench ops' best GEMM, %dx%dx%d, same threads, alternating with the steps)\n",
                  gflops, 100.0 * gflops / peak.gflops, peak.gflops, peak.shape.M, peak.shape.N,
                  peak.shape.K);
    out << line;
    if (profile)
        out << "\n" << nn::format_step_profile(*profile);
    return 0;
}

// "1920x1080" → {1920, 1080}; throws UsageError unless both are whole numbers, OptionValueError
// for a side beyond max_extent or more pixels than max_image_pixels.
std::pair<int, int> imageSizeOption(const Options& options) {
    const std::string text = options.value("--size", "1920x1080");
    const auto cut = text.find_first_of("xX");
    if (cut == std::string::npos || text.find_first_not_of("0123456789") != cut ||
        text.find_first_not_of("0123456789", cut + 1) != std::string::npos || cut == 0 ||
        cut + 1 == text.size())
        throw UsageError("bench filter: --size wants WIDTHxHEIGHT, such as 1920x1080, not '" +
                         text + "'");
    const auto side = [&](const std::string& part) {
        try {
            return wholeNumberIn(options, "--size", part, 1,
                                 static_cast<int>(io::limits::max_extent));
        } catch (const OptionValueError&) {
            throw optionValueError(options, "--size",
                                   "WIDTHxHEIGHT with sides between 1 and " +
                                       std::to_string(io::limits::max_extent),
                                   text);
        }
    };
    const int width = side(text.substr(0, cut)), height = side(text.substr(cut + 1));
    if (std::int64_t{width} * height > io::limits::max_image_pixels)
        throw optionValueError(options, "--size",
                               "at most " + std::to_string(io::limits::max_image_pixels) +
                                   " pixels (16384x16384)",
                               text);
    return {width, height};
}

// cv::filter2D with OpenCV's border of the same name; filter2D has no BORDER_WRAP, so for wrap
// the image is extended by copyMakeBorder first (included in OpenCV's time).
void openCvFilter(const cv::Mat& image, cv::Mat& out, const cv::Mat& kernel,
                  cs::BorderMode border) {
    const cv::Point anchor(-1, -1);
    switch (border) {
    case cs::BorderMode::Zero:
        cv::filter2D(image, out, -1, kernel, anchor, 0, cv::BORDER_CONSTANT);
        return;
    case cs::BorderMode::Replicate:
        cv::filter2D(image, out, -1, kernel, anchor, 0, cv::BORDER_REPLICATE);
        return;
    case cs::BorderMode::Reflect:
        cv::filter2D(image, out, -1, kernel, anchor, 0, cv::BORDER_REFLECT_101);
        return;
    case cs::BorderMode::Wrap: {
        const int top = kernel.rows / 2, left = kernel.cols / 2;
        cv::Mat padded, filtered;
        cv::copyMakeBorder(image, padded, top, kernel.rows - 1 - top, left, kernel.cols - 1 - left,
                           cv::BORDER_WRAP);
        cv::filter2D(padded, filtered, -1, kernel, anchor, 0, cv::BORDER_CONSTANT);
        filtered(cv::Rect(left, top, image.cols, image.rows)).copyTo(out);
        return;
    }
    }
}

int runFilter(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("bench filter", args, {"--json"},
                          {"--size", "--kernel", "--border", "--device", "--threads", "--repeat"});
    const auto [width, height] = imageSizeOption(options);
    const int k = wholeNumberOption(options, "--kernel", 5, 1, cs::ops::kMaxFilterSize);
    const cs::BorderMode border = imageBorderOption(options);
    const cs::Device device = deviceOption(options);
    const int threads = setThreads(options, 2);
    const int repeats = wholeNumberOption(options, "--repeat", 11, 1, kMaxRepeats);
    cv::setNumThreads(threads);

    // The same values for both: an interleaved BGR image for OpenCV, planar RGB for ConvSight.
    cv::Mat image(height, width, CV_32FC3), kernel(k, k, CV_32F);
    cv::RNG rng(7);
    rng.fill(image, cv::RNG::UNIFORM, 0.0, 255.0);
    rng.fill(kernel, cv::RNG::UNIFORM, -1.0, 1.0);
    const cs::Tensor input = image::mat_to_tensor(image);
    const cs::Tensor weights = cs::Tensor::from(
        {k, k}, std::span<const float>(kernel.ptr<float>(), static_cast<std::size_t>(k) * k));

    // ConvSight and OpenCV alternate run by run, each filtering into an output it reuses. On a GPU
    // the filter alone is timed, and the copies there and back (the Filter workspace makes both
    // for each frame) apart; ConvSight's time is their sum.
    cv::Mat expected;
    const bench::FilterResult filter =
        bench::bench_filter(input, weights, border, device, repeats,
                            [&] { openCvFilter(image, expected, kernel, border); });
    const double convsight = (filter.compute_ms + filter.upload_ms + filter.download_ms) / 1e3;
    const double opencv = filter.peer_ms / 1e3;

    // The largest difference relative to the output's largest magnitude.
    const cv::Mat got = image::tensor_to_mat(filter.output, CV_32F);
    const double difference =
        cv::norm(got, expected, cv::NORM_INF) / std::max(cv::norm(expected, cv::NORM_INF), 1e-30);
    const double flops = 2.0 * k * k * 3.0 * width * height;
    const double ratio = convsight / opencv;

    if (options.flag("--json")) {
        QJsonObject json{{"size", QString("%1x%2").arg(width).arg(height)},
                         {"kernel", k},
                         {"border", cs::border_name(border)},
                         {"device", QString::fromStdString(device.id())},
                         {"threads", threads},
                         {"repeat", repeats},
                         {"convsight_ms", convsight * 1e3},
                         {"opencv_ms", opencv * 1e3},
                         {"ratio", ratio},
                         {"convsight_gflops", flops / convsight / 1e9},
                         {"opencv_gflops", flops / opencv / 1e9},
                         {"max_relative_difference", difference}};
        if (device.is_cuda()) { // the filter alone, and the copies there and back apart
            json.insert("frames_per_second", 1e3 / filter.compute_ms);
            json.insert("filter_ms", filter.compute_ms);
            json.insert("transfer_ms", filter.upload_ms + filter.download_ms);
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << "\n";
        return 0;
    }
    char line[256];
    std::snprintf(line, sizeof line,
                  "bench filter: %dx%d RGB float32, %dx%d kernel, border %s, %d threads, median "
                  "of %d runs\n",
                  width, height, k, k, cs::border_name(border), threads, repeats);
    out << line;
    std::snprintf(line, sizeof line, "  ConvSight filter2d on %-6s %9.2f ms %8.1f GFLOP/s\n",
                  device.id().c_str(), convsight * 1e3, flops / convsight / 1e9);
    out << line;
    if (device.is_cuda()) {
        std::snprintf(line, sizeof line,
                      "    the filter alone %.3f ms (%.0f frames/s); copies to the GPU %.2f ms "
                      "and back %.2f ms\n",
                      filter.compute_ms, 1e3 / filter.compute_ms, filter.upload_ms,
                      filter.download_ms);
        out << line;
    }
    std::snprintf(line, sizeof line, "  OpenCV %-6s filter2D      %9.2f ms %8.1f GFLOP/s\n",
                  image::open_cv_version().c_str(), opencv * 1e3, flops / opencv / 1e9);
    out << line;
    std::snprintf(line, sizeof line,
                  "  ratio %.3f (ConvSight's time / OpenCV's); outputs differ by at most %.1e of "
                  "the largest value\n",
                  ratio, difference);
    out << line;
    return 0;
}

double processCpuMilliseconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

int runInfer(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("bench infer", args, {"--json"},
                          {"--model", "--device", "--batch", "--repeat", "--threads"});
    const std::string name = options.value("--model", "");
    if (name.empty())
        throw UsageError("bench infer: say which network with --model (a .csmodel or .onnx file, "
                         "or a built-in model such as vgg16)");
    const cs::Device device = deviceOption(options);
    setThreads(options, omp_get_max_threads());
    const int batch = wholeNumberOption(options, "--batch", 1, 1, io::limits::max_batch);
    const int repeats = wholeNumberOption(options, "--repeat", 5, 1, kMaxRepeats);

    // A .csmodel, an .onnx file or a built-in model's name (seed 0).
    nn::Sequential model = onnx::load_any_model(name, /*allow_presets=*/true).model;
    if (model.input_shape().empty())
        throw std::runtime_error(name + ": the network does not say its input shape");
    model.to(device);
    model.eval();
    const double weightsMb = static_cast<double>(model.parameter_count()) * 4.0 / 1e6;

    std::mt19937 rng(5);
    cs::Shape shape{batch};
    shape.insert(shape.end(), model.input_shape().begin(), model.input_shape().end());
    const cs::Tensor input = bench::random_tensor(shape, rng, device);
    cs::Tensor output;
    const auto forward = [&] { output = model.infer(input); };
    forward(); // warm-up: first-touch of buffers, thread start-up
    cs::ops::synchronize(device);
    // Wall-clock ms, and the process's CPU ms (all threads): on a shared machine the second
    // shows the work done apart from the time spent waiting for a core.
    std::vector<double> times, cpuTimes;
    for (int i = 0; i < repeats; ++i) {
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        forward();
        cs::ops::synchronize(device);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        cpuTimes.push_back(processCpuMilliseconds() - cpuStart);
    }
    const double median = cs::median(times);
    const double cpuMedian = cs::median(cpuTimes);
    const double fastest = *std::min_element(times.begin(), times.end());
    const double rss = bench::peak_resident_megabytes();
    const double gflops = static_cast<double>(model.flops()) * batch / median / 1e6;
    const int threads = device.is_cpu() ? omp_get_max_threads() : 1;
    const cs::Shape outputShape = output.shape();

    if (options.flag("--json")) {
        QJsonArray shapeJson;
        for (const auto extent : outputShape)
            shapeJson.append(static_cast<qint64>(extent));
        QJsonObject json{{"model", QString::fromStdString(name)},
                         {"device", QString::fromStdString(device.id())},
                         {"batch", batch},
                         {"repeat", repeats},
                         {"threads", threads},
                         {"forward_ms", median},
                         {"min_ms", fastest},
                         {"forward_cpu_ms", cpuMedian},
                         {"effective_gflops", gflops},
                         {"parameters", static_cast<qint64>(model.parameter_count())},
                         {"weights_mb", weightsMb},
                         {"peak_rss_mb", rss},
                         {"output_shape", shapeJson}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << "\n";
        return 0;
    }
    char line[320];
    std::snprintf(line, sizeof line,
                  "bench infer %s on %s (%s), %d threads, batch %d, %d forwards after 1 warm-up\n"
                  "  forward %.1f ms (median), fastest %.1f ms, %.1f effective GFLOP/s; CPU time "
                  "%.1f ms\n"
                  "  peak RSS %.0f MB; weights %.0f MB (%lld parameters); output %s\n",
                  name.c_str(), device.id().c_str(), device.description().c_str(), threads, batch,
                  repeats, median, fastest, gflops, cpuMedian, rss, weightsMb,
                  static_cast<long long>(model.parameter_count()),
                  cs::shape_string(outputShape).c_str());
    out << line;
    return 0;
}

int runExplain(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("bench explain", args, {"--json"},
                          {"--model", "--patch", "--stride", "--repeat", "--device", "--threads"});
    const std::string name = options.value("--model", "");
    if (name.empty())
        throw UsageError("bench explain: --model FILE|PRESET is required");
    const cs::Device device = deviceOption(options);
    const int threads = setThreads(options, omp_get_max_threads());
    const int repeats = wholeNumberOption(options, "--repeat", 3, 1, kMaxRepeats);

    nn::Sequential model = onnx::load_any_model(name, /*allow_presets=*/true).model;
    if (model.input_shape().size() != 3)
        throw std::runtime_error(name + ": the explanations need an image input (C, H, W)");
    model.to(device);
    const cs::Shape& shape = model.input_shape();
    const int side = static_cast<int>(std::min(shape[1], shape[2]));
    const int patch = wholeNumberOption(options, "--patch", std::max(2, side / 7), 1, side);
    const int stride = wholeNumberOption(options, "--stride", std::max(1, patch / 2), 1, side);
    std::mt19937 rng(5);
    const cs::Tensor input = bench::random_tensor(shape, rng, cs::Device::cpu());
    const int cls = nn::class_scores(model, input).predicted;
    const int layer = nn::last_convolution(model);
    if (layer < 0)
        throw std::runtime_error(name + ": Grad-CAM needs a convolution, and this model has none");

    nn::VisualizeSettings visualize;
    visualize.layer = layer;
    nn::FilterVisualizer visualizer(model, visualize);
    const std::vector<std::pair<std::string, std::function<void()>>> methods{
        {"saliency", [&] { nn::saliency(model, input, cls); }},
        {"smoothgrad-25",
         [&] {
             nn::saliency(model, input, cls, {25, 0.15f, 1});
         }},
        {"gradcam", [&] { nn::grad_cam(model, input, cls, layer); }},
        {"occlusion",
         [&] {
             nn::occlusion(model, input, cls, {patch, stride, 0.0f, 64});
         }},
        {"visualize-step", [&] { visualizer.step(); }}};
    const int positions = nn::occlusion_positions(static_cast<int>(shape[1]), patch, stride) *
                          nn::occlusion_positions(static_cast<int>(shape[2]), patch, stride);
    QJsonObject times;
    std::string table;
    for (const auto& [method, run] : methods) {
        const double ms = bench::median_seconds(run, device, 1, repeats) * 1e3;
        times.insert(QString::fromStdString(method), ms);
        char line[96];
        std::snprintf(line, sizeof line, "  %-15s %10.1f ms\n", method.c_str(), ms);
        table += line;
    }
    if (options.flag("--json")) {
        QJsonObject json{{"model", QString::fromStdString(name)},
                         {"device", QString::fromStdString(device.id())},
                         {"threads", threads},
                         {"input", QString::fromStdString(cs::shape_string(shape))},
                         {"layer", QString::fromStdString(model.layer(layer).name())},
                         {"patch", patch},
                         {"stride", stride},
                         {"occlusion_positions", positions},
                         {"repeat", repeats},
                         {"ms", times}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << "\n";
        return 0;
    }
    char head[320];
    std::snprintf(head, sizeof head,
                  "bench explain %s on %s (%s), %d threads, input %s, median of %d after 1 "
                  "warm-up\n  Grad-CAM and the filter on %s; occlusion %d×%d patch, stride %d, "
                  "%d positions\n",
                  name.c_str(), device.id().c_str(), device.description().c_str(), threads,
                  cs::shape_string(shape).c_str(), repeats, model.layer(layer).name().c_str(),
                  patch, patch, stride, positions);
    out << head << table;
    return 0;
}

} // namespace

int runBench(const std::vector<std::string>& args, std::ostream& out) {
    if (args.empty())
        throw UsageError("bench: say what to measure: ops, train, filter, infer or explain");
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args.front() == "ops")
        return runOps(rest, out);
    if (args.front() == "train")
        return runTrain(rest, out);
    if (args.front() == "filter")
        return runFilter(rest, out);
    if (args.front() == "infer")
        return runInfer(rest, out);
    if (args.front() == "explain")
        return runExplain(rest, out);
    throw UsageError("bench: unknown benchmark '" + args.front() +
                     "' (ops, train, filter, infer or explain)");
}

} // namespace convsight::cli
