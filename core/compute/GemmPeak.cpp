// The GEMM peak: ops::matmul on bench ops' shapes, the median of a few runs each.
#include "compute/GemmPeak.h"

#include "compute/Tensor.h"
#include "compute/Timing.h"
#include "compute/ops.h"

#include <algorithm>
#include <chrono>
#include <random>

namespace convsight::compute {

std::vector<GemmShape> bench_gemm_shapes() {
    return {{512, 512, 512}, {1024, 1024, 1024}, {64, 144, 1600}};
}

namespace {

// Wall-clock seconds of one run, the device synchronised.
double seconds_of(const std::function<void()>& run, Device device) {
    const auto start = std::chrono::steady_clock::now();
    run();
    ops::synchronize(device);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
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
    // GFLOP/s of the median of `repeats` products.
    double gflops(int repeats) const {
        std::vector<double> wall;
        for (int i = 0; i < std::max(repeats, 1); ++i)
            wall.push_back(seconds_of([&] { ops::matmul(a_, b_); }, device_));
        return 2.0 * shape_.M * shape_.N * shape_.K / median(std::move(wall)) / 1e9;
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
    std::vector<double> steps;
    std::vector<GemmPeak> peaks;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        steps.push_back(seconds_of(step, device));
        GemmPeak best;
        for (const GemmRun& gemm : gemms) {
            const double gflops = gemm.gflops(3);
            if (gflops > best.gflops)
                best = {gemm.shape(), gflops};
        }
        peaks.push_back(best);
    }
    std::nth_element(peaks.begin(), peaks.begin() + std::ptrdiff_t(peaks.size() / 2), peaks.end(),
                     [](const GemmPeak& a, const GemmPeak& b) { return a.gflops < b.gflops; });
    return {median(std::move(steps)), peaks[peaks.size() / 2]};
}

} // namespace convsight::compute
