// Qt Test suite for the CPU filter2d paths the benchmarks lean on: the 1×1 kernel's streaming
// scale (against the reference, bit for bit, for every border, shared and per-channel weights,
// cache-bypassing sizes and planes whose rows start unaligned), filtering into a reused output,
// and the alternating timer that `bench filter` compares ConvSight and OpenCV with.
#include "compute/Timing.h"
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

// tst_ops' tolerance for filter2d: NMSE against the reference, which sums in double.
constexpr double kTolerance = 1e-9;

constexpr BorderMode kBorders[] = {BorderMode::Zero, BorderMode::Replicate, BorderMode::Reflect,
                                   BorderMode::Wrap};

std::size_t count(const Shape& shape) {
    return static_cast<std::size_t>(shape_numel(shape));
}

// reference::filter2d of x (C,H,W) or (N,C,H,W) by w (KH,KW) or (C,KH,KW).
std::vector<float> referenceFilter(const Shape& xs, const std::vector<float>& x, const Shape& ws,
                                   const std::vector<float>& w, BorderMode border) {
    const std::size_t r = xs.size();
    FilterDims d{};
    d.C = static_cast<int>(xs[r - 3]), d.H = static_cast<int>(xs[r - 2]);
    d.W = static_cast<int>(xs[r - 1]);
    d.planes = static_cast<int>(shape_numel(xs) / (xs[r - 2] * xs[r - 1]));
    d.KH = static_cast<int>(ws[ws.size() - 2]), d.KW = static_cast<int>(ws.back());
    d.per_channel = ws.size() == 3;
    d.border = border;
    std::vector<float> out(x.size());
    reference::filter2d(out.data(), x.data(), w.data(), d);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(convsight::compute::Shape)

class tst_FilterCpu : public QObject {
    Q_OBJECT

private slots:
    void oneByOneEqualsReference_data();
    void oneByOneEqualsReference();
    void filterIntoReusesOutput();
    void successiveSizesEqualReference();
    void filterIntoReplacesMismatchedOutput();
    void filterIntoRejectsItsInput();
    void alternatingMediansAlternate();
    void medianOfEvenAndOdd();
};

void tst_FilterCpu::oneByOneEqualsReference_data() {
    QTest::addColumn<Shape>("x");
    QTest::addColumn<Shape>("w");
    // Small (one thread, cached stores), odd widths (rows and chunks start unaligned), 1 and 3
    // channels, a batch, and 1080p RGB: 24.9 MB, past the streaming threshold and several tasks
    // per plane with a partial last one.
    QTest::newRow("1x1 image") << Shape{1, 1, 1} << Shape{1, 1};
    QTest::newRow("(1,7,13) shared") << Shape{1, 7, 13} << Shape{1, 1};
    QTest::newRow("(3,37,53) per channel") << Shape{3, 37, 53} << Shape{3, 1, 1};
    QTest::newRow("(2,3,19,41) per channel") << Shape{2, 3, 19, 41} << Shape{3, 1, 1};
    QTest::newRow("(3,1080,1920) shared") << Shape{3, 1080, 1920} << Shape{1, 1};
    QTest::newRow("(3,721,1001) per channel") << Shape{3, 721, 1001} << Shape{3, 1, 1};
}

void tst_FilterCpu::oneByOneEqualsReference() {
    QFETCH(Shape, x);
    QFETCH(Shape, w);
    std::mt19937 rng(19);
    const std::vector<float> xv = uniform(rng, count(x)), wv = uniform(rng, count(w));
    // Zeros too: 0·w must give +0 as the reference's sum does.
    std::vector<float> input = xv;
    for (std::size_t i = 0; i < input.size(); i += 7)
        input[i] = 0.0f;
    const Tensor tx = Tensor::from(x, input), tw = Tensor::from(w, wv);
    for (const BorderMode border : kBorders) {
        const std::vector<float> expected = referenceFilter(x, input, w, wv, border);
        const std::vector<float> got = ops::filter2d(tx, tw, border).to_vector();
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (got[i] != expected[i] || std::signbit(got[i]) != std::signbit(expected[i]))
                QFAIL(qPrintable(QStringLiteral("border %1: output %2 is %3, reference %4")
                                     .arg(border_name(border))
                                     .arg(i)
                                     .arg(static_cast<double>(got[i]))
                                     .arg(static_cast<double>(expected[i]))));
        }
    }
}

