// Qt Test suite for conv::PoolTrace: max and average pooling of the lecture's input worked by
// hand, padding (counted or not), ties, agreement with compute::ops on random cases, bad input.
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "conv/PoolTrace.h"

#include <QString>
#include <QTest>
#include <cmath>
#include <random>
#include <stdexcept>

using namespace convsight;
using namespace convsight::conv;
using convsight::compute::PoolKind;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

const Matrix lectureInput = {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};

ConvGeometry::Params window(int size, int stride, PaddingMode mode = PaddingMode::Valid) {
    ConvGeometry::Params p;
    p.kernel_height = p.kernel_width = size;
    p.stride_y = p.stride_x = stride;
    p.mode = mode;
    return p;
}

// 1..9 in a 3×3 (or its negatives), pooled 2×2 with stride 2 and SAME padding: one row and one
// column of padding at the bottom and right (total = (⌈3/2⌉ − 1)·2 + 2 − 3 = 1).
Matrix nine(double sign) {
    return {{sign * 1, sign * 2, sign * 3},
            {sign * 4, sign * 5, sign * 6},
            {sign * 7, sign * 8, sign * 9}};
}

} // namespace

class tst_PoolTrace : public QObject {
    Q_OBJECT

private slots:
    void lectureMax();
    void lectureAverage();
    void paddingNeverWins();
    void averagePaddingCountedOrNot();
    void firstMaximumWins();
    void agreesWithComputeOps();
    void badInput();
};

void tst_PoolTrace::lectureMax() {
    // Windows of 2×2, stride 2: [[2,0],[7,1]] → 7, [[1,3],[1,0]] → 3, [[0,2],[0,5]] → 5,
    // [[5,0],[1,4]] → 5.
    const PoolTrace trace = PoolTrace::from_matrix(lectureInput, window(2, 2), PoolKind::Max);
    QCOMPARE(trace.step_count(), 4);
    QCOMPARE(trace.output(0), (Matrix{{7, 3}, {5, 5}}));
    const PoolStep first = trace.step(0);
    QCOMPARE(q(first.expression()), QStringLiteral("max(2, 0, 7, 1) = 7"));
    QCOMPARE(first.winner, 2); // 7 is the third cell in row-major order
    QCOMPARE(first.cells[2].source_y, 1);
    QCOMPARE(first.cells[2].source_x, 0);
    const PoolStep last = trace.step(3);
    QCOMPARE(last.window_top, 2);
    QCOMPARE(last.window_left, 2);
    QCOMPARE(q(last.expression()), QStringLiteral("max(5, 0, 1, 4) = 5"));
    QCOMPARE(last.winner, 0);
}

void tst_PoolTrace::lectureAverage() {
    // (2+0+7+1)/4 = 2.5, (1+3+1+0)/4 = 1.25, (0+2+0+5)/4 = 1.75, (5+0+1+4)/4 = 2.5.
    const PoolTrace trace = PoolTrace::from_matrix(lectureInput, window(2, 2), PoolKind::Average);
    QCOMPARE(trace.output(0), (Matrix{{2.5, 1.25}, {1.75, 2.5}}));
    const PoolStep first = trace.step(0);
    QCOMPARE(q(first.expression()), QStringLiteral("(2 + 0 + 7 + 1) / 4 = 2.5"));
    QCOMPARE(first.sum, 10.0);
    QCOMPARE(first.divisor, 4);
    QCOMPARE(first.winner, -1);
}

void tst_PoolTrace::paddingNeverWins() {
    // All values negative: the padding's zeros would win if padding counted as 0.
    const PoolTrace trace =
        PoolTrace::from_matrix(nine(-1), window(2, 2, PaddingMode::Same), PoolKind::Max);
    QCOMPARE(trace.padded_height(), 4);
    QCOMPARE(trace.output(0), (Matrix{{-1, -3}, {-7, -9}}));
    const PoolStep corner = trace.step(3);
    QCOMPARE(q(corner.expression()), QStringLiteral("max(−9) = −9"));
    QCOMPARE(corner.winner, 0);
    QVERIFY(corner.cells[1].is_padding && corner.cells[2].is_padding && corner.cells[3].is_padding);
    QCOMPARE(corner.cells[3].source_y, -1);
}

void tst_PoolTrace::averagePaddingCountedOrNot() {
    const PoolTrace tensorflow =
        PoolTrace::from_matrix(nine(1), window(2, 2, PaddingMode::Same), PoolKind::Average);
    // Not counted: (1+2+4+5)/4 = 3, (3+6)/2 = 4.5, (7+8)/2 = 7.5, 9/1 = 9.
    QCOMPARE(tensorflow.output(0), (Matrix{{3, 4.5}, {7.5, 9}}));
    QCOMPARE(q(tensorflow.step(1).expression()), QStringLiteral("(3 + 6) / 2 = 4.5"));
    QCOMPARE(q(tensorflow.step(3).expression()), QStringLiteral("(9) / 1 = 9"));

    const PoolTrace pytorch =
        PoolTrace::from_matrix(nine(1), window(2, 2, PaddingMode::Same), PoolKind::Average, true);
    // Counted as zeros: (3+6+0+0)/4 = 2.25, (7+8+0+0)/4 = 3.75, (9+0+0+0)/4 = 2.25.
    QCOMPARE(pytorch.output(0), (Matrix{{3, 2.25}, {3.75, 2.25}}));
    QCOMPARE(q(pytorch.step(3).expression()), QStringLiteral("(9 + 0 + 0 + 0) / 4 = 2.25"));
    QCOMPARE(pytorch.step(3).divisor, 4);
}

