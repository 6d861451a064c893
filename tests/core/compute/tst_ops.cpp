// Qt Test suite in the manner of ggml's test-backend-ops: one table of ops × shapes × (stride,
// padding, dilation) × device. Each row runs ops:: on its device, the reference backend on the
// host, and compares every output by NMSE against the op's tolerance, with no NaN or Inf allowed.
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <stdexcept>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

enum class Op {
    Conv2dForward,
    Conv2dBackward,
    MaxPoolForward,
    MaxPoolBackward,
    AvgPoolForward,
    AvgPoolBackward,
    ActivationForward,
    ActivationBackward,
    DenseForward,
    DenseBackward,
    Matmul,
    SoftmaxCrossEntropyForward,
    SoftmaxCrossEntropyBackward,
    BatchNormTrain,
    BatchNormEval,
    BatchNormBackward,
    DropoutForward,
    DropoutBackward,
    Sgd,
    Adam,
    Argmax,
    Filter2d,
    SoftmaxForward,
    SoftmaxBackward,
    PadForward,
    PadBackward,
};

// The largest NMSE = Σ(a−b)²/Σb² each op may show against the reference. Element-wise ops and
// pooling apply the same float formula per value (shared/math.h), so they differ by at most
// rounding (NMSE ~1e-14 when the GPU fuses a multiply-add). GEMM-based ops (convolution, dense,
// matmul) and reductions (softmax, batch norm) sum in float where the reference sums in double:
// 1e-13 at most on the CPU at these sizes. TF32 or a wrong index would be 1e-6 or more; argmax
// must agree exactly.
double tolerance(Op op) {
    switch (op) {
    case Op::ActivationForward:
    case Op::ActivationBackward:
    case Op::DropoutForward:
    case Op::DropoutBackward:
    case Op::Sgd:
    case Op::Adam:
    case Op::MaxPoolForward:
    case Op::MaxPoolBackward:
    case Op::AvgPoolForward:
    case Op::AvgPoolBackward:
    case Op::PadForward:
    case Op::PadBackward:
        return 1e-10;
    case Op::Conv2dForward:
    case Op::Conv2dBackward:
    case Op::Filter2d:
    case Op::DenseForward:
    case Op::DenseBackward:
    case Op::Matmul:
    case Op::SoftmaxCrossEntropyForward:
    case Op::SoftmaxCrossEntropyBackward:
    case Op::BatchNormTrain:
    case Op::BatchNormEval:
    case Op::BatchNormBackward:
    case Op::SoftmaxForward:
    case Op::SoftmaxBackward:
        return 1e-9;
    case Op::Argmax:
        return 0.0;
    }
    return 0.0;
}

// One row of the table: the op and whatever of these fields it reads.
struct Case {
    Op op{};
    Shape x;                 // the main input: (N,C,H,W), (N,IN), (N,K), A as stored, ...
    Shape w;                 // conv weight (OC,C/groups,KH,KW), dense weight (OUT,IN), B as stored
    bool bias{true};         // conv and dense
    bool needDx{true};       // conv and dense backward
    ops::Conv2dParams conv;  // conv
    ops::Pool2dParams pool;  // pooling
    BorderMode border{};     // filter2d, whose kernel is w: (KH,KW) or (C,KH,KW)
    Activation activation{}; // activations
    float alpha{0.01f};      // LeakyReLU slope
    bool transA{}, transB{}; // matmul
    float p{0.5f};           // dropout
    SgdParams sgd{0.1f, 0, 0};                      // sgd
    AdamParams adam{0.01f, 0.9f, 0.999f, 1e-8f, 0}; // adam
    bool log{};                                     // softmax: log_softmax
    ops::PadParams pad;                             // pad2d
};

// An output of ops:: next to the reference's.
struct Comparison {
    QString what;
    std::vector<float> got, expected;
};

constexpr std::uint32_t kSeed = 20240611;

std::size_t count(const Shape& shape) {
    return static_cast<std::size_t>(shape_numel(shape));
}

ops::Conv2dParams geometry(int stride, int padTop, int padBottom, int padLeft, int padRight,
                           int dilation) {
    ops::Conv2dParams p;
    p.stride_y = p.stride_x = stride;
    p.pad_top = padTop, p.pad_bottom = padBottom, p.pad_left = padLeft, p.pad_right = padRight;
    p.dilation_y = p.dilation_x = dilation;
    return p;
}

// The same geometry with the channels split into `groups` groups.
ops::Conv2dParams grouped(ops::Conv2dParams p, int groups) {
    p.groups = groups;
    return p;
}

ops::Pool2dParams poolParams(int window, int stride, int pad) {
    ops::Pool2dParams p;
    p.window_y = p.window_x = window;
    p.stride_y = p.stride_x = stride;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = pad;
    return p;
}

// Average pooling that divides by the whole window (count_include_pad).
ops::Pool2dParams includingPadding(ops::Pool2dParams p) {
    p.count_include_pad = true;
    return p;
}

// The host values `values` as a tensor of `shape` on `device`.
Tensor on(Device device, const Shape& shape, const std::vector<float>& values) {
    return Tensor::from(shape, values).to(device);
}

void runConv(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::vector<float> x = uniform(rng, count(c.x)), w = uniform(rng, count(c.w));
    const ConvDims d = ops::conv2d_dims(c.x, c.w, c.conv);
    const std::vector<float> b = uniform(rng, static_cast<std::size_t>(d.OC));
    const Shape yShape{d.N, d.OC, d.OH, d.OW};
    const Tensor tx = on(device, c.x, x), tw = on(device, c.w, w);

    if (c.op == Op::Conv2dForward) {
        const Tensor y =
            ops::conv2d_forward(tx, tw, c.bias ? on(device, {d.OC}, b) : Tensor(), c.conv);
        QCOMPARE(y.device(), device);
        QCOMPARE(y.shape(), yShape);
        std::vector<float> expected(count(yShape));
        reference::conv2d_forward(expected.data(), x.data(), w.data(), c.bias ? b.data() : nullptr,
                                  d);
        out.push_back({QStringLiteral("output"), y.to_vector(), expected});
        return;
    }
    const std::vector<float> dy = uniform(rng, count(yShape));
    const ops::Conv2dGrads g =
        ops::conv2d_backward(on(device, yShape, dy), tx, tw, c.bias, c.conv, c.needDx);
    QCOMPARE(g.dx.defined(), c.needDx);
    QCOMPARE(g.db.defined(), c.bias);
    std::vector<float> dx(x.size()), dw(w.size()), db(b.size());
    reference::conv2d_backward(c.needDx ? dx.data() : nullptr, dw.data(),
                               c.bias ? db.data() : nullptr, dy.data(), x.data(), w.data(), d);
    if (c.needDx)
        out.push_back({QStringLiteral("dx"), g.dx.to_vector(), dx});
    out.push_back({QStringLiteral("dw"), g.dw.to_vector(), dw});
    if (c.bias)
        out.push_back({QStringLiteral("db"), g.db.to_vector(), db});
}

