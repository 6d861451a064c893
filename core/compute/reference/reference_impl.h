// The reference backend as templates on the value type T: float for the backend API (the thin
// wrappers in this folder's .cpp files), double for the float64 gradient checks. Every sum is
// accumulated in double. Plain loops, one per formula, in the order a lecture writes them.
#pragma once

#include "compute/shared/dims.h"
#include "compute/shared/math.h"
#include "compute/shared/pool_window.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace convsight::compute::reference::generic {

// Offset of element (a, b, c, d) in a row-major (A, B, C, D) array.
inline std::size_t index4(int a, int b, int c, int d, int B, int C, int D) {
    return ((static_cast<std::size_t>(a) * static_cast<std::size_t>(B) +
             static_cast<std::size_t>(b)) *
                static_cast<std::size_t>(C) +
            static_cast<std::size_t>(c)) *
               static_cast<std::size_t>(D) +
           static_cast<std::size_t>(d);
}

// Offset of element (row, col) in a row-major array whose rows are `stride` apart.
inline std::size_t index2(int row, int col, int stride) {
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(stride) +
           static_cast<std::size_t>(col);
}

inline bool inside(int y, int x, int H, int W) {
    return y >= 0 && y < H && x >= 0 && x < W;
}

// Writes double sums into a gradient output, unless that output is not needed (nullptr).
template <class T>
void store(T* dst, const std::vector<double>& sums) {
    if (!dst)
        return;
    for (std::size_t i = 0; i < sums.size(); ++i)
        dst[i] = static_cast<T>(sums[i]);
}

// ---- Convolution -----------------------------------------------------------------------------

// Input channel c of filter oc's group: with G groups, filter oc sees the C/G input channels
// of its group, g = oc / (OC/G), i.e. input channels g·C/G + c for c in [0, C/G).
inline int group_input_channel(int oc, int c, const ConvDims& d) {
    return oc / (d.OC / d.groups) * (d.C / d.groups) + c;
}

// The lecture's V(x,y) = Σm Σn I(x+m, y+n)·K(m,n) (cross-correlation: the kernel is not
// flipped), summed over the input channels of the filter's group, with stride, zero padding and
// dilation: out (N,OC,OH,OW) at (oy,ox) reads inp (N,C,H,W) at (oy·stride − pad + ky·dilation,
// ...); weight (OC,C/groups,KH,KW).
template <class T>
void conv2d_forward(T* out, const T* inp, const T* weight, const T* bias, const ConvDims& d) {
    const int CG = d.C / d.groups; // input channels per group
    for (int n = 0; n < d.N; ++n)
        for (int oc = 0; oc < d.OC; ++oc)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    double sum = bias ? bias[oc] : T(0);
                    for (int c = 0; c < CG; ++c)
                        for (int ky = 0; ky < d.KH; ++ky)
                            for (int kx = 0; kx < d.KW; ++kx) {
                                const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                                const int ix = ox * d.stride_x - d.pad_left + kx * d.dilation_x;
                                if (!inside(iy, ix, d.H, d.W))
                                    continue; // a zero of the padding
                                const int ic = group_input_channel(oc, c, d);
                                const double pixel = inp[index4(n, ic, iy, ix, d.C, d.H, d.W)];
                                const double tap = weight[index4(oc, c, ky, kx, CG, d.KH, d.KW)];
                                sum += pixel * tap; // I(x+m, y+n)·K(m,n)
                            }
                    out[index4(n, oc, oy, ox, d.OC, d.OH, d.OW)] = static_cast<T>(sum);
                }
}

