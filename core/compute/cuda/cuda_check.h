// Status checks for the CUDA runtime, kernel launches and cuBLAS: a failure becomes a DeviceError
// naming the op, the call, the file and line, and what CUDA said. Never exit().
#pragma once

#include "compute/Device.h"
#include "compute/cuda/cublas_api.h"
#include "compute/cuda/fault.h"

#include <cublas_v2.h>
#include <cuda_runtime.h>
#include <stdexcept>
#include <string>

namespace convsight::compute::cuda {

// Errors that break the whole GPU context and are reported by whichever call comes next.
inline bool is_sticky_error(cudaError_t status) {
    return status == cudaErrorIllegalAddress || status == cudaErrorLaunchFailure ||
           status == cudaErrorMisalignedAddress || status == cudaErrorIllegalInstruction ||
           status == cudaErrorHardwareStackError || status == cudaErrorAssert;
}

// `note` follows CUDA's words (an injected fault says so there).
[[noreturn]] inline void throw_cuda_error(cudaError_t status, const char* op, const char* call,
                                          const char* file, int line,
                                          const std::string& note = std::string()) {
    std::string message = std::string(op) + ": " + call + " failed at " + file + ":" +
                          std::to_string(line) + ": " + cudaGetErrorString(status) + " (" +
                          cudaGetErrorName(status) + ")" + note;
    if (is_sticky_error(status))
        message += "; the GPU context is unusable now, and the fault may come from an earlier "
                   "kernel: rerun with CUDA_LAUNCH_BLOCKING=1 to find it, or go on on the CPU";
    throw DeviceError(op, message);
}

inline void check_cuda(cudaError_t status, const char* op, const char* call, const char* file,
                       int line) {
    if (status != cudaSuccess)
        throw_cuda_error(status, op, call, file, line);
}

inline void check_cublas(cublasStatus_t status, const char* op, const char* call, const char* file,
                         int line) {
    if (status != CUBLAS_STATUS_SUCCESS)
        throw DeviceError(op, std::string(op) + ": " + call + " failed at " + file + ":" +
                                  std::to_string(line) + ": " + cublas().status_string(status) +
                                  " (" + cublas().status_name(status) + ")");
}

// After a kernel launch: a bad configuration, or the launch CONVSIGHT_CUDA_FAULT=launch:N names,
// which fails as a launch failure would.
inline void check_launch(const char* op, const char* call, const char* file, int line) {
    const cudaError_t status = cudaGetLastError();
    if (status == cudaSuccess && injected_fault(CudaFault::Kind::Launch))
        throw_cuda_error(cudaErrorLaunchFailure, op, call, file, line, injected_fault_note());
    check_cuda(status, op, call, file, line);
}

} // namespace convsight::compute::cuda

// CS_CUDA_CHECK(op, cudaMemcpyAsync(...)): throws naming `op` unless the call returned cudaSuccess.
#define CS_CUDA_CHECK(op, call)                                                                    \
    ::convsight::compute::cuda::check_cuda((call), (op), #call, __FILE__, __LINE__)
// CS_CUBLAS_CHECK(op, cublasSgemm(...)): the same for cuBLAS statuses.
#define CS_CUBLAS_CHECK(op, call)                                                                  \
    ::convsight::compute::cuda::check_cublas((call), (op), #call, __FILE__, __LINE__)
// After `kernel<<<...>>>(...)`: catches a bad launch configuration at once (faults inside the
// kernel surface at the next synchronising call).
#define CS_CUDA_CHECK_LAUNCH(op, kernel)                                                           \
    ::convsight::compute::cuda::check_launch((op), "launch of " #kernel, __FILE__, __LINE__)