// x (C,H,W) or (N,C,H,W) filtered by w (KH,KW) or (C,KH,KW).
void runFilter(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::vector<float> x = uniform(rng, count(c.x)), w = uniform(rng, count(c.w));
    const std::size_t r = c.x.size();
    FilterDims d{};
    d.C = static_cast<int>(c.x[r - 3]), d.H = static_cast<int>(c.x[r - 2]);
    d.W = static_cast<int>(c.x[r - 1]);
    d.planes = static_cast<int>(shape_numel(c.x) / (c.x[r - 2] * c.x[r - 1]));
    d.KH = static_cast<int>(c.w[c.w.size() - 2]), d.KW = static_cast<int>(c.w.back());
    d.per_channel = c.w.size() == 3;
    d.border = c.border;
    std::vector<float> expected(x.size());
    reference::filter2d(expected.data(), x.data(), w.data(), d);
    const Tensor got = ops::filter2d(on(device, c.x, x), on(device, c.w, w), c.border);
    QCOMPARE(got.device(), device);
    QCOMPARE(got.shape(), c.x);
    out.push_back({QStringLiteral("output"), got.to_vector(), expected});
}

void runPool(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::vector<float> x = uniform(rng, count(c.x));
    const PoolDims d = ops::pool2d_dims(c.x, c.pool);
    const Shape yShape{d.N, d.C, d.OH, d.OW};
    const std::vector<float> dy = uniform(rng, count(yShape));
    const Tensor tx = on(device, c.x, x), tdy = on(device, yShape, dy);
    std::vector<float> expected(
        c.op == Op::MaxPoolForward || c.op == Op::AvgPoolForward ? count(yShape) : x.size());
    Tensor got;
    switch (c.op) {
    case Op::MaxPoolForward: {
        // The plain forward, and the one that keeps the argmax: same values, and the argmax
        // names the reference's pixels exactly.
        std::vector<float> argmax(count(yShape));
        reference::maxpool2d_forward(expected.data(), argmax.data(), x.data(), d);
        const ops::MaxPool2dResult kept = ops::maxpool2d_forward_with_argmax(tx, c.pool);
        QCOMPARE(kept.argmax.device(), device);
        QCOMPARE(kept.argmax.to_vector(), argmax);
        out.push_back({QStringLiteral("output with argmax"), kept.y.to_vector(), expected});
        got = ops::maxpool2d_forward(tx, c.pool);
        break;
    }
    case Op::MaxPoolBackward: {
        // Through the argmax the forward kept (what the layer does), and through the overload
        // that finds it from the input.
        std::vector<float> refOut(count(yShape)), argmax(count(yShape));
        reference::maxpool2d_forward(refOut.data(), argmax.data(), x.data(), d);
        reference::maxpool2d_backward(expected.data(), dy.data(), argmax.data(), d);
        const ops::MaxPool2dResult kept = ops::maxpool2d_forward_with_argmax(tx, c.pool);
        out.push_back({QStringLiteral("dx from the kept argmax"),
                       ops::maxpool2d_backward(tdy, kept.argmax, c.x, c.pool).to_vector(),
                       expected});
        got = ops::maxpool2d_backward(tdy, tx, c.pool);
        break;
    }
    case Op::AvgPoolForward:
        got = ops::avgpool2d_forward(tx, c.pool);
        reference::avgpool2d_forward(expected.data(), x.data(), d);
        break;
    default:
        got = ops::avgpool2d_backward(tdy, tx, c.pool);
        reference::avgpool2d_backward(expected.data(), dy.data(), d);
        break;
    }
    QCOMPARE(got.device(), device);
    out.push_back({QStringLiteral("output"), got.to_vector(), expected});
}

void runActivation(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::size_t n = count(c.x);
    const std::vector<float> x = uniform(rng, n, -4, 4), dy = uniform(rng, n);
    std::vector<float> y(n), dx(n);
    reference::activation_forward(y.data(), x.data(), n, c.activation, c.alpha);
    const Tensor tx = on(device, c.x, x);
    if (c.op == Op::ActivationForward) {
        out.push_back({QStringLiteral("output"),
                       ops::activation_forward(c.activation, tx, c.alpha).to_vector(), y});
        return;
    }
    reference::activation_backward(dx.data(), dy.data(), x.data(), y.data(), n, c.activation,
                                   c.alpha);
    // The backward gets the reference's y, so only the backward is compared.
    const Tensor got = ops::activation_backward(c.activation, on(device, c.x, dy), tx,
                                                on(device, c.x, y), c.alpha);
    out.push_back({QStringLiteral("dx"), got.to_vector(), dx});
}

void runDense(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const int N = static_cast<int>(c.x[0]), IN = static_cast<int>(c.x[1]),
              OUT = static_cast<int>(c.w[0]);
    const std::vector<float> x = uniform(rng, count(c.x)), w = uniform(rng, count(c.w)),
                             b = uniform(rng, static_cast<std::size_t>(OUT)),
                             dy = uniform(rng, static_cast<std::size_t>(N) * OUT);
    const Tensor tx = on(device, c.x, x), tw = on(device, c.w, w);
    if (c.op == Op::DenseForward) {
        std::vector<float> y(static_cast<std::size_t>(N) * OUT);
        reference::dense_forward(y.data(), x.data(), w.data(), c.bias ? b.data() : nullptr, N, IN,
                                 OUT);
        const Tensor got = ops::dense_forward(tx, tw, c.bias ? on(device, {OUT}, b) : Tensor());
        QCOMPARE(got.shape(), (Shape{N, OUT}));
        out.push_back({QStringLiteral("output"), got.to_vector(), y});
        return;
    }
    std::vector<float> dx(x.size()), dw(w.size()), db(b.size());
    reference::dense_backward(c.needDx ? dx.data() : nullptr, dw.data(),
                              c.bias ? db.data() : nullptr, dy.data(), x.data(), w.data(), N, IN,
                              OUT);
    const ops::DenseGrads g =
        ops::dense_backward(on(device, {N, OUT}, dy), tx, tw, c.bias, c.needDx);
    QCOMPARE(g.dx.defined(), c.needDx);
    QCOMPARE(g.db.defined(), c.bias);
    if (c.needDx)
        out.push_back({QStringLiteral("dx"), g.dx.to_vector(), dx});
    out.push_back({QStringLiteral("dw"), g.dw.to_vector(), dw});
    if (c.bias)
        out.push_back({QStringLiteral("db"), g.db.to_vector(), db});
}

