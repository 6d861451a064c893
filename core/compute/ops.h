// The compute library's operations on tensors. Each checks its arguments (shapes, devices, sizes)
// and throws std::invalid_argument naming the op and what is wrong, then runs on the device its
// tensors live on: cpu:: or cuda::. Callers never branch on the device.
#pragma once

#include "compute/Tensor.h"
#include "compute/shared/dims.h"

#include <cstdint>
#include <vector>

namespace convsight::compute::ops {

// Names, until the end of its scope, what this thread's next tensors are allocated for, so that
// a GPU running out of memory says "the GPU ran out of memory in conv2d_forward: needed 12.0 MiB,
// 3.1 MiB free ..." rather than naming the allocator. Every op sets its own name; code outside
// the ops names its own tensors (an optimizer's state). The innermost name wins. No-op without
// the CUDA backend.
class AllocatingFor {
public:
    explicit AllocatingFor(const char* op);
    ~AllocatingFor();
    AllocatingFor(const AllocatingFor&) = delete;
    AllocatingFor& operator=(const AllocatingFor&) = delete;

private:
    [[maybe_unused]] const char* previous_ = nullptr; // unused without the CUDA backend
};

struct Conv2dParams {
    int stride_y{1}, stride_x{1};
    int pad_top{0}, pad_bottom{0}, pad_left{0}, pad_right{0};
    int dilation_y{1}, dilation_x{1};
    // Input and output channels split into this many independent groups; the weight is
    // (OC, C/groups, KH, KW). groups == C is a depthwise convolution.
    int groups{1};
};

struct Pool2dParams {
    int window_y{2}, window_x{2};
    int stride_y{2}, stride_x{2};
    int pad_top{0}, pad_bottom{0}, pad_left{0}, pad_right{0};
    // Average pooling only: divide by the whole window (padding counts as zeros), not by the
    // window's cells inside the image.
    bool count_include_pad{false};
};

// Checked shapes for the backends (also used by the tests to call reference:: directly).
// x (N,C,H,W), w (OC,C/groups,KH,KW).
ConvDims conv2d_dims(const Shape& x, const Shape& w, const Conv2dParams& p);
PoolDims pool2d_dims(const Shape& x, const Pool2dParams& p);

// y (N,OC,OH,OW) = conv2d(x (N,C,H,W), w (OC,C/groups,KH,KW)) + b (OC); b may be undefined.
Tensor conv2d_forward(const Tensor& x, const Tensor& w, const Tensor& b, const Conv2dParams& p);
struct Conv2dGrads {
    Tensor dx; // undefined when not asked for (the first layer needs no input gradient)
    Tensor dw;
    Tensor db; // undefined when the layer has no bias
};
Conv2dGrads conv2d_backward(const Tensor& dy, const Tensor& x, const Tensor& w, bool has_bias,
                            const Conv2dParams& p, bool need_dx = true);

// y (N,C,OH,OW) = the largest value of each window of x (N,C,H,W); padding never wins.
Tensor maxpool2d_forward(const Tensor& x, const Pool2dParams& p);
struct MaxPool2dResult {
    Tensor y;      // (N,C,OH,OW)
    Tensor argmax; // (N,C,OH,OW): in-plane offset y·W + x of each window's first maximum
};
// The forward that keeps, for the backward, where each maximum was. The offsets are stored as
// floats (tensors hold float32), exact because a plane may hold at most 2^24 pixels.
MaxPool2dResult maxpool2d_forward_with_argmax(const Tensor& x, const Pool2dParams& p);
// dx (input_shape) = dy (N,C,OH,OW) sent to the pixels the forward's argmax names (overlapping
// windows add); the windows are not searched again.
Tensor maxpool2d_backward(const Tensor& dy, const Tensor& argmax, const Shape& input_shape,
                          const Pool2dParams& p);
// The same for a caller that kept the input x but not the argmax: finds it (one forward) first.
Tensor maxpool2d_backward(const Tensor& dy, const Tensor& x, const Pool2dParams& p);
Tensor avgpool2d_forward(const Tensor& x, const Pool2dParams& p);
Tensor avgpool2d_backward(const Tensor& dy, const Tensor& x, const Pool2dParams& p);

// How pad2d fills the cells it adds (declared in shared/dims.h for the backends).
using compute::PadMode;
// Pixels added on each side of an image, and what they hold.
struct PadParams {
    int top{0}, bottom{0}, left{0}, right{0};
    PadMode mode{PadMode::Constant};
    float value{0.0f}; // PadMode::Constant's value
};
// Checked shapes for the backends: x (N,C,H,W). A reflected pad must be smaller than the side
// it mirrors (numpy and ONNX refuse more too).
PadDims pad2d_dims(const Shape& x, const PadParams& p);
// y (N,C,top+H+bottom,left+W+right) = x (N,C,H,W) padded.
Tensor pad2d_forward(const Tensor& x, const PadParams& p);
// dx (N,C,H,W) from dy (N,C,OH,OW): each input pixel gets the gradients of the cells that copied
// it (reflected and repeated cells add up).
Tensor pad2d_backward(const Tensor& dy, const PadParams& p);

// alpha is the slope of LeakyReLU below zero (ignored by the others).
Tensor activation_forward(Activation a, const Tensor& x, float alpha = 0.01f);
// y is activation_forward's result (sigmoid and tanh differentiate from it).
Tensor activation_backward(Activation a, const Tensor& dy, const Tensor& x, const Tensor& y,
                           float alpha = 0.01f);

// C (M,N) = op(A)·op(B) with A, B rank-2 tensors on the same device.
Tensor matmul(const Tensor& a, const Tensor& b, bool trans_a = false, bool trans_b = false);

// y (N,OUT) = x (N,IN) · w (OUT,IN)ᵀ + b (OUT); b may be undefined.
Tensor dense_forward(const Tensor& x, const Tensor& w, const Tensor& b);
struct DenseGrads {
    Tensor dx, dw, db;
};
DenseGrads dense_backward(const Tensor& dy, const Tensor& x, const Tensor& w, bool has_bias,
                          bool need_dx = true);

// (N, C, H, W) -> (N, C·H·W), sharing storage.
Tensor flatten(const Tensor& x);

struct SoftmaxCrossEntropy {
    float loss{};  // mean over the batch; NaN on a GPU when not read (read_loss false)
    Tensor probs;  // (N,K)
    Tensor losses; // (N)
    // (4) on the logits' device: Σ losses, the rows whose prediction (first maximum of probs) is
    // the label, the index of the first bad label (−1 when none) and its value. loss_figures()
    // reads them.
    Tensor stats;
};
// logits (N,K); labels (N) class indices stored as floats, each in [0, K). On the CPU the labels
// are checked before anything runs. On a GPU the kernels check them, into stats, and read_loss
// reads stats back (one small copy, one wait for the GPU) to set loss or throw for a bad label;
// without read_loss nothing comes back to the host: loss stays NaN until loss_figures(stats).
// Either way a bad label throws std::invalid_argument naming this op, the label and its index.
SoftmaxCrossEntropy softmax_cross_entropy_forward(const Tensor& logits, const Tensor& labels,
                                                  bool read_loss = true);
// On the CPU the labels are checked first; on a GPU nothing is read back (a bad label adds no
// one-hot term, and the forward's stats report it).
Tensor softmax_cross_entropy_backward(const Tensor& probs, const Tensor& labels);

struct LossFigures {
    double loss_sum{};      // Σ of the batch's per-example losses
    std::int64_t correct{}; // examples whose prediction is the label
};
// The four values of SoftmaxCrossEntropy::stats as read on the host (K classes, for the message).
// Throws the bad-label std::invalid_argument of softmax_cross_entropy_forward when they hold one.
LossFigures loss_figures(const std::vector<float>& stats, int K);

// Copies from a GPU to the host so far in this process (0 without the CUDA backend): each one
// waits for the GPU. For tests that a training step sends nothing back.
std::uint64_t device_to_host_copies();

// y (N,F) = softmax of each row of x (N,F), or log softmax when `log`; stable (the row maximum
// is subtracted first). Only (N,F): a (N,C,H,W) input is refused (flatten it first).
Tensor softmax_forward(const Tensor& x, bool log);
// dx (N,F) from dy (N,F) and y, softmax_forward's output.
Tensor softmax_backward(const Tensor& dy, const Tensor& y, bool log);

struct BatchNormState {
    Tensor gamma, beta;               // (C) learned
    Tensor running_mean, running_var; // (C) updated in training
    float momentum{0.1f};
    float eps{1e-5f};
};
struct BatchNormSaved {
    Tensor mean, invstd; // (C) batch statistics of the last training forward
};
// x (N,C,H,W) or (N,C). Training uses batch statistics and updates the running ones.
Tensor batchnorm_forward(const Tensor& x, BatchNormState& state, bool training,
                         BatchNormSaved* saved = nullptr);
struct BatchNormGrads {
    Tensor dx, dgamma, dbeta;
};
BatchNormGrads batchnorm_backward(const Tensor& dy, const Tensor& x, const BatchNormState& state,
                                  const BatchNormSaved& saved);

// Inverted dropout: zeroes each value with probability p (0 <= p < 1), scales the rest by
// 1/(1−p). mask receives the factors, for the backward. Same seed, same mask on every device.
Tensor dropout_forward(const Tensor& x, float p, std::uint64_t seed, Tensor& mask);
Tensor dropout_backward(const Tensor& dy, const Tensor& mask);

void sgd_step(Tensor& param, const Tensor& grad, Tensor& velocity, const SgdParams& p);
// t: 1-based step count.
void adam_step(Tensor& param, const Tensor& grad, Tensor& m, Tensor& v, const AdamParams& p, int t);

// Class index of the largest logit per row of (N,K), on the host.
std::vector<int> argmax(const Tensor& logits);
// Fraction of rows whose argmax equals the label, in [0,1].
float accuracy(const Tensor& logits, const Tensor& labels);

// How filter2d extends an image past its edges (declared in shared/dims.h for the backends).
using compute::BorderMode;
// Image filtering as OpenCV's filter2D computes it: each channel of x (C,H,W) or (N,C,H,W)
// correlated with its kernel, the output the size of the input, the kernel's anchor at
// (KH/2, KW/2), the image extended by `border`. k is (KH,KW), shared by every channel, or
// (C,KH,KW), one per channel, at most kMaxFilterSize on a side. A direct path (no im2col) for
// image-sized inputs.
constexpr int kMaxFilterSize = 63; // the CUDA kernel keeps a tile and its halo in shared memory
Tensor filter2d(const Tensor& x, const Tensor& k, BorderMode border);
// The same into y, for a caller that filters frame after frame: y is reused when it already has
// x's shape and device (nothing allocated, y's storage overwritten), else replaced by a new tensor.
// y must not share storage with x.
void filter2d_into(Tensor& y, const Tensor& x, const Tensor& k, BorderMode border);

// Waits until queued GPU work on `device` has finished (no-op on the CPU).
void synchronize(Device device);

} // namespace convsight::compute::ops
