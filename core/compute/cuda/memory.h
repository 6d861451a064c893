// Raw device memory for the backend's own buffers (the scratch buffer): one place that calls
// cudaMalloc, gives back the tensor cache when the GPU is full, and says "the GPU ran out of
// memory" plainly.
#pragma once

#include <cstddef>

namespace convsight::compute::cuda {

// cudaMalloc on the current device; on failure frees the cached tensor blocks and tries once more,
// then throws a DeviceError "the GPU ran out of memory in <op>: needed N MiB, M MiB free ...".
// Counts as an allocation for CONVSIGHT_CUDA_FAULT=alloc:N.
void* device_malloc(std::size_t bytes, int device, const char* op);
// cudaFree that never throws (for destructors).
void device_free(void* pointer) noexcept;

// An owned device allocation: freed by its destructor, moved but never copied.
class DeviceBuffer {
public:
    DeviceBuffer() = default;
    DeviceBuffer(std::size_t bytes, int device, const char* op)
        : data_(device_malloc(bytes, device, op))
        , bytes_(bytes) {}
    ~DeviceBuffer() { device_free(data_); }
    DeviceBuffer(DeviceBuffer&& other) noexcept
        : data_(other.data_)
        , bytes_(other.bytes_) {
        other.data_ = nullptr;
        other.bytes_ = 0;
    }
    DeviceBuffer& operator=(DeviceBuffer&& other) noexcept {
        if (this != &other) {
            device_free(data_);
            data_ = other.data_;
            bytes_ = other.bytes_;
            other.data_ = nullptr;
            other.bytes_ = 0;
        }
        return *this;
    }
    DeviceBuffer(const DeviceBuffer&) = delete;
    DeviceBuffer& operator=(const DeviceBuffer&) = delete;

    void* data() const { return data_; }
    std::size_t bytes() const { return bytes_; }

private:
    void* data_{};
    std::size_t bytes_{};
};

} // namespace convsight::compute::cuda