void runMatmul(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::vector<float> a = uniform(rng, count(c.x)), b = uniform(rng, count(c.w));
    const int M = static_cast<int>(c.transA ? c.x[1] : c.x[0]);
    const int K = static_cast<int>(c.transA ? c.x[0] : c.x[1]);
    const int N = static_cast<int>(c.transB ? c.w[0] : c.w[1]);
    std::vector<float> expected(static_cast<std::size_t>(M) * N);
    reference::gemm(c.transA, c.transB, M, N, K, 1.0f, a.data(), static_cast<int>(c.x[1]), b.data(),
                    static_cast<int>(c.w[1]), 0.0f, expected.data(), N);
    const Tensor got = ops::matmul(on(device, c.x, a), on(device, c.w, b), c.transA, c.transB);
    QCOMPARE(got.shape(), (Shape{M, N}));
    out.push_back({QStringLiteral("C"), got.to_vector(), expected});
}

void runSoftmaxCrossEntropy(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const int N = static_cast<int>(c.x[0]), K = static_cast<int>(c.x[1]);
    // Logits up to ±20: exp(20) is fine in float, but only the max subtraction keeps the sums
    // from losing the small classes.
    const std::vector<float> logits = uniform(rng, count(c.x), -20, 20);
    std::vector<float> labels(static_cast<std::size_t>(N));
    std::uniform_int_distribution<int> label(0, K - 1);
    for (float& l : labels)
        l = static_cast<float>(label(rng));
    std::vector<float> losses(labels.size()), probs(logits.size()), dlogits(logits.size());
    reference::softmax_cross_entropy_forward(losses.data(), probs.data(), logits.data(),
                                             labels.data(), N, K);
    const Tensor tLabels = on(device, {N}, labels);
    if (c.op == Op::SoftmaxCrossEntropyForward) {
        const ops::SoftmaxCrossEntropy got =
            ops::softmax_cross_entropy_forward(on(device, c.x, logits), tLabels);
        double mean = 0;
        for (const float l : losses)
            mean += l;
        out.push_back({QStringLiteral("losses"), got.losses.to_vector(), losses});
        out.push_back({QStringLiteral("probs"), got.probs.to_vector(), probs});
        out.push_back({QStringLiteral("mean loss"), {got.loss}, {static_cast<float>(mean / N)}});
        return;
    }
    reference::softmax_cross_entropy_backward(dlogits.data(), probs.data(), labels.data(), N, K);
    const Tensor got = ops::softmax_cross_entropy_backward(on(device, c.x, probs), tLabels);
    out.push_back({QStringLiteral("dlogits"), got.to_vector(), dlogits});
}

void runBatchNorm(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const int N = static_cast<int>(c.x[0]), C = static_cast<int>(c.x[1]);
    const int HW = static_cast<int>(shape_numel(c.x) / (c.x[0] * c.x[1]));
    const std::size_t channels = static_cast<std::size_t>(C);
    // Channels with their own offsets and scales, as activations have.
    std::vector<float> x = uniform(rng, count(c.x));
    const std::vector<float> offset = uniform(rng, channels, -3, 3),
                             scale = uniform(rng, channels, 0.5, 4);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::size_t ch = (i / static_cast<std::size_t>(HW)) % channels;
        x[i] = offset[ch] + scale[ch] * x[i];
    }
    const std::vector<float> gamma = uniform(rng, channels, 0.5, 1.5),
                             beta = uniform(rng, channels), runningMean = uniform(rng, channels),
                             runningVar = uniform(rng, channels, 0.5, 1.5),
                             dy = uniform(rng, x.size());
    const float momentum = 0.1f, eps = 1e-5f;
    ops::BatchNormState state{on(device, {C}, gamma),
                              on(device, {C}, beta),
                              on(device, {C}, runningMean),
                              on(device, {C}, runningVar),
                              momentum,
                              eps};
    const Tensor tx = on(device, c.x, x);
    std::vector<float> y(x.size()), mean(channels), invstd(channels), rm = runningMean,
                                                                      rv = runningVar;

    if (c.op == Op::BatchNormEval) {
        reference::batchnorm_forward_eval(y.data(), x.data(), gamma.data(), beta.data(),
                                          runningMean.data(), runningVar.data(), N, C, HW, eps);
        out.push_back(
            {QStringLiteral("output"), ops::batchnorm_forward(tx, state, false).to_vector(), y});
        // Evaluation leaves the running statistics alone.
        QCOMPARE(state.running_mean.to_vector(), runningMean);
        QCOMPARE(state.running_var.to_vector(), runningVar);
        return;
    }
    reference::batchnorm_forward_train(y.data(), mean.data(), invstd.data(), rm.data(), rv.data(),
                                       x.data(), gamma.data(), beta.data(), N, C, HW, momentum,
                                       eps);
    ops::BatchNormSaved saved;
    const Tensor got = ops::batchnorm_forward(tx, state, true, &saved);
    if (c.op == Op::BatchNormTrain) {
        out.push_back({QStringLiteral("output"), got.to_vector(), y});
        out.push_back({QStringLiteral("mean"), saved.mean.to_vector(), mean});
        out.push_back({QStringLiteral("invstd"), saved.invstd.to_vector(), invstd});
        out.push_back({QStringLiteral("running mean"), state.running_mean.to_vector(), rm});
        out.push_back({QStringLiteral("running var"), state.running_var.to_vector(), rv});
        return;
    }
    // The backward from the reference's saved statistics, so only the backward is compared.
    std::vector<float> dx(x.size()), dgamma(channels), dbeta(channels);
    reference::batchnorm_backward(dx.data(), dgamma.data(), dbeta.data(), dy.data(), x.data(),
                                  gamma.data(), mean.data(), invstd.data(), N, C, HW);
    const ops::BatchNormSaved referenceSaved{on(device, {C}, mean), on(device, {C}, invstd)};
    const ops::BatchNormGrads g =
        ops::batchnorm_backward(on(device, c.x, dy), tx, state, referenceSaved);
    out.push_back({QStringLiteral("dx"), g.dx.to_vector(), dx});
    out.push_back({QStringLiteral("dgamma"), g.dgamma.to_vector(), dgamma});
    out.push_back({QStringLiteral("dbeta"), g.dbeta.to_vector(), dbeta});
}

void runDropout(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::size_t n = count(c.x);
    const std::uint64_t seed = 1234567;
    const std::vector<float> x = uniform(rng, n), dy = uniform(rng, n);
    std::vector<float> y(n), mask(n), dx(n);
    reference::dropout_forward(y.data(), mask.data(), x.data(), n, c.p, seed);
    if (c.op == Op::DropoutForward) {
        Tensor gotMask;
        const Tensor got = ops::dropout_forward(on(device, c.x, x), c.p, seed, gotMask);
        out.push_back({QStringLiteral("output"), got.to_vector(), y});
        // The same seed draws the same mask on every device.
        out.push_back({QStringLiteral("mask"), gotMask.to_vector(), mask});
        return;
    }
    reference::dropout_backward(dx.data(), dy.data(), mask.data(), n);
    out.push_back({QStringLiteral("dx"),
                   ops::dropout_backward(on(device, c.x, dy), on(device, c.x, mask)).to_vector(),
                   dx});
}

