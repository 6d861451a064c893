// LocallyConnected2d: shape checks, then the plain loops (forward, backward) on the CPU; a CUDA
// input is brought to the CPU and its result sent back.
#include "nn/LocallyConnected2d.h"

#include "nn/PaddingSpec.h"

#include <algorithm>
#include <stdexcept>

namespace convsight::nn {
namespace {

LocallyConnected2dOptions checked(const LocallyConnected2dOptions& o) {
    const auto fail = [](const std::string& why) {
        throw std::invalid_argument("LocallyConnected2d: " + why);
    };
    if (o.in_channels < 1 || o.in_height < 1 || o.in_width < 1 || o.filters < 1)
        fail("the input size and the number of filters must be at least 1");
    if (o.kernel_height < 1 || o.kernel_width < 1)
        fail("the window must be at least 1×1");
    if (o.stride_y < 1 || o.stride_x < 1)
        fail("the stride must be at least 1");
    return o;
}

conv::ConvGeometry geometry_of(const LocallyConnected2dOptions& o) {
    WindowSpec window;
    window.height = o.kernel_height;
    window.width = o.kernel_width;
    window.stride_y = o.stride_y;
    window.stride_x = o.stride_x;
    return window_geometry(PaddingSpec::valid(), window, o.in_height, o.in_width);
}

// The output size, or the reason the window does not fit.
std::pair<int, int> output_size(const LocallyConnected2dOptions& o) {
    const conv::ConvGeometry geometry = geometry_of(o);
    if (const auto why = geometry.why_invalid())
        throw std::invalid_argument("LocallyConnected2d: " + *why);
    return {geometry.output_height(), geometry.output_width()};
}

std::string size_text(int y, int x) {
    return std::to_string(y) + "×" + std::to_string(x);
}

} // namespace

void locally_connected2d_forward(float* y, const float* x, const float* w, const float* b, int n,
                                 const LocallyConnected2dOptions& o, int oh, int ow) {
    const int C = o.in_channels, H = o.in_height, W = o.in_width, K = o.filters;
    const int KH = o.kernel_height, KW = o.kernel_width;
    const std::int64_t window = std::int64_t{C} * KH * KW;
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < K; ++k)
            for (int oy = 0; oy < oh; ++oy)
                for (int ox = 0; ox < ow; ++ox) {
                    // This position's own filter k: w[oy, ox, k, :, :, :].
                    const float* filter = w + ((std::int64_t{oy} * ow + ox) * K + k) * window;
                    float sum = b ? b[(std::int64_t{k} * oh + oy) * ow + ox] : 0.0f;
                    for (int c = 0; c < C; ++c)
                        for (int m = 0; m < KH; ++m)
                            for (int q = 0; q < KW; ++q)
                                sum += x[((std::int64_t{i} * C + c) * H + oy * o.stride_y + m) * W +
                                         ox * o.stride_x + q] *
                                       filter[(c * KH + m) * KW + q];
                    y[((std::int64_t{i} * K + k) * oh + oy) * ow + ox] = sum;
                }
}

void locally_connected2d_backward(float* dx, float* dw, float* db, const float* dy, const float* x,
                                  const float* w, int n, const LocallyConnected2dOptions& o, int oh,
                                  int ow) {
    const int C = o.in_channels, H = o.in_height, W = o.in_width, K = o.filters;
    const int KH = o.kernel_height, KW = o.kernel_width;
    const std::int64_t window = std::int64_t{C} * KH * KW;
    std::fill(dw, dw + std::int64_t{oh} * ow * K * window, 0.0f);
    if (db)
        std::fill(db, db + std::int64_t{K} * oh * ow, 0.0f);
    if (dx)
        std::fill(dx, dx + std::int64_t{n} * C * H * W, 0.0f);
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < K; ++k)
            for (int oy = 0; oy < oh; ++oy)
                for (int ox = 0; ox < ow; ++ox) {
                    const float g = dy[((std::int64_t{i} * K + k) * oh + oy) * ow + ox];
                    const std::int64_t offset = ((std::int64_t{oy} * ow + ox) * K + k) * window;
                    if (db)
                        db[(std::int64_t{k} * oh + oy) * ow + ox] += g;
                    for (int c = 0; c < C; ++c)
                        for (int m = 0; m < KH; ++m)
                            for (int q = 0; q < KW; ++q) {
                                const std::int64_t at =
                                    ((std::int64_t{i} * C + c) * H + oy * o.stride_y + m) * W +
                                    ox * o.stride_x + q;
                                const std::int64_t tap = offset + (c * KH + m) * KW + q;
                                dw[tap] += g * x[at];
                                if (dx)
                                    dx[at] += g * w[tap];
                            }
                }
}