// The same loops run backwards: every product inp·weight of the forward sends dout·weight to
// the input pixel and dout·inp to the weight it came from; the bias collects dout.
// dinp (N,C,H,W) or nullptr, dweight (OC,C/groups,KH,KW), dbias (OC) or nullptr.
template <class T>
void conv2d_backward(T* dinp, T* dweight, T* dbias, const T* dout, const T* inp, const T* weight,
                     const ConvDims& d) {
    const int CG = d.C / d.groups; // input channels per group
    std::vector<double> dinp_sum(dinp ? static_cast<std::size_t>(d.N) * d.C * d.H * d.W : 0);
    std::vector<double> dweight_sum(static_cast<std::size_t>(d.OC) * CG * d.KH * d.KW);
    std::vector<double> dbias_sum(static_cast<std::size_t>(d.OC));
    for (int n = 0; n < d.N; ++n)
        for (int oc = 0; oc < d.OC; ++oc)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const double g = dout[index4(n, oc, oy, ox, d.OC, d.OH, d.OW)];
                    dbias_sum[static_cast<std::size_t>(oc)] += g;
                    for (int c = 0; c < CG; ++c)
                        for (int ky = 0; ky < d.KH; ++ky)
                            for (int kx = 0; kx < d.KW; ++kx) {
                                const int iy = oy * d.stride_y - d.pad_top + ky * d.dilation_y;
                                const int ix = ox * d.stride_x - d.pad_left + kx * d.dilation_x;
                                if (!inside(iy, ix, d.H, d.W))
                                    continue;
                                const int ic = group_input_channel(oc, c, d);
                                const std::size_t i = index4(n, ic, iy, ix, d.C, d.H, d.W);
                                const std::size_t k = index4(oc, c, ky, kx, CG, d.KH, d.KW);
                                const double pixel = inp[i], tap = weight[k];
                                dweight_sum[k] += g * pixel;
                                if (dinp)
                                    dinp_sum[i] += g * tap;
                            }
                }
    store(dinp, dinp_sum);
    store(dweight, dweight_sum);
    store(dbias, dbias_sum);
}

// Image filtering as OpenCV's filter2D: every plane of inp (planes,H,W) correlated with its
// kernel, anchored at (KH/2, KW/2), the same size out; a position outside the image reads the
// pixel the border mode names (math::border_index), or nothing for a zero border.
template <class T>
void filter2d(T* out, const T* inp, const T* weights, const FilterDims& d) {
    const int ay = d.KH / 2, ax = d.KW / 2;
    for (int p = 0; p < d.planes; ++p) {
        const T* kernel = weights + (d.per_channel ? index2(p % d.C, 0, d.KH * d.KW) : 0);
        for (int y = 0; y < d.H; ++y)
            for (int x = 0; x < d.W; ++x) {
                double sum = 0.0;
                for (int ky = 0; ky < d.KH; ++ky)
                    for (int kx = 0; kx < d.KW; ++kx) {
                        const int iy = math::border_index(d.border, y - ay + ky, d.H);
                        const int ix = math::border_index(d.border, x - ax + kx, d.W);
                        if (iy < 0 || ix < 0)
                            continue; // a zero of the border
                        sum += static_cast<double>(inp[index4(0, p, iy, ix, d.planes, d.H, d.W)]) *
                               static_cast<double>(kernel[index2(ky, kx, d.KW)]);
                    }
                out[index4(0, p, y, x, d.planes, d.H, d.W)] = static_cast<T>(sum);
            }
    }
}

// ---- Pooling ---------------------------------------------------------------------------------

// The window rule (clipped to the image, first maximum wins, in-image cells counted) is
// shared/pool_window.h's, the same for every backend.
using math::pool_divisor;
using math::pool_window;
using math::pool_window_argmax;
using math::PoolWindow;

// out (N,C,OH,OW) = the largest inp (N,C,H,W) value of each window; argmax (or nullptr) = its
// first maximum's in-plane offset.
template <class T>
void maxpool2d_forward(T* out, T* argmax, const T* inp, const PoolDims& d) {
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c) {
            const T* plane = inp + index4(n, c, 0, 0, d.C, d.H, d.W);
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const std::size_t o = index4(n, c, oy, ox, d.C, d.OH, d.OW);
                    const int best = pool_window_argmax(plane, d.W, pool_window(d, oy, ox));
                    out[o] = plane[best];
                    if (argmax)
                        argmax[o] = static_cast<T>(best);
                }
        }
}