// Two steps, so the optimizer state carried between steps counts.
void runOptimizer(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::size_t n = count(c.x);
    std::vector<float> param = uniform(rng, n), s1(n, 0.0f), s2(n, 0.0f);
    const std::vector<float> g1 = uniform(rng, n), g2 = uniform(rng, n);
    Tensor tParam = on(device, c.x, param), tS1 = on(device, c.x, s1), tS2 = on(device, c.x, s2);
    int t = 0;
    for (const std::vector<float>* g : {&g1, &g2}) {
        ++t;
        if (c.op == Op::Sgd) {
            reference::sgd_step(param.data(), g->data(), s1.data(), n, c.sgd);
            ops::sgd_step(tParam, on(device, c.x, *g), tS1, c.sgd);
        } else {
            reference::adam_step(param.data(), g->data(), s1.data(), s2.data(), n, c.adam, t);
            ops::adam_step(tParam, on(device, c.x, *g), tS1, tS2, c.adam, t);
        }
    }
    out.push_back({QStringLiteral("param"), tParam.to_vector(), param});
    if (c.op == Op::Sgd && c.sgd.momentum != 0.0f)
        out.push_back({QStringLiteral("velocity"), tS1.to_vector(), s1});
    if (c.op == Op::Adam) {
        out.push_back({QStringLiteral("m"), tS1.to_vector(), s1});
        out.push_back({QStringLiteral("v"), tS2.to_vector(), s2});
    }
}

void runArgmax(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const int N = static_cast<int>(c.x[0]), K = static_cast<int>(c.x[1]);
    std::vector<float> x = uniform(rng, count(c.x));
    // Every other row gets a tie: its maximum copied to the last column (or the first when it
    // already is the last), which the first occurrence must win.
    for (int n = 0; n < N && K > 1; n += 2) {
        float* row = x.data() + static_cast<std::size_t>(n) * static_cast<std::size_t>(K);
        const auto best = std::max_element(row, row + K) - row;
        row[best == K - 1 ? 0 : K - 1] = row[best];
    }
    std::vector<float> expected(static_cast<std::size_t>(N));
    reference::argmax_rows(expected.data(), x.data(), N, K);
    std::vector<float> got;
    for (const int index : ops::argmax(on(device, c.x, x)))
        got.push_back(static_cast<float>(index));
    out.push_back({QStringLiteral("indices"), got, expected});
}

void runSoftmax(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const int N = static_cast<int>(c.x[0]), K = static_cast<int>(c.x[1]);
    // Scores up to ±20, as in the cross-entropy rows: only the max subtraction keeps them finite.
    const std::vector<float> x = uniform(rng, count(c.x), -20, 20), dy = uniform(rng, count(c.x));
    std::vector<float> y(x.size()), dx(x.size());
    reference::softmax_forward(y.data(), x.data(), N, K, c.log);
    if (c.op == Op::SoftmaxForward) {
        const Tensor got = ops::softmax_forward(on(device, c.x, x), c.log);
        QCOMPARE(got.device(), device);
        QCOMPARE(got.shape(), c.x);
        out.push_back({QStringLiteral("output"), got.to_vector(), y});
        return;
    }
    // The backward gets the reference's y, so only the backward is compared.
    reference::softmax_backward(dx.data(), dy.data(), y.data(), N, K, c.log);
    const Tensor got = ops::softmax_backward(on(device, c.x, dy), on(device, c.x, y), c.log);
    out.push_back({QStringLiteral("dx"), got.to_vector(), dx});
}

void runPad(const Case& c, Device device, std::vector<Comparison>& out) {
    std::mt19937 rng(kSeed);
    const std::vector<float> x = uniform(rng, count(c.x));
    const PadDims d = ops::pad2d_dims(c.x, c.pad);
    const Shape yShape{d.N, d.C, d.OH, d.OW};
    if (c.op == Op::PadForward) {
        std::vector<float> expected(count(yShape));
        reference::pad2d_forward(expected.data(), x.data(), d);
        const Tensor got = ops::pad2d_forward(on(device, c.x, x), c.pad);
        QCOMPARE(got.device(), device);
        QCOMPARE(got.shape(), yShape);
        out.push_back({QStringLiteral("output"), got.to_vector(), expected});
        return;
    }
    const std::vector<float> dy = uniform(rng, count(yShape));
    std::vector<float> expected(x.size());
    reference::pad2d_backward(expected.data(), dy.data(), d);
    const Tensor got = ops::pad2d_backward(on(device, yShape, dy), c.pad);
    QCOMPARE(got.shape(), c.x);
    out.push_back({QStringLiteral("dx"), got.to_vector(), expected});
}

void run(const Case& c, Device device, std::vector<Comparison>& out) {
    switch (c.op) {
    case Op::Conv2dForward:
    case Op::Conv2dBackward:
        return runConv(c, device, out);
    case Op::MaxPoolForward:
    case Op::MaxPoolBackward:
    case Op::AvgPoolForward:
    case Op::AvgPoolBackward:
        return runPool(c, device, out);
    case Op::ActivationForward:
    case Op::ActivationBackward:
        return runActivation(c, device, out);
    case Op::DenseForward:
    case Op::DenseBackward:
        return runDense(c, device, out);
    case Op::Matmul:
        return runMatmul(c, device, out);
    case Op::SoftmaxCrossEntropyForward:
    case Op::SoftmaxCrossEntropyBackward:
        return runSoftmaxCrossEntropy(c, device, out);
    case Op::BatchNormTrain:
    case Op::BatchNormEval:
    case Op::BatchNormBackward:
        return runBatchNorm(c, device, out);
    case Op::DropoutForward:
    case Op::DropoutBackward:
        return runDropout(c, device, out);
    case Op::Sgd:
    case Op::Adam:
        return runOptimizer(c, device, out);
    case Op::Argmax:
        return runArgmax(c, device, out);
    case Op::Filter2d:
        return runFilter(c, device, out);
    case Op::SoftmaxForward:
    case Op::SoftmaxBackward:
        return runSoftmax(c, device, out);
    case Op::PadForward:
    case Op::PadBackward:
        return runPad(c, device, out);
    }
}

// Adds one row per device for `c`: "<op> <shape> [cpu]", "<op> <shape> [cuda]".
void addRows(const char* op, const QString& shape, const Case& c) {
    for (const char* device : {"cpu", "cuda"})
        QTest::addRow("%s %s [%s]", op, qPrintable(shape), device)
            << c << QString::fromLatin1(device);
}

} // namespace

class tst_Ops : public QObject {
    Q_OBJECT

private slots:
    void matchesReference_data();
    void matchesReference();
    void maxPoolArgmaxAcrossDevices();
    void lossStatistics_data();
    void lossStatistics();
    void badLabelNamesOpValueAndIndex_data();
    void badLabelNamesOpValueAndIndex();
};

