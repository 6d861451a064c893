// Qt Test suite: every backward of the reference backend against central finite differences, in
// float64 (the double instantiations of reference_impl.h), on small random shapes with fixed seeds.
// Each op's scalar loss is L = Σ out·R with a random R, so dL/dout = R is what the backward gets.
#include "compute/ops.h"
#include "compute/reference/reference_impl.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;
namespace generic = convsight::compute::reference::generic;

namespace {

using Values = std::vector<double>;

// Central differences: dL/dx ≈ (L(x + h) − L(x − h)) / 2h, error O(h²) plus rounding of L/h.
constexpr double kStep = 1e-5;
// A gradient passes when |numeric − analytic| <= 1e-7·max(|numeric|, |analytic|) + 1e-9: the
// float64 differences of these shapes are off by about 1e-10 (rounding of L/h), so this leaves a
// margin of ten, while a gradient wrong in its fourth digit fails. The absolute floor is for the
// gradients that are exactly zero (padding, pixels that win no max, dropped values).
constexpr double kRelativeTolerance = 1e-7;
constexpr double kAbsoluteTolerance = 1e-9;

double dot(const Values& a, const Values& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

// Compares `analytic` with the finite differences of `loss` with respect to each value of `x`
// (which `loss` reads). Returns an empty string when all agree, else the first disagreement.
QString disagreement(const QString& name, Values& x, const Values& analytic,
                     const std::function<double()>& loss) {
    if (x.size() != analytic.size())
        return name +
               QStringLiteral(": %1 values but %2 gradients").arg(x.size()).arg(analytic.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double saved = x[i];
        x[i] = saved + kStep;
        const double plus = loss();
        x[i] = saved - kStep;
        const double minus = loss();
        x[i] = saved;
        const double numeric = (plus - minus) / (2 * kStep);
        const double error = std::fabs(numeric - analytic[i]);
        const double allowed =
            kRelativeTolerance * std::fmax(std::fabs(numeric), std::fabs(analytic[i])) +
            kAbsoluteTolerance;
        if (!(error <= allowed))
            return QStringLiteral("d%1[%2]: backward %3, finite differences %4 (error %5)")
                .arg(name)
                .arg(i)
                .arg(analytic[i], 0, 'g', 12)
                .arg(numeric, 0, 'g', 12)
                .arg(error, 0, 'g', 3);
    }
    return {};
}

#define CHECK_GRADIENT(name, x, analytic, loss)                                                    \
    do {                                                                                           \
        const QString failure = disagreement(QStringLiteral(name), x, analytic, loss);             \
        QVERIFY2(failure.isEmpty(), qPrintable(failure));                                          \
    } while (0)

std::size_t count(const Shape& shape) {
    return static_cast<std::size_t>(shape_numel(shape));
}

} // namespace

class tst_Gradients : public QObject {
    Q_OBJECT

