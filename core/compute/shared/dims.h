// The shapes every backend (reference, cpu, cuda) receives: plain structs, C++17, host and device.
// ops.cpp fills them from tensors after checking them, so backends never validate again.
#pragma once

#include <cstddef>
#include <cstdint>

namespace convsight::compute {

// conv2d: input (N,C,H,W), weight (OC,C/groups,KH,KW), bias (OC), output (N,OC,OH,OW).
// Output pixel (oy,ox) reads input (oy·stride_y − pad_top + ky·dilation_y, ...) for each tap.
// With groups G, output channels [g·OC/G, (g+1)·OC/G) read only input channels
// [g·C/G, (g+1)·C/G): G separate convolutions side by side (G == C: depthwise).
struct ConvDims {
    int N, C, H, W;
    int OC, KH, KW;
    int OH, OW;
    int stride_y, stride_x;
    int pad_top, pad_left; // bottom/right padding is implied by OH and OW
    int dilation_y, dilation_x;
    int groups{1};
};

// max/avg pooling: input (N,C,H,W), output (N,C,OH,OW), window KH×KW.
struct PoolDims {
    int N, C, H, W;
    int OH, OW;
    int KH, KW;
    int stride_y, stride_x;
    int pad_top, pad_left;
    // Average pooling divides by KH·KW (padding counted as zeros, PyTorch's and ONNX's
    // count_include_pad) instead of the window's cells inside the image.
    bool count_include_pad{false};
};

enum class Activation { ReLU, LeakyReLU, Sigmoid, Tanh };

// What a pooling window keeps, in the nn layers and the step-through traces alike.
enum class PoolKind {
    Max,     // the largest value of the window: keeps the strongest response, drops the position
    Average, // the mean of the window: a box blur followed by subsampling
};

// How the cells outside the image (the padding) are filled, by filter2d, the step-through traces
// and the Filter workspace alike. For a row of pixels a b c d and two padding cells on each side:
enum class BorderMode {
    Zero,      // 0 0 | a b c d | 0 0   — what CNN libraries do; OpenCV BORDER_CONSTANT 0
    Replicate, // a a | a b c d | d d   — OpenCV BORDER_REPLICATE, PyTorch "replicate"
    Reflect,   // c b | a b c d | c b   — mirror without repeating the edge: OpenCV
               //                         BORDER_REFLECT_101, PyTorch "reflect"
    Wrap, // c d | a b c d | a b   — the image repeats: OpenCV BORDER_WRAP, PyTorch "circular"
};
// "zero", "replicate", "reflect", "wrap": the names the CLI reads and prints.
inline const char* border_name(BorderMode border) {
    switch (border) {
    case BorderMode::Zero:
        return "zero";
    case BorderMode::Replicate:
        return "replicate";
    case BorderMode::Reflect:
        return "reflect";
    case BorderMode::Wrap:
        return "wrap";
    }
    return "";
}

// How pad2d fills the cells it adds around an image, for a row a b c d padded by two on each side:
enum class PadMode {
    Constant, // v v | a b c d | v v   — a constant value v (0 by default): ONNX Pad "constant"
    Reflect,  // c b | a b c d | c b   — mirrored without repeating the edge: numpy's and ONNX's
              //                         "reflect"; a pad must be smaller than the side it mirrors
    Edge,     // a a | a b c d | d d   — the edge pixel repeated: numpy's and ONNX's "edge"
};

// pad2d: input (N,C,H,W), output (N,C,OH,OW) with OH = top + H + bottom, OW = left + W + right.
// Output (oy,ox) copies input (oy − top, ox − left), mapped inside by `mode` (math::pad_index).
struct PadDims {
    int N, C, H, W;
    int OH, OW;
    int top, left; // bottom/right padding is implied by OH and OW
    PadMode mode;
    float value; // of PadMode::Constant
};

// filter2d: input and output (planes,H,W) with planes = N·C; kernel (KH,KW) shared by every
// plane, or (C,KH,KW) with plane p using kernel p mod C. Output (y,x) reads input
// (y − KH/2 + ky, x − KW/2 + kx), extended past the edges by `border` (OpenCV's anchor).
struct FilterDims {
    int planes, C, H, W;
    int KH, KW;
    bool per_channel;
    BorderMode border;
};

// PyTorch's SGD: g = grad + weight_decay·param; v = momentum·v + g; param −= lr·v.
struct SgdParams {
    float lr;
    float momentum;
    float weight_decay;
};

// Adam (Kingma & Ba) with L2 weight decay added to the gradient, as torch.optim.Adam does.
struct AdamParams {
    float lr;
    float beta1;
    float beta2;
    float eps;
    float weight_decay;
};

} // namespace convsight::compute
