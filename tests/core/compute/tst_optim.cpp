// Qt Test suite for the optimizer steps (PyTorch's SGD and Adam) against values worked out by
// hand: two steps on two or three parameters, through reference:: and through ops:: on the CPU.
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

using Floats = std::vector<float>;
using Doubles = std::vector<double>;

// Float parameters near 1 hold about 7 digits: 3e-7 is a few units in the last place, while a
// wrong formula (a missing bias correction, decay applied twice) is off in the third digit.
constexpr double kTolerance = 3e-7;

// True when every |a − b| <= rtol·|b|, for small state values (Adam's v is about 1e-4).
bool relativelyClose(const Floats& a, const Doubles& b, double rtol) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(std::fabs(static_cast<double>(a[i]) - b[i]) <= rtol * std::fabs(b[i])))
            return false;
    return true;
}

} // namespace

class tst_Optim : public QObject {
    Q_OBJECT

private slots:
    void sgd_data();
    void sgd();
    void adam_data();
    void adam();
    void adamFastPathMatchesReference_data();
    void adamFastPathMatchesReference();
};

// Every SGD row starts from param (1, −2, 0.5) and velocity 0, lr 0.1, and steps with the
// gradients g1 = (0.5, −1, 2), then g2 = (0.25, 0.5, −1). PyTorch's SGD:
//   g ← grad + weight_decay·param;  v ← momentum·v + g;  param ← param − lr·(momentum ? v : g)
void tst_Optim::sgd_data() {
    QTest::addColumn<double>("momentum");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<Doubles>("afterStep1");
    QTest::addColumn<Doubles>("afterStep2");
    QTest::addColumn<Doubles>("velocity"); // after step 2; empty when momentum is 0

    // step 1: (1 − 0.1·0.5, −2 + 0.1·1, 0.5 − 0.1·2)       = (0.95, −1.9, 0.3)
    // step 2: (0.95 − 0.1·0.25, −1.9 − 0.1·0.5, 0.3 + 0.1·1) = (0.925, −1.95, 0.4)
    QTest::newRow("plain") << 0.0 << 0.0 << Doubles{0.95, -1.9, 0.3} << Doubles{0.925, -1.95, 0.4}
                           << Doubles{};
    // step 1: v = g1 = (0.5, −1, 2), param as plain: (0.95, −1.9, 0.3)
    // step 2: v = 0.9·(0.5, −1, 2) + (0.25, 0.5, −1) = (0.45 + 0.25, −0.9 + 0.5, 1.8 − 1)
    //           = (0.7, −0.4, 0.8)
    //         param = (0.95 − 0.07, −1.9 + 0.04, 0.3 − 0.08) = (0.88, −1.86, 0.22)
    QTest::newRow("momentum 0.9") << 0.9 << 0.0 << Doubles{0.95, -1.9, 0.3}
                                  << Doubles{0.88, -1.86, 0.22} << Doubles{0.7, -0.4, 0.8};
    // step 1: g = (0.5 + 0.01·1, −1 + 0.01·(−2), 2 + 0.01·0.5) = (0.51, −1.02, 2.005)
    //         param = (1 − 0.051, −2 + 0.102, 0.5 − 0.2005) = (0.949, −1.898, 0.2995)
    // step 2: g = (0.25 + 0.00949, 0.5 − 0.01898, −1 + 0.002995) = (0.25949, 0.48102, −0.997005)
    //         param = (0.949 − 0.025949, −1.898 − 0.048102, 0.2995 + 0.0997005)
    //               = (0.923051, −1.946102, 0.3992005)
    QTest::newRow("weight decay 0.01") << 0.0 << 0.01 << Doubles{0.949, -1.898, 0.2995}
                                       << Doubles{0.923051, -1.946102, 0.3992005} << Doubles{};
    // step 1: as weight decay alone (v = g): (0.949, −1.898, 0.2995)
    // step 2: v = 0.9·(0.51, −1.02, 2.005) + (0.25949, 0.48102, −0.997005)
    //           = (0.459 + 0.25949, −0.918 + 0.48102, 1.8045 − 0.997005)
    //           = (0.71849, −0.43698, 0.807495)
    //         param = (0.949 − 0.071849, −1.898 + 0.043698, 0.2995 − 0.0807495)
    //               = (0.877151, −1.854302, 0.2187505)
    QTest::newRow("momentum 0.9, weight decay 0.01")
        << 0.9 << 0.01 << Doubles{0.949, -1.898, 0.2995} << Doubles{0.877151, -1.854302, 0.2187505}
        << Doubles{0.71849, -0.43698, 0.807495};
}