    static void poolingShapes();

private slots:
    void checkerCatchesAWrongGradient();
    void conv2d_data();
    void conv2d();
    void maxpool2d_data() { poolingShapes(); }
    void maxpool2d();
    void avgpool2d_data() { poolingShapes(); }
    void avgpool2d();
    void activation_data();
    void activation();
    void dense();
    void softmaxCrossEntropy();
    void softmax_data();
    void softmax();
    void pad2d_data();
    void pad2d();
    void batchnormTrain_data();
    void batchnormTrain();
    void dropout();
};

void tst_Gradients::checkerCatchesAWrongGradient() {
    // L = Σ x²·R has dL/dx = 2·x·R; an error of one part in 10⁴ must not pass.
    std::mt19937 rng(1);
    Values x = uniform<double>(rng, 8), r = uniform<double>(rng, 8), grad(8);
    const auto loss = [&] {
        double sum = 0;
        for (std::size_t i = 0; i < x.size(); ++i)
            sum += x[i] * x[i] * r[i];
        return sum;
    };
    for (std::size_t i = 0; i < x.size(); ++i)
        grad[i] = 2 * x[i] * r[i];
    QVERIFY(disagreement(QStringLiteral("x"), x, grad, loss).isEmpty());
    grad[3] *= 1 + 1e-4;
    QVERIFY(!disagreement(QStringLiteral("x"), x, grad, loss).isEmpty());
}

void tst_Gradients::conv2d_data() {
    QTest::addColumn<Shape>("input");  // (N,C,H,W)
    QTest::addColumn<Shape>("weight"); // (OC,C/groups,KH,KW)
    // stride y,x; pad top,bottom,left,right; dilation y,x[; groups]
    QTest::addColumn<QList<int>>("geometry");
    QTest::addColumn<bool>("bias");

    QTest::newRow("3x3 VALID") << Shape{2, 2, 5, 5} << Shape{3, 2, 3, 3}
                               << QList<int>{1, 1, 0, 0, 0, 0, 1, 1} << true;
    QTest::newRow("3x3 SAME no bias")
        << Shape{1, 3, 5, 4} << Shape{2, 3, 3, 3} << QList<int>{1, 1, 1, 1, 1, 1, 1, 1} << false;
    QTest::newRow("stride 2 pad 1")
        << Shape{2, 3, 6, 7} << Shape{2, 3, 3, 3} << QList<int>{2, 2, 1, 1, 1, 1, 1, 1} << true;
    QTest::newRow("asymmetric padding, 3x2")
        << Shape{1, 2, 5, 6} << Shape{2, 2, 3, 2} << QList<int>{1, 2, 0, 2, 1, 0, 1, 1} << true;
    QTest::newRow("dilation 2") << Shape{2, 2, 7, 7} << Shape{2, 2, 3, 3}
                                << QList<int>{1, 1, 2, 2, 2, 2, 2, 2} << true;
    QTest::newRow("stride 2 dilation 2 pad 1")
        << Shape{1, 2, 8, 9} << Shape{3, 2, 3, 3} << QList<int>{2, 2, 1, 1, 1, 1, 2, 2} << true;
    QTest::newRow("1x1") << Shape{2, 4, 3, 3} << Shape{3, 4, 1, 1}
                         << QList<int>{1, 1, 0, 0, 0, 0, 1, 1} << true;
    QTest::newRow("5x5 pad 2") << Shape{1, 1, 6, 6} << Shape{2, 1, 5, 5}
                               << QList<int>{1, 1, 2, 2, 2, 2, 1, 1} << true;
    QTest::newRow("groups 2, 4->6 pad 1")
        << Shape{2, 4, 5, 5} << Shape{6, 2, 3, 3} << QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 2} << true;
    QTest::newRow("depthwise 3->3 stride 2 pad 1")
        << Shape{2, 3, 6, 7} << Shape{3, 1, 3, 3} << QList<int>{2, 2, 1, 1, 1, 1, 1, 1, 3} << true;
    QTest::newRow("depthwise x2, 2->4 dilation 2 no bias")
        << Shape{1, 2, 7, 6} << Shape{4, 1, 3, 2} << QList<int>{1, 1, 2, 1, 0, 2, 2, 2, 2} << false;
}

void tst_Gradients::conv2d() {
    QFETCH(Shape, input);
    QFETCH(Shape, weight);
    QFETCH(QList<int>, geometry);
    QFETCH(bool, bias);

    ops::Conv2dParams p;
    p.stride_y = geometry[0], p.stride_x = geometry[1];
    p.pad_top = geometry[2], p.pad_bottom = geometry[3];
    p.pad_left = geometry[4], p.pad_right = geometry[5];
    p.dilation_y = geometry[6], p.dilation_x = geometry[7];
    p.groups = geometry.size() > 8 ? geometry[8] : 1;
    const ConvDims d = ops::conv2d_dims(input, weight, p);
    const std::size_t outCount = static_cast<std::size_t>(d.N) * d.OC * d.OH * d.OW;

    std::mt19937 rng(7);
    Values x = uniform<double>(rng, count(input)), w = uniform<double>(rng, count(weight));
    Values b = bias ? uniform<double>(rng, static_cast<std::size_t>(d.OC)) : Values{};
    const Values r = uniform<double>(rng, outCount);
    const auto loss = [&] {
        Values out(outCount);
        generic::conv2d_forward(out.data(), x.data(), w.data(), bias ? b.data() : nullptr, d);
        return dot(out, r);
    };

    Values dx(x.size()), dw(w.size()), db(b.size());
    generic::conv2d_backward(dx.data(), dw.data(), bias ? db.data() : nullptr, r.data(), x.data(),
                             w.data(), d);
    CHECK_GRADIENT("input", x, dx, loss);
    CHECK_GRADIENT("weight", w, dw, loss);
    if (bias)
        CHECK_GRADIENT("bias", b, db, loss);

    // Gradients not asked for are skipped; the others come out the same.
    Values dwAlone(w.size());
    generic::conv2d_backward<double>(nullptr, dwAlone.data(), nullptr, r.data(), x.data(), w.data(),
                                     d);
    QCOMPARE(dwAlone, dw);
}

