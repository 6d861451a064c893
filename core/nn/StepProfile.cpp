// profile_train_steps: train_step's four moves, layer by layer, under compute::profile.
#include "nn/StepProfile.h"

#include "compute/Profile.h"
#include "compute/Timing.h"
#include "compute/ops.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace convsight::nn {
namespace {

namespace profile = compute::profile;
using Clock = std::chrono::steady_clock;
using compute::median;

// One step as train_step() takes it; returns its seconds. Sequential times each layer's pass as a
// phase (compute::profile is on), and the loss and the optimizer are timed here.
double profiled_step(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                     const Tensor& images, const Tensor& labels) {
    const Device device = images.device();
    const auto step_start = Clock::now();
    const Tensor logits = model.forward_logits(images, /*training=*/true);
    Tensor gradient;
    profile::timed("loss forward", device, [&] { loss.forward(logits, labels); });
    profile::timed("loss backward", device, [&] { gradient = loss.backward(); });
    model.backward(gradient);
    profile::timed("optimizer", device, [&] { optimizer.step(); });
    return std::chrono::duration<double>(Clock::now() - step_start).count();
}

} // namespace

StepProfile profile_train_steps(Sequential& model, SoftmaxCrossEntropy& loss, Optimizer& optimizer,
                                const Tensor& images, const Tensor& labels, int steps, int warmup) {
    const bool was_enabled = profile::enabled();
    profile::set_enabled(true);
    for (int i = 0; i < warmup; ++i)
        profiled_step(model, loss, optimizer, images, labels);
    std::vector<std::string> order;
    std::map<std::string, std::vector<double>> samples;
    std::vector<double> step_seconds;
    for (int s = 0; s < std::max(steps, 1); ++s) {
        profile::reset();
        step_seconds.push_back(profiled_step(model, loss, optimizer, images, labels));
        for (const auto& [name, seconds] : profile::totals()) {
            auto& list = samples[name];
            if (list.empty())
                order.push_back(name);
            list.push_back(seconds);
        }
    }
    profile::reset();
    profile::set_enabled(was_enabled);

    StepProfile result;
    result.steps = std::max(steps, 1);
    result.step_ms = median(step_seconds) * 1e3;
    // Layers in the order they ran (their parts come first, as they finish first), each followed
    // by its parts; a part's name is "context/part".
    std::vector<std::string> top;
    for (const std::string& name : order)
        if (name.find('/') == std::string::npos)
            top.push_back(name);
    for (const std::string& name : order)
        if (const auto slash = name.find('/');
            slash != std::string::npos &&
            std::find(top.begin(), top.end(), name.substr(0, slash)) == top.end())
            top.push_back(name.substr(0, slash)); // a context timed in parts only
    for (const std::string& parent : top) {
        const auto found = samples.find(parent);
        const double ms = found == samples.end() ? 0.0 : median(found->second) * 1e3;
        result.phases.push_back({parent, ms, 0});
        for (const std::string& name : order)
            if (name.size() > parent.size() && name.compare(0, parent.size(), parent) == 0 &&
                name[parent.size()] == '/')
                result.phases.push_back({name, median(samples[name]) * 1e3, 1});
    }
    return result;
}

std::string format_step_profile(const StepProfile& profile) {
    std::string text;
    char line[160];
    std::snprintf(line, sizeof line, "time per step by phase (median of %d steps: %.2f ms)\n",
                  profile.steps, profile.step_ms);
    text += line;
    double listed = 0.0;
    for (const StepPhase& p : profile.phases) {
        if (p.depth > 0 && p.ms < 0.005 && p.name.ends_with("/allocation"))
            continue; // allocations served from the cache
        const std::string label =
            p.depth == 0 ? p.name : "    " + p.name.substr(p.name.find('/') + 1);
        std::snprintf(line, sizeof line, "  %-34s %9.2f ms %6.1f %%\n", label.c_str(), p.ms,
                      profile.step_ms > 0 ? 100.0 * p.ms / profile.step_ms : 0.0);
        text += line;
        if (p.depth == 0)
            listed += p.ms;
    }
    std::snprintf(line, sizeof line, "  %-34s %9.2f ms %6.1f %%\n", "(rest of the step)",
                  profile.step_ms - listed,
                  profile.step_ms > 0 ? 100.0 * (profile.step_ms - listed) / profile.step_ms : 0.0);
    text += line;
    return text;
}

} // namespace convsight::nn