void tst_PoolTrace::firstMaximumWins() {
    const PoolTrace trace = PoolTrace::from_matrix({{1, 3}, {3, -2}}, window(2, 1), PoolKind::Max);
    QCOMPARE(trace.step(0).winner, 1); // (0,1) and (1,0) tie at 3: the first in row-major order
    QCOMPARE(q(trace.step(0).expression()), QStringLiteral("max(1, 3, 3, −2) = 3"));
}

void tst_PoolTrace::agreesWithComputeOps() {
    std::mt19937 rng(11);
    const auto pick = [&](int low, int high) {
        return std::uniform_int_distribution(low, high)(rng);
    };
    for (int trial = 0; trial < 200; ++trial) {
        PoolTrace::Setup s;
        ConvGeometry::Params& p = s.geometry;
        p.channels = pick(1, 3);
        p.input_height = pick(1, 9);
        p.input_width = pick(1, 9);
        p.kernel_height = pick(1, std::min(3, p.input_height));
        p.kernel_width = pick(1, std::min(3, p.input_width));
        p.stride_y = pick(1, 3);
        p.stride_x = pick(1, 3);
        p.mode = static_cast<PaddingMode>(pick(0, 2));
        p.explicit_padding = {pick(0, p.kernel_height - 1), pick(0, p.kernel_height - 1),
                              pick(0, p.kernel_width - 1), pick(0, p.kernel_width - 1)};
        const ConvGeometry geometry(p);
        if (!geometry.is_valid())
            continue;
        std::vector<float> values(
            static_cast<std::size_t>(p.channels * p.input_height * p.input_width));
        for (float& v : values) {
            v = static_cast<float>(pick(-5, 5)); // small integers: ties are frequent
            s.input.push_back(v);
        }
        const compute::Tensor x =
            compute::Tensor::from({1, p.channels, p.input_height, p.input_width}, values);
        const Padding pad = geometry.padding();
        const compute::ops::Pool2dParams pp{p.kernel_height, p.kernel_width, p.stride_y, p.stride_x,
                                            pad.top,         pad.bottom,     pad.left,   pad.right};

        s.kind = PoolKind::Max;
        const std::vector<double> maxima = PoolTrace(s).outputs();
        const std::vector<float> expectedMax = compute::ops::maxpool2d_forward(x, pp).to_vector();
        QCOMPARE(maxima.size(), expectedMax.size());
        for (std::size_t i = 0; i < maxima.size(); ++i)
            QCOMPARE(maxima[i], double(expectedMax[i]));

        s.kind = PoolKind::Average;
        const PoolTrace average(s);
        const std::vector<float> expectedAverage =
            compute::ops::avgpool2d_forward(x, pp).to_vector();
        s.count_padding = true;
        const PoolTrace counted(s);
        const int windowCells = p.kernel_height * p.kernel_width;
        for (int i = 0; i < average.step_count(); ++i) {
            const PoolStep step = average.step(i);
            QVERIFY2(std::abs(step.result - double(expectedAverage[std::size_t(i)])) < 1e-5,
                     qPrintable(q(step.expression())));
            // Counting the padding only changes the divisor: same sum, over the whole window.
            const PoolStep withPadding = counted.step(i);
            QCOMPARE(withPadding.sum, step.sum);
            QCOMPARE(withPadding.divisor, windowCells);
            QCOMPARE(withPadding.result, step.sum / windowCells);
        }
    }
}

void tst_PoolTrace::badInput() {
    ConvGeometry::Params dilated = window(2, 2);
    dilated.dilation_y = 2;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PoolTrace::from_matrix(lectureInput, dilated, PoolKind::Max));
    try {
        PoolTrace::from_matrix({{1, 2}, {3}}, window(1, 1), PoolKind::Max);
        QFAIL("a ragged matrix was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("row 2")));
    }
    try {
        PoolTrace::from_matrix({{1, NAN}}, window(1, 1), PoolKind::Average);
        QFAIL("NaN was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("row 1, column 2")));
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PoolTrace::from_matrix({{1, 2}}, window(3, 1), PoolKind::Max));
    const PoolTrace trace = PoolTrace::from_matrix(lectureInput, window(2, 2), PoolKind::Max);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.step(4));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.step_index(0, 2, 0));
    QCOMPARE(trace.step_index(0, 1, 1), 3);
}

QTEST_GUILESS_MAIN(tst_PoolTrace)
#include "tst_pooltrace.moc"