// The pooling rows: one table for max and average pooling.
void tst_Gradients::poolingShapes() {
    QTest::addColumn<Shape>("input"); // (N,C,H,W)
    // window y,x; stride y,x; pad top,bottom,left,right[; count_include_pad (average only)]
    QTest::addColumn<QList<int>>("geometry");

    QTest::newRow("2x2/2") << Shape{2, 2, 4, 6} << QList<int>{2, 2, 2, 2, 0, 0, 0, 0};
    QTest::newRow("2x2/2 odd size") << Shape{1, 2, 5, 5} << QList<int>{2, 2, 2, 2, 0, 0, 0, 0};
    QTest::newRow("3x3/2") << Shape{1, 3, 7, 7} << QList<int>{3, 3, 2, 2, 0, 0, 0, 0};
    QTest::newRow("3x3/2 pad 1") << Shape{2, 2, 6, 6} << QList<int>{3, 3, 2, 2, 1, 1, 1, 1};
    QTest::newRow("3x3/1 pad 1 (overlapping)")
        << Shape{1, 2, 4, 5} << QList<int>{3, 3, 1, 1, 1, 1, 1, 1};
    QTest::newRow("2x3/(1,2) asymmetric pad")
        << Shape{1, 1, 5, 6} << QList<int>{2, 3, 1, 2, 0, 1, 2, 0};
    QTest::newRow("3x3/2 pad 1 count_include_pad")
        << Shape{2, 2, 6, 6} << QList<int>{3, 3, 2, 2, 1, 1, 1, 1, 1};
    QTest::newRow("2x3/(1,2) asymmetric pad count_include_pad")
        << Shape{1, 1, 5, 6} << QList<int>{2, 3, 1, 2, 0, 1, 2, 0, 1};
}

namespace {

ops::Pool2dParams poolParams(const QList<int>& g) {
    ops::Pool2dParams p;
    p.window_y = g[0], p.window_x = g[1];
    p.stride_y = g[2], p.stride_x = g[3];
    p.pad_top = g[4], p.pad_bottom = g[5], p.pad_left = g[6], p.pad_right = g[7];
    p.count_include_pad = g.size() > 8 && g[8] != 0;
    return p;
}

} // namespace

void tst_Gradients::maxpool2d() {
    QFETCH(Shape, input);
    QFETCH(QList<int>, geometry);

    const PoolDims d = ops::pool2d_dims(input, poolParams(geometry));
    const std::size_t outCount = static_cast<std::size_t>(d.N) * d.C * d.OH * d.OW;
    std::mt19937 rng(11);
    // Distinct values 0.05 apart: no ties, and a step of 1e-5 never changes a window's winner.
    Values x = distinct<double>(rng, count(input));
    const Values r = uniform<double>(rng, outCount);
    const auto loss = [&] {
        Values out(outCount);
        generic::maxpool2d_forward(out.data(), static_cast<double*>(nullptr), x.data(), d);
        return dot(out, r);
    };
    // The backward goes through the argmax the forward keeps.
    Values out(outCount), argmax(outCount), dx(x.size());
    generic::maxpool2d_forward(out.data(), argmax.data(), x.data(), d);
    generic::maxpool2d_backward(dx.data(), r.data(), argmax.data(), d);
    CHECK_GRADIENT("input", x, dx, loss);
}

void tst_Gradients::avgpool2d() {
    QFETCH(Shape, input);
    QFETCH(QList<int>, geometry);

    const PoolDims d = ops::pool2d_dims(input, poolParams(geometry));
    const std::size_t outCount = static_cast<std::size_t>(d.N) * d.C * d.OH * d.OW;
    std::mt19937 rng(13);
    Values x = uniform<double>(rng, count(input));
    const Values r = uniform<double>(rng, outCount);
    const auto loss = [&] {
        Values out(outCount);
        generic::avgpool2d_forward(out.data(), x.data(), d);
        return dot(out, r);
    };
    Values dx(x.size());
    generic::avgpool2d_backward(dx.data(), r.data(), d);
    CHECK_GRADIENT("input", x, dx, loss);
}

void tst_Gradients::activation_data() {
    QTest::addColumn<Activation>("activation");
    QTest::addColumn<double>("alpha");

    QTest::newRow("ReLU") << Activation::ReLU << 0.0;
    QTest::newRow("LeakyReLU 0.1") << Activation::LeakyReLU << 0.1;
    QTest::newRow("Sigmoid") << Activation::Sigmoid << 0.0;
    QTest::newRow("Tanh") << Activation::Tanh << 0.0;
}

