// LocallyConnected2d: like a convolution, but every output position has its own bank of K filters
// (no weight sharing), the lecture's "not fully connected" layer between a dense layer and a
// convolution. VALID windows with a stride over an input of a fixed H×W×C. Plain CPU loops.
#pragma once

#include "nn/Layer.h"

namespace convsight::nn {

struct LocallyConnected2dOptions {
    int in_channels{1}, in_height{1}, in_width{1}; // the input it has weights for
    int filters{1};                                // K maps out
    int kernel_height{3}, kernel_width{3};
    int stride_y{1}, stride_x{1};
    bool bias{true}; // one per output value (K, OH, OW): nothing is shared
};

class LocallyConnected2d final : public Layer {
public:
    // Throws std::invalid_argument for sizes below 1 or a window larger than the input.
    explicit LocallyConnected2d(const LocallyConnected2dOptions& options);

    const LocallyConnected2dOptions& options() const { return options_; }
    int output_height() const { return output_height_; }
    int output_width() const { return output_width_; }
    Parameter& weight() { return weight_; } // (OH, OW, K, C, KH, KW)
    Parameter* bias() { return bias_; }     // (K, OH, OW), or nullptr without bias

    std::string kind() const override { return "LocallyConnected2d"; }
    std::string description() const override;
    std::string name_prefix() const override { return "local"; }
    nlohmann::json config() const override;
    Shape output_shape(const Shape& input) const override;
    Tensor forward(const Tensor& x, bool training) override;
    Tensor backward(const Tensor& dy) override;
    std::int64_t flops(const Shape& input) const override;
    void initialize(std::mt19937_64& rng, WeightInit init) override;

private:
    void forget_forward() override { input_ = {}; }

    LocallyConnected2dOptions options_;
    int output_height_{}, output_width_{};
    Parameter& weight_;
    Parameter* bias_{};
    Tensor input_; // (N, C, H, W) of the last forward, on the CPU
};

// The loops, on host memory (llm.c's pairs). x (N, C, H, W), w (OH, OW, K, C, KH, KW),
// b (K, OH, OW) or null, y (N, K, OH, OW).
void locally_connected2d_forward(float* y, const float* x, const float* w, const float* b, int n,
                                 const LocallyConnected2dOptions& o, int oh, int ow);
// dx (may be null), dw and db (may be null) from dy; every output is overwritten.
void locally_connected2d_backward(float* dx, float* dw, float* db, const float* dy, const float* x,
                                  const float* w, int n, const LocallyConnected2dOptions& o, int oh,
                                  int ow);

} // namespace convsight::nn
