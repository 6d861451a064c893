#include "bench/Benchmarks.h"

#include "compute/GemmPeak.h"
#include "compute/Timing.h"
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "nn/Models.h"
#include "nn/Training.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

namespace convsight::bench {
namespace cs = convsight::compute;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// One conv2d layer of a built-in model, at a given batch.
struct ConvCase {
    const char* name;
    int N, C, H, W, OC, K, pad;
};

std::string conv_shape(const ConvCase& c) {
    char text[128];
    std::snprintf(text, sizeof text, "%s: N=%d %dx%dx%d -> %d, %dx%d", c.name, c.N, c.C, c.H, c.W,
                  c.OC, c.K, c.K);
    return text;
}

} // namespace

double median_seconds(const std::function<void()>& run, cs::Device device, int warmup,
                      int repeats) {
    for (int i = 0; i < warmup; ++i)
        run();
    cs::ops::synchronize(device);
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        run();
        cs::ops::synchronize(device);
        times.push_back(seconds_since(start));
    }
    return cs::median(std::move(times));
}

cs::Tensor random_tensor(const cs::Shape& shape, std::mt19937& rng, cs::Device device) {
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> values(static_cast<std::size_t>(cs::shape_numel(shape)));
    for (float& v : values)
        v = normal(rng);
    return cs::Tensor::from(shape, values, device);
}

double peak_resident_megabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

std::vector<OpResult> bench_ops(cs::Device device, bool with_reference) {
    std::mt19937 rng(7);
    std::vector<OpResult> results;
    const int repeats = 7;

    for (const cs::GemmShape g : cs::bench_gemm_shapes()) {
        const cs::Tensor a = random_tensor({g.M, g.K}, rng, device);
        const cs::Tensor b = random_tensor({g.K, g.N}, rng, device);
        const double flops = 2.0 * g.M * g.N * g.K;
        const double t = median_seconds([&] { cs::ops::matmul(a, b); }, device, 2, repeats);
        double reference = 0;
        if (with_reference) {
            // The reference on a slice of rows: its speed per FLOP does not depend on M.
            const int rows = std::min(g.M, 64);
            const std::vector<float> ha = a.to_vector(), hb = b.to_vector();
            std::vector<float> hc(static_cast<std::size_t>(rows) * g.N);
            const double tr = median_seconds(
                [&] {
                    cs::reference::gemm(false, false, rows, g.N, g.K, 1.0f, ha.data(), g.K,
                                        hb.data(), g.N, 0.0f, hc.data(), g.N);
                },
                cs::Device::cpu(), 0, 3);
            reference = 2.0 * rows * g.N * g.K / tr / 1e9;
        }
        results.push_back(
            {"gemm", std::to_string(g.M) + "x" + std::to_string(g.N) + "x" + std::to_string(g.K),
             flops / t / 1e9, reference});
    }

    for (const ConvCase c : {ConvCase{"cifar-tf conv1", 128, 3, 24, 24, 64, 5, 2},
                             ConvCase{"cifar-tf conv2", 128, 64, 12, 12, 64, 5, 2},
                             ConvCase{"small conv2", 64, 16, 14, 14, 32, 3, 1}}) {
        const cs::Tensor x = random_tensor({c.N, c.C, c.H, c.W}, rng, device);
        const cs::Tensor w = random_tensor({c.OC, c.C, c.K, c.K}, rng, device);
        const cs::Tensor b = random_tensor({c.OC}, rng, device);
        const cs::ops::Conv2dParams p{1, 1, c.pad, c.pad, c.pad, c.pad, 1, 1};
        const cs::ConvDims d = cs::ops::conv2d_dims(x.shape(), w.shape(), p);
        const double macs = double(d.N) * d.OC * d.OH * d.OW * d.C * d.KH * d.KW;
        const cs::Tensor y = cs::ops::conv2d_forward(x, w, b, p);
        const double tf =
            median_seconds([&] { cs::ops::conv2d_forward(x, w, b, p); }, device, 2, repeats);
        // Backward: the weight gradient and the input gradient, two GEMMs' worth.
        const double tb = median_seconds([&] { cs::ops::conv2d_backward(y, x, w, true, p, true); },
                                         device, 2, repeats);

        double reference_forward = 0, reference_backward = 0;
        if (with_reference) {
            // The reference on one image.
            cs::ConvDims one = d;
            one.N = 1;
            const std::vector<float> hx = x.batch(0, 1).to_vector(), hw = w.to_vector(),
                                     hb = b.to_vector(), hy = y.batch(0, 1).to_vector();
            std::vector<float> out(hy.size()), dx(hx.size()), dw(hw.size()), db(hb.size());
            const double one_macs = macs / d.N;
            reference_forward = 2 * one_macs /
                                median_seconds(
                                    [&] {
                                        cs::reference::conv2d_forward(out.data(), hx.data(),
                                                                      hw.data(), hb.data(), one);
                                    },
                                    cs::Device::cpu(), 0, 1) /
                                1e9;
            reference_backward =
                4 * one_macs /
                median_seconds(
                    [&] {
                        cs::reference::conv2d_backward(dx.data(), dw.data(), db.data(), hy.data(),
                                                       hx.data(), hw.data(), one);
                    },
                    cs::Device::cpu(), 0, 1) /
                1e9;
        }
        results.push_back(
            {"conv2d_forward", conv_shape(c), 2 * macs / tf / 1e9, reference_forward});
        results.push_back(
            {"conv2d_backward", conv_shape(c), 4 * macs / tb / 1e9, reference_backward});
    }
    return results;
}