void tst_Optim::sgd() {
    QFETCH(double, momentum);
    QFETCH(double, weightDecay);
    QFETCH(Doubles, afterStep1);
    QFETCH(Doubles, afterStep2);
    QFETCH(Doubles, velocity);

    const SgdParams p{0.1f, static_cast<float>(momentum), static_cast<float>(weightDecay)};
    const Floats g1{0.5f, -1.0f, 2.0f}, g2{0.25f, 0.5f, -1.0f};

    // reference::
    Floats param{1.0f, -2.0f, 0.5f}, v(3, 0.0f);
    reference::sgd_step(param.data(), g1.data(), v.data(), 3, p);
    QVERIFY2(closeTo(param, afterStep1, kTolerance), qPrintable(str(param)));
    reference::sgd_step(param.data(), g2.data(), v.data(), 3, p);
    QVERIFY2(closeTo(param, afterStep2, kTolerance), qPrintable(str(param)));
    if (!velocity.empty())
        QVERIFY2(closeTo(v, velocity, kTolerance), qPrintable(str(v)));

    // ops:: on the CPU, updating the tensors in place.
    Tensor tParam = Tensor::from({3}, {1.0f, -2.0f, 0.5f}), tVelocity = Tensor::zeros({3});
    ops::sgd_step(tParam, Tensor::from({3}, g1), tVelocity, p);
    QVERIFY2(closeTo(tParam.to_vector(), afterStep1, kTolerance),
             qPrintable(str(tParam.to_vector())));
    ops::sgd_step(tParam, Tensor::from({3}, g2), tVelocity, p);
    QVERIFY2(closeTo(tParam.to_vector(), afterStep2, kTolerance),
             qPrintable(str(tParam.to_vector())));
    if (!velocity.empty())
        QVERIFY(closeTo(tVelocity.to_vector(), velocity, kTolerance));
}

// Adam (torch.optim.Adam) with β1 = 0.9, β2 = 0.999, eps = 1e-8, m = v = 0, param (1, −0.5),
// gradients g1 = (0.1, −0.2), then g2 = (0.3, 0.1):
//   g ← grad + wd·param;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
//   param ← param − lr·(m/(1 − β1^t)) / (√(v/(1 − β2^t)) + eps)
// The bias corrections are 1 − 0.9 = 0.1, 1 − 0.999 = 0.001 at t = 1 and 1 − 0.81 = 0.19,
// 1 − 0.998001 = 0.001999 at t = 2.
void tst_Optim::adam_data() {
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<Doubles>("afterStep1");
    QTest::addColumn<Doubles>("afterStep2");
    QTest::addColumn<Doubles>("m"); // after step 2
    QTest::addColumn<Doubles>("v"); // after step 2

    // t = 1: m = 0.1·g1 = (0.01, −0.02); v = 0.001·g1² = (1e-5, 4e-5);
    //        m̂ = (0.1, −0.2), v̂ = (0.01, 0.04), √v̂ = (0.1, 0.2): the first step is lr·sign(g),
    //        param = (1 − 0.001, −0.5 + 0.001) = (0.999, −0.499)
    // t = 2: m = 0.9·(0.01, −0.02) + 0.1·(0.3, 0.1) = (0.039, −0.008)
    //        v = 0.999·(1e-5, 4e-5) + 0.001·(0.09, 0.01) = (9.999e-5, 4.996e-5)
    //        m̂ = (0.039, −0.008)/0.19 = (0.2052632, −0.0421053)
    //        v̂ = (9.999e-5, 4.996e-5)/0.001999 = (0.0500200, 0.0249925), √v̂ = (0.2236515,
    //        0.1580902) step = 0.001·m̂/√v̂ = (0.0009177811, −0.0002663370) param = (0.999 −
    //        0.0009177811, −0.499 + 0.0002663370) = (0.9980822, −0.4987337)
    QTest::newRow("lr 0.001") << 0.001 << 0.0 << Doubles{0.999, -0.499}
                              << Doubles{0.998082219, -0.498733663} << Doubles{0.039, -0.008}
                              << Doubles{9.999e-5, 4.996e-5};
    // Weight decay 0.5 adds 0.5·param to the gradient (L2, as torch.optim.Adam does), lr 0.01:
    // t = 1: g = (0.1 + 0.5, −0.2 − 0.25) = (0.6, −0.45); again a step of lr·sign(g):
    //        param = (0.99, −0.49)
    // t = 2: g = (0.3 + 0.495, 0.1 − 0.245) = (0.795, −0.145)
    //        m = 0.9·(0.06, −0.045) + 0.1·(0.795, −0.145) = (0.1335, −0.055)
    //        v = 0.999·(3.6e-4, 2.025e-4) + 0.001·(0.632025, 0.021025) = (9.91665e-4, 2.233225e-4)
    //        m̂ = (0.7026316, −0.2894737), v̂ = (0.4960805, 0.1117171), √v̂ = (0.7043299, 0.3342411)
    //        step = 0.01·m̂/√v̂ = (0.0099759, −0.0086606)
    //        param = (0.99 − 0.0099759, −0.49 + 0.0086606) = (0.9800241, −0.4813394)
    QTest::newRow("lr 0.01, weight decay 0.5")
        << 0.01 << 0.5 << Doubles{0.99, -0.49} << Doubles{0.980024112, -0.481339375}
        << Doubles{0.1335, -0.055} << Doubles{9.91665e-4, 2.233225e-4};
}

