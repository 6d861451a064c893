// Tensor: float32 values in row-major (NCHW for images) contiguous layout, on one Device.
// A Tensor is a handle: copies share storage (like a view); clone() copies the values.
#pragma once

#include "compute/Device.h"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace convsight::compute {

using Shape = std::vector<std::int64_t>;

// "(128, 3, 24, 24)"
std::string shape_string(const Shape& shape);
std::int64_t shape_numel(const Shape& shape);

class Storage;

class Tensor {
public:
    Tensor() = default; // undefined: no shape, no storage
    // Uninitialised values. Throws std::invalid_argument for a negative or zero-size dimension.
    explicit Tensor(Shape shape, Device device = Device::cpu());

    static Tensor zeros(Shape shape, Device device = Device::cpu());
    static Tensor full(Shape shape, float value, Device device = Device::cpu());
    // Throws std::invalid_argument when values.size() differs from the shape's element count.
    static Tensor from(Shape shape, std::span<const float> values, Device device = Device::cpu());
    static Tensor from(Shape shape, std::initializer_list<float> values,
                       Device device = Device::cpu());

    bool defined() const { return storage_ != nullptr; }
    const Shape& shape() const { return shape_; }
    int rank() const { return static_cast<int>(shape_.size()); }
    // Size of dimension i; negative i counts from the end.
    std::int64_t dim(int i) const;
    std::int64_t numel() const { return numel_; }
    // Row-major strides in elements.
    Shape strides() const;
    Device device() const;

    // Host pointer for CPU tensors, device pointer for CUDA tensors.
    float* data();
    const float* data() const;

    // A copy on `device` (this same tensor when it already lives there).
    Tensor to(Device device) const;
    std::vector<float> to_vector() const;
    Tensor clone() const;
    // Copies the values of `source` (same element count, any device) into this tensor.
    void copy_from(const Tensor& source);
    void fill(float value);

    // The same values seen with another shape of the same element count (shares storage).
    Tensor view(Shape shape) const;
    // Rows [start, start + count) of dimension 0 (shares storage).
    Tensor batch(std::int64_t start, std::int64_t count) const;

    std::string shape_string() const { return compute::shape_string(shape_); }

private:
    std::shared_ptr<Storage> storage_;
    std::int64_t offset_{}; // in elements, for batch views
    Shape shape_;
    std::int64_t numel_{};
};

} // namespace convsight::compute
