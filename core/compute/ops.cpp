// Checks each op's arguments, allocates its outputs on the inputs' device and runs the backend.
#include "compute/ops.h"

#include "compute/cpu/cpu_ops.h"
#include "compute/shared/math.h"

#include <climits>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>

#if defined(CONVSIGHT_HAVE_CUDA)
#include "compute/cuda/cuda_ops.h"
#define CS_DISPATCH(device, fn, ...)                                                               \
    do {                                                                                           \
        if ((device).is_cuda()) {                                                                  \
            cuda::use_device((device).index());                                                    \
            cuda::fn(__VA_ARGS__);                                                                 \
        } else {                                                                                   \
            cpu::fn(__VA_ARGS__);                                                                  \
        }                                                                                          \
    } while (0)
#else
#define CS_DISPATCH(device, fn, ...)                                                               \
    do {                                                                                           \
        if ((device).is_cuda())                                                                    \
            throw DeviceError(#fn, #fn ": this build has no CUDA backend");                        \
        cpu::fn(__VA_ARGS__);                                                                      \
    } while (0)
#endif

namespace convsight::compute::ops {

// Names the op to the CUDA allocator while it allocates its outputs.
AllocatingFor::AllocatingFor(const char* op) {
#if defined(CONVSIGHT_HAVE_CUDA)
    previous_ = cuda::allocating_for(op);
#else
    (void)op;
#endif
}

AllocatingFor::~AllocatingFor() {
#if defined(CONVSIGHT_HAVE_CUDA)
    cuda::allocating_for(previous_);
#endif
}

namespace {

[[noreturn]] void fail(const char* op, const std::string& message) {
    throw std::invalid_argument(std::string(op) + ": " + message);
}

void require(bool condition, const char* op, const std::string& message) {
    if (!condition)
        fail(op, message);
}

void require_defined(const char* op, const char* name, const Tensor& t) {
    require(t.defined(), op, std::string(name) + " is an undefined tensor");
}

void require_rank(const char* op, const char* name, const Tensor& t, int rank) {
    require_defined(op, name, t);
    require(t.rank() == rank, op,
            std::string(name) + " must have " + std::to_string(rank) + " dimensions, not shape " +
                t.shape_string());
}

void require_shape(const char* op, const char* name, const Tensor& t, const Shape& shape) {
    require_defined(op, name, t);
    require(t.shape() == shape, op,
            std::string(name) + " has shape " + t.shape_string() + " but " + shape_string(shape) +
                " was expected");
}

// Every defined tensor of one call lives on the same device.
Device common_device(const char* op, std::initializer_list<const Tensor*> tensors) {
    const Tensor* first = nullptr;
    for (const Tensor* t : tensors) {
        if (!t->defined())
            continue;
        if (!first)
            first = t;
        else if (t->device() != first->device())
            fail(op, "tensors on different devices (" + first->device().id() + " and " +
                         t->device().id() + "); move them with .to(device) first");
    }
    return first ? first->device() : Device::cpu();
}

int as_int(std::int64_t value) {
    return static_cast<int>(value);
}

float* optional_data(Tensor& t) {
    return t.defined() ? t.data() : nullptr;
}
const float* optional_data(const Tensor& t) {
    return t.defined() ? t.data() : nullptr;
}

// "label 12.000000 at index 3 is not a class index in [0, 10)", thrown for the forward (whose
// name the message carries on every device).
[[noreturn]] void fail_class_index(const char* op, float label, std::int64_t index, int K) {
    fail(op, "label " + std::to_string(label) + " at index " + std::to_string(index) +
                 " is not a class index in [0, " + std::to_string(K) + ")");
}

// Labels are class indices stored as floats; the CPU backend indexes with them unchecked.
// Host tensors only: a GPU checks its labels in loss_statistics instead of sending them back.
void require_class_indices(const char* op, const Tensor& labels, int K) {
    const float* values = labels.data();
    for (std::int64_t i = 0; i < labels.numel(); ++i)
        if (!math::is_class_index(values[i], K))
            fail_class_index(op, values[i], i, K);
}

int pooled_size(int input, int window, int stride, int pad_before, int pad_after) {
    return (input + pad_before + pad_after - window) / stride + 1;
}

} // namespace

ConvDims conv2d_dims(const Shape& x, const Shape& w, const Conv2dParams& p) {
    const char* op = "conv2d";
    require(x.size() == 4, op, "input must be (N, C, H, W), not " + shape_string(x));
    require(w.size() == 4, op, "weight must be (OC, C/groups, KH, KW), not " + shape_string(w));
    require(p.groups >= 1, op, "groups must be at least 1");
    const std::string groups = std::to_string(p.groups);
    require(x[1] % p.groups == 0, op,
            "input " + shape_string(x) + " has " + std::to_string(x[1]) +
                " channels, which do not split into " + groups + " groups");
    require(w[0] % p.groups == 0, op,
            "weight " + shape_string(w) + " has " + std::to_string(w[0]) +
                " filters, which do not split into " + groups + " groups");
    require(x[1] == w[1] * p.groups, op,
            "input " + shape_string(x) + " has " + std::to_string(x[1]) + " channels but weight " +
                shape_string(w) + " expects " + std::to_string(w[1] * p.groups) +
                (p.groups > 1 ? " (" + std::to_string(w[1]) + " per group, " + groups + " groups)"
                              : std::string()));
    require(p.stride_y >= 1 && p.stride_x >= 1, op, "stride must be at least 1");
    require(p.dilation_y >= 1 && p.dilation_x >= 1, op, "dilation must be at least 1");
    require(p.pad_top >= 0 && p.pad_bottom >= 0 && p.pad_left >= 0 && p.pad_right >= 0, op,
            "padding cannot be negative");
    ConvDims d{};
    d.N = as_int(x[0]), d.C = as_int(x[1]), d.H = as_int(x[2]), d.W = as_int(x[3]);
    d.OC = as_int(w[0]), d.KH = as_int(w[2]), d.KW = as_int(w[3]);
    d.stride_y = p.stride_y, d.stride_x = p.stride_x;
    d.pad_top = p.pad_top, d.pad_left = p.pad_left;
    d.dilation_y = p.dilation_y, d.dilation_x = p.dilation_x;
    d.groups = p.groups;
    const int extent_y = p.dilation_y * (d.KH - 1) + 1;
    const int extent_x = p.dilation_x * (d.KW - 1) + 1;
    const int span_y = d.H + p.pad_top + p.pad_bottom - extent_y;
    const int span_x = d.W + p.pad_left + p.pad_right - extent_x;
    require(span_y >= 0 && span_x >= 0, op,
            "the " + std::to_string(extent_y) + "x" + std::to_string(extent_x) +
                " filter does not fit in the padded " +
                std::to_string(d.H + p.pad_top + p.pad_bottom) + "x" +
                std::to_string(d.W + p.pad_left + p.pad_right) + " input");
    d.OH = span_y / p.stride_y + 1;
    d.OW = span_x / p.stride_x + 1;
    return d;
}

PoolDims pool2d_dims(const Shape& x, const Pool2dParams& p) {
    const char* op = "pool2d";
    require(x.size() == 4, op, "input must be (N, C, H, W), not " + shape_string(x));
    require(p.window_y >= 1 && p.window_x >= 1, op, "the window must be at least 1x1");
    require(p.stride_y >= 1 && p.stride_x >= 1, op, "stride must be at least 1");
    require(p.pad_top >= 0 && p.pad_bottom >= 0 && p.pad_left >= 0 && p.pad_right >= 0, op,
            "padding cannot be negative");
    require(p.pad_top < p.window_y && p.pad_bottom < p.window_y && p.pad_left < p.window_x &&
                p.pad_right < p.window_x,
            op, "padding must be smaller than the window, or a window could see only padding");
    PoolDims d{};
    d.N = as_int(x[0]), d.C = as_int(x[1]), d.H = as_int(x[2]), d.W = as_int(x[3]);
    d.KH = p.window_y, d.KW = p.window_x;
    d.stride_y = p.stride_y, d.stride_x = p.stride_x;
    d.pad_top = p.pad_top, d.pad_left = p.pad_left;
    d.count_include_pad = p.count_include_pad;
    require(d.H + p.pad_top + p.pad_bottom >= d.KH && d.W + p.pad_left + p.pad_right >= d.KW, op,
            "the " + std::to_string(d.KH) + "x" + std::to_string(d.KW) +
                " window does not fit in the input " + shape_string(x));
    d.OH = pooled_size(d.H, d.KH, d.stride_y, p.pad_top, p.pad_bottom);
    d.OW = pooled_size(d.W, d.KW, d.stride_x, p.pad_left, p.pad_right);
    return d;
}

Tensor conv2d_forward(const Tensor& x, const Tensor& w, const Tensor& b, const Conv2dParams& p) {
    const char* op = "conv2d_forward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 4);
    require_rank(op, "weight", w, 4);
    const Device device = common_device(op, {&x, &w, &b});
    const ConvDims d = conv2d_dims(x.shape(), w.shape(), p);
    if (b.defined())
        require_shape(op, "bias", b, {d.OC});
    Tensor y({d.N, d.OC, d.OH, d.OW}, device);
    CS_DISPATCH(device, conv2d_forward, y.data(), x.data(), w.data(), optional_data(b), d);
    return y;
}

Conv2dGrads conv2d_backward(const Tensor& dy, const Tensor& x, const Tensor& w, bool has_bias,
                            const Conv2dParams& p, bool need_dx) {
    const char* op = "conv2d_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 4);
    require_rank(op, "weight", w, 4);
    const Device device = common_device(op, {&dy, &x, &w});
    const ConvDims d = conv2d_dims(x.shape(), w.shape(), p);
    require_shape(op, "output gradient", dy, {d.N, d.OC, d.OH, d.OW});
    Conv2dGrads g;
    if (need_dx)
        g.dx = Tensor(x.shape(), device);
    g.dw = Tensor(w.shape(), device);
    if (has_bias)
        g.db = Tensor({d.OC}, device);
    CS_DISPATCH(device, conv2d_backward, optional_data(g.dx), g.dw.data(), optional_data(g.db),
                dy.data(), x.data(), w.data(), d);
    return g;
}

namespace {

// Max and average pooling take and check the same tensors; only the backend function differs.
// argmax (max pooling only, or nullptr) receives the offsets of the maxima.
Tensor pool2d_forward(PoolKind kind, const Tensor& x, const Pool2dParams& p,
                      Tensor* argmax = nullptr) {
    const char* op = kind == PoolKind::Max ? "maxpool2d_forward" : "avgpool2d_forward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 4);
    const PoolDims d = pool2d_dims(x.shape(), p);
    Tensor y({d.N, d.C, d.OH, d.OW}, x.device());
    if (kind == PoolKind::Max) {
        if (argmax) {
            require(static_cast<std::int64_t>(d.H) * d.W <= (std::int64_t{1} << 24), op,
                    "the input " + x.shape_string() +
                        " has more than 2^24 pixels per plane, too many to keep the argmax");
            *argmax = Tensor(y.shape(), x.device());
        }
        CS_DISPATCH(x.device(), maxpool2d_forward, y.data(),
                    argmax ? argmax->data() : static_cast<float*>(nullptr), x.data(), d);
    } else {
        CS_DISPATCH(x.device(), avgpool2d_forward, y.data(), x.data(), d);
    }
    return y;
}

} // namespace

Tensor maxpool2d_forward(const Tensor& x, const Pool2dParams& p) {
    return pool2d_forward(PoolKind::Max, x, p);
}

MaxPool2dResult maxpool2d_forward_with_argmax(const Tensor& x, const Pool2dParams& p) {
    MaxPool2dResult result;
    result.y = pool2d_forward(PoolKind::Max, x, p, &result.argmax);
    return result;
}

Tensor maxpool2d_backward(const Tensor& dy, const Tensor& argmax, const Shape& input_shape,
                          const Pool2dParams& p) {
    const char* op = "maxpool2d_backward";
    const AllocatingFor allocating(op);
    require(input_shape.size() == 4, op,
            "input must be (N, C, H, W), not " + shape_string(input_shape));
    const Device device = common_device(op, {&dy, &argmax});
    const PoolDims d = pool2d_dims(input_shape, p);
    require_shape(op, "output gradient", dy, {d.N, d.C, d.OH, d.OW});
    require_shape(op, "argmax", argmax, dy.shape());
    Tensor dx(input_shape, device);
    CS_DISPATCH(device, maxpool2d_backward, dx.data(), dy.data(), argmax.data(), d);
    return dx;
}

Tensor maxpool2d_backward(const Tensor& dy, const Tensor& x, const Pool2dParams& p) {
    const char* op = "maxpool2d_backward";
    require_rank(op, "input", x, 4);
    const PoolDims d = pool2d_dims(x.shape(), p);
    require_shape(op, "output gradient", dy, {d.N, d.C, d.OH, d.OW});
    common_device(op, {&dy, &x});
    return maxpool2d_backward(dy, maxpool2d_forward_with_argmax(x, p).argmax, x.shape(), p);
}

Tensor avgpool2d_forward(const Tensor& x, const Pool2dParams& p) {
    return pool2d_forward(PoolKind::Average, x, p);
}

Tensor avgpool2d_backward(const Tensor& dy, const Tensor& x, const Pool2dParams& p) {
    const char* op = "avgpool2d_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 4);
    const Device device = common_device(op, {&dy, &x});
    const PoolDims d = pool2d_dims(x.shape(), p);
    require_shape(op, "output gradient", dy, {d.N, d.C, d.OH, d.OW});
    Tensor dx(x.shape(), device);
    CS_DISPATCH(device, avgpool2d_backward, dx.data(), dy.data(), d);
    return dx;
}

PadDims pad2d_dims(const Shape& x, const PadParams& p) {
    const char* op = "pad2d";
    require(x.size() == 4, op, "input must be (N, C, H, W), not " + shape_string(x));
    require(p.top >= 0 && p.bottom >= 0 && p.left >= 0 && p.right >= 0, op,
            "padding cannot be negative");
    require(p.mode == PadMode::Constant || p.mode == PadMode::Reflect || p.mode == PadMode::Edge,
            op, "unknown padding mode");
    const std::int64_t height = x[2] + p.top + p.bottom, width = x[3] + p.left + p.right;
    require(height <= INT_MAX && width <= INT_MAX, op, "the padded image is too large");
    if (p.mode == PadMode::Reflect) {
        // Reflection mirrors about the edge pixel without repeating it: a side of n pixels has
        // n − 1 to mirror.
        const auto check = [&](int pad, std::int64_t size, const char* side, const char* axis) {
            require(pad <= size - 1, op,
                    "reflect padding of " + std::to_string(pad) + " on the " + side +
                        " needs at least " + std::to_string(pad + 1) + " " + axis + ", the input " +
                        shape_string(x) + " has " + std::to_string(size) +
                        " (it can mirror at most size − 1 pixels)");
        };
        check(p.top, x[2], "top", "rows");
        check(p.bottom, x[2], "bottom", "rows");
        check(p.left, x[3], "left", "columns");
        check(p.right, x[3], "right", "columns");
    }
    PadDims d{};
    d.N = as_int(x[0]), d.C = as_int(x[1]), d.H = as_int(x[2]), d.W = as_int(x[3]);
    d.OH = as_int(height), d.OW = as_int(width);
    d.top = p.top, d.left = p.left;
    d.mode = p.mode;
    d.value = p.value;
    return d;
}

Tensor pad2d_forward(const Tensor& x, const PadParams& p) {
    const char* op = "pad2d_forward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 4);
    const PadDims d = pad2d_dims(x.shape(), p);
    Tensor y({d.N, d.C, d.OH, d.OW}, x.device());
    CS_DISPATCH(x.device(), pad2d_forward, y.data(), x.data(), d);
    return y;
}

Tensor pad2d_backward(const Tensor& dy, const PadParams& p) {
    const char* op = "pad2d_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "output gradient", dy, 4);
    const Shape x{dy.dim(0), dy.dim(1), dy.dim(2) - p.top - p.bottom, dy.dim(3) - p.left - p.right};
    require(x[2] >= 1 && x[3] >= 1, op,
            "the output gradient " + dy.shape_string() + " is smaller than the padding");
    const PadDims d = pad2d_dims(x, p);
    Tensor dx(x, dy.device());
    CS_DISPATCH(dy.device(), pad2d_backward, dx.data(), dy.data(), d);
    return dx;
}

Tensor activation_forward(Activation a, const Tensor& x, float alpha) {
    const char* op = "activation_forward";
    const AllocatingFor allocating(op);
    require_defined(op, "input", x);
    Tensor y(x.shape(), x.device());
    CS_DISPATCH(x.device(), activation_forward, y.data(), x.data(),
                static_cast<std::size_t>(x.numel()), a, alpha);
    return y;
}

Tensor activation_backward(Activation a, const Tensor& dy, const Tensor& x, const Tensor& y,
                           float alpha) {
    const char* op = "activation_backward";
    const AllocatingFor allocating(op);
    require_defined(op, "input", x);
    require_shape(op, "output", y, x.shape());
    require_shape(op, "output gradient", dy, x.shape());
    const Device device = common_device(op, {&dy, &x, &y});
    Tensor dx(x.shape(), device);
    CS_DISPATCH(device, activation_backward, dx.data(), dy.data(), x.data(), y.data(),
                static_cast<std::size_t>(x.numel()), a, alpha);
    return dx;
}

Tensor matmul(const Tensor& a, const Tensor& b, bool trans_a, bool trans_b) {
    const char* op = "matmul";
    const AllocatingFor allocating(op);
    require_rank(op, "A", a, 2);
    require_rank(op, "B", b, 2);
    const Device device = common_device(op, {&a, &b});
    const int M = as_int(trans_a ? a.dim(1) : a.dim(0));
    const int K = as_int(trans_a ? a.dim(0) : a.dim(1));
    const int KB = as_int(trans_b ? b.dim(1) : b.dim(0));
    const int N = as_int(trans_b ? b.dim(0) : b.dim(1));
    require(K == KB, op,
            "inner dimensions differ: op(A) is " + std::to_string(M) + "x" + std::to_string(K) +
                ", op(B) is " + std::to_string(KB) + "x" + std::to_string(N));
    Tensor c({M, N}, device);
    CS_DISPATCH(device, gemm, trans_a, trans_b, M, N, K, 1.0f, a.data(), as_int(a.dim(1)), b.data(),
                as_int(b.dim(1)), 0.0f, c.data(), N);
    return c;
}

Tensor dense_forward(const Tensor& x, const Tensor& w, const Tensor& b) {
    const char* op = "dense_forward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 2);
    require_rank(op, "weight", w, 2);
    const Device device = common_device(op, {&x, &w, &b});
    require(x.dim(1) == w.dim(1), op,
            "input " + x.shape_string() + " has " + std::to_string(x.dim(1)) +
                " features but weight " + w.shape_string() + " expects " +
                std::to_string(w.dim(1)));
    if (b.defined())
        require_shape(op, "bias", b, {w.dim(0)});
    Tensor y({x.dim(0), w.dim(0)}, device);
    CS_DISPATCH(device, dense_forward, y.data(), x.data(), w.data(), optional_data(b),
                as_int(x.dim(0)), as_int(x.dim(1)), as_int(w.dim(0)));
    return y;
}

DenseGrads dense_backward(const Tensor& dy, const Tensor& x, const Tensor& w, bool has_bias,
                          bool need_dx) {
    const char* op = "dense_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "input", x, 2);
    require_rank(op, "weight", w, 2);
    require(x.dim(1) == w.dim(1), op, "input and weight disagree on the number of features");
    require_shape(op, "output gradient", dy, {x.dim(0), w.dim(0)});
    const Device device = common_device(op, {&dy, &x, &w});
    DenseGrads g;
    if (need_dx)
        g.dx = Tensor(x.shape(), device);
    g.dw = Tensor(w.shape(), device);
    if (has_bias)
        g.db = Tensor({w.dim(0)}, device);
    CS_DISPATCH(device, dense_backward, optional_data(g.dx), g.dw.data(), optional_data(g.db),
                dy.data(), x.data(), w.data(), as_int(x.dim(0)), as_int(x.dim(1)),
                as_int(w.dim(0)));
    return g;
}

Tensor flatten(const Tensor& x) {
    require(x.defined() && x.rank() >= 1, "flatten", "input is an undefined tensor");
    return x.view({x.dim(0), x.numel() / x.dim(0)});
}

SoftmaxCrossEntropy softmax_cross_entropy_forward(const Tensor& logits, const Tensor& labels,
                                                  bool read_loss) {
    const char* op = "softmax_cross_entropy_forward";
    const AllocatingFor allocating(op);
    require_rank(op, "logits", logits, 2);
    require_shape(op, "labels", labels, {logits.dim(0)});
    const Device device = common_device(op, {&logits, &labels});
    const int N = as_int(logits.dim(0));
    const int K = as_int(logits.dim(1));
    if (device.is_cpu())
        require_class_indices(op, labels, K);
    SoftmaxCrossEntropy result{std::numeric_limits<float>::quiet_NaN(), Tensor({N, K}, device),
                               Tensor({N}, device), Tensor({4}, device)};
    CS_DISPATCH(device, softmax_cross_entropy_forward, result.losses.data(), result.probs.data(),
                logits.data(), labels.data(), N, K);
    CS_DISPATCH(device, loss_statistics, result.stats.data(), result.losses.data(),
                result.probs.data(), labels.data(), N, K);
    if (device.is_cpu()) {
        // The mean as it always was: a double sum of the float losses, in order.
        const float* losses = result.losses.data();
        double sum = 0.0;
        for (int i = 0; i < N; ++i)
            sum += losses[i];
        result.loss = static_cast<float>(sum / N);
    } else if (read_loss) {
        result.loss = static_cast<float>(loss_figures(result.stats.to_vector(), K).loss_sum / N);
    }
    return result;
}

LossFigures loss_figures(const std::vector<float>& stats, int K) {
    require(stats.size() == 4, "loss_figures",
            "the statistics hold 4 values, not " + std::to_string(stats.size()));
    if (stats[2] >= 0.0f)
        fail_class_index("softmax_cross_entropy_forward", stats[3],
                         static_cast<std::int64_t>(stats[2]), K);
    return {static_cast<double>(stats[0]), static_cast<std::int64_t>(stats[1])};
}

std::uint64_t device_to_host_copies() {
#if defined(CONVSIGHT_HAVE_CUDA)
    return cuda::device_to_host_copies();
#else
    return 0;
#endif
}

Tensor softmax_cross_entropy_backward(const Tensor& probs, const Tensor& labels) {
    const char* op = "softmax_cross_entropy_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "probs", probs, 2);
    require_shape(op, "labels", labels, {probs.dim(0)});
    const Device device = common_device(op, {&probs, &labels});
    if (device.is_cpu())
        require_class_indices(op, labels, as_int(probs.dim(1)));
    Tensor dlogits(probs.shape(), device);
    CS_DISPATCH(device, softmax_cross_entropy_backward, dlogits.data(), probs.data(), labels.data(),
                as_int(probs.dim(0)), as_int(probs.dim(1)));
    return dlogits;
}

Tensor softmax_forward(const Tensor& x, bool log) {
    const char* op = log ? "log_softmax_forward" : "softmax_forward";
    const AllocatingFor allocating(op);
    require_defined(op, "input", x);
    require(x.rank() == 2, op,
            "the input must be (N, F), one row of scores per example, not " + x.shape_string() +
                (x.rank() == 4 ? ": flatten it first" : ""));
    Tensor y(x.shape(), x.device());
    CS_DISPATCH(x.device(), softmax_forward, y.data(), x.data(), as_int(x.dim(0)), as_int(x.dim(1)),
                log);
    return y;
}

Tensor softmax_backward(const Tensor& dy, const Tensor& y, bool log) {
    const char* op = log ? "log_softmax_backward" : "softmax_backward";
    const AllocatingFor allocating(op);
    require_rank(op, "output", y, 2);
    require_shape(op, "output gradient", dy, y.shape());
    const Device device = common_device(op, {&dy, &y});
    Tensor dx(y.shape(), device);
    CS_DISPATCH(device, softmax_backward, dx.data(), dy.data(), y.data(), as_int(y.dim(0)),
                as_int(y.dim(1)), log);
    return dx;
}

namespace {

// (N, C, HW) of a (N,C,H,W) or (N,C) tensor.
struct ChannelLayout {
    int N, C, HW;
};

ChannelLayout channel_layout(const char* op, const Tensor& x) {
    require_defined(op, "input", x);
    require(x.rank() == 2 || x.rank() == 4, op,
            "input must be (N, C) or (N, C, H, W), not " + x.shape_string());
    return {as_int(x.dim(0)), as_int(x.dim(1)), as_int(x.numel() / (x.dim(0) * x.dim(1)))};
}

} // namespace

Tensor batchnorm_forward(const Tensor& x, BatchNormState& s, bool training, BatchNormSaved* saved) {
    const char* op = "batchnorm_forward";
    const AllocatingFor allocating(op);
    const ChannelLayout l = channel_layout(op, x);
    require_shape(op, "gamma", s.gamma, {l.C});
    require_shape(op, "beta", s.beta, {l.C});
    require_shape(op, "running mean", s.running_mean, {l.C});
    require_shape(op, "running variance", s.running_var, {l.C});
    const Device device =
        common_device(op, {&x, &s.gamma, &s.beta, &s.running_mean, &s.running_var});
    Tensor y(x.shape(), device);
    if (!training) {
        CS_DISPATCH(device, batchnorm_forward_eval, y.data(), x.data(), s.gamma.data(),
                    s.beta.data(), s.running_mean.data(), s.running_var.data(), l.N, l.C, l.HW,
                    s.eps);
        return y;
    }
    require(l.N * l.HW > 1, op, "training needs more than one value per channel");
    BatchNormSaved local;
    BatchNormSaved& out = saved ? *saved : local;
    out.mean = Tensor({l.C}, device);
    out.invstd = Tensor({l.C}, device);
    CS_DISPATCH(device, batchnorm_forward_train, y.data(), out.mean.data(), out.invstd.data(),
                s.running_mean.data(), s.running_var.data(), x.data(), s.gamma.data(),
                s.beta.data(), l.N, l.C, l.HW, s.momentum, s.eps);
    return y;
}

BatchNormGrads batchnorm_backward(const Tensor& dy, const Tensor& x, const BatchNormState& s,
                                  const BatchNormSaved& saved) {
    const char* op = "batchnorm_backward";
    const AllocatingFor allocating(op);
    const ChannelLayout l = channel_layout(op, x);
    require_shape(op, "output gradient", dy, x.shape());
    require_shape(op, "gamma", s.gamma, {l.C});
    require_shape(op, "saved mean", saved.mean, {l.C});
    require_shape(op, "saved invstd", saved.invstd, {l.C});
    const Device device = common_device(op, {&dy, &x, &s.gamma, &saved.mean, &saved.invstd});
    BatchNormGrads g{Tensor(x.shape(), device), Tensor({l.C}, device), Tensor({l.C}, device)};
    CS_DISPATCH(device, batchnorm_backward, g.dx.data(), g.dgamma.data(), g.dbeta.data(), dy.data(),
                x.data(), s.gamma.data(), saved.mean.data(), saved.invstd.data(), l.N, l.C, l.HW);
    return g;
}

Tensor dropout_forward(const Tensor& x, float p, std::uint64_t seed, Tensor& mask) {
    const char* op = "dropout_forward";
    const AllocatingFor allocating(op);
    require_defined(op, "input", x);
    require(p >= 0.0f && p < 1.0f, op,
            "the drop probability must be in [0, 1), not " + std::to_string(p));
    Tensor y(x.shape(), x.device());
    mask = Tensor(x.shape(), x.device());
    CS_DISPATCH(x.device(), dropout_forward, y.data(), mask.data(), x.data(),
                static_cast<std::size_t>(x.numel()), p, seed);
    return y;
}

Tensor dropout_backward(const Tensor& dy, const Tensor& mask) {
    const char* op = "dropout_backward";
    const AllocatingFor allocating(op);
    require_defined(op, "mask", mask);
    require_shape(op, "output gradient", dy, mask.shape());
    const Device device = common_device(op, {&dy, &mask});
    Tensor dx(dy.shape(), device);
    CS_DISPATCH(device, dropout_backward, dx.data(), dy.data(), mask.data(),
                static_cast<std::size_t>(dy.numel()));
    return dx;
}

void sgd_step(Tensor& param, const Tensor& grad, Tensor& velocity, const SgdParams& p) {
    const char* op = "sgd_step";
    const AllocatingFor allocating(op);
    require_defined(op, "parameter", param);
    require_shape(op, "gradient", grad, param.shape());
    require_shape(op, "velocity", velocity, param.shape());
    const Device device = common_device(op, {&param, &grad, &velocity});
    CS_DISPATCH(device, sgd_step, param.data(), grad.data(), velocity.data(),
                static_cast<std::size_t>(param.numel()), p);
}

void adam_step(Tensor& param, const Tensor& grad, Tensor& m, Tensor& v, const AdamParams& p,
               int t) {
    const char* op = "adam_step";
    const AllocatingFor allocating(op);
    require_defined(op, "parameter", param);
    require_shape(op, "gradient", grad, param.shape());
    require_shape(op, "first moment", m, param.shape());
    require_shape(op, "second moment", v, param.shape());
    require(t >= 1, op, "the step count starts at 1");
    const Device device = common_device(op, {&param, &grad, &m, &v});
    CS_DISPATCH(device, adam_step, param.data(), grad.data(), m.data(), v.data(),
                static_cast<std::size_t>(param.numel()), p, t);
}

std::vector<int> argmax(const Tensor& logits) {
    const AllocatingFor allocating("argmax");
    require_rank("argmax", "logits", logits, 2);
    const int N = as_int(logits.dim(0));
    Tensor indices({N}, logits.device());
    CS_DISPATCH(logits.device(), argmax_rows, indices.data(), logits.data(), N,
                as_int(logits.dim(1)));
    std::vector<int> result;
    result.reserve(static_cast<std::size_t>(N));
    for (const float index : indices.to_vector())
        result.push_back(static_cast<int>(index));
    return result;
}

float accuracy(const Tensor& logits, const Tensor& labels) {
    require_shape("accuracy", "labels", labels, {logits.defined() ? logits.dim(0) : 0});
    const std::vector<int> predicted = argmax(logits);
    const std::vector<float> truth = labels.to_vector();
    std::size_t correct = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        correct += predicted[i] == static_cast<int>(truth[i]);
    return static_cast<float>(correct) / static_cast<float>(predicted.size());
}

Tensor filter2d(const Tensor& x, const Tensor& k, BorderMode border) {
    Tensor y;
    filter2d_into(y, x, k, border);
    return y;
}

void filter2d_into(Tensor& y, const Tensor& x, const Tensor& k, BorderMode border) {
    const char* op = "filter2d";
    const AllocatingFor allocating(op);
    require_defined(op, "image", x);
    require_defined(op, "kernel", k);
    require(x.rank() == 3 || x.rank() == 4, op,
            "the image must be (C, H, W) or (N, C, H, W), not " + x.shape_string());
    require(k.rank() == 2 || k.rank() == 3, op,
            "the kernel must be (KH, KW) or (C, KH, KW), not " + k.shape_string());
    const Device device = common_device(op, {&x, &k});
    FilterDims d{};
    d.C = as_int(x.dim(x.rank() - 3));
    d.H = as_int(x.dim(x.rank() - 2));
    d.W = as_int(x.dim(x.rank() - 1));
    d.KH = as_int(k.dim(k.rank() - 2));
    d.KW = as_int(k.dim(k.rank() - 1));
    d.per_channel = k.rank() == 3;
    d.border = border;
    d.planes = as_int(x.numel() / (static_cast<std::int64_t>(d.H) * d.W));
    require(d.KH <= kMaxFilterSize && d.KW <= kMaxFilterSize, op,
            "the kernel must be 1x1 to " + std::to_string(kMaxFilterSize) + "x" +
                std::to_string(kMaxFilterSize) + ", not " + k.shape_string());
    if (d.per_channel)
        require(k.dim(0) == d.C, op,
                "the image " + x.shape_string() + " has " + std::to_string(d.C) +
                    " channels but the kernel " + k.shape_string() + " has " +
                    std::to_string(k.dim(0)));
    if (!y.defined() || y.shape() != x.shape() || y.device() != device)
        y = Tensor(x.shape(), device);
    require(y.data() != x.data(), op, "the output must not be the image itself");
    CS_DISPATCH(device, filter2d, y.data(), x.data(), k.data(), d);
}

void synchronize(Device device) {
#if defined(CONVSIGHT_HAVE_CUDA)
    if (device.is_cuda())
        cuda::synchronize(device.index());
#else
    (void)device;
#endif
}

} // namespace convsight::compute::ops
