// The GEMM peak: ops::matmul on bench ops' shapes, the median of a few runs each.
#include "compute/GemmPeak.h"

#include "compute/Tensor.h"
#include "compute/ops.h"

#include <algorithm>
#include <chrono>
#include <random>

namespace convsight::compute {

std::vector<GemmShape> bench_gemm_shapes() {
    return {{512, 512, 512}, {1024, 1024, 1024}, {64, 144, 1600}};
}

GemmPeak measure_gemm_peak(Device device, int repeats) {
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const auto random = [&](int rows, int cols) {
        std::vector<float> values(std::size_t(rows) * std::size_t(cols));
        for (float& v : values)
            v = normal(rng);
        return Tensor::from({rows, cols}, values, device);
    };
    GemmPeak best;
    for (const GemmShape& g : bench_gemm_shapes()) {
        const Tensor a = random(g.M, g.K), b = random(g.K, g.N);
        for (int i = 0; i < 2; ++i)
            ops::matmul(a, b);
        ops::synchronize(device);
        std::vector<double> times;
        for (int i = 0; i < std::max(repeats, 1); ++i) {
            const auto start = std::chrono::steady_clock::now();
            ops::matmul(a, b);
            ops::synchronize(device);
            times.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::nth_element(times.begin(), times.begin() + std::ptrdiff_t(times.size() / 2),
                         times.end());
        const double gflops = 2.0 * g.M * g.N * g.K / times[times.size() / 2] / 1e9;
        if (gflops > best.gflops)
            best = {g, gflops};
    }
    return best;
}

} // namespace convsight::compute
