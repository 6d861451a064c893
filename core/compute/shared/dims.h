// The shapes every backend (reference, cpu, cuda) receives: plain structs, C++17, host and device.
// ops.cpp fills them from tensors after checking them, so backends never validate again.
#pragma once

#include <cstddef>
#include <cstdint>

namespace convsight::compute {

// conv2d: input (N,C,H,W), weight (OC,C,KH,KW), bias (OC), output (N,OC,OH,OW).
// Output pixel (oy,ox) reads input (oy·stride_y − pad_top + ky·dilation_y, ...) for each tap.
struct ConvDims {
    int N, C, H, W;
    int OC, KH, KW;
    int OH, OW;
    int stride_y, stride_x;
    int pad_top, pad_left; // bottom/right padding is implied by OH and OW
    int dilation_y, dilation_x;
};

// max/avg pooling: input (N,C,H,W), output (N,C,OH,OW), window KH×KW.
struct PoolDims {
    int N, C, H, W;
    int OH, OW;
    int KH, KW;
    int stride_y, stride_x;
    int pad_top, pad_left;
};

enum class Activation { ReLU, LeakyReLU, Sigmoid, Tanh };

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
