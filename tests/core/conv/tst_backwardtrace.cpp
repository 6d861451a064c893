// Qt Test suite for conv::BackwardTrace: dL/dK and dL/dX worked by hand (stride 1 and 2), the
// map from trace cells to the forward pass (inserted zeros, padding), agreement with
// compute::ops::conv2d_backward on random integer cases, and bad input.
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "conv/BackwardTrace.h"

#include <QString>
#include <QTest>
#include <cmath>
#include <random>
#include <stdexcept>

using namespace convsight;
using namespace convsight::conv;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// X = 1..9 in a 3×3, K = [[1,0],[0,−1]], one channel, one kernel.
BackwardTrace::Setup small(int stride, std::vector<double> output_gradient) {
    BackwardTrace::Setup s;
    s.geometry.input_height = s.geometry.input_width = 3;
    s.geometry.kernel_height = s.geometry.kernel_width = 2;
    s.geometry.stride_y = s.geometry.stride_x = stride;
    s.input = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    s.kernels = {1, 0, 0, -1};
    s.output_gradient = std::move(output_gradient);
    return s;
}

std::vector<float> floats(const std::vector<double>& values) {
    return {values.begin(), values.end()};
}

} // namespace

class tst_BackwardTrace : public QObject {
    Q_OBJECT

private slots:
    void strideOneByHand();
    void strideTwoByHand();
    void insertedZeros();
    void gradientFills();
    void agreesWithComputeOps();
    void badInput();
};

void tst_BackwardTrace::strideOneByHand() {
    // Y is 2×2; dY = [[1,2],[3,4]].
    // dK(ky,kx) = Σ dY(oy,ox)·X(oy+ky, ox+kx):
    //   dK(0,0) = 1·1 + 2·2 + 3·4 + 4·5 = 37    dK(0,1) = 1·2 + 2·3 + 3·5 + 4·6 = 47
    //   dK(1,0) = 1·4 + 2·5 + 3·7 + 4·8 = 67    dK(1,1) = 1·5 + 2·6 + 3·8 + 4·9 = 77
    // dX(y,x) = Σ dY(oy,ox)·K(y−oy, x−ox), e.g. dX(1,1) = 1·(−1) + 2·0 + 3·0 + 4·1 = 3:
    //   [[1, 2, 0], [3, 3, −2], [0, −3, −4]]
    const BackwardTrace backward(small(1, {1, 2, 3, 4}));
    QCOMPARE(backward.kernel_gradients(), (std::vector<double>{37, 47, 67, 77}));
    QCOMPARE(backward.input_gradients(), (std::vector<double>{1, 2, 0, 3, 3, -2, 0, -3, -4}));

    const ConvTrace& dK = backward.kernel_gradient(0);
    QCOMPARE(dK.step_count(), 4); // one step per kernel cell
    QCOMPARE(q(dK.step(0).expression()), QStringLiteral("1×1 + 2×2 + 4×3 + 5×4 = 37"));
    QCOMPARE(backward.kernel_gradient_cell(2, 1).kind, ForwardCell::Kind::Input);
    QCOMPARE(backward.kernel_gradient_cell(2, 1).row, 2);

    // dL/dX's trace: dY padded by F − 1 − p = 1, the kernel flipped: its first step reads
    // padding, padding, padding, dY(0,0) against −1, 0, 0, 1.
    const ConvTrace& dX = backward.input_gradient();
    QCOMPARE(dX.setup().mode, TraceMode::Convolution);
    QCOMPARE(dX.padded_height(), 4);
    QCOMPARE(q(dX.step(0).expression()), QStringLiteral("0×(−1) + 0×0 + 0×0 + 1×1 = 1"));
    QCOMPARE(backward.input_gradient_cell(0, 0).kind, ForwardCell::Kind::Padding);
    const ForwardCell cell = backward.input_gradient_cell(2, 1);
    QCOMPARE(cell.kind, ForwardCell::Kind::OutputGradient);
    QCOMPARE(cell.row, 1);
    QCOMPARE(cell.column, 0);
    QVERIFY(backward.kernel_gradient_explanation().find("dY(oy, ox) · X(oy + ky, ox + kx)") !=
            std::string::npos);
    QVERIFY(backward.input_gradient_explanation().find("F − 1 − p = 1") != std::string::npos);
}

