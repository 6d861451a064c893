// The per-device state every op runs with: one stream, one cuBLAS handle bound to it and a
// grow-only scratch buffer (im2col columns, indices, partial sums), created on a device's first
// use.
#pragma once

#include "compute/cuda/memory.h"

#include <cstddef>
#include <cublas_v2.h>
#include <cuda_runtime.h>
#include <mutex>

namespace convsight::compute::cuda {

// A non-blocking CUDA stream, destroyed with its owner.
class Stream {
public:
    explicit Stream(const char* op);
    ~Stream();
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;
    cudaStream_t get() const { return stream_; }

private:
    cudaStream_t stream_{};
};

// A cuBLAS handle whose work goes on `stream`, in exact FP32 (no TF32).
class CublasHandle {
public:
    CublasHandle(cudaStream_t stream, const char* op);
    ~CublasHandle();
    CublasHandle(const CublasHandle&) = delete;
    CublasHandle& operator=(const CublasHandle&) = delete;
    cublasHandle_t get() const { return handle_; }

private:
    cublasHandle_t handle_{};
};

// Makes `device` current for this thread while it lives, then restores the previous one.
class DeviceGuard {
public:
    DeviceGuard(int device, const char* op);
    ~DeviceGuard();
    DeviceGuard(const DeviceGuard&) = delete;
    DeviceGuard& operator=(const DeviceGuard&) = delete;

private:
    int previous_{};
    bool changed_{};
};

struct DeviceContext {
    explicit DeviceContext(int device_index);

    const int device;
    Stream stream;
    CublasHandle cublas;
    DeviceBuffer scratch;
    // Held while an op enqueues its work: ops from several threads share the scratch buffer, and
    // stream order alone would let one op's kernels overwrite another's columns.
    std::mutex mutex;
};

// The context of `device`, created on first use (never at static initialisation); never destroyed,
// because tensors held by static objects may still release memory after main() returns. `op`
// names the caller in errors (no such device, no driver).
DeviceContext& device_context(int device, const char* op);
// The device use_device() last selected on this thread (0 before any call).
int current_device();

// One op's hold on the current device's context: its stream, its cuBLAS handle, its scratch, and
// its name for error messages. Ops on one device enqueue one at a time.
class OpScope {
public:
    explicit OpScope(const char* op);
    OpScope(const OpScope&) = delete;
    OpScope& operator=(const OpScope&) = delete;

    const char* name() const { return op_; }
    int device() const { return context_.device; }
    cudaStream_t stream() const { return context_.stream.get(); }
    cublasHandle_t cublas() const { return context_.cublas.get(); }

    // At least `bytes` of device memory with undefined contents, valid until the scope ends or
    // the next scratch() call (which may move it).
    void* scratch(std::size_t bytes);
    template <class T>
    T* scratch_as(std::size_t count) {
        return static_cast<T*>(scratch(count * sizeof(T)));
    }

private:
    const char* op_;
    DeviceContext& context_;
    std::lock_guard<std::mutex> lock_;
};

} // namespace convsight::compute::cuda
