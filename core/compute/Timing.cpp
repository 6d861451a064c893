#include "compute/Timing.h"

#include "compute/ops.h"

#include <algorithm>
#include <chrono>

namespace convsight::compute {

double median(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t half = values.size() / 2;
    return values.size() % 2 ? values[half] : (values[half - 1] + values[half]) / 2;
}

AlternatingTimes alternating_medians(const std::function<void()>& first, Device first_device,
                                     const std::function<void()>& second, Device second_device,
                                     int warmup, int repeats) {
    using Clock = std::chrono::steady_clock;
    const auto timed = [](const std::function<void()>& run, Device device) {
        const auto start = Clock::now();
        run();
        ops::synchronize(device);
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    for (int i = 0; i < warmup; ++i) {
        timed(first, first_device);
        timed(second, second_device);
    }
    std::vector<double> a, b;
    for (int i = 0; i < repeats; ++i) {
        a.push_back(timed(first, first_device));
        b.push_back(timed(second, second_device));
    }
    return {median(std::move(a)), median(std::move(b))};
}

} // namespace convsight::compute
