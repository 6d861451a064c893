// Tensor storage on the CPU (64-byte aligned, cached) or a CUDA device (through the backend).
#include "compute/Tensor.h"

#include "compute/HostAllocator.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#if defined(CONVSIGHT_HAVE_CUDA)
#include "compute/cuda/cuda_ops.h"
#endif

namespace convsight::compute {
namespace {

// Names a tensor's allocation after the Tensor function that makes it ("the GPU ran out of
// memory in Tensor::to: ..."), unless an op or a caller has named it already (AllocatingFor):
// the outer name, which says more, wins.
class TensorAllocation {
public:
    explicit TensorAllocation(const char* what) {
#if defined(CONVSIGHT_HAVE_CUDA)
        previous_ = cuda::allocating_for(what);
        if (previous_)
            cuda::allocating_for(previous_);
#else
        (void)what;
#endif
    }
    ~TensorAllocation() {
#if defined(CONVSIGHT_HAVE_CUDA)
        cuda::allocating_for(previous_);
#endif
    }
    TensorAllocation(const TensorAllocation&) = delete;
    TensorAllocation& operator=(const TensorAllocation&) = delete;

private:
    [[maybe_unused]] const char* previous_ = nullptr;
};

} // namespace

// Owns one allocation on one device; freed (returned to its cache) with the last Tensor using it.
class Storage {
public:
    Storage(std::size_t count, Device device)
        : device_(device)
        , bytes_(count * sizeof(float)) {
        if (device.is_cpu()) {
            data_ = static_cast<float*>(host_allocate(bytes_));
        } else {
#if defined(CONVSIGHT_HAVE_CUDA)
            data_ = static_cast<float*>(cuda::allocate(bytes_, device.index()));
#else
            throw std::runtime_error("this build has no CUDA backend");
#endif
        }
    }
    ~Storage() {
        if (device_.is_cpu()) {
            host_release(data_, bytes_);
        } else {
#if defined(CONVSIGHT_HAVE_CUDA)
            cuda::release(data_, bytes_, device_.index());
#endif
        }
    }
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;