void tst_Gradients::activation() {
    QFETCH(Activation, activation);
    QFETCH(double, alpha);

    const std::size_t n = 40;
    std::mt19937 rng(17);
    // |x| >= 0.1: no value within a finite-difference step of the ReLU kink at 0.
    Values x = awayFromZero<double>(rng, n);
    for (std::size_t i = 0; i < n; i += 4)
        x[i] *= 3; // a few values out on sigmoid's and tanh's flatter tails
    const Values r = uniform<double>(rng, n);
    const auto loss = [&] {
        Values out(n);
        generic::activation_forward(out.data(), x.data(), n, activation, alpha);
        return dot(out, r);
    };
    Values out(n), dx(n);
    generic::activation_forward(out.data(), x.data(), n, activation, alpha);
    generic::activation_backward(dx.data(), r.data(), x.data(), out.data(), n, activation, alpha);
    CHECK_GRADIENT("input", x, dx, loss);
}

void tst_Gradients::dense() {
    const int N = 3, IN = 4, OUT = 5;
    std::mt19937 rng(19);
    Values x = uniform<double>(rng, N * IN), w = uniform<double>(rng, OUT * IN),
           b = uniform<double>(rng, OUT);
    const Values r = uniform<double>(rng, N * OUT);
    const auto loss = [&] {
        Values out(N * OUT);
        generic::dense_forward(out.data(), x.data(), w.data(), b.data(), N, IN, OUT);
        return dot(out, r);
    };
    Values dx(x.size()), dw(w.size()), db(b.size());
    generic::dense_backward(dx.data(), dw.data(), db.data(), r.data(), x.data(), w.data(), N, IN,
                            OUT);
    CHECK_GRADIENT("input", x, dx, loss);
    CHECK_GRADIENT("weight", w, dw, loss);
    CHECK_GRADIENT("bias", b, db, loss);

    Values dwAlone(w.size());
    generic::dense_backward<double>(nullptr, dwAlone.data(), nullptr, r.data(), x.data(), w.data(),
                                    N, IN, OUT);
    QCOMPARE(dwAlone, dw);
}

void tst_Gradients::softmaxCrossEntropy() {
    // The backward is the gradient of the mean loss (1/N)·Σ losses, so that is L here.
    const int N = 4, K = 5;
    std::mt19937 rng(23);
    Values logits = uniform<double>(rng, N * K, -3, 3);
    const Values labels{0, 3, 4, 3};
    const auto loss = [&] {
        Values losses(N), probs(N * K);
        generic::softmax_cross_entropy_forward(losses.data(), probs.data(), logits.data(),
                                               labels.data(), N, K);
        double sum = 0;
        for (const double l : losses)
            sum += l;
        return sum / N;
    };
    Values losses(N), probs(N * K), dlogits(N * K);
    generic::softmax_cross_entropy_forward(losses.data(), probs.data(), logits.data(),
                                           labels.data(), N, K);
    generic::softmax_cross_entropy_backward(dlogits.data(), probs.data(), labels.data(), N, K);
    CHECK_GRADIENT("logits", logits, dlogits, loss);
}

void tst_Gradients::softmax_data() {
    QTest::addColumn<bool>("log");
    QTest::newRow("softmax") << false;
    QTest::newRow("log_softmax") << true;
}

void tst_Gradients::softmax() {
    QFETCH(bool, log);
    const int N = 3, K = 5;
    std::mt19937 rng(29);
    Values x = uniform<double>(rng, N * K, -3, 3);
    const Values r = uniform<double>(rng, N * K);
    const auto loss = [&] {
        Values out(N * K);
        generic::softmax_forward(out.data(), x.data(), N, K, log);
        return dot(out, r);
    };
    Values out(N * K), dx(N * K);
    generic::softmax_forward(out.data(), x.data(), N, K, log);
    generic::softmax_backward(dx.data(), r.data(), out.data(), N, K, log);
    CHECK_GRADIENT("input", x, dx, loss);
}

void tst_Gradients::pad2d_data() {
    QTest::addColumn<PadMode>("mode");
    QTest::addColumn<QList<int>>("pads"); // top, bottom, left, right
    const std::pair<PadMode, const char*> modes[] = {
        {PadMode::Constant, "constant"}, {PadMode::Reflect, "reflect"}, {PadMode::Edge, "edge"}};
    for (const auto& [mode, name] : modes) {
        QTest::addRow("%s 1 all round", name) << mode << QList<int>{1, 1, 1, 1};
        QTest::addRow("%s 2/0/3/1", name) << mode << QList<int>{2, 0, 3, 1};
    }
}

