// Fault injection for tests: the rule from CONVSIGHT_CUDA_FAULT and the counts of allocations and
// launches so far, shared by every thread of the process.
#include "compute/cuda/fault.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace convsight::compute::cuda {
namespace {

struct FaultState {
    std::mutex mutex;
    CudaFault fault;
    long long allocations = 0;
    long long launches = 0;
    // Mirrors fault.kind, so that launches and allocations cost one load when no rule is set.
    std::atomic<int> kind{0};
};

FaultState& fault_state() {
    // Deliberately never destroyed: tensors held by static objects release after main() returns.
    static FaultState* const state = [] {
        auto* s = new FaultState();
        if (const char* spec = std::getenv("CONVSIGHT_CUDA_FAULT")) {
            try {
                s->fault = parse_cuda_fault(spec);
            } catch (const std::invalid_argument& e) {
                std::fprintf(stderr, "convsight: %s; no fault is injected\n", e.what());
            }
        }
        s->kind = static_cast<int>(s->fault.kind);
        return s;
    }();
    return *state;
}

} // namespace

bool injected_fault(CudaFault::Kind kind) {
    FaultState& s = fault_state();
    if (s.kind.load(std::memory_order_relaxed) != static_cast<int>(kind))
        return false;
    const std::lock_guard<std::mutex> lock(s.mutex);
    if (s.fault.kind != kind)
        return false;
    long long& count = kind == CudaFault::Kind::Alloc ? s.allocations : s.launches;
    return ++count == s.fault.nth;
}

std::string injected_fault_note() {
    FaultState& s = fault_state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    const char* kind = s.fault.kind == CudaFault::Kind::Alloc ? "alloc" : "launch";
    return std::string(" (injected by CONVSIGHT_CUDA_FAULT=") + kind + ":" +
           std::to_string(s.fault.nth) + ")";
}

void set_fault(const CudaFault& fault) {
    FaultState& s = fault_state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    s.fault = fault;
    s.allocations = 0;
    s.launches = 0;
    s.kind = static_cast<int>(fault.kind);
}

} // namespace convsight::compute::cuda