nlohmann::json to_json(const std::vector<OpResult>& results) {
    nlohmann::json rows = nlohmann::json::array();
    for (const OpResult& r : results)
        rows.push_back({{"op", r.op},
                        {"shape", r.shape},
                        {"gflops", r.gflops},
                        {"reference_gflops", r.reference_gflops}});
    return rows;
}

namespace {

// The model on its device in training mode, before an optimizer takes its parameters.
nn::Sequential training_model(const std::string& name, cs::Device device) {
    nn::Sequential model = nn::make_model(name, 1);
    model.to(device);
    model.train();
    return model;
}

} // namespace

TrainSetup::TrainSetup(const std::string& name, cs::Device device_, int batch)
    : device(device_)
    , model(training_model(name, device_))
    , optimizer(model.parameters(), nn::SGDOptions{0.01f, 0.0f, 0.0f}) {
    loss.set_deferred(true); // no read back each step on a GPU
    std::mt19937 rng(3);
    cs::Shape shape{batch};
    shape.insert(shape.end(), model.input_shape().begin(), model.input_shape().end());
    images = random_tensor(shape, rng, device);
    const auto classes = static_cast<int>(model.output_shape().back());
    std::vector<float> label_values(static_cast<std::size_t>(batch));
    for (float& label : label_values)
        label = static_cast<float>(std::uniform_int_distribution<int>(0, classes - 1)(rng));
    labels = cs::Tensor::from({batch}, label_values, device);
}

void TrainSetup::step() {
    nn::train_step(model, loss, optimizer, images, labels);
}

double TrainSetup::flops_per_step() const {
    return 3.0 * static_cast<double>(model.flops()) * static_cast<double>(images.dim(0));
}

double TrainSetup::mean_loss() const {
    if (!device.is_cuda())
        return static_cast<double>(loss.loss());
    const auto classes = static_cast<int>(model.output_shape().back());
    return cs::ops::loss_figures(loss.stats().to_vector(), classes).loss_sum /
           static_cast<double>(images.dim(0));
}

TrainResult bench_train(const std::string& name, cs::Device device, int batch, int steps,
                        int warmup) {
    TrainSetup setup(name, device, batch);
    const double seconds = median_seconds([&] { setup.step(); }, device, warmup, steps);
    TrainResult result;
    result.model = name;
    result.batch = batch;
    result.steps = steps;
    result.examples_per_second = batch / seconds;
    result.ms_per_step = seconds * 1e3;
    result.effective_gflops = setup.flops_per_step() / seconds / 1e9;
    result.final_loss = setup.mean_loss();
    return result;
}

nlohmann::json to_json(const TrainResult& r) {
    return {{"model", r.model},
            {"batch", r.batch},
            {"steps", r.steps},
            {"examples_per_second", r.examples_per_second},
            {"ms_per_step", r.ms_per_step},
            {"effective_gflops", r.effective_gflops},
            {"final_loss", r.final_loss}};
}

FilterResult bench_filter(const cs::Tensor& image, const cs::Tensor& kernel, cs::BorderMode border,
                          cs::Device device, int repeats, const std::function<void()>& peer) {
    const cs::Tensor on_device = image.to(device);
    const cs::Tensor kernel_on_device = kernel.to(device);
    cs::Tensor filtered;
    const auto filter = [&] {
        cs::ops::filter2d_into(filtered, on_device, kernel_on_device, border);
    };
    FilterResult result;
    if (peer) {
        const cs::AlternatingTimes times =
            cs::alternating_medians(filter, device, peer, cs::Device::cpu(), 2, repeats);
        result.compute_ms = 1e3 * times.first;
        result.peer_ms = 1e3 * times.second;
    } else {
        result.compute_ms = 1e3 * median_seconds(filter, device, 2, repeats);
    }
    if (device.is_cuda()) {
        cs::Tensor uploaded(image.shape(), device), downloaded(image.shape(), cs::Device::cpu());
        const cs::AlternatingTimes copies =
            cs::alternating_medians([&] { uploaded.copy_from(image); }, device,
                                    [&] { downloaded.copy_from(filtered); }, device, 1, repeats);
        result.upload_ms = 1e3 * copies.first;
        result.download_ms = 1e3 * copies.second;
    }
    const double k = static_cast<double>(kernel.numel());
    result.gflops = 2.0 * k * static_cast<double>(image.numel()) / (result.compute_ms * 1e-3) / 1e9;
    result.output = filtered.to(cs::Device::cpu());
    return result;
}

} // namespace convsight::bench