void tst_Gradients::pad2d() {
    QFETCH(PadMode, mode);
    QFETCH(QList<int>, pads);
    const Shape input{2, 2, 4, 5};
    const ops::PadParams p{pads[0], pads[1], pads[2], pads[3], mode, 0.25f};
    const PadDims d = ops::pad2d_dims(input, p);
    const std::size_t outCount = static_cast<std::size_t>(d.N) * d.C * d.OH * d.OW;
    std::mt19937 rng(31);
    Values x = uniform<double>(rng, count(input));
    const Values r = uniform<double>(rng, outCount);
    const auto loss = [&] {
        Values out(outCount);
        generic::pad2d_forward(out.data(), x.data(), d);
        return dot(out, r);
    };
    Values dx(x.size());
    generic::pad2d_backward(dx.data(), r.data(), d);
    CHECK_GRADIENT("input", x, dx, loss);
}

void tst_Gradients::batchnormTrain_data() {
    QTest::addColumn<int>("N");
    QTest::addColumn<int>("C");
    QTest::addColumn<int>("HW");

    QTest::newRow("2-D (5, 3)") << 5 << 3 << 1;
    QTest::newRow("4-D (2, 3, 2, 3)") << 2 << 3 << 6;
    QTest::newRow("4-D (1, 2, 3, 3)") << 1 << 2 << 9;
}

void tst_Gradients::batchnormTrain() {
    QFETCH(int, N);
    QFETCH(int, C);
    QFETCH(int, HW);

    const std::size_t n = static_cast<std::size_t>(N) * C * HW, c = static_cast<std::size_t>(C);
    std::mt19937 rng(29);
    Values x = uniform<double>(rng, n, -2, 2), gamma = uniform<double>(rng, c, 0.5, 1.5),
           beta = uniform<double>(rng, c);
    const Values r = uniform<double>(rng, n);
    // Training normalises with the batch's own statistics, so they move with x: the loss
    // recomputes them, and the running statistics it updates are scratch.
    const auto loss = [&] {
        Values out(n), mean(c), invstd(c), runningMean(c, 0.0), runningVar(c, 1.0);
        generic::batchnorm_forward_train(out.data(), mean.data(), invstd.data(), runningMean.data(),
                                         runningVar.data(), x.data(), gamma.data(), beta.data(), N,
                                         C, HW, 0.1, 1e-5);
        return dot(out, r);
    };
    Values out(n), mean(c), invstd(c), runningMean(c, 0.0), runningVar(c, 1.0);
    generic::batchnorm_forward_train(out.data(), mean.data(), invstd.data(), runningMean.data(),
                                     runningVar.data(), x.data(), gamma.data(), beta.data(), N, C,
                                     HW, 0.1, 1e-5);
    Values dx(n), dgamma(c), dbeta(c);
    generic::batchnorm_backward(dx.data(), dgamma.data(), dbeta.data(), r.data(), x.data(),
                                gamma.data(), mean.data(), invstd.data(), N, C, HW);
    CHECK_GRADIENT("input", x, dx, loss);
    CHECK_GRADIENT("gamma", gamma, dgamma, loss);
    CHECK_GRADIENT("beta", beta, dbeta, loss);
}

void tst_Gradients::dropout() {
    // With the seed fixed the mask is fixed, and out = x·mask is linear in x.
    const std::size_t n = 64;
    const double p = 0.3;
    const std::uint64_t seed = 31;
    std::mt19937 rng(31);
    Values x = uniform<double>(rng, n);
    const Values r = uniform<double>(rng, n);
    const auto loss = [&] {
        Values out(n), mask(n);
        generic::dropout_forward(out.data(), mask.data(), x.data(), n, p, seed);
        return dot(out, r);
    };
    Values out(n), mask(n), dx(n);
    generic::dropout_forward(out.data(), mask.data(), x.data(), n, p, seed);
    generic::dropout_backward(dx.data(), r.data(), mask.data(), n);
    CHECK_GRADIENT("input", x, dx, loss);
    // Both kinds of mask value occur, so the check covered dropped and kept values.
    QVERIFY(std::count(mask.begin(), mask.end(), 0.0) > 0);
    QVERIFY(std::count(mask.begin(), mask.end(), 0.0) < static_cast<std::ptrdiff_t>(n));
}

QTEST_GUILESS_MAIN(tst_Gradients)
#include "tst_gradients.moc"
