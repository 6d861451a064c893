// Max and average pooling: window checks in words, then ops::maxpool2d/avgpool2d.
#include "nn/Pool2d.h"

#include <stdexcept>

namespace convsight::nn {
namespace {

Pool2dOptions resolved(compute::PoolKind kind, const Pool2dOptions& options) {
    Pool2dOptions o = options;
    if (o.stride_y == 0)
        o.stride_y = o.window_y;
    if (o.stride_x == 0)
        o.stride_x = o.window_x;
    const auto fail = [](const std::string& why) { throw std::invalid_argument("Pool2d: " + why); };
    if (o.window_y < 1 || o.window_x < 1)
        fail("the window must be at least 1×1");
    if (o.stride_y < 1 || o.stride_x < 1)
        fail("the stride must be at least 1 (or 0 for the window's size)");
    const conv::Padding& p = o.padding.sides;
    if (o.padding.mode == conv::PaddingMode::Explicit &&
        (p.top < 0 || p.bottom < 0 || p.left < 0 || p.right < 0))
        fail("padding cannot be negative");
    if (kind == compute::PoolKind::Max && o.count_include_pad)
        fail("count_include_pad is for average pooling; padding never wins a max");
    return o;
}

std::string size_text(int y, int x) {
    return std::to_string(y) + "×" + std::to_string(x);
}

} // namespace

Pool2d::Pool2d(compute::PoolKind kind, const Pool2dOptions& options)
    : pool_kind_(kind)
    , options_(resolved(kind, options)) {}

nlohmann::json Pool2d::config() const {
    const Pool2dOptions& o = options_;
    nlohmann::json config = {{"type", pool_kind_ == compute::PoolKind::Max ? "maxpool" : "avgpool"},
                             {"size", json_pair(o.window_y, o.window_x)},
                             {"stride", json_pair(o.stride_y, o.stride_x)},
                             {"padding", o.padding.config()}};
    if (o.count_include_pad)
        config["count_include_pad"] = true;
    return config;
}

std::string Pool2d::kind() const {
    return pool_kind_ == compute::PoolKind::Max ? "MaxPool2d" : "AvgPool2d";
}

std::string Pool2d::name_prefix() const {
    return pool_kind_ == compute::PoolKind::Max ? "maxpool" : "avgpool";
}

std::string Pool2d::description() const {
    const Pool2dOptions& o = options_;
    std::string text = kind() + " " + size_text(o.window_y, o.window_x);
    if (o.stride_y != o.window_y || o.stride_x != o.window_x)
        text += ", stride " + (o.stride_y == o.stride_x ? std::to_string(o.stride_y)
                                                        : size_text(o.stride_y, o.stride_x));
    text += ", " + o.padding.description();
    if (o.count_include_pad)
        text += ", padding counted as zeros";
    return text;
}

conv::ConvGeometry Pool2d::geometry_for(const Shape& input) const {
    const WindowSpec window{options_.window_y, options_.window_x, options_.stride_y,
                            options_.stride_x};
    return window_geometry(options_.padding, window, static_cast<int>(input[2]),
                           static_cast<int>(input[3]));
}

Shape Pool2d::output_shape(const Shape& input) const {
    if (input.size() != 4)
        reject("expects an (N, C, H, W) input, got " + shape_string(input));
    const conv::ConvGeometry geometry = geometry_for(input);
    const conv::Padding pad = geometry.padding();
    if (pad.top >= options_.window_y || pad.bottom >= options_.window_y ||
        pad.left >= options_.window_x || pad.right >= options_.window_x)
        reject("padding as wide as the window would give windows that see only padding; use "
               "less padding than the window size");
    const std::int64_t padded_height = input[2] + pad.top + pad.bottom;
    const std::int64_t padded_width = input[3] + pad.left + pad.right;
    if (padded_height < options_.window_y || padded_width < options_.window_x) {
        const bool padded = pad.top + pad.bottom + pad.left + pad.right > 0;
        reject("the " + size_text(options_.window_y, options_.window_x) +
               " window does not fit in the " + (padded ? "padded " : "") +
               std::to_string(padded_height) + "×" + std::to_string(padded_width) +
               " input: use a smaller window, or SAME padding");
    }
    return {input[0], input[1], geometry.output_height(), geometry.output_width()};
}

compute::ops::Pool2dParams Pool2d::params_for(const Shape& input) const {
    compute::ops::Pool2dParams p;
    p.window_y = options_.window_y;
    p.window_x = options_.window_x;
    set_stride_and_padding(p, options_.stride_y, options_.stride_x, geometry_for(input).padding());
    p.count_include_pad = options_.count_include_pad;
    return p;
}

// Max pooling keeps the argmax (the size of its output) rather than the input: the backward
// sends each gradient there without searching the windows again.
Tensor Pool2d::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    params_ = params_for(x.shape());
    input_shape_ = x.shape();
    if (pool_kind_ == compute::PoolKind::Average) {
        input_ = x;
        return compute::ops::avgpool2d_forward(x, params_);
    }
    compute::ops::MaxPool2dResult result = compute::ops::maxpool2d_forward_with_argmax(x, params_);
    argmax_ = std::move(result.argmax);
    return std::move(result.y);
}

Tensor Pool2d::backward(const Tensor& dy) {
    require_forward_done(!input_shape_.empty());
    if (!input_gradient_needed())
        return {};
    return pool_kind_ == compute::PoolKind::Max
               ? compute::ops::maxpool2d_backward(dy, argmax_, input_shape_, params_)
               : compute::ops::avgpool2d_backward(dy, input_, params_);
}

} // namespace convsight::nn