void tst_BackwardTrace::strideTwoByHand() {
    // Stride 2, VALID: Y is 1×1 (row 2 and column 2 are never reached); dY = [[5]].
    // dK = 5·X[0..1, 0..1] = [[5, 10], [20, 25]]; dX = 5·K at (0,0): [[5,0,0],[0,−5,0],[0,0,0]].
    const BackwardTrace backward(small(2, {5}));
    QCOMPARE(backward.kernel_gradients(), (std::vector<double>{5, 10, 20, 25}));
    QCOMPARE(backward.input_gradients(), (std::vector<double>{5, 0, 0, 0, -5, 0, 0, 0, 0}));
    // The unreached row and column are left out of dL/dK's trace: 2×2 input, 1×1 "kernel".
    QCOMPARE(backward.kernel_gradient(0).setup().geometry.input_height, 2);
    // dL/dX: 1 zero before dY, 2 after (one for F − 1 − p, one for the unreached row).
    QCOMPARE(backward.input_gradient().padded_height(), 4);
    QCOMPARE(backward.input_gradient_cell(3, 1).kind, ForwardCell::Kind::Padding);
    QCOMPARE(backward.input_gradient_cell(1, 1).kind, ForwardCell::Kind::OutputGradient);
    QVERIFY(backward.kernel_gradient_explanation().find("2 apart") != std::string::npos);
}

void tst_BackwardTrace::insertedZeros() {
    // 5×5 input, 3×3 kernel, stride 2, VALID: dY is 2×2; dilated it is d 0 d per row, padded by 2.
    BackwardTrace::Setup s;
    s.geometry.input_height = s.geometry.input_width = 5;
    s.geometry.kernel_height = s.geometry.kernel_width = 3;
    s.geometry.stride_y = s.geometry.stride_x = 2;
    s.input.assign(25, 1.0);
    s.kernels.assign(9, 1.0);
    s.output_gradient = {1, 2, 3, 4};
    const BackwardTrace backward(s);
    QCOMPARE(backward.input_gradient().padded_height(), 7); // 2 + 3 + 2
    QCOMPARE(backward.input_gradient_cell(2, 3).kind, ForwardCell::Kind::InsertedZero);
    QCOMPARE(backward.input_gradient_cell(3, 3).kind, ForwardCell::Kind::InsertedZero);
    const ForwardCell last = backward.input_gradient_cell(4, 4);
    QCOMPARE(last.kind, ForwardCell::Kind::OutputGradient);
    QCOMPARE(last.row, 1);
    QCOMPARE(last.column, 1);
    // dK's trace spreads dY's cells 2 apart: the trace's dilation is the stride.
    QCOMPARE(backward.kernel_gradient(0).setup().geometry.dilation_y, 2);
    // With an all-ones kernel, dX(2,2) is covered by all four windows: 1 + 2 + 3 + 4.
    QCOMPARE(backward.input_gradients()[12], 10.0);
}

void tst_BackwardTrace::gradientFills() {
    ConvGeometry::Params p;
    p.input_height = p.input_width = 5;
    p.kernel_height = p.kernel_width = 3;
    const ConvGeometry geometry(p);
    QCOMPARE(BackwardTrace::ones_gradient(geometry, 2), std::vector<double>(18, 1.0));
    const std::vector<double> a = BackwardTrace::random_integer_gradient(geometry, 1, 4);
    QCOMPARE(a.size(), std::size_t{9});
    QCOMPARE(a, BackwardTrace::random_integer_gradient(geometry, 1, 4));
    for (const double v : a)
        QVERIFY(v == std::round(v) && v >= -3 && v <= 3);
}

