// convsight-bench [--devices cpu,cuda] [--threads N] [--steps N] [--json]
//
// Runs bench ops, bench train (cifar-tf at batch 128 and 1024, small at 64) and bench filter (a
// 1920x1080 RGB float32 image, 5x5 kernel) on each device and prints them side by side, with the
// GPU targets of the first GPU run. Exits 3, saying why, when a device asked for is not there.
#include "bench/Benchmarks.h"
#include "compute/Device.h"
#include "compute/SystemInfo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <omp.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace cs = convsight::compute;
namespace bench = convsight::bench;

namespace {

constexpr const char* kUsage =
    "usage: convsight-bench [--devices cpu,cuda] [--threads N] [--steps N] [--json]\n"
    "  --devices LIST  the devices to measure, side by side (default cpu,cuda)\n"
    "  --threads N     CPU threads (default: all cores)\n"
    "  --steps N       timed training steps at batch 128 and 64, after as many warm-up steps up\n"
    "                  to 3 (default 20; batch 1024 takes a quarter)\n"
    "  --json          print one JSON object instead of the table\n";

// The targets of the first GPU run (an H100), checked on the cuda column.
constexpr double kCifarBatch1024Target = 150000; // examples/s
constexpr double kFilterTarget = 1000;           // frames/s, the transfer apart

struct Row {
    std::string figure;
    std::string unit;
    std::map<std::string, double> value; // by device id
};

int whole_number(const std::string& text, const char* option, int minimum, int maximum) {
    try {
        std::size_t used = 0;
        const long value = std::stol(text, &used);
        if (used == text.size() && value >= minimum && value <= maximum)
            return static_cast<int>(value);
    } catch (const std::exception&) {
    }
    throw std::invalid_argument(std::string(option) + " wants a whole number from " +
                                std::to_string(minimum) + " to " + std::to_string(maximum) +
                                ", not '" + text + "'");
}

std::vector<cs::Device> parse_devices(const std::string& list) {
    std::vector<cs::Device> devices;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        devices.push_back(cs::Device::parse(list.substr(start, comma - start)));
        start = comma + 1;
    }
    return devices;
}

std::string format(double value) {
    char text[32];
    if (value >= 1000)
        std::snprintf(text, sizeof text, "%.0f", value);
    else if (value >= 10)
        std::snprintf(text, sizeof text, "%.1f", value);
    else
        std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

} // namespace