    float* data() const {
        return data_;
    }
    Device device() const {
        return device_;
    }

private:
    Device device_;
    std::size_t bytes_;
    float* data_{};
};

namespace {

// Copies `count` floats between any two devices.
void copy_floats(float* dst, Device dst_device, const float* src, Device src_device,
                 std::int64_t count) {
    const std::size_t bytes = static_cast<std::size_t>(count) * sizeof(float);
    if (bytes == 0)
        return;
    if (dst_device.is_cpu() && src_device.is_cpu()) {
        std::memcpy(dst, src, bytes);
        return;
    }
#if defined(CONVSIGHT_HAVE_CUDA)
    if (dst_device.is_cpu())
        cuda::copy_to_host(dst, src, bytes, src_device.index());
    else if (src_device.is_cpu())
        cuda::copy_to_device(dst, src, bytes, dst_device.index());
    else if (dst_device == src_device)
        cuda::copy_on_device(dst, src, bytes, dst_device.index());
    else {
        // Between two GPUs, through the host: rare (only when a user moves a model).
        std::vector<float> staging(static_cast<std::size_t>(count));
        cuda::copy_to_host(staging.data(), src, bytes, src_device.index());
        cuda::copy_to_device(dst, staging.data(), bytes, dst_device.index());
    }
#else
    throw std::runtime_error("this build has no CUDA backend");
#endif
}

} // namespace

std::string shape_string(const Shape& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + ")";
}

std::int64_t shape_numel(const Shape& shape) {
    std::int64_t count = 1;
    for (const std::int64_t d : shape)
        count *= d;
    return count;
}

Tensor::Tensor(Shape shape, Device device)
    : shape_(std::move(shape)) {
    if (shape_.empty())
        throw std::invalid_argument("a tensor needs at least one dimension");
    for (const std::int64_t d : shape_)
        if (d <= 0)
            throw std::invalid_argument("tensor shape " + compute::shape_string(shape_) +
                                        " has a dimension of size " + std::to_string(d) +
                                        "; every dimension must be at least 1");
    numel_ = shape_numel(shape_);
    const TensorAllocation allocation("Tensor");
    storage_ = std::make_shared<Storage>(static_cast<std::size_t>(numel_), device);
}

Tensor Tensor::zeros(Shape shape, Device device) {
    const TensorAllocation allocation("Tensor::zeros");
    return full(std::move(shape), 0.0f, device);
}

Tensor Tensor::full(Shape shape, float value, Device device) {
    const TensorAllocation allocation("Tensor::full");
    Tensor t(std::move(shape), device);
    t.fill(value);
    return t;
}

Tensor Tensor::from(Shape shape, std::span<const float> values, Device device) {
    if (static_cast<std::int64_t>(values.size()) != shape_numel(shape))
        throw std::invalid_argument("tensor shape " + compute::shape_string(shape) + " holds " +
                                    std::to_string(shape_numel(shape)) + " values, not " +
                                    std::to_string(values.size()));
    const TensorAllocation allocation("Tensor::from");
    Tensor t(std::move(shape), device);
    copy_floats(t.data(), device, values.data(), Device::cpu(), t.numel());
    return t;
}

Tensor Tensor::from(Shape shape, std::initializer_list<float> values, Device device) {
    return from(std::move(shape), std::span<const float>(values.begin(), values.size()), device);
}

std::int64_t Tensor::dim(int i) const {
    const int r = rank();
    const int index = i < 0 ? r + i : i;
    if (index < 0 || index >= r)
        throw std::out_of_range("dimension " + std::to_string(i) + " of a tensor of shape " +
                                shape_string());
    return shape_[static_cast<std::size_t>(index)];
}

Shape Tensor::strides() const {
    Shape result(shape_.size(), 1);
    for (int i = rank() - 2; i >= 0; --i)
        result[static_cast<std::size_t>(i)] =
            result[static_cast<std::size_t>(i) + 1] * shape_[static_cast<std::size_t>(i) + 1];
    return result;
}

Device Tensor::device() const {
    return storage_ ? storage_->device() : Device::cpu();
}

float* Tensor::data() {
    if (!storage_)
        throw std::logic_error("data() of an undefined tensor");
    return storage_->data() + offset_;
}

const float* Tensor::data() const {
    return const_cast<Tensor*>(this)->data();
}

Tensor Tensor::to(Device device) const {
    if (!defined() || device == this->device())
        return *this;
    const TensorAllocation allocation("Tensor::to");
    Tensor t(shape_, device);
    copy_floats(t.data(), device, data(), this->device(), numel_);
    return t;
}

std::vector<float> Tensor::to_vector() const {
    std::vector<float> values(static_cast<std::size_t>(numel_));
    if (defined())
        copy_floats(values.data(), Device::cpu(), data(), device(), numel_);
    return values;
}

Tensor Tensor::clone() const {
    if (!defined())
        return {};
    const TensorAllocation allocation("Tensor::clone");
    Tensor t(shape_, device());
    copy_floats(t.data(), t.device(), data(), device(), numel_);
    return t;
}

void Tensor::copy_from(const Tensor& source) {
    if (source.numel() != numel_)
        throw std::invalid_argument("cannot copy a tensor of shape " + source.shape_string() +
                                    " into one of shape " + shape_string());
    copy_floats(data(), device(), source.data(), source.device(), numel_);
}

void Tensor::fill(float value) {
    if (device().is_cpu()) {
        std::fill_n(data(), numel_, value);
        return;
    }
#if defined(CONVSIGHT_HAVE_CUDA)
    cuda::fill(data(), value, static_cast<std::size_t>(numel_), device().index());
#endif
}

Tensor Tensor::view(Shape shape) const {
    // A product of two negative sizes can match the count: check each dimension first.
    const bool positive =
        std::all_of(shape.begin(), shape.end(), [](std::int64_t d) { return d > 0; });
    if (shape.empty() || !positive || shape_numel(shape) != numel_)
        throw std::invalid_argument("cannot view a tensor of shape " + shape_string() + " (" +
                                    std::to_string(numel_) + " values) as " +
                                    compute::shape_string(shape));
    Tensor t = *this;
    t.shape_ = std::move(shape);
    return t;
}

Tensor Tensor::batch(std::int64_t start, std::int64_t count) const {
    if (rank() == 0 || start < 0 || count < 1 || start + count > shape_[0])
        throw std::out_of_range("rows [" + std::to_string(start) + ", " +
                                std::to_string(start + count) + ") of a tensor of shape " +
                                shape_string());
    Tensor t = *this;
    t.shape_[0] = count;
    t.numel_ = shape_numel(t.shape_);
    t.offset_ = offset_ + start * (numel_ / shape_[0]);
    return t;
}

} // namespace convsight::compute
