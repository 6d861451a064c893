// Phase timing for profiling a training step: scoped timers that cost one branch when profiling is
// off (the default). The compute code marks its phases (im2col, GEMM, col2im, bias, ...), the nn
// layer sets the context (the layer's name and direction), and the totals are read and reset by
// whoever profiles (nn::profile_train_steps, `convsight-cli bench train --profile`).
#pragma once

#include "compute/Device.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace convsight::compute::profile {

namespace detail {
extern std::atomic<bool> enabled;
} // namespace detail

inline bool enabled() {
    return detail::enabled.load(std::memory_order_relaxed);
}
void set_enabled(bool on);

// Adds `seconds` to phase `name` under the current context ("conv1 forward/im2col"). Thread-safe.
void add(const char* name, double seconds);
// The context later add() calls are filed under (e.g. "conv1 forward"); empty for none. Set it
// from the thread that calls the ops, outside parallel regions.
void set_context(std::string context);
// Every phase's total seconds since the last reset, in the order first seen.
std::vector<std::pair<std::string, double>> totals();
void reset();

// Runs `work` as the context and phase `name` ("conv1 forward"): the ops' own phases inside it are
// filed under it, and its wall time, to the end of the work on `device`, is added to it.
void timed(const std::string& name, Device device, const std::function<void()>& work);

// Times its own lifetime as phase `name`. Inside an OpenMP team each thread times its own share
// and adds seconds / team size, so that the phases of a parallel loop add up to its wall time.
class Scope {
public:
    explicit Scope(const char* name)
        : name_(enabled() ? name : nullptr) {
        if (name_)
            start_ = std::chrono::steady_clock::now();
    }
    ~Scope() {
        if (name_)
            finish();
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    void finish();
    const char* name_;
    std::chrono::steady_clock::time_point start_;
};

} // namespace convsight::compute::profile
