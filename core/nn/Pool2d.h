// Max and average pooling over KH×KW windows of an (N, C, H, W) input, with stride and VALID,
// SAME (TensorFlow's rule) or explicit padding; output (N, C, OH, OW). No parameters.
#pragma once

#include "compute/ops.h"
#include "nn/Layer.h"
#include "nn/PaddingSpec.h"

namespace convsight::nn {

struct Pool2dOptions {
    int window_y{2}, window_x{2};
    int stride_y{0}, stride_x{0}; // 0: the window's size (non-overlapping windows)
    PaddingSpec padding{};
    // Average pooling only: divide by the whole window, the padding counted as zeros (ONNX's
    // count_include_pad, PyTorch's default), instead of by the window's pixels in the image.
    bool count_include_pad{false};
};

class Pool2d : public Layer {
public:
    std::string kind() const override;
    std::string description() const override;
    std::string name_prefix() const override;
    nlohmann::json config() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;

    const Pool2dOptions& options() const { return options_; } // strides resolved
    compute::PoolKind pool_kind() const { return pool_kind_; }

protected:
    // Throws std::invalid_argument for a window or stride below 1, negative padding, or
    // count_include_pad on max pooling.
    Pool2d(compute::PoolKind kind, const Pool2dOptions& options);

private:
    // The window's geometry over the (N, C, H, W) input's H×W.
    conv::ConvGeometry geometry_for(const Shape& input) const;
    compute::ops::Pool2dParams params_for(const Shape& input) const;
    void forget_forward() override {
        input_ = {};
        argmax_ = {};
        input_shape_.clear();
    }

    compute::PoolKind pool_kind_;
    Pool2dOptions options_;
    Shape input_shape_; // (N, C, H, W) of the last forward
    Tensor input_;      // the last forward's input (average pooling)
    Tensor argmax_;     // where each window's maximum was in the last forward (max pooling)
    compute::ops::Pool2dParams params_{};
};

// The largest value of each window (padding never wins).
class MaxPool2d final : public Pool2d {
public:
    explicit MaxPool2d(const Pool2dOptions& options)
        : Pool2d(compute::PoolKind::Max, options) {}
    // A square window; stride 0 means the window's size: MaxPool2d(3, 2, PaddingSpec::same()).
    explicit MaxPool2d(int window, int stride = 0, PaddingSpec padding = {})
        : Pool2d(compute::PoolKind::Max, {window, window, stride, stride, padding}) {}
};

// The mean of each window's pixels inside the image (padding is not counted), or with
// count_include_pad their sum over the whole window's size.
class AvgPool2d final : public Pool2d {
public:
    explicit AvgPool2d(const Pool2dOptions& options)
        : Pool2d(compute::PoolKind::Average, options) {}
    explicit AvgPool2d(int window, int stride = 0, PaddingSpec padding = {})
        : Pool2d(compute::PoolKind::Average, {window, window, stride, stride, padding}) {}
};

} // namespace convsight::nn