void tst_Optim::adam() {
    QFETCH(double, lr);
    QFETCH(double, weightDecay);
    QFETCH(Doubles, afterStep1);
    QFETCH(Doubles, afterStep2);
    QFETCH(Doubles, m);
    QFETCH(Doubles, v);

    const AdamParams p{static_cast<float>(lr), 0.9f, 0.999f, 1e-8f,
                       static_cast<float>(weightDecay)};
    const Floats g1{0.1f, -0.2f}, g2{0.3f, 0.1f};

    Floats param{1.0f, -0.5f}, mState(2, 0.0f), vState(2, 0.0f);
    reference::adam_step(param.data(), g1.data(), mState.data(), vState.data(), 2, p, 1);
    QVERIFY2(closeTo(param, afterStep1, kTolerance), qPrintable(str(param)));
    reference::adam_step(param.data(), g2.data(), mState.data(), vState.data(), 2, p, 2);
    QVERIFY2(closeTo(param, afterStep2, kTolerance), qPrintable(str(param)));
    // β2 = 0.999 held as a float is 0.99900001, so 1 − β2 = 0.00099998713: v's new term is 1.3e-5
    // smaller than in exact arithmetic (the square root halves that in the step).
    QVERIFY2(relativelyClose(mState, m, 1e-6), qPrintable(str(mState)));
    QVERIFY2(relativelyClose(vState, v, 3e-5), qPrintable(str(vState)));

    Tensor tParam = Tensor::from({2}, {1.0f, -0.5f}), tM = Tensor::zeros({2}),
           tV = Tensor::zeros({2});
    ops::adam_step(tParam, Tensor::from({2}, g1), tM, tV, p, 1);
    QVERIFY2(closeTo(tParam.to_vector(), afterStep1, kTolerance),
             qPrintable(str(tParam.to_vector())));
    ops::adam_step(tParam, Tensor::from({2}, g2), tM, tV, p, 2);
    QVERIFY2(closeTo(tParam.to_vector(), afterStep2, kTolerance),
             qPrintable(str(tParam.to_vector())));
    QVERIFY(relativelyClose(tM.to_vector(), m, 1e-6));
    QVERIFY(relativelyClose(tV.to_vector(), v, 3e-5));
}

// The CPU's Adam works through blocks of 256 values (the square roots vectorised apart), one
// thread's chunk each from 32,768 values on: every size around those edges, with and without
// weight decay, five steps from random values, gives the reference's parameters and moments bit
// for bit (the operations and their order are math::adam_update's). `ulps` measures how far
// apart they are, for the message.
void tst_Optim::adamFastPathMatchesReference_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("weightDecay");
    for (const int n : {1, 7, 255, 256, 257, 1000, 32768, 40000, 200704})
        for (const double decay : {0.0, 0.01})
            QTest::addRow("%d values, weight decay %g", n, decay) << n << decay;
}

void tst_Optim::adamFastPathMatchesReference() {
    QFETCH(int, n);
    QFETCH(double, weightDecay);
    const auto size = static_cast<std::size_t>(n);
    std::mt19937 rng(static_cast<unsigned>(n));
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Floats param(size);
    for (float& x : param)
        x = normal(rng);
    const AdamParams p{1e-3f, 0.9f, 0.999f, 1e-8f, static_cast<float>(weightDecay)};
    Floats refParam = param, refM(size, 0.0f), refV(size, 0.0f);
    Tensor tParam = Tensor::from({n}, param), tM = Tensor::zeros({n}), tV = Tensor::zeros({n});
    const auto ulps = [](float a, float b) {
        std::int32_t ia = 0, ib = 0;
        std::memcpy(&ia, &a, sizeof a);
        std::memcpy(&ib, &b, sizeof b);
        if ((ia < 0) != (ib < 0))
            return a == b ? 0 : 1 << 30; // +0 and -0 are equal; other sign changes are not
        return std::abs(ia - ib);
    };
    const auto worst = [&](const Floats& a, const Floats& b) {
        int result = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            result = std::max(result, ulps(a[i], b[i]));
        return result;
    };
    for (int step = 1; step <= 5; ++step) {
        Floats grad(size);
        for (float& g : grad)
            g = 0.1f * normal(rng);
        reference::adam_step(refParam.data(), grad.data(), refM.data(), refV.data(), size, p, step);
        ops::adam_step(tParam, Tensor::from({n}, grad), tM, tV, p, step);
        QVERIFY2(worst(tParam.to_vector(), refParam) <= 0,
                 qPrintable(QStringLiteral("step %1: parameters up to %2 ulp apart")
                                .arg(step)
                                .arg(worst(tParam.to_vector(), refParam))));
        QVERIFY(worst(tM.to_vector(), refM) <= 0);
        QVERIFY(worst(tV.to_vector(), refV) <= 0);
    }
}

QTEST_GUILESS_MAIN(tst_Optim)
#include "tst_optim.moc"