// dinp (N,C,H,W): each window's gradient goes to the offset its argmax holds (the forward's first
// maximum); overlapping windows add.
template <class T>
void maxpool2d_backward(T* dinp, const T* dout, const T* argmax, const PoolDims& d) {
    std::vector<double> sums(static_cast<std::size_t>(d.N) * d.C * d.H * d.W);
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c) {
            const std::size_t plane = index4(n, c, 0, 0, d.C, d.H, d.W);
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const std::size_t o = index4(n, c, oy, ox, d.C, d.OH, d.OW);
                    sums[plane + static_cast<std::size_t>(argmax[o])] += dout[o];
                }
        }
    store(dinp, sums);
}

// out (N,C,OH,OW) = the mean of each window's pixels inside the image (padding not counted),
// or their sum over KH·KW with d.count_include_pad (padding counted as zeros).
template <class T>
void avgpool2d_forward(T* out, const T* inp, const PoolDims& d) {
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const PoolWindow w = pool_window(d, oy, ox);
                    double sum = 0.0;
                    for (int y = w.y0; y < w.y1; ++y)
                        for (int x = w.x0; x < w.x1; ++x)
                            sum += inp[index4(n, c, y, x, d.C, d.H, d.W)];
                    out[index4(n, c, oy, ox, d.C, d.OH, d.OW)] =
                        static_cast<T>(sum / pool_divisor(d, w, d.count_include_pad));
                }
}

// dinp (N,C,H,W): each window shares its gradient equally among its pixels inside the image
// (with d.count_include_pad, the padding's share is dropped: each pixel gets dout / (KH·KW)).
template <class T>
void avgpool2d_backward(T* dinp, const T* dout, const PoolDims& d) {
    std::vector<double> sums(static_cast<std::size_t>(d.N) * d.C * d.H * d.W);
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const PoolWindow w = pool_window(d, oy, ox);
                    const double share =
                        static_cast<double>(dout[index4(n, c, oy, ox, d.C, d.OH, d.OW)]) /
                        pool_divisor(d, w, d.count_include_pad);
                    for (int y = w.y0; y < w.y1; ++y)
                        for (int x = w.x0; x < w.x1; ++x)
                            sums[index4(n, c, y, x, d.C, d.H, d.W)] += share;
                }
    store(dinp, sums);
}

// ---- Element-wise: activations, dropout, optimizers (formulas from shared/math.h) -----------

template <class T>
void activation_forward(T* out, const T* inp, std::size_t n, Activation a, T alpha) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = math::activation_forward(a, inp[i], alpha);
}

template <class T>
void activation_backward(T* dinp, const T* dout, const T* inp, const T* out, std::size_t n,
                         Activation a, T alpha) {
    for (std::size_t i = 0; i < n; ++i)
        dinp[i] = math::activation_backward(a, dout[i], inp[i], out[i], alpha);
}

// mask (n) is 0 (dropped) or 1/(1−p) (kept): element i's draw depends only on (seed, i).
template <class T>
void dropout_forward(T* out, T* mask, const T* inp, std::size_t n, T p, std::uint64_t seed) {
    for (std::size_t i = 0; i < n; ++i) {
        mask[i] = static_cast<T>(math::dropout_mask(seed, i, static_cast<float>(p)));
        out[i] = inp[i] * mask[i];
    }
}

template <class T>
void dropout_backward(T* dinp, const T* dout, const T* mask, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        dinp[i] = dout[i] * mask[i];
}

template <class T>
void sgd_step(T* param, const T* grad, T* velocity, std::size_t n, const SgdParams& p) {
    for (std::size_t i = 0; i < n; ++i)
        math::sgd_update(param[i], grad[i], velocity[i], p);
}

