// Fault injection for tests (CONVSIGHT_CUDA_FAULT=alloc:N|launch:N, read once per process): counts
// device allocations and kernel launches and says when the one that is to fail has come.
#pragma once

#include "compute/Device.h"

namespace convsight::compute::cuda {

// Counts one device allocation (Kind::Alloc) or kernel launch (Kind::Launch); true when it is the
// Nth of the kind the rule names, which must then fail as a real one would.
bool injected_fault(CudaFault::Kind kind);
// " (injected by CONVSIGHT_CUDA_FAULT=alloc:3)", for the message of an injected failure.
std::string injected_fault_note();
// Replaces the rule (from the environment, or an earlier call) and counts from zero again.
void set_fault(const CudaFault& fault);

} // namespace convsight::compute::cuda
