// Timing two pieces of work against each other on a shared, noisy machine: the runs alternate
// (a, b, a, b, …) so that a burst of load from elsewhere slows both alike, and each side's median
// is taken, not its mean.
#pragma once

#include "compute/Device.h"

#include <functional>
#include <vector>

namespace convsight::compute {

// The median of `values` (the mean of the middle two for an even count); 0 for none.
double median(std::vector<double> values);

struct AlternatingTimes {
    double first{};  // median seconds of one run of `first`
    double second{}; // median seconds of one run of `second`
};

// Runs first and second alternately: `warmup` untimed rounds, then `repeats` timed ones. Each run
// is followed by ops::synchronize on its device, so a GPU side is timed to its end.
AlternatingTimes alternating_medians(const std::function<void()>& first, Device first_device,
                                     const std::function<void()>& second, Device second_device,
                                     int warmup, int repeats);

} // namespace convsight::compute
