// The GEMM peak: ops::matmul on bench ops' shapes, the median of a few runs each.
#include "compute/GemmPeak.h"

#include "compute/Tensor.h"
#include "compute/ops.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <random>

namespace convsight::compute {

std::vector<GemmShape> bench_gemm_shapes() {
    return {{512, 512, 512}, {1024, 1024, 1024}, {64, 144, 1600}};
}

namespace {

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

// The process's CPU time (every thread's), which time other programs take does not count in.
double cpu_now() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

struct Seconds {
    double wall, cpu;
};

Seconds seconds_of(const std::function<void()>& run, Device device) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_now();
    run();
    ops::synchronize(device);
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
            cpu_now() - cpu_start};
}

// One shape's operands, random, on the device; gflops() times `repeats` products.
class GemmRun {
public:
    GemmRun(GemmShape shape, Device device)
        : shape_(shape)
        , device_(device) {
        std::mt19937 rng(7);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        const auto random = [&](int rows, int cols) {
            std::vector<float> values(std::size_t(rows) * std::size_t(cols));
            for (float& v : values)
                v = normal(rng);
            return Tensor::from({rows, cols}, values, device);
        };
        a_ = random(shape.M, shape.K);
        b_ = random(shape.K, shape.N);
    }
    double gflops(int repeats) const { return measure(repeats).wall; }
    // GFLOP/s by wall time and per CPU-second (the medians of `repeats` products).
    Seconds measure(int repeats) const {
        std::vector<double> wall, cpu;
        for (int i = 0; i < std::max(repeats, 1); ++i) {
            const Seconds s = seconds_of([&] { ops::matmul(a_, b_); }, device_);
            wall.push_back(s.wall);
            cpu.push_back(s.cpu);
        }
        const double flops = 2.0 * shape_.M * shape_.N * shape_.K;
        return {flops / median(wall) / 1e9, flops / median(cpu) / 1e9};
    }
    GemmShape shape() const { return shape_; }

private:
    GemmShape shape_;
    Device device_;
    Tensor a_, b_;
};

} // namespace

GemmPeak measure_gemm_peak(Device device, int repeats) {
    GemmPeak best;
    for (const GemmShape& g : bench_gemm_shapes()) {
        const GemmRun run(g, device);
        run.gflops(2); // warm-up
        const double gflops = run.gflops(repeats);
        if (gflops > best.gflops)
            best = {g, gflops};
    }
    return best;
}

StepAgainstPeak time_against_gemm_peak(const std::function<void()>& step, Device device, int warmup,
                                       int rounds) {
    std::vector<GemmRun> gemms;
    for (const GemmShape& g : bench_gemm_shapes()) {
        gemms.emplace_back(g, device);
        gemms.back().gflops(2); // warm-up
    }
    for (int i = 0; i < warmup; ++i)
        step();
    ops::synchronize(device);
    // Each round: one step, then every shape (the median of 3 runs each), keeping the best.
    std::vector<double> steps, step_cpu, peak_cpu;
    std::vector<GemmPeak> peaks;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        const Seconds s = seconds_of(step, device);
        steps.push_back(s.wall);
        step_cpu.push_back(s.cpu);
        GemmPeak best;
        double best_cpu = 0.0;
        for (const GemmRun& gemm : gemms) {
            const Seconds g = gemm.measure(3); // GFLOP/s, not seconds
            if (g.wall > best.gflops)
                best = {gemm.shape(), g.wall};
            best_cpu = std::max(best_cpu, g.cpu);
        }
        peaks.push_back(best);
        peak_cpu.push_back(best_cpu);
    }
    std::nth_element(peaks.begin(), peaks.begin() + std::ptrdiff_t(peaks.size() / 2), peaks.end(),
                     [](const GemmPeak& a, const GemmPeak& b) { return a.gflops < b.gflops; });
    return {median(steps), peaks[peaks.size() / 2], median(step_cpu), median(peak_cpu)};
}

} // namespace convsight::compute