namespace {

// "cpu" and "cuda" rows; the test skips the cuda one where there is no GPU.
void deviceRows() {
    QTest::addColumn<QString>("device");
    QTest::newRow("cpu") << QStringLiteral("cpu");
    QTest::newRow("cuda") << QStringLiteral("cuda");
}

#define FETCH_DEVICE(target)                                                                       \
    QFETCH(QString, device);                                                                       \
    Device target = Device::cpu();                                                                 \
    if (device == QStringLiteral("cuda")) {                                                        \
        if (!Device::cuda_available())                                                             \
            QSKIP(qPrintable(QStringLiteral("skipped: no CUDA device: ") +                         \
                             q(Device::cuda_unavailable_reason())));                               \
        target = Device::cuda(0);                                                                  \
    }

} // namespace

void tst_Ops::lossStatistics_data() {
    deviceRows();
}

// The batch's loss sum and correct count computed where the logits are (the trainer reads them
// every few batches on a GPU) equal the reference's; the mean loss read back equals theirs; and a
// forward told not to read sends nothing to the host.
void tst_Ops::lossStatistics() {
    FETCH_DEVICE(target);
    const int N = 300, K = 10; // more rows than the GPU kernel's threads
    std::mt19937 rng(kSeed);
    const std::vector<float> logits = uniform(rng, static_cast<std::size_t>(N) * K);
    std::vector<float> labels(N);
    for (int n = 0; n < N; ++n)
        labels[static_cast<std::size_t>(n)] = static_cast<float>((n * 7) % K);
    std::vector<float> losses(N), probs(static_cast<std::size_t>(N) * K), predicted(N);
    reference::softmax_cross_entropy_forward(losses.data(), probs.data(), logits.data(),
                                             labels.data(), N, K);
    reference::argmax_rows(predicted.data(), logits.data(), N, K);
    double sum = 0.0;
    std::int64_t correct = 0;
    for (int n = 0; n < N; ++n) {
        sum += losses[static_cast<std::size_t>(n)];
        correct += predicted[static_cast<std::size_t>(n)] == labels[static_cast<std::size_t>(n)];
    }
    QVERIFY(correct > 0 && correct < N); // both kinds present

    const Tensor tl = on(target, {N, K}, logits), ty = on(target, {N}, labels);
    const ops::SoftmaxCrossEntropy read = ops::softmax_cross_entropy_forward(tl, ty);
    QCOMPARE(read.stats.device(), target);
    QVERIFY2(std::abs(read.loss - sum / N) < 1e-5 * std::abs(sum / N),
             qPrintable(QString::number(read.loss)));
    const ops::LossFigures figures = ops::loss_figures(read.stats.to_vector(), K);
    QVERIFY2(std::abs(figures.loss_sum - sum) < 1e-5 * std::abs(sum),
             qPrintable(QString::number(figures.loss_sum)));
    QCOMPARE(figures.correct, correct);
    QCOMPARE(ops::accuracy(tl, ty), static_cast<float>(correct) / static_cast<float>(N));

    const std::uint64_t copies = ops::device_to_host_copies();
    const ops::SoftmaxCrossEntropy deferred =
        ops::softmax_cross_entropy_forward(tl, ty, /*read_loss=*/false);
    if (target.is_cuda()) {
        QCOMPARE(ops::device_to_host_copies(), copies); // nothing came back
        QVERIFY(std::isnan(deferred.loss));
    } else {
        QCOMPARE(deferred.loss, read.loss); // the CPU reads at no cost: the same figure
    }
    const ops::LossFigures later = ops::loss_figures(deferred.stats.to_vector(), K);
    QCOMPARE(later.loss_sum, figures.loss_sum);
    QCOMPARE(later.correct, figures.correct);
}

void tst_Ops::badLabelNamesOpValueAndIndex_data() {
    deviceRows();
}