LocallyConnected2d::LocallyConnected2d(const LocallyConnected2dOptions& options)
    : options_(checked(options))
    , output_height_(output_size(options_).first)
    , output_width_(output_size(options_).second)
    , weight_(add_parameter(
          "weight",
          Tensor::zeros({output_height_, output_width_, options_.filters, options_.in_channels,
                         options_.kernel_height, options_.kernel_width}))) {
    if (options_.bias)
        bias_ = &add_parameter("bias",
                               Tensor::zeros({options_.filters, output_height_, output_width_}));
}

std::string LocallyConnected2d::description() const {
    const LocallyConnected2dOptions& o = options_;
    std::string text = "LocallyConnected2d " + size_text(o.kernel_height, o.kernel_width) + ", " +
                       std::to_string(o.in_channels) + " → " + std::to_string(o.filters) +
                       ", VALID";
    if (o.stride_y != 1 || o.stride_x != 1)
        text += ", stride " + (o.stride_y == o.stride_x ? std::to_string(o.stride_y)
                                                        : size_text(o.stride_y, o.stride_x));
    return text + (o.bias ? "" : ", no bias");
}

nlohmann::json LocallyConnected2d::config() const {
    const LocallyConnected2dOptions& o = options_;
    nlohmann::json config = {{"type", "locally_connected2d"},
                             {"filters", o.filters},
                             {"kernel", json_pair(o.kernel_height, o.kernel_width)},
                             {"stride", json_pair(o.stride_y, o.stride_x)}};
    if (!o.bias)
        config["bias"] = false;
    return config;
}

Shape LocallyConnected2d::output_shape(const Shape& input) const {
    const LocallyConnected2dOptions& o = options_;
    if (input.size() != 4)
        reject("expects an (N, C, H, W) input, got " + shape_string(input) +
               (input.size() == 2 ? ": it cannot follow a Flatten or a Dense layer" : ""));
    if (input[1] != o.in_channels || input[2] != o.in_height || input[3] != o.in_width)
        reject("has weights for each position of a " + size_text(o.in_height, o.in_width) + "×" +
               std::to_string(o.in_channels) + " input, got " + std::to_string(input[2]) + "×" +
               std::to_string(input[3]) + "×" + std::to_string(input[1]));
    return {input[0], o.filters, output_height_, output_width_};
}

Tensor LocallyConnected2d::forward(const Tensor& x, bool /*training*/) {
    const Shape out = output_shape(x.shape());
    input_ = x.to(Device::cpu());
    const Tensor w = weight_.value.to(Device::cpu());
    const Tensor b = bias_ ? bias_->value.to(Device::cpu()) : Tensor{};
    Tensor y(out);
    locally_connected2d_forward(y.data(), input_.data(), w.data(), bias_ ? b.data() : nullptr,
                                static_cast<int>(x.dim(0)), options_, output_height_,
                                output_width_);
    return y.to(x.device());
}

Tensor LocallyConnected2d::backward(const Tensor& dy) {
    require_forward_done(input_.defined());
    const Tensor g = dy.to(Device::cpu());
    const Tensor w = weight_.value.to(Device::cpu());
    Tensor dw(weight_.value.shape());
    Tensor db = bias_ ? Tensor(bias_->value.shape()) : Tensor{};
    Tensor dx = input_gradient_needed() ? Tensor(input_.shape()) : Tensor{};
    locally_connected2d_backward(dx.defined() ? dx.data() : nullptr, dw.data(),
                                 bias_ ? db.data() : nullptr, g.data(), input_.data(), w.data(),
                                 static_cast<int>(input_.dim(0)), options_, output_height_,
                                 output_width_);
    weight_.grad = dw.to(dy.device());
    if (bias_)
        bias_->grad = db.to(dy.device());
    return dx.defined() ? dx.to(dy.device()) : Tensor{};
}

std::int64_t LocallyConnected2d::flops(const Shape& input) const {
    const std::int64_t window =
        std::int64_t{options_.in_channels} * options_.kernel_height * options_.kernel_width;
    return 2 * compute::shape_numel(output_shape(input)) * window;
}

void LocallyConnected2d::initialize(std::mt19937_64& rng, WeightInit init) {
    const std::int64_t area = std::int64_t{options_.kernel_height} * options_.kernel_width;
    const std::vector<float> values = initial_weights(
        init, weight_.numel(), options_.in_channels * area, options_.filters * area, rng);
    weight_.value.copy_from(Tensor::from(weight_.value.shape(), values));
    if (bias_)
        bias_->value.fill(0.0f);
}

} // namespace convsight::nn