// t: the 1-based step count of Adam's bias corrections 1 − β^t.
template <class T>
void adam_step(T* param, const T* grad, T* m, T* v, std::size_t n, const AdamParams& p, int t) {
    const T bias1 = static_cast<T>(1.0 - std::pow(static_cast<double>(p.beta1), t));
    const T bias2 = static_cast<T>(1.0 - std::pow(static_cast<double>(p.beta2), t));
    for (std::size_t i = 0; i < n; ++i)
        math::adam_update(param[i], grad[i], m[i], v[i], p, bias1, bias2);
}

// ---- Matrix products -------------------------------------------------------------------------

// C (M,N) = alpha·op(A)·op(B) + beta·C with op(A) (M,K), op(B) (K,N), all row-major with row
// strides lda, ldb, ldc. As in BLAS, C is not read when beta is 0 (it may be uninitialised).
template <class T>
void gemm(bool trans_a, bool trans_b, int M, int N, int K, T alpha, const T* A, int lda, const T* B,
          int ldb, T beta, T* C, int ldc) {
    for (int i = 0; i < M; ++i)
        for (int j = 0; j < N; ++j) {
            double sum = 0.0;
            for (int k = 0; k < K; ++k) {
                const double a = trans_a ? A[index2(k, i, lda)] : A[index2(i, k, lda)];
                const double b = trans_b ? B[index2(j, k, ldb)] : B[index2(k, j, ldb)];
                sum += a * b;
            }
            T& c = C[index2(i, j, ldc)];
            const double scaled = alpha * sum;
            c = static_cast<T>(beta == T(0) ? scaled : scaled + beta * static_cast<double>(c));
        }
}

// A fully-connected layer, the lecture's "sum of these three" for every output neuron:
// out (N,OUT) = inp (N,IN) · weight (OUT,IN)ᵀ + bias (OUT, or nullptr).
template <class T>
void dense_forward(T* out, const T* inp, const T* weight, const T* bias, int N, int IN, int OUT) {
    for (int n = 0; n < N; ++n)
        for (int o = 0; o < OUT; ++o) {
            double sum = bias ? bias[o] : T(0);
            for (int i = 0; i < IN; ++i) {
                const double x = inp[index2(n, i, IN)], w = weight[index2(o, i, IN)];
                sum += x * w;
            }
            out[index2(n, o, OUT)] = static_cast<T>(sum);
        }
}

// dinp (N,IN) = dout·weight, dweight (OUT,IN) = doutᵀ·inp, dbias (OUT) = Σn dout; the ones
// given as nullptr are skipped.
template <class T>
void dense_backward(T* dinp, T* dweight, T* dbias, const T* dout, const T* inp, const T* weight,
                    int N, int IN, int OUT) {
    if (dinp)
        for (int n = 0; n < N; ++n)
            for (int i = 0; i < IN; ++i) {
                double sum = 0.0;
                for (int o = 0; o < OUT; ++o) {
                    const double g = dout[index2(n, o, OUT)], w = weight[index2(o, i, IN)];
                    sum += g * w;
                }
                dinp[index2(n, i, IN)] = static_cast<T>(sum);
            }
    if (dweight)
        for (int o = 0; o < OUT; ++o)
            for (int i = 0; i < IN; ++i) {
                double sum = 0.0;
                for (int n = 0; n < N; ++n) {
                    const double g = dout[index2(n, o, OUT)], x = inp[index2(n, i, IN)];
                    sum += g * x;
                }
                dweight[index2(o, i, IN)] = static_cast<T>(sum);
            }
    if (dbias)
        for (int o = 0; o < OUT; ++o) {
            double sum = 0.0;
            for (int n = 0; n < N; ++n)
                sum += dout[index2(n, o, OUT)];
            dbias[o] = static_cast<T>(sum);
        }
}