void tst_FilterCpu::filterIntoReusesOutput() {
    std::mt19937 rng(5);
    const Shape xs{3, 45, 70}, ws{5, 5};
    const std::vector<float> xv = uniform(rng, count(xs)), wv = uniform(rng, count(ws));
    const Tensor x = Tensor::from(xs, xv), w = Tensor::from(ws, wv);
    Tensor y = Tensor::full(xs, 123.0f);
    const float* storage = y.data();
    for (const BorderMode border : kBorders) {
        ops::filter2d_into(y, x, w, border);
        QCOMPARE(y.data(), storage); // written in place, nothing allocated
        QCOMPARE(y.shape(), xs);
        QVERIFY(nmse(y.to_vector(), referenceFilter(xs, xv, ws, wv, border)) <= kTolerance);
        QCOMPARE(y.to_vector(), ops::filter2d(x, w, border).to_vector());
    }
}

// The CPU path keeps its padded strips from call to call: a wide image, then narrower and taller
// ones with other kernels and borders, each still equal to the reference.
void tst_FilterCpu::successiveSizesEqualReference() {
    struct Step {
        Shape x, w;
        BorderMode border;
    };
    const Step steps[] = {{{3, 70, 301}, {5, 5}, BorderMode::Reflect},
                          {{1, 40, 37}, {3, 3}, BorderMode::Zero},
                          {{2, 3, 50, 129}, {3, 9, 9}, BorderMode::Wrap},
                          {{3, 9, 400}, {7, 7}, BorderMode::Replicate},
                          {{1, 33, 17}, {2, 4}, BorderMode::Reflect},
                          {{3, 70, 301}, {5, 5}, BorderMode::Zero}};
    std::mt19937 rng(8);
    for (const Step& step : steps) {
        const std::vector<float> xv = uniform(rng, count(step.x)), wv = uniform(rng, count(step.w));
        const std::vector<float> got =
            ops::filter2d(Tensor::from(step.x, xv), Tensor::from(step.w, wv), step.border)
                .to_vector();
        QVERIFY2(
            nmse(got, referenceFilter(step.x, xv, step.w, wv, step.border)) <= kTolerance,
            qPrintable(q(shape_string(step.x)) + QStringLiteral(" * ") + q(shape_string(step.w))));
    }
}

void tst_FilterCpu::filterIntoReplacesMismatchedOutput() {
    std::mt19937 rng(6);
    const Shape xs{1, 9, 11}, ws{3, 3};
    const std::vector<float> xv = uniform(rng, count(xs)), wv = uniform(rng, count(ws));
    const Tensor x = Tensor::from(xs, xv), w = Tensor::from(ws, wv);
    Tensor undefined;
    ops::filter2d_into(undefined, x, w, BorderMode::Reflect);
    QCOMPARE(undefined.shape(), xs);
    Tensor wrongShape = Tensor::zeros({1, 9, 10});
    const Tensor keptAlive = wrongShape; // the old storage is left untouched
    ops::filter2d_into(wrongShape, x, w, BorderMode::Reflect);
    QCOMPARE(wrongShape.shape(), xs);
    QCOMPARE(keptAlive.to_vector(), std::vector<float>(90, 0.0f));
    const std::vector<float> expected = referenceFilter(xs, xv, ws, wv, BorderMode::Reflect);
    QVERIFY(nmse(undefined.to_vector(), expected) <= kTolerance);
    QVERIFY(nmse(wrongShape.to_vector(), expected) <= kTolerance);
}

void tst_FilterCpu::filterIntoRejectsItsInput() {
    Tensor x = Tensor::full({1, 4, 4}, 1.0f);
    const std::vector<float> before = x.to_vector();
    try {
        ops::filter2d_into(x, x, Tensor::full({3, 3}, 1.0f), BorderMode::Zero);
        QFAIL("filtering an image into itself was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(std::string(e.what()).rfind("filter2d", 0) == 0, e.what());
    }
    QCOMPARE(x.to_vector(), before);
}

void tst_FilterCpu::alternatingMediansAlternate() {
    std::string order;
    const AlternatingTimes times =
        alternating_medians([&] { order += 'a'; }, Device::cpu(),
                            [&] {
                                order += 'b';
                                QTest::qSleep(2); // the second side is measurably slower
                            },
                            Device::cpu(), 2, 5);
    QCOMPARE(order, std::string("ababababababab"));
    QVERIFY(times.first >= 0.0);
    QVERIFY2(times.second >= 0.0015, qPrintable(QString::number(times.second)));
    QVERIFY(times.second > times.first);
}

void tst_FilterCpu::medianOfEvenAndOdd() {
    QCOMPARE(median({}), 0.0);
    QCOMPARE(median({3.0}), 3.0);
    QCOMPARE(median({5.0, 1.0, 3.0}), 3.0);
    QCOMPARE(median({4.0, 1.0, 3.0, 2.0}), 2.5);
    QCOMPARE(median({9.0, 1.0, 1000.0, 2.0, 3.0}), 3.0); // one outlier does not move it
}

QTEST_GUILESS_MAIN(tst_FilterCpu)
#include "tst_filter_cpu.moc"
