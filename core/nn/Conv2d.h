// Conv2d: a bank of OC filters, each C×KH×KW, slid over an (N, C, H, W) input with stride,
// padding (VALID, SAME, explicit) and dilation; output (N, OC, OH, OW). With groups G the
// channels split into G independent convolutions, each filter C/G×KH×KW (G == C: depthwise).
#pragma once

#include "compute/ops.h"
#include "nn/Layer.h"
#include "nn/PaddingSpec.h"

namespace convsight::nn {

struct Conv2dOptions {
    int in_channels{1};
    int out_channels{1};
    int kernel_height{3}, kernel_width{3};
    int stride_y{1}, stride_x{1};
    PaddingSpec padding{};
    int dilation_y{1}, dilation_x{1};
    // in_channels and out_channels both divisible by it; groups == in_channels is depthwise.
    int groups{1};
    bool bias{true};
};

// ", depthwise" (groups == in_channels > 1), ", groups 4", or nothing for 1: what Conv2d's
// description and the architecture summary say of the groups.
std::string conv_groups_text(int groups, std::int64_t in_channels);

class Conv2d final : public Layer {
public:
    // Throws std::invalid_argument for sizes below 1, negative padding, or channels that do not
    // split into the groups.
    explicit Conv2d(const Conv2dOptions& options);
    // A square kernel, the same stride on both axes: Conv2d(1, 16, 3, PaddingSpec::same()).
    Conv2d(int in_channels, int out_channels, int kernel, PaddingSpec padding = {}, int stride = 1);

    const Conv2dOptions& options() const { return options_; }
    Parameter& weight() { return weight_; } // (OC, C/groups, KH, KW)
    Parameter* bias() { return bias_; }     // (OC), or nullptr without bias

    std::string kind() const override { return "Conv2d"; }
    std::string description() const override;
    std::string name_prefix() const override { return "conv"; }
    nlohmann::json config() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;
    std::int64_t flops(const Shape& input) const override;
    void initialize(std::mt19937_64& rng, WeightInit init) override;

private:
    // The filter's geometry over the (N, C, H, W) input's H×W.
    conv::ConvGeometry geometry_for(const Shape& input) const;
    // The ops' parameters for this input, after output_shape() has accepted it.
    compute::ops::Conv2dParams params_for(const Shape& input) const;
    void forget_forward() override { input_ = {}; }

    Conv2dOptions options_;
    Parameter& weight_;
    Parameter* bias_{};
    Tensor input_; // (N, C, H, W) of the last forward
    compute::ops::Conv2dParams params_{};
};

} // namespace convsight::nn