// A row's maximum and log Σ exp(x − max): what its softmax subtracts.
struct RowShift {
    double max;
    double log_sum;
};

// One row's softmax (or log softmax, `log`) of K values into y; returns the shift.
template <class T>
RowShift softmax_row(T* y, const T* x, int K, bool log) {
    double max = x[0];
    for (int k = 1; k < K; ++k)
        max = std::fmax(max, x[k]);
    double sum = 0.0;
    for (int k = 0; k < K; ++k)
        sum += std::exp(x[k] - max);
    for (int k = 0; k < K; ++k)
        y[k] = static_cast<T>(log ? x[k] - max - std::log(sum) : std::exp(x[k] - max) / sum);
    return {max, std::log(sum)};
}

// ---- Softmax cross-entropy -------------------------------------------------------------------

// losses (N) = −log softmax(logits (N,K))[label], probs (N,K) = softmax, labels (N) class
// indices stored as values. Stable: with m the row maximum, softmax_k = exp(x_k − m)/Σ exp(x_j − m)
// and −log softmax_label = log Σ exp(x_j − m) − (x_label − m), so no exp overflows.
template <class T>
void softmax_cross_entropy_forward(T* losses, T* probs, const T* logits, const T* labels, int N,
                                   int K) {
    for (int n = 0; n < N; ++n) {
        const T* row = logits + index2(n, 0, K);
        const RowShift shift = softmax_row(probs + index2(n, 0, K), row, K, false);
        const int label = static_cast<int>(labels[n]);
        losses[n] = static_cast<T>(shift.log_sum - (row[label] - shift.max));
    }
}

// stats (4): Σ losses, correct predictions (the first maximum of probs is the label), the first bad
// label's index (−1: none) and value; sums in double.
template <class T>
void loss_statistics(T* stats, const T* losses, const T* probs, const T* labels, int N, int K) {
    double sum = 0.0;
    int correct = 0, bad = -1;
    for (int n = 0; n < N; ++n) {
        if (!math::is_class_index(static_cast<float>(labels[n]), K)) {
            if (bad < 0)
                bad = n;
            continue;
        }
        sum += losses[n];
        int best = 0;
        for (int k = 1; k < K; ++k)
            if (probs[index2(n, k, K)] > probs[index2(n, best, K)])
                best = k;
        correct += best == static_cast<int>(labels[n]) ? 1 : 0;
    }
    stats[0] = static_cast<T>(sum);
    stats[1] = static_cast<T>(correct);
    stats[2] = static_cast<T>(bad);
    stats[3] = bad >= 0 ? labels[bad] : T(0);
}

// dlogits (N,K) = (probs − onehot(label)) / N: the gradient of the mean loss.
template <class T>
void softmax_cross_entropy_backward(T* dlogits, const T* probs, const T* labels, int N, int K) {
    for (int n = 0; n < N; ++n) {
        const int label = static_cast<int>(labels[n]);
        for (int k = 0; k < K; ++k) {
            const double onehot = k == label ? 1.0 : 0.0;
            dlogits[index2(n, k, K)] = static_cast<T>((probs[index2(n, k, K)] - onehot) / N);
        }
    }
}

// ---- Softmax and log-softmax -----------------------------------------------------------------

// out (N,K) = softmax of each row of inp (N,K), or log softmax when `log`: with m the row
// maximum, softmax_k = exp(x_k − m) / Σ exp(x_j − m) and log softmax_k = x_k − m − log Σ exp(x_j −
// m), so no exp overflows.
template <class T>
void softmax_forward(T* out, const T* inp, int N, int K, bool log) {
    for (int n = 0; n < N; ++n)
        softmax_row(out + index2(n, 0, K), inp + index2(n, 0, K), K, log);
}