void tst_BackwardTrace::agreesWithComputeOps() {
    std::mt19937 rng(5);
    const auto pick = [&](int low, int high) {
        return std::uniform_int_distribution(low, high)(rng);
    };
    int checked = 0;
    for (int trial = 0; trial < 300; ++trial) {
        BackwardTrace::Setup s;
        ConvGeometry::Params& p = s.geometry;
        p.channels = pick(1, 3);
        s.kernel_count = pick(1, 3);
        p.input_height = pick(1, 8);
        p.input_width = pick(1, 8);
        p.kernel_height = pick(1, 4);
        p.kernel_width = pick(1, 4);
        p.stride_y = pick(1, 3);
        p.stride_x = pick(1, 3);
        p.mode = static_cast<PaddingMode>(pick(0, 2));
        // Up to F + 1: padding as wide as the kernel is allowed (with a warning) and has
        // gradients too.
        p.explicit_padding = {pick(0, p.kernel_height + 1), pick(0, p.kernel_height + 1),
                              pick(0, p.kernel_width + 1), pick(0, p.kernel_width + 1)};
        const ConvGeometry geometry(p);
        if (!geometry.is_valid())
            continue;
        ++checked;
        const int C = p.channels, K = s.kernel_count;
        for (int i = 0; i < C * p.input_height * p.input_width; ++i)
            s.input.push_back(pick(-3, 3));
        for (int i = 0; i < K * C * p.kernel_height * p.kernel_width; ++i)
            s.kernels.push_back(pick(-3, 3));
        s.output_gradient =
            BackwardTrace::random_integer_gradient(geometry, K, std::uint32_t(trial));
        const BackwardTrace backward(s);

        const Padding pad = geometry.padding();
        compute::ops::Conv2dParams cp;
        cp.stride_y = p.stride_y;
        cp.stride_x = p.stride_x;
        cp.pad_top = pad.top;
        cp.pad_bottom = pad.bottom;
        cp.pad_left = pad.left;
        cp.pad_right = pad.right;
        const compute::Tensor x =
            compute::Tensor::from({1, C, p.input_height, p.input_width}, floats(s.input));
        const compute::Tensor w =
            compute::Tensor::from({K, C, p.kernel_height, p.kernel_width}, floats(s.kernels));
        const compute::Tensor dy = compute::Tensor::from(
            {1, K, geometry.output_height(), geometry.output_width()}, floats(s.output_gradient));
        const compute::ops::Conv2dGrads grads = compute::ops::conv2d_backward(dy, x, w, false, cp);
        // Sums of small integers: exact in float and double alike.
        const std::vector<float> dw = grads.dw.to_vector(), dx = grads.dx.to_vector();
        QCOMPARE(backward.kernel_gradients(), (std::vector<double>(dw.begin(), dw.end())));
        QCOMPARE(backward.input_gradients(), (std::vector<double>(dx.begin(), dx.end())));
        QCOMPARE(backward.kernel_gradient(0).step_count(), K * p.kernel_height * p.kernel_width);
        QCOMPARE(backward.input_gradient().step_count(), C * p.input_height * p.input_width);
    }
    QVERIFY(checked > 100);
}

void tst_BackwardTrace::badInput() {
    BackwardTrace::Setup dilated = small(1, {1, 2, 3, 4});
    dilated.geometry.dilation_y = 2;
    dilated.output_gradient = {1, 2};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BackwardTrace{dilated});
    try {
        BackwardTrace backward(small(1, {1, 2, 3}));
        QFAIL("a dY of the wrong size was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("output gradient dY")));
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("2×2")));
    }
    BackwardTrace::Setup infinite = small(1, {1, 2, 3, INFINITY});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BackwardTrace{infinite});
    const BackwardTrace backward(small(1, {1, 2, 3, 4}));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, backward.kernel_gradient(1));
}

QTEST_GUILESS_MAIN(tst_BackwardTrace)
#include "tst_backwardtrace.moc"