// Label 7 at index 2 of a 3-class batch: the error names the op, the label and where it is, on
// every device, whether the loss is read at once or later (what a GPU trainer does).
void tst_Ops::badLabelNamesOpValueAndIndex() {
    FETCH_DEVICE(target);
    const Tensor logits = on(target, {4, 3}, std::vector<float>(12, 0.5f));
    const Tensor labels = on(target, {4}, {0, 2, 7, 9});
    const auto says = [](const std::function<void()>& call) {
        try {
            call();
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return QStringLiteral("(nothing thrown)");
    };
    const auto check = [](const QString& message) {
        QVERIFY2(message.startsWith(QStringLiteral("softmax_cross_entropy_forward: ")) &&
                     message.contains(QStringLiteral("label 7")) &&
                     message.contains(QStringLiteral("at index 2")) &&
                     message.contains(QStringLiteral("[0, 3)")),
                 qPrintable(message));
    };
    check(says([&] { ops::softmax_cross_entropy_forward(logits, labels); }));
    check(says([&] {
        const ops::SoftmaxCrossEntropy deferred =
            ops::softmax_cross_entropy_forward(logits, labels, /*read_loss=*/false);
        ops::loss_figures(deferred.stats.to_vector(), 3);
    }));
}

// Small integers: many ties, so the first-maximum rule is exercised, and sums of integer
// gradients are exact in any order, so the GPU must equal the CPU to the bit.
void tst_Ops::maxPoolArgmaxAcrossDevices() {
    if (!Device::cuda_available())
        QSKIP(qPrintable(QStringLiteral("skipped: no CUDA device: ") +
                         q(Device::cuda_unavailable_reason())));
    std::mt19937 rng(kSeed);
    std::uniform_int_distribution<int> small(0, 3);
    const auto integers = [&](std::size_t n) {
        std::vector<float> v(n);
        for (float& value : v)
            value = static_cast<float>(small(rng));
        return v;
    };
    const struct {
        Shape x;
        int window, stride, pad;
    } shapes[] = {{{4, 3, 8, 8}, 2, 2, 0},
                  {{2, 3, 7, 9}, 2, 2, 1},
                  {{2, 4, 9, 9}, 3, 2, 1},
                  {{1, 2, 6, 6}, 3, 1, 1}};
    for (const auto& s : shapes) {
        ops::Pool2dParams p;
        p.window_y = p.window_x = s.window;
        p.stride_y = p.stride_x = s.stride;
        p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = s.pad;
        const PoolDims d = ops::pool2d_dims(s.x, p);
        const Shape yShape{d.N, d.C, d.OH, d.OW};
        const std::vector<float> x = integers(count(s.x)), dy = integers(count(yShape));
        const ops::MaxPool2dResult cpu =
            ops::maxpool2d_forward_with_argmax(on(Device::cpu(), s.x, x), p);
        const ops::MaxPool2dResult gpu =
            ops::maxpool2d_forward_with_argmax(on(Device::cuda(0), s.x, x), p);
        QCOMPARE(gpu.y.to_vector(), cpu.y.to_vector());
        QCOMPARE(gpu.argmax.to_vector(), cpu.argmax.to_vector());
        const Tensor dxCpu =
            ops::maxpool2d_backward(on(Device::cpu(), yShape, dy), cpu.argmax, s.x, p);
        const Tensor dxGpu =
            ops::maxpool2d_backward(on(Device::cuda(0), yShape, dy), gpu.argmax, s.x, p);
        QCOMPARE(dxGpu.device(), Device::cuda(0));
        QCOMPARE(dxGpu.to_vector(), dxCpu.to_vector());
    }
}

void tst_Ops::matchesReference_data() {
    QTest::addColumn<Case>("op");
    QTest::addColumn<QString>("device");

    // Convolution: (N,C,H,W) input, (OC,C,KH,KW) filters, stride/padding/dilation; each shape
    // forward and backward.
    struct ConvShape {
        const char* name;
        Shape x, w;
        ops::Conv2dParams p;
        bool bias;
    };
    // geometry(stride, pad top, bottom, left, right, dilation)
    const ConvShape convShapes[] = {
        {"1x1, N8, 16->8", {8, 16, 6, 6}, {8, 16, 1, 1}, geometry(1, 0, 0, 0, 0, 1), true},
        {"3x3 VALID, N1, 1->1", {1, 1, 8, 8}, {1, 1, 3, 3}, geometry(1, 0, 0, 0, 0, 1), true},
        {"3x3 SAME, N8, 3->16", {8, 3, 12, 12}, {16, 3, 3, 3}, geometry(1, 1, 1, 1, 1, 1), true},
        {"3x3 SAME 16->16 no b", {2, 16, 7, 7}, {16, 16, 3, 3}, geometry(1, 1, 1, 1, 1, 1), false},
        {"5x5 pad 2, 3->8", {2, 3, 10, 10}, {8, 3, 5, 5}, geometry(1, 2, 2, 2, 2, 1), true},
        {"5x5/2 VALID, 16x12", {8, 1, 16, 12}, {3, 1, 5, 5}, geometry(2, 0, 0, 0, 0, 1), true},
        {"3x3/2 pad 1, 16->16", {8, 16, 9, 9}, {16, 16, 3, 3}, geometry(2, 1, 1, 1, 1, 1), true},
        {"3x3 pad 0/2/1/0", {2, 3, 7, 9}, {4, 3, 3, 3}, geometry(1, 0, 2, 1, 0, 1), true},
        {"3x2/2 TF SAME (pad after)", {1, 3, 8, 8}, {4, 3, 3, 2}, geometry(2, 0, 1, 0, 0, 1), true},
        {"3x3 dilation 2 pad 2", {2, 3, 11, 11}, {4, 3, 3, 3}, geometry(1, 2, 2, 2, 2, 2), true},
        {"3x3/2 dilation 2 pad 1", {1, 3, 13, 13}, {8, 3, 3, 3}, geometry(2, 1, 1, 1, 1, 2), true},
        // Image-sized filtering, as the Filter workspace runs it.
        {"3x3 image 96x64, 1->1", {1, 1, 64, 96}, {1, 1, 3, 3}, geometry(1, 1, 1, 1, 1, 1), false},
        {"5x5 image 64x48, 3->3", {1, 3, 48, 64}, {3, 3, 5, 5}, geometry(1, 2, 2, 2, 2, 1), true},
        // Grouped convolution: 2 groups, depthwise (groups = C), depthwise with a channel
        // multiplier (2 filters per channel), 4 groups of 4 with stride and padding.
        {"3x3 SAME groups 2, 4->6",
         {2, 4, 7, 7},
         {6, 2, 3, 3},
         grouped(geometry(1, 1, 1, 1, 1, 1), 2),
         true},
        {"1x1 groups 2, 8->4 no b",
         {3, 8, 5, 5},
         {4, 4, 1, 1},
         grouped(geometry(1, 0, 0, 0, 0, 1), 2),
         false},
        {"3x3 depthwise, 8->8",
         {4, 8, 9, 9},
         {8, 1, 3, 3},
         grouped(geometry(1, 1, 1, 1, 1, 1), 8),
         true},
        {"3x3/2 depthwise x2, 3->6",
         {2, 3, 11, 11},
         {6, 1, 3, 3},
         grouped(geometry(2, 1, 1, 1, 1, 1), 3),
         true},
        {"5x3 depthwise dil 2 pad 0/2/1/0",
         {2, 4, 12, 10},
         {4, 1, 5, 3},
         grouped(geometry(1, 0, 2, 1, 0, 2), 4),
         false},
        {"3x3/2 groups 4, 16->8 pad 1",
         {8, 16, 9, 9},
         {8, 4, 3, 3},
         grouped(geometry(2, 1, 1, 1, 1, 1), 4),
         true},
        // One image whose output pixels the CPU forward cuts into blocks, the cuts falling inside
        // an output row: shared out to the threads, and (300 channels: 2,700 column rows) held
        // to the column buffer's budget, 3 blocks.
        {"3x3 SAME, N1 41x50 in blocks",
         {1, 3, 41, 50},
         {8, 3, 3, 3},
         geometry(1, 1, 1, 1, 1, 1),
         true},
        {"3x3/2 pad 1, N1 in blocks",
         {1, 3, 61, 49},
         {4, 3, 3, 3},
         geometry(2, 1, 1, 1, 1, 1),
         true},
        {"3x3 SAME 300->4, N1 30x31",
         {1, 300, 30, 31},
         {4, 300, 3, 3},
         geometry(1, 1, 1, 1, 1, 1),
         true},
        {"3x3 pad 0/2/1/0 dil 2, N1",
         {1, 2, 40, 33},
         {3, 2, 3, 3},
         geometry(1, 0, 2, 1, 0, 2),
         false},
        // Groups in blocks: one image's output cut between the threads, a GEMM per group.
        {"3x3 SAME depthwise 300, N1 in blocks",
         {1, 300, 30, 31},
         {300, 1, 3, 3},
         grouped(geometry(1, 1, 1, 1, 1, 1), 300),
         true},
        {"3x3 groups 3, 6->9 N1 in blocks",
         {1, 6, 41, 50},
         {9, 2, 3, 3},
         grouped(geometry(1, 1, 1, 1, 1, 1), 3),
         false},
    };
    for (const ConvShape& s : convShapes) {
        Case c;
        c.x = s.x, c.w = s.w, c.conv = s.p, c.bias = s.bias;
        c.op = Op::Conv2dForward;
        addRows("conv2d_forward", s.name, c);
        c.op = Op::Conv2dBackward;
        addRows("conv2d_backward", s.name, c);
    }
    {
        // The first layer of a network asks for no input gradient.
        Case c;
        c.op = Op::Conv2dBackward;
        c.x = {4, 3, 10, 10}, c.w = {8, 3, 3, 3}, c.conv = geometry(1, 1, 1, 1, 1, 1);
        c.needDx = false;
        addRows("conv2d_backward", QStringLiteral("first layer (no dx)"), c);
    }

    // Image filtering (filter2d): every border mode with square kernels 1..15 on an image whose
    // height spans two row blocks of the CPU path and whose width ends in a partial vector step;
    // non-square and per-channel kernels; kernels larger than the image (the border repeats).
    const std::pair<BorderMode, const char*> borders[] = {{BorderMode::Zero, "zero"},
                                                          {BorderMode::Replicate, "replicate"},
                                                          {BorderMode::Reflect, "reflect"},
                                                          {BorderMode::Wrap, "wrap"}};
    for (const auto& [border, borderName] : borders) {
        struct FilterShape {
            Shape x, w;
        };
        std::vector<FilterShape> filterShapes;
        for (std::int64_t k = 1; k <= 15; ++k)
            filterShapes.push_back({{3, 37, 53}, {k, k}});
        filterShapes.push_back({{2, 3, 21, 70}, {3, 5, 5}});
        filterShapes.push_back({{1, 3, 40, 33}, {3, 7, 7}});
        for (const Shape& w : {Shape{2, 4}, Shape{1, 5}, Shape{5, 1}, Shape{3, 7}})
            filterShapes.push_back({{1, 19, 41}, w});
        filterShapes.push_back({{1, 5, 6}, {9, 9}});
        filterShapes.push_back({{1, 3, 2}, {15, 15}});
        filterShapes.push_back({{2, 1, 1}, {3, 3}});
        for (const FilterShape& s : filterShapes) {
            Case c;
            c.op = Op::Filter2d, c.x = s.x, c.w = s.w, c.border = border;
            addRows("filter2d",
                    QStringLiteral("%1 * %2 %3")
                        .arg(q(shape_string(s.x)), q(shape_string(s.w)), QLatin1String(borderName)),
                    c);
        }
    }

    {
        // Large enough (8.6 MB) for the CPU path's cache-bypassing stores, rows not all aligned.
        Case c;
        c.op = Op::Filter2d, c.x = {3, 720, 1000}, c.w = {5, 5}, c.border = BorderMode::Reflect;
        addRows("filter2d", QStringLiteral("(3, 720, 1000) * (5, 5) reflect"), c);
    }

    // Pooling: window/stride with padding 0 or 1, max and average, forward and backward.
    struct PoolShape {
        const char* name;
        Shape x;
        ops::Pool2dParams p;
    };
    const PoolShape poolShapes[] = {
        {"2x2/2, batch 8", {8, 3, 8, 8}, poolParams(2, 2, 0)},
        {"2x2/2 odd size, 16 channels", {1, 16, 7, 7}, poolParams(2, 2, 0)},
        {"2x2/2 12x13, odd width", {2, 4, 12, 13}, poolParams(2, 2, 0)},
        {"2x2/2 pad 1", {2, 3, 5, 5}, poolParams(2, 2, 1)},
        {"3x3/2", {2, 3, 9, 9}, poolParams(3, 2, 0)},
        {"3x3/2 pad 1", {8, 16, 8, 8}, poolParams(3, 2, 1)},
        {"3x3/1 pad 1 (overlapping)", {1, 1, 6, 6}, poolParams(3, 1, 1)},
        {"2x2/2 pad 1 count_include_pad", {2, 3, 5, 5}, includingPadding(poolParams(2, 2, 1))},
        {"3x3/2 pad 1 count_include_pad", {8, 16, 8, 8}, includingPadding(poolParams(3, 2, 1))},
        {"3x3/1 pad 1 count_include_pad", {1, 2, 6, 6}, includingPadding(poolParams(3, 1, 1))},
    };
    for (const PoolShape& s : poolShapes) {
        Case c;
        c.x = s.x, c.pool = s.p;
        const std::pair<Op, const char*> kinds[] = {{Op::MaxPoolForward, "maxpool2d_forward"},
                                                    {Op::MaxPoolBackward, "maxpool2d_backward"},
                                                    {Op::AvgPoolForward, "avgpool2d_forward"},
                                                    {Op::AvgPoolBackward, "avgpool2d_backward"}};
        for (const auto& [op, opName] : kinds) {
            c.op = op;
            addRows(opName, s.name, c);
        }
    }

    // Activations, forward and backward, on a (N,C,H,W) block.
    const std::pair<Activation, const char*> activations[] = {{Activation::ReLU, "ReLU"},
                                                              {Activation::LeakyReLU, "LeakyReLU"},
                                                              {Activation::Sigmoid, "Sigmoid"},
                                                              {Activation::Tanh, "Tanh"}};
    for (const auto& [activation, name] : activations) {
        Case c;
        c.x = {8, 16, 5, 5}, c.activation = activation, c.alpha = 0.1f;
        c.op = Op::ActivationForward;
        addRows("activation_forward", name, c);
        c.op = Op::ActivationBackward;
        addRows("activation_backward", name, c);
    }

    // Dense: (N,IN) input, (OUT,IN) weight.
    struct DenseShape {
        const char* name;
        Shape x, w;
        bool bias, needDx;
    };
    const DenseShape denseShapes[] = {
        {"1x7 -> 3, no bias", {1, 7}, {3, 7}, false, true},
        {"8x64 -> 10", {8, 64}, {10, 64}, true, true},
        {"32x300 -> 50", {32, 300}, {50, 300}, true, true},
        {"16x40 -> 20, no dx", {16, 40}, {20, 40}, true, false},
        // One example and a weight matrix of over 2^20 values: the CPU shares the output features
        // out to the threads (the last share shorter).
        {"1x1100 -> 1000", {1, 1100}, {1000, 1100}, true, true},
        {"3x2050 -> 517", {3, 2050}, {517, 2050}, false, true},
    };
    for (const DenseShape& s : denseShapes) {
        Case c;
        c.x = s.x, c.w = s.w, c.bias = s.bias, c.needDx = s.needDx;
        c.op = Op::DenseForward;
        if (s.needDx)
            addRows("dense_forward", s.name, c);
        c.op = Op::DenseBackward;
        addRows("dense_backward", s.name, c);
    }

    // Matmul, op(A) (M,K) · op(B) (K,N), in all four transpose combinations.
    struct MatmulShape {
        const char* name;
        int M, N, K;
    };
    const MatmulShape matmulShapes[] = {
        {"7x5x3", 7, 5, 3}, {"64x48x100", 64, 48, 100}, {"1x1x300 (a dot product)", 1, 1, 300}};
    for (const MatmulShape& s : matmulShapes)
        for (const bool transA : {false, true})
            for (const bool transB : {false, true}) {
                Case c;
                c.op = Op::Matmul;
                c.transA = transA, c.transB = transB;
                c.x = transA ? Shape{s.K, s.M} : Shape{s.M, s.K};
                c.w = transB ? Shape{s.N, s.K} : Shape{s.K, s.N};
                addRows("matmul",
                        QStringLiteral("%1 %2%3").arg(QLatin1String(s.name), transA ? "Aᵀ" : "A",
                                                      transB ? "Bᵀ" : "B"),
                        c);
            }

    // Softmax cross-entropy: (N,K) logits.
    for (const Shape& x : {Shape{8, 10}, Shape{1, 2}, Shape{64, 100}}) {
        Case c;
        c.x = x;
        c.op = Op::SoftmaxCrossEntropyForward;
        addRows("softmax_cross_entropy_forward", q(shape_string(x)), c);
        c.op = Op::SoftmaxCrossEntropyBackward;
        addRows("softmax_cross_entropy_backward", q(shape_string(x)), c);
    }

    // Softmax and log-softmax: (N,F) scores, from one class to a row wider than a warp.
    for (const Shape& x : {Shape{8, 10}, Shape{1, 1}, Shape{3, 2}, Shape{64, 1000}}) {
        for (const bool log : {false, true}) {
            Case c;
            c.x = x, c.log = log;
            c.op = Op::SoftmaxForward;
            addRows(log ? "log_softmax_forward" : "softmax_forward", q(shape_string(x)), c);
            c.op = Op::SoftmaxBackward;
            addRows(log ? "log_softmax_backward" : "softmax_backward", q(shape_string(x)), c);
        }
    }

    // Padding: every mode, uniform and per-side pads, pads as large as reflect allows, one pixel.
    struct PadShape {
        const char* name;
        Shape x;
        int top, bottom, left, right;
    };
    const PadShape padShapes[] = {
        {"1 all round, batch 4", {4, 3, 6, 7}, 1, 1, 1, 1},
        {"0/2/3/1", {2, 2, 5, 6}, 0, 2, 3, 1},
        {"size - 1 (widest reflect)", {1, 2, 4, 3}, 3, 3, 2, 2},
        {"none", {1, 1, 3, 3}, 0, 0, 0, 0},
        {"image 64x48, 2", {1, 3, 48, 64}, 2, 2, 2, 2},
    };
    const std::pair<PadMode, const char*> padModes[] = {
        {PadMode::Constant, "constant"}, {PadMode::Reflect, "reflect"}, {PadMode::Edge, "edge"}};
    for (const PadShape& s : padShapes)
        for (const auto& [mode, modeName] : padModes) {
            Case c;
            c.x = s.x;
            c.pad = {s.top, s.bottom, s.left, s.right, mode, mode == PadMode::Constant ? 0.5f : 0};
            const QString name = QStringLiteral("%1 %2").arg(QLatin1String(s.name), modeName);
            c.op = Op::PadForward;
            addRows("pad2d_forward", name, c);
            c.op = Op::PadBackward;
            addRows("pad2d_backward", name, c);
        }
    {
        // Edge padding wider than the image: a 1x1 image repeated everywhere.
        Case c;
        c.x = {2, 1, 1, 1};
        c.pad = {3, 1, 2, 4, PadMode::Edge, 0};
        c.op = Op::PadForward;
        addRows("pad2d_forward", QStringLiteral("1x1 edge 3/1/2/4"), c);
        c.op = Op::PadBackward;
        addRows("pad2d_backward", QStringLiteral("1x1 edge 3/1/2/4"), c);
    }

    // Batch normalisation, 2-D (dense) and 4-D (convolution) inputs. Not 2 values per channel:
    // those normalise to ±1 whatever they are, so dx is a float cancellation to ~0, not a test.
    for (const Shape& x : {Shape{16, 8}, Shape{3, 5}, Shape{4, 3, 5, 5}, Shape{8, 16, 6, 6}}) {
        const std::pair<Op, const char*> kinds[] = {{Op::BatchNormTrain, "batchnorm_forward train"},
                                                    {Op::BatchNormEval, "batchnorm_forward eval"},
                                                    {Op::BatchNormBackward, "batchnorm_backward"}};
        for (const auto& [op, opName] : kinds) {
            Case c;
            c.x = x, c.op = op;
            addRows(opName, q(shape_string(x)), c);
        }
    }

    // Dropout with the shared counter-based stream.
    for (const float p : {0.0f, 0.1f, 0.5f}) {
        Case c;
        c.x = {8, 16, 5, 5}, c.p = p;
        c.op = Op::DropoutForward;
        addRows("dropout_forward", QStringLiteral("p=%1").arg(p), c);
        c.op = Op::DropoutBackward;
        addRows("dropout_backward", QStringLiteral("p=%1").arg(p), c);
    }

    // Optimizers: two steps on 1000 parameters.
    const std::pair<SgdParams, const char*> sgds[] = {
        {{0.1f, 0.0f, 0.0f}, "plain"},
        {{0.1f, 0.9f, 0.0f}, "momentum 0.9"},
        {{0.1f, 0.0f, 1e-2f}, "weight decay 0.01"},
        {{0.05f, 0.9f, 5e-4f}, "momentum 0.9, weight decay 5e-4"}};
    for (const auto& [params, name] : sgds) {
        Case c;
        c.op = Op::Sgd, c.x = {1000}, c.sgd = params;
        addRows("sgd_step", name, c);
    }
    const std::pair<AdamParams, const char*> adams[] = {
        {{1e-3f, 0.9f, 0.999f, 1e-8f, 0.0f}, "lr 1e-3"},
        {{1e-2f, 0.8f, 0.99f, 1e-6f, 1e-2f}, "lr 1e-2, weight decay 0.01"}};
    for (const auto& [params, name] : adams) {
        Case c;
        c.op = Op::Adam, c.x = {10, 100}, c.adam = params;
        addRows("adam_step", name, c);
    }

    // Argmax, with ties in every other row.
    for (const Shape& x : {Shape{16, 10}, Shape{1, 1000}, Shape{5, 1}}) {
        Case c;
        c.op = Op::Argmax, c.x = x;
        addRows("argmax", q(shape_string(x)), c);
    }
}

void tst_Ops::matchesReference() {
    QFETCH(Case, op);
    QFETCH(QString, device);

    Device target = Device::cpu();
    if (device == QStringLiteral("cuda")) {
        if (!Device::cuda_available())
            QSKIP(qPrintable(QStringLiteral("skipped: no CUDA device: ") +
                             q(Device::cuda_unavailable_reason())));
        target = Device::cuda(0);
    }

    std::vector<Comparison> comparisons;
    run(op, target, comparisons);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!comparisons.empty());

    const double allowed = tolerance(op.op);
    for (const Comparison& c : comparisons) {
        QVERIFY2(c.got.size() == c.expected.size(),
                 qPrintable(QStringLiteral("%1: %2 values, the reference has %3")
                                .arg(c.what)
                                .arg(c.got.size())
                                .arg(c.expected.size())));
        QVERIFY2(allFinite(c.got),
                 qPrintable(c.what + QStringLiteral(" has NaN or Inf: ") + str(c.got)));
        QVERIFY2(allFinite(c.expected),
                 qPrintable(c.what + QStringLiteral(" of the reference is not finite")));
        const double error = nmse(c.got, c.expected);
        QVERIFY2(error <= allowed,
                 qPrintable(QStringLiteral("%1: NMSE %2 > %3\n   got %4\n  want %5")
                                .arg(c.what)
                                .arg(error, 0, 'g', 3)
                                .arg(allowed, 0, 'g', 3)
                                .arg(str(c.got, 8), str(c.expected, 8))));
    }
}

QTEST_GUILESS_MAIN(tst_Ops)
#include "tst_ops.moc"