// dinp (N,K) from dout (N,K) and the forward's out (N,K). Softmax: dinp_k = y_k·(dout_k − Σ_j
// dout_j·y_j); log softmax: dinp_k = dout_k − exp(y_k)·Σ_j dout_j.
template <class T>
void softmax_backward(T* dinp, const T* dout, const T* out, int N, int K, bool log) {
    for (int n = 0; n < N; ++n) {
        double sum = 0.0;
        for (int k = 0; k < K; ++k)
            sum += log ? static_cast<double>(dout[index2(n, k, K)])
                       : static_cast<double>(dout[index2(n, k, K)]) * out[index2(n, k, K)];
        for (int k = 0; k < K; ++k) {
            const std::size_t i = index2(n, k, K);
            dinp[i] = static_cast<T>(log ? dout[i] - std::exp(static_cast<double>(out[i])) * sum
                                         : out[i] * (dout[i] - sum));
        }
    }
}

// ---- Padding ---------------------------------------------------------------------------------

// out (N,C,OH,OW): output (oy,ox) copies input (oy − top, ox − left), mapped back inside the
// image by the mode (math::pad_index), or holds the constant where that is outside.
template <class T>
void pad2d_forward(T* out, const T* inp, const PadDims& d) {
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const int iy = math::pad_index(d.mode, oy, d.top, d.H);
                    const int ix = math::pad_index(d.mode, ox, d.left, d.W);
                    out[index4(n, c, oy, ox, d.C, d.OH, d.OW)] =
                        iy < 0 || ix < 0 ? static_cast<T>(d.value)
                                         : inp[index4(n, c, iy, ix, d.C, d.H, d.W)];
                }
}

// dinp (N,C,H,W): every output cell sends its gradient to the input cell it copied (reflected
// and repeated cells add up); the constant cells send theirs nowhere.
template <class T>
void pad2d_backward(T* dinp, const T* dout, const PadDims& d) {
    std::vector<double> sums(static_cast<std::size_t>(d.N) * d.C * d.H * d.W);
    for (int n = 0; n < d.N; ++n)
        for (int c = 0; c < d.C; ++c)
            for (int oy = 0; oy < d.OH; ++oy)
                for (int ox = 0; ox < d.OW; ++ox) {
                    const int iy = math::pad_index(d.mode, oy, d.top, d.H);
                    const int ix = math::pad_index(d.mode, ox, d.left, d.W);
                    if (iy >= 0 && ix >= 0)
                        sums[index4(n, c, iy, ix, d.C, d.H, d.W)] +=
                            dout[index4(n, c, oy, ox, d.C, d.OH, d.OW)];
                }
    store(dinp, sums);
}

// ---- Batch normalisation ---------------------------------------------------------------------

// Value j of channel c (N·HW of them) in a (N,C,HW) array.
inline std::size_t channel_index(int c, std::size_t j, int C, int HW) {
    const std::size_t n = j / static_cast<std::size_t>(HW), hw = j % static_cast<std::size_t>(HW);
    return (n * static_cast<std::size_t>(C) + static_cast<std::size_t>(c)) *
               static_cast<std::size_t>(HW) +
           hw;
}

