// Conv2d: shape checks in the lecture's words, then ops::conv2d_forward/backward.
#include "nn/Conv2d.h"

#include <stdexcept>

namespace convsight::nn {
namespace {

Conv2dOptions checked(const Conv2dOptions& o) {
    const auto fail = [](const std::string& why) { throw std::invalid_argument("Conv2d: " + why); };
    if (o.in_channels < 1 || o.out_channels < 1)
        fail("the numbers of input and output channels must be at least 1");
    if (o.kernel_height < 1 || o.kernel_width < 1)
        fail("the filter must be at least 1×1");
    if (o.stride_y < 1 || o.stride_x < 1)
        fail("the stride must be at least 1");
    if (o.dilation_y < 1 || o.dilation_x < 1)
        fail("the dilation must be at least 1 (1 means no gaps between filter taps)");
    if (o.groups < 1)
        fail("groups must be at least 1");
    if (o.in_channels % o.groups != 0 || o.out_channels % o.groups != 0)
        fail(std::to_string(o.in_channels) + " input channels and " +
             std::to_string(o.out_channels) + " filters must both be divisible by groups (" +
             std::to_string(o.groups) + ")");
    const conv::Padding& p = o.padding.sides;
    if (o.padding.mode == conv::PaddingMode::Explicit &&
        (p.top < 0 || p.bottom < 0 || p.left < 0 || p.right < 0))
        fail("padding cannot be negative");
    return o;
}

Conv2dOptions square(int in_channels, int out_channels, int kernel, PaddingSpec padding,
                     int stride) {
    Conv2dOptions o;
    o.in_channels = in_channels;
    o.out_channels = out_channels;
    o.kernel_height = o.kernel_width = kernel;
    o.stride_y = o.stride_x = stride;
    o.padding = padding;
    return o;
}

} // namespace

std::string conv_groups_text(int groups, std::int64_t in_channels) {
    if (groups == 1)
        return {};
    return groups == in_channels ? ", depthwise" : ", groups " + std::to_string(groups);
}

Conv2d::Conv2d(const Conv2dOptions& options)
    : options_(checked(options))
    , weight_(add_parameter(
          "weight", Tensor::zeros({options.out_channels, options.in_channels / options.groups,
                                   options.kernel_height, options.kernel_width}))) {
    if (options.bias)
        bias_ = &add_parameter("bias", Tensor::zeros({options.out_channels}));
}

Conv2d::Conv2d(int in_channels, int out_channels, int kernel, PaddingSpec padding, int stride)
    : Conv2d(square(in_channels, out_channels, kernel, padding, stride)) {}

nlohmann::json Conv2d::config() const {
    const Conv2dOptions& o = options_;
    nlohmann::json config = {{"type", "conv2d"},
                             {"filters", o.out_channels},
                             {"kernel", json_pair(o.kernel_height, o.kernel_width)},
                             {"stride", json_pair(o.stride_y, o.stride_x)},
                             {"padding", o.padding.config()}};
    if (o.dilation_y != 1 || o.dilation_x != 1)
        config["dilation"] = json_pair(o.dilation_y, o.dilation_x);
    if (o.groups != 1)
        config["groups"] = o.groups;
    if (!o.bias)
        config["bias"] = false;
    return config;
}

std::string Conv2d::description() const {
    const Conv2dOptions& o = options_;
    std::string text = "Conv2d " + std::to_string(o.kernel_height) + "×" +
                       std::to_string(o.kernel_width) + ", " + std::to_string(o.in_channels) +
                       " → " + std::to_string(o.out_channels) + ", " + o.padding.description();
    if (o.stride_y != 1 || o.stride_x != 1)
        text += o.stride_y == o.stride_x
                    ? ", stride " + std::to_string(o.stride_y)
                    : ", stride " + std::to_string(o.stride_y) + "×" + std::to_string(o.stride_x);
    if (o.dilation_y != 1 || o.dilation_x != 1)
        text += o.dilation_y == o.dilation_x ? ", dilation " + std::to_string(o.dilation_y)
                                             : ", dilation " + std::to_string(o.dilation_y) + "×" +
                                                   std::to_string(o.dilation_x);
    text += conv_groups_text(o.groups, o.in_channels);
    if (!o.bias)
        text += ", no bias";
    return text;
}

conv::ConvGeometry Conv2d::geometry_for(const Shape& input) const {
    const WindowSpec filter{options_.kernel_height, options_.kernel_width, options_.stride_y,
                            options_.stride_x,      options_.dilation_y,   options_.dilation_x};
    return window_geometry(options_.padding, filter, static_cast<int>(input[2]),
                           static_cast<int>(input[3]));
}

Shape Conv2d::output_shape(const Shape& input) const {
    if (input.size() != 4)
        reject(
            "expects an (N, C, H, W) input, got " + shape_string(input) +
            (input.size() == 2 ? ": a convolution cannot follow a Flatten or a Dense layer" : ""));
    if (input[1] != options_.in_channels)
        reject("input has " + std::to_string(input[1]) + " channels, expected " +
               std::to_string(options_.in_channels));
    const conv::ConvGeometry geometry = geometry_for(input);
    if (const auto why = geometry.why_invalid())
        reject(*why);
    return {input[0], options_.out_channels, geometry.output_height(), geometry.output_width()};
}

compute::ops::Conv2dParams Conv2d::params_for(const Shape& input) const {
    compute::ops::Conv2dParams p;
    set_stride_and_padding(p, options_.stride_y, options_.stride_x, geometry_for(input).padding());
    p.dilation_y = options_.dilation_y;
    p.dilation_x = options_.dilation_x;
    p.groups = options_.groups;
    return p;
}

Tensor Conv2d::forward(const Tensor& x, bool /*training*/) {
    output_shape(x.shape());
    params_ = params_for(x.shape());
    input_ = x;
    return compute::ops::conv2d_forward(x, weight_.value, bias_ ? bias_->value : Tensor{}, params_);
}

Tensor Conv2d::backward(const Tensor& dy) {
    require_forward_done(input_.defined());
    compute::ops::Conv2dGrads g = compute::ops::conv2d_backward(
        dy, input_, weight_.value, bias_ != nullptr, params_, input_gradient_needed());
    weight_.grad = std::move(g.dw);
    if (bias_)
        bias_->grad = std::move(g.db);
    return g.dx;
}

std::int64_t Conv2d::flops(const Shape& input) const {
    const Shape out = output_shape(input);
    // Each output reads the C/groups channels of its group.
    const std::int64_t taps = std::int64_t{options_.in_channels / options_.groups} *
                              options_.kernel_height * options_.kernel_width;
    return 2 * compute::shape_numel(out) * taps;
}

void Conv2d::initialize(std::mt19937_64& rng, WeightInit init) {
    const std::int64_t area = std::int64_t{options_.kernel_height} * options_.kernel_width;
    // Fan-in and fan-out from the weight's shape (OC, C/groups, KH, KW), as PyTorch counts them:
    // a filter of a grouped convolution sums C/groups channels.
    const int in_per_group = options_.in_channels / options_.groups;
    const std::vector<float> values = initial_weights(init, weight_.numel(), in_per_group * area,
                                                      options_.out_channels * area, rng);
    weight_.value.copy_from(Tensor::from(weight_.value.shape(), values));
    if (bias_)
        bias_->value.fill(0.0f);
}

} // namespace convsight::nn