int main(int argc, char** argv) {
    std::string device_list = "cpu,cuda";
    int threads = omp_get_max_threads();
    int steps = 20;
    bool json = false;
    std::vector<cs::Device> devices;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc)
                    throw std::invalid_argument(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--devices")
                device_list = value();
            else if (arg == "--threads")
                threads = whole_number(value(), "--threads", 1, 1024);
            else if (arg == "--steps")
                steps = whole_number(value(), "--steps", 1, 100000);
            else if (arg == "--json")
                json = true;
            else if (arg == "--help" || arg == "-h") {
                std::cout << kUsage;
                return 0;
            } else
                throw std::invalid_argument("unknown option '" + arg + "'");
        }
        if (device_list.find("cuda") != std::string::npos && !cs::Device::cuda_available()) {
            std::cerr << "convsight-bench: no CUDA GPU: " << cs::Device::cuda_unavailable_reason()
                      << "\n";
            return 3;
        }
        devices = parse_devices(device_list);
    } catch (const std::exception& e) {
        std::cerr << "convsight-bench: " << e.what() << "\n" << kUsage;
        return 2;
    }
    cs::set_cpu_threads(threads);

    std::vector<Row> rows;
    const auto row = [&](const std::string& figure, const std::string& unit) -> Row& {
        for (Row& r : rows)
            if (r.figure == figure)
                return r;
        rows.push_back({figure, unit, {}});
        return rows.back();
    };
    struct TrainCase {
        const char* model;
        int batch;
        int steps;
    };
    const std::vector<TrainCase> train_cases{
        {"cifar-tf", 128, steps}, {"cifar-tf", 1024, std::max(1, steps / 4)}, {"small", 64, steps}};

    // The filter's image and kernel, the same on every device.
    std::mt19937 rng(7);
    const cs::Tensor image = bench::random_tensor({3, 1080, 1920}, rng, cs::Device::cpu());
    const cs::Tensor kernel = bench::random_tensor({5, 5}, rng, cs::Device::cpu());
    std::map<std::string, cs::Tensor> filtered;

    try {
        for (const cs::Device& device : devices) {
            const std::string id = device.id();
            std::cerr << "measuring " << id << " (" << device.description() << ")...\n";
            for (const bench::OpResult& op : bench::bench_ops(device, false))
                row(op.op + " " + op.shape, "GFLOP/s").value[id] = op.gflops;
            for (const TrainCase& c : train_cases) {
                const bench::TrainResult r =
                    bench::bench_train(c.model, device, c.batch, c.steps, std::min(3, c.steps));
                row("train " + r.model + ", batch " + std::to_string(r.batch), "examples/s")
                    .value[id] = r.examples_per_second;
            }
            const bench::FilterResult f =
                bench::bench_filter(image, kernel, cs::BorderMode::Zero, device, 21);
            row("filter 1920x1080 RGB 5x5, the filter alone", "frames/s").value[id] =
                1e3 / f.compute_ms;
            if (device.is_cuda())
                row("filter: copy to the GPU + back", "ms").value[id] = f.upload_ms + f.download_ms;
            filtered[id] = f.output;
        }
    } catch (const std::exception& e) {
        std::cerr << "convsight-bench: " << e.what() << "\n";
        return 1;
    }

    // Every device's filter output against the first device's, relative to its largest value.
    const std::vector<float> first = filtered[devices.front().id()].to_vector();
    float largest = 0;
    for (const float v : first)
        largest = std::max(largest, std::fabs(v));
    for (const cs::Device& device : devices) {
        const std::vector<float> other = filtered[device.id()].to_vector();
        double worst = 0;
        for (std::size_t i = 0; i < first.size(); ++i)
            worst = std::max(worst, static_cast<double>(std::fabs(other[i] - first[i])));
        row("filter output vs " + devices.front().id() + ", largest difference / largest value", "")
            .value[device.id()] = worst / std::max(largest, 1e-30f);
    }

    // The targets, on each GPU column.
    std::vector<std::string> verdicts;
    for (const cs::Device& device : devices) {
        if (!device.is_cuda())
            continue;
        const double cifar = row("train cifar-tf, batch 1024", "").value[device.id()];
        const double fps = row("filter 1920x1080 RGB 5x5, the filter alone", "").value[device.id()];
        char text[256];
        std::snprintf(text, sizeof text,
                      "%s: cifar-tf batch 1024 %s examples/s (target >= %s: %s); filter %s "
                      "frames/s (target >= %s: %s)",
                      device.id().c_str(), format(cifar).c_str(),
                      format(kCifarBatch1024Target).c_str(),
                      cifar >= kCifarBatch1024Target ? "met" : "NOT met", format(fps).c_str(),
                      format(kFilterTarget).c_str(), fps >= kFilterTarget ? "met" : "NOT met");
        verdicts.push_back(text);
    }

    if (json) {
        nlohmann::json out;
        out["threads"] = threads;
        for (const cs::Device& device : devices)
            out["devices"][device.id()] = device.description();
        for (const Row& r : rows)
            out["rows"].push_back({{"figure", r.figure}, {"unit", r.unit}, {"values", r.value}});
        out["targets"] = verdicts;
        std::cout << out.dump() << "\n";
        return 0;
    }
    std::printf("convsight-bench, %d CPU threads\n", threads);
    for (const cs::Device& device : devices)
        std::printf("  %-7s %s\n", device.id().c_str(), device.description().c_str());
    std::printf("\n%-72s %-11s", "figure", "unit");
    for (const cs::Device& device : devices)
        std::printf(" %12s", device.id().c_str());
    if (devices.size() == 2)
        std::printf(" %10s", (devices[1].id() + "/" + devices[0].id()).c_str());
    std::printf("\n");
    for (const Row& r : rows) {
        std::printf("%-72s %-11s", r.figure.c_str(), r.unit.c_str());
        for (const cs::Device& device : devices) {
            const auto found = r.value.find(device.id());
            std::printf(" %12s", found == r.value.end() ? "-" : format(found->second).c_str());
        }
        if (devices.size() == 2 && !r.unit.empty() && r.unit != "ms") {
            const auto a = r.value.find(devices[0].id()), b = r.value.find(devices[1].id());
            if (a != r.value.end() && b != r.value.end() && a->second > 0)
                std::printf(" %9.1fx", b->second / a->second);
        }
        std::printf("\n");
    }
    for (const std::string& verdict : verdicts)
        std::printf("\ntarget %s", verdict.c_str());
    std::printf("\n");
    return 0;
}