// Training (PyTorch's conventions): per channel of inp (N,C,HW), mean and biased variance over
// its M = N·HW values; out = gamma·(x − mean)·invstd + beta with invstd = 1/√(var + eps); mean
// and invstd (C) saved for the backward; running = (1 − momentum)·running + momentum·batch, the
// running variance fed the unbiased variance var·M/(M − 1).
template <class T>
void batchnorm_forward_train(T* out, T* mean, T* invstd, T* running_mean, T* running_var,
                             const T* inp, const T* gamma, const T* beta, int N, int C, int HW,
                             T momentum, T eps) {
    const std::size_t M = static_cast<std::size_t>(N) * static_cast<std::size_t>(HW);
    const double count = static_cast<double>(M), m = momentum;
    for (int c = 0; c < C; ++c) {
        double sum = 0.0;
        for (std::size_t j = 0; j < M; ++j)
            sum += inp[channel_index(c, j, C, HW)];
        const double mu = sum / count;
        double squares = 0.0;
        for (std::size_t j = 0; j < M; ++j) {
            const double centred = inp[channel_index(c, j, C, HW)] - mu;
            squares += centred * centred;
        }
        const double var = squares / count, unbiased = squares / (count - 1);
        const double inv = 1.0 / std::sqrt(var + eps);
        for (std::size_t j = 0; j < M; ++j) {
            const std::size_t i = channel_index(c, j, C, HW);
            out[i] = static_cast<T>(gamma[c] * (inp[i] - mu) * inv + beta[c]);
        }
        mean[c] = static_cast<T>(mu);
        invstd[c] = static_cast<T>(inv);
        running_mean[c] = static_cast<T>((1.0 - m) * running_mean[c] + m * mu);
        running_var[c] = static_cast<T>((1.0 - m) * running_var[c] + m * unbiased);
    }
}

// Evaluation: the running statistics (C) replace the batch's.
template <class T>
void batchnorm_forward_eval(T* out, const T* inp, const T* gamma, const T* beta,
                            const T* running_mean, const T* running_var, int N, int C, int HW,
                            T eps) {
    const std::size_t M = static_cast<std::size_t>(N) * static_cast<std::size_t>(HW);
    for (int c = 0; c < C; ++c) {
        const double mu = running_mean[c];
        const double inv = 1.0 / std::sqrt(static_cast<double>(running_var[c]) + eps);
        for (std::size_t j = 0; j < M; ++j) {
            const std::size_t i = channel_index(c, j, C, HW);
            out[i] = static_cast<T>(gamma[c] * (inp[i] - mu) * inv + beta[c]);
        }
    }
}

// The backward of the training forward, with x̂ = (x − mean)·invstd and M = N·HW:
// dbeta = Σ dout, dgamma = Σ dout·x̂, dinp = gamma·invstd·(dout − dbeta/M − x̂·dgamma/M).
template <class T>
void batchnorm_backward(T* dinp, T* dgamma, T* dbeta, const T* dout, const T* inp, const T* gamma,
                        const T* mean, const T* invstd, int N, int C, int HW) {
    const std::size_t M = static_cast<std::size_t>(N) * static_cast<std::size_t>(HW);
    const double count = static_cast<double>(M);
    for (int c = 0; c < C; ++c) {
        const double mu = mean[c], inv = invstd[c];
        double sum_dout = 0.0, sum_dout_xhat = 0.0;
        for (std::size_t j = 0; j < M; ++j) {
            const std::size_t i = channel_index(c, j, C, HW);
            const double xhat = (inp[i] - mu) * inv;
            sum_dout += dout[i];
            sum_dout_xhat += dout[i] * xhat;
        }
        if (dbeta)
            dbeta[c] = static_cast<T>(sum_dout);
        if (dgamma)
            dgamma[c] = static_cast<T>(sum_dout_xhat);
        if (!dinp)
            continue;
        const double scale = gamma[c] * inv;
        for (std::size_t j = 0; j < M; ++j) {
            const std::size_t i = channel_index(c, j, C, HW);
            const double xhat = (inp[i] - mu) * inv;
            dinp[i] =
                static_cast<T>(scale * (dout[i] - sum_dout / count - xhat * sum_dout_xhat / count));
        }
    }
}

// ---- Argmax ----------------------------------------------------------------------------------

// out (N) = index of the largest value of each row of inp (N,K); a tie keeps the first.
template <class T>
void argmax_rows(T* out, const T* inp, int N, int K) {
    for (int n = 0; n < N; ++n) {
        int best = 0;
        for (int k = 1; k < K; ++k)
            if (inp[index2(n, k, K)] > inp[index2(n, best, K)])
                best = k;
        out[n] = static_cast<T>(best);
    }
}

} // namespace convsight::compute::reference::generic
