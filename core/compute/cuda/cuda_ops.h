// The CUDA backend: own kernels for everything but GEMM, which is cuBLAS. Pointers are device
// memory; every launch and library call is checked (cuda_check.h) and throws naming the op.
#pragma once

#include "compute/shared/dims.h"

#include <cstddef>
#include <cstdint>

namespace convsight::compute::cuda {
#include "compute/shared/backend_api.inc"

// Device memory for tensors (cached: freed blocks are reused, not returned to the driver).
void* allocate(std::size_t bytes, int device);
void release(void* pointer, std::size_t bytes, int device);
// Names the op whose tensors this thread allocates next (nullptr: none), so that running out of
// memory names it; returns the name it replaces.
const char* allocating_for(const char* op);
void copy_to_device(void* dst, const void* src, std::size_t bytes, int device);
void copy_to_host(void* dst, const void* src, std::size_t bytes, int device);
// copy_to_host calls so far (every device, this process).
std::uint64_t device_to_host_copies();
void copy_on_device(void* dst, const void* src, std::size_t bytes, int device);
void fill(float* dst, float value, std::size_t n, int device);
// Makes `device` current for the ops that follow on this thread.
void use_device(int device);
// Waits for the GPU to finish what was queued (benchmarks time with it).
void synchronize(int device);
} // namespace convsight::compute::cuda
