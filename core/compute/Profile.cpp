// Phase totals behind a mutex: add() runs once per phase and task (a few hundred times a step).
#include "compute/Profile.h"

#include "compute/ops.h"

#include <mutex>
#include <omp.h>

namespace convsight::compute::profile {

namespace detail {
std::atomic<bool> enabled{false};
} // namespace detail

namespace {

struct Totals {
    std::mutex mutex;
    std::string context;
    std::vector<std::pair<std::string, double>> phases;
};

Totals& state() {
    static Totals instance;
    return instance;
}

} // namespace

void set_enabled(bool on) {
    detail::enabled.store(on, std::memory_order_relaxed);
}

void add(const char* name, double seconds) {
    Totals& s = state();
    std::lock_guard lock(s.mutex);
    std::string key = s.context.empty() ? std::string(name) : s.context + "/" + name;
    for (auto& [phase, total] : s.phases)
        if (phase == key) {
            total += seconds;
            return;
        }
    s.phases.emplace_back(std::move(key), seconds);
}

void set_context(std::string context) {
    Totals& s = state();
    std::lock_guard lock(s.mutex);
    s.context = std::move(context);
}

std::vector<std::pair<std::string, double>> totals() {
    Totals& s = state();
    std::lock_guard lock(s.mutex);
    return s.phases;
}

void reset() {
    Totals& s = state();
    std::lock_guard lock(s.mutex);
    s.phases.clear();
}

void timed(const std::string& name, Device device, const std::function<void()>& work) {
    set_context(name);
    const auto start = std::chrono::steady_clock::now();
    work();
    ops::synchronize(device);
    set_context({});
    add(name.c_str(),
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

void Scope::finish() {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    add(name_, seconds / omp_get_num_threads());
}

} // namespace convsight::compute::profile
