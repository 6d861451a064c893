// Qt Test suite for conv::ConvTrace: the lecture's worked example and its expression, agreement
// with the compute library's reference conv2d, border fills, true convolution, random access, ReLU,
// bias, and the messages a student reads for bad input.
#include "compute/reference/reference_impl.h"
#include "conv/ConvTrace.h"

#include <QString>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

using convsight::compute::BorderMode;
using namespace convsight::conv;

Q_DECLARE_METATYPE(convsight::compute::BorderMode)

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

const Matrix lectureInput = {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
const Matrix lectureKernel = {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}};

// The message of the std::invalid_argument that building `setup` throws; empty if none.
QString rejection(const ConvTrace::Setup& setup) {
    try {
        ConvTrace trace(setup);
    } catch (const std::invalid_argument& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// A 3×3 single-channel 1..9 input, a 3×3 all-ones kernel, padding 2 (or 1) on every side.
ConvTrace::Setup ninePixels(BorderMode border, int padding) {
    ConvTrace::Setup s;
    s.geometry.input_height = s.geometry.input_width = 3;
    s.geometry.kernel_height = s.geometry.kernel_width = 3;
    s.geometry.mode = PaddingMode::Explicit;
    s.geometry.explicit_padding = Padding{padding, padding, padding, padding};
    s.input = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    s.kernels = std::vector<double>(9, 1.0);
    s.border = border;
    return s;
}

std::vector<double> randomValues(std::mt19937& rng, std::size_t count) {
    std::uniform_real_distribution<double> value(-2.0, 2.0);
    std::vector<double> values(count);
    for (double& v : values)
        v = value(rng);
    return values;
}

// (K,C,FH,FW) with each FH×FW slice turned by 180°.
std::vector<double> flipped(const std::vector<double>& kernels, int FH, int FW) {
    std::vector<double> result(kernels.size());
    const std::size_t slice = static_cast<std::size_t>(FH) * static_cast<std::size_t>(FW);
    for (std::size_t s = 0; s < kernels.size() / slice; ++s)
        for (int ky = 0; ky < FH; ++ky)
            for (int kx = 0; kx < FW; ++kx)
                result[s * slice + static_cast<std::size_t>(ky * FW + kx)] =
                    kernels[s * slice + static_cast<std::size_t>((FH - 1 - ky) * FW + FW - 1 - kx)];
    return result;
}

} // namespace

class tst_ConvTrace : public QObject {
    Q_OBJECT

private slots:
    void lecture_example();
    void lectureExampleExpression();
    void lectureExampleWithReluAndBias();
    void divisorKeepsPresetsExact();
    void format_number_data();
    void format_number();
    void agreesWithReference();
    void borderFill_data();
    void borderFill();
    void borderFillCorners();
    void convolutionFlipsKernel();
    void randomAccess();
    void multiChannelStep();
    void badInput();
    void outOfRange();
};

void tst_ConvTrace::lecture_example() {
    ConvGeometry::Params p; // VALID, stride 1
    const ConvTrace trace = ConvTrace::from_matrices(lectureInput, lectureKernel, p);
    QCOMPARE(trace.output_height(), 2);
    QCOMPARE(trace.output_width(), 2);
    QCOMPARE(trace.step_count(), 4);
    // (0,0): (2+0+1) − (0+2+5) = −4;  (0,1): (0+1+3) − (2+5+0) = −3;
    // (1,0): (7+1+1) − (0+5+1) = 3;   (1,1): (1+1+0) − (5+1+4) = −8.
    // The slides print 2 and −9 for the bottom row, but their own products sum to 3 and −8.
    QCOMPARE(trace.output(0), (Matrix{{-4, -3}, {3, -8}}));

    const TraceStep last = trace.step(3);
    QCOMPARE(last.out_y, 1);
    QCOMPARE(last.out_x, 1);
    QCOMPARE(last.window_top, 1);
    QCOMPARE(last.window_left, 1);
    QCOMPARE(last.total, -8.0);
    QCOMPARE(last.terms.size(), std::size_t{9});
    QCOMPARE(last.terms[8].input, 4.0); // bottom-right of the input
    QCOMPARE(last.terms[8].weight, -1.0);
    QCOMPARE(last.terms[8].product, -4.0);
    QCOMPARE(last.terms[8].source_y, 3);
    QCOMPARE(last.terms[8].source_x, 3);
    QVERIFY(!last.terms[8].is_padding);
}

void tst_ConvTrace::lectureExampleExpression() {
    const ConvTrace trace = ConvTrace::from_matrices(lectureInput, lectureKernel, {});
    QCOMPARE(q(trace.step(0).expression()),
             QStringLiteral("2×1 + 0×1 + 1×1 + 7×0 + 1×0 + 1×0 + 0×(−1) + 2×(−1) + 5×(−1) = −4"));
    QCOMPARE(q(trace.step(2).expression()),
             QStringLiteral("7×1 + 1×1 + 1×1 + 0×0 + 2×0 + 5×0 + 0×(−1) + 5×(−1) + 1×(−1) = 3"));
}

void tst_ConvTrace::lectureExampleWithReluAndBias() {
    ConvTrace::Setup s;
    s.geometry.input_height = s.geometry.input_width = 4;
    s.geometry.kernel_height = s.geometry.kernel_width = 3;
    for (const auto& row : lectureInput)
        s.input.insert(s.input.end(), row.begin(), row.end());
    for (const auto& row : lectureKernel)
        s.kernels.insert(s.kernels.end(), row.begin(), row.end());
    s.bias = {-0.5};
    s.relu = true;
    const ConvTrace trace(s);
    QCOMPARE(trace.output(0), (Matrix{{0, 0}, {2.5, 0}}));
    const TraceStep first = trace.step(0);
    QVERIFY(first.has_bias);
    QCOMPARE(first.bias, -0.5);
    QCOMPARE(first.total, -4.5);
    QCOMPARE(first.activated, 0.0);
    QVERIFY(q(first.expression()).endsWith(QStringLiteral("5×(−1) − 0.5 = −4.5 → ReLU → 0")));
    QVERIFY(q(trace.step(2).expression()).endsWith(QStringLiteral("− 0.5 = 2.5 → ReLU → 2.5")));
}

void tst_ConvTrace::divisorKeepsPresetsExact() {
    // The lecture's box blur, 1/9 × ones: the integer products are summed, then divided once.
    const Matrix ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
    const ConvTrace trace = ConvTrace::from_matrices(lectureInput, ones, {}, BorderMode::Zero,
                                                     TraceMode::CrossCorrelation, false, 9.0);
    // Window sums: (2+0+1+7+1+1+0+2+5) = 19, (0+1+3+1+1+0+2+5+0) = 13, 22 and 19.
    QCOMPARE(trace.output(0), (Matrix{{19.0 / 9, 13.0 / 9}, {22.0 / 9, 19.0 / 9}}));
    const TraceStep first = trace.step(0);
    QCOMPARE(first.divisor, 9.0);
    QCOMPARE(q(first.expression()),
             QStringLiteral("(2×1 + 0×1 + 1×1 + 7×1 + 1×1 + 1×1 + 0×1 + 2×1 + 5×1) / 9 = ") +
                 q(convsight::conv::format_number(19.0 / 9, true)));
    // A zero divisor is refused with a sentence.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             ConvTrace::from_matrices(lectureInput, ones, {}, BorderMode::Zero,
                                                      TraceMode::CrossCorrelation, false, 0.0));
}

void tst_ConvTrace::format_number_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("unicode_minus");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 3.0 << true << QStringLiteral("3");
    QTest::newRow("negative integer") << -4.0 << true << QStringLiteral("−4");
    QTest::newRow("ascii minus for CSV") << -4.0 << false << QStringLiteral("-4");
    QTest::newRow("negative zero") << -0.0 << true << QStringLiteral("0");
    QTest::newRow("tenth") << 0.1 << true << QStringLiteral("0.1");
    QTest::newRow("half") << -2.5 << true << QStringLiteral("−2.5");
    QTest::newRow("third, shortest round trip")
        << 1.0 / 3.0 << false << QStringLiteral("0.3333333333333333");
    QTest::newRow("sum with rounding error")
        << 0.1 + 0.2 << false << QStringLiteral("0.30000000000000004");
}

void tst_ConvTrace::format_number() {
    QFETCH(double, value);
    QFETCH(bool, unicode_minus);
    QFETCH(QString, text);
    QCOMPARE(q(convsight::conv::format_number(value, unicode_minus)), text);
}

void tst_ConvTrace::agreesWithReference() {
    // Random shapes, strides, paddings and dilations with zero border, against the compute
    // library's plain-loop conv2d (the oracle every fast path is tested against).
    std::mt19937 rng(20240605);
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    int cases = 0;
    for (int attempt = 0; attempt < 400 && cases < 120; ++attempt) {
        ConvTrace::Setup s;
        ConvGeometry::Params& p = s.geometry;
        p.channels = 1 + pick(rng) % 3;
        p.input_height = 1 + pick(rng) % 9;
        p.input_width = 1 + pick(rng) % 9;
        p.kernel_height = 1 + pick(rng) % 4;
        p.kernel_width = 1 + pick(rng) % 4;
        p.stride_y = 1 + pick(rng) % 3;
        p.stride_x = 1 + pick(rng) % 3;
        p.dilation_y = 1 + pick(rng) % 2;
        p.dilation_x = 1 + pick(rng) % 2;
        const int mode = pick(rng) % 3;
        p.mode = mode == 0 ? PaddingMode::Valid
                           : (mode == 1 ? PaddingMode::Same : PaddingMode::Explicit);
        p.explicit_padding = Padding{pick(rng) % 3, pick(rng) % 3, pick(rng) % 3, pick(rng) % 3};
        if (!ConvGeometry(p).is_valid())
            continue;
        s.kernel_count = 1 + pick(rng) % 3;
        const auto C = static_cast<std::size_t>(p.channels);
        const auto K = static_cast<std::size_t>(s.kernel_count);
        s.input = randomValues(rng, C * static_cast<std::size_t>(p.input_height * p.input_width));
        s.kernels =
            randomValues(rng, K * C * static_cast<std::size_t>(p.kernel_height * p.kernel_width));
        if (pick(rng) % 2 == 0)
            s.bias = randomValues(rng, K);
        const ConvTrace trace(s);

        const ConvGeometry& g = trace.geometry();
        convsight::compute::ConvDims d{};
        d.N = 1;
        d.C = p.channels;
        d.H = p.input_height;
        d.W = p.input_width;
        d.OC = s.kernel_count;
        d.KH = p.kernel_height;
        d.KW = p.kernel_width;
        d.OH = g.output_height();
        d.OW = g.output_width();
        d.stride_y = p.stride_y;
        d.stride_x = p.stride_x;
        d.pad_top = g.padding().top;
        d.pad_left = g.padding().left;
        d.dilation_y = p.dilation_y;
        d.dilation_x = p.dilation_x;
        std::vector<double> expected(static_cast<std::size_t>(d.OC * d.OH * d.OW));
        convsight::compute::reference::generic::conv2d_forward<double>(
            expected.data(), s.input.data(), s.kernels.data(),
            s.bias.empty() ? nullptr : s.bias.data(), d);

        const std::vector<double> actual = trace.outputs();
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i) {
            QVERIFY2(std::abs(actual[i] - expected[i]) <= 1e-5,
                     qPrintable(QStringLiteral("case %1, value %2: trace %3, reference %4")
                                    .arg(cases)
                                    .arg(i)
                                    .arg(actual[i])
                                    .arg(expected[i])));
            // The step's own arithmetic gives the same number.
            const TraceStep step = trace.step(static_cast<int>(i));
            QVERIFY(std::abs(step.total - expected[i]) <= 1e-5);
        }
        ++cases;
    }
    QVERIFY(cases >= 100);
}

void tst_ConvTrace::borderFill_data() {
    QTest::addColumn<BorderMode>("border");
    QTest::addColumn<double>("topLeftOutput");
    // Input 1..9 (3×3), padding 1, all-ones 3×3 kernel: output (0,0) sums the 3×3 window over
    // padded rows/columns −1, 0, 1.
    // Zero:      0 0 0 / 0 1 2 / 0 4 5                      → 1+2+4+5 = 12
    QTest::newRow("zero") << BorderMode::Zero << 12.0;
    // Replicate: rows 0,0,1 × cols 0,0,1: 1 1 2 / 1 1 2 / 4 4 5 → 4+4+13 = 21
    QTest::newRow("replicate") << BorderMode::Replicate << 21.0;
    // Reflect:   rows 1,0,1 × cols 1,0,1: 5 4 5 / 2 1 2 / 5 4 5 → 14+5+14 = 33
    QTest::newRow("reflect") << BorderMode::Reflect << 33.0;
    // Wrap:      rows 2,0,1 × cols 2,0,1: 9 7 8 / 3 1 2 / 6 4 5 → 24+6+15 = 45
    QTest::newRow("wrap") << BorderMode::Wrap << 45.0;
}

void tst_ConvTrace::borderFill() {
    QFETCH(BorderMode, border);
    QFETCH(double, topLeftOutput);
    const ConvTrace trace(ninePixels(border, 1));
    QCOMPARE(trace.output_height(), 3);
    QCOMPARE(trace.output(0)[0][0], topLeftOutput);
    QCOMPARE(trace.step(0).total, topLeftOutput);
    // The centre output sees only image pixels, whatever the border: 1+…+9 = 45.
    QCOMPARE(trace.output(0)[1][1], 45.0);
    const TraceStep first = trace.step(0);
    QVERIFY(first.terms[0].is_padding);
    QVERIFY(!first.terms[4].is_padding);
    QCOMPARE(first.terms[4].input, 1.0);
}

void tst_ConvTrace::borderFillCorners() {
    // Padding 2 around 1 2 3 / 4 5 6 / 7 8 9: the 7×7 padded grid, checked at the corners and
    // next to them. One padded row of [1 2 3]:
    //   replicate 1 1 | 1 2 3 | 3 3,  reflect 3 2 | 1 2 3 | 2 1,  wrap 2 3 | 1 2 3 | 1 2.
    const ConvTrace zero(ninePixels(BorderMode::Zero, 2));
    QCOMPARE(zero.padded_height(), 7);
    QCOMPARE(zero.padded_width(), 7);
    QVERIFY(zero.is_padding_cell(0, 0));
    QVERIFY(zero.is_padding_cell(1, 3));
    QVERIFY(!zero.is_padding_cell(2, 2));
    QCOMPARE(zero.padded_value(0, 0, 0), 0.0);
    QCOMPARE(zero.padded_value(0, 2, 2), 1.0);
    QCOMPARE(zero.padded_value(0, 4, 4), 9.0);
    QCOMPARE(zero.source_row(0), -1);
    QCOMPARE(zero.source_row(2), 0);

    const ConvTrace replicate(ninePixels(BorderMode::Replicate, 2));
    QCOMPARE(replicate.padded_value(0, 0, 0), 1.0);
    QCOMPARE(replicate.padded_value(0, 0, 6), 3.0);
    QCOMPARE(replicate.padded_value(0, 6, 0), 7.0);
    QCOMPARE(replicate.padded_value(0, 6, 6), 9.0);
    QCOMPARE(replicate.padded_value(0, 1, 3), 2.0);
    QCOMPARE(replicate.source_row(0), 0);
    QCOMPARE(replicate.source_column(6), 2);

    // Reflect (BORDER_REFLECT_101): row −1 → 1, row −2 → 2, row 3 → 1, row 4 → 0.
    const ConvTrace reflect(ninePixels(BorderMode::Reflect, 2));
    QCOMPARE(reflect.padded_value(0, 0, 0), 9.0); // image (2,2)
    QCOMPARE(reflect.padded_value(0, 1, 1), 5.0); // image (1,1)
    QCOMPARE(reflect.padded_value(0, 0, 6), 7.0); // image (2,0)
    QCOMPARE(reflect.padded_value(0, 6, 6), 1.0); // image (0,0)
    QCOMPARE(reflect.padded_value(0, 5, 2), 4.0); // image (1,0)
    QCOMPARE(reflect.source_row(0), 2);
    QCOMPARE(reflect.source_row(5), 1);

    // Wrap: row −1 → 2, row −2 → 1, row 3 → 0, row 4 → 1.
    const ConvTrace wrap(ninePixels(BorderMode::Wrap, 2));
    QCOMPARE(wrap.padded_value(0, 0, 0), 5.0); // image (1,1)
    QCOMPARE(wrap.padded_value(0, 1, 1), 9.0); // image (2,2)
    QCOMPARE(wrap.padded_value(0, 1, 5), 7.0); // image (2,0)
    QCOMPARE(wrap.padded_value(0, 6, 6), 5.0); // image (1,1)
    QCOMPARE(wrap.source_column(5), 0);

    // A step's terms carry the source pixel of each padding cell.
    const TraceStep corner = reflect.step(0); // window at padded (0,0)
    QVERIFY(corner.terms[0].is_padding);
    QCOMPARE(corner.terms[0].source_y, 2);
    QCOMPARE(corner.terms[0].source_x, 2);
    QCOMPARE(corner.terms[0].input, 9.0);
    const TraceStep zeroCorner = zero.step(0);
    QCOMPARE(zeroCorner.terms[0].source_y, -1);
    QCOMPARE(zeroCorner.terms[0].source_x, -1);
    QCOMPARE(zeroCorner.total, 1.0); // only image (0,0) is under the window
}

void tst_ConvTrace::convolutionFlipsKernel() {
    // The lecture's kernel turned by 180° is [[−1,−1,−1],[0,0,0],[1,1,1]]: every sign flips.
    ConvGeometry::Params p;
    const ConvTrace conv = ConvTrace::from_matrices(lectureInput, lectureKernel, p,
                                                    BorderMode::Zero, TraceMode::Convolution);
    QCOMPARE(conv.output(0), (Matrix{{4, 3}, {-3, 8}}));
    const TraceStep first = conv.step(0);
    QCOMPARE(first.terms[0].weight_y, 2);
    QCOMPARE(first.terms[0].weight_x, 2);
    QCOMPARE(first.terms[0].weight, -1.0);

    // Random multi-channel cases: Convolution == CrossCorrelation with each slice flipped.
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        ConvTrace::Setup s;
        s.geometry.channels = 1 + round % 3;
        s.geometry.input_height = 5 + round % 3;
        s.geometry.input_width = 4 + round % 4;
        s.geometry.kernel_height = 2 + round % 2;
        s.geometry.kernel_width = 3;
        s.geometry.stride_y = 1 + round % 2;
        s.geometry.mode = round % 2 ? PaddingMode::Same : PaddingMode::Valid;
        s.kernel_count = 2;
        s.border = static_cast<BorderMode>(round % 4);
        s.input = randomValues(
            rng, static_cast<std::size_t>(s.geometry.channels * s.geometry.input_height *
                                          s.geometry.input_width));
        s.kernels = randomValues(
            rng, static_cast<std::size_t>(2 * s.geometry.channels * s.geometry.kernel_height * 3));
        ConvTrace::Setup flippedSetup = s;
        flippedSetup.kernels = flipped(s.kernels, s.geometry.kernel_height, 3);
        s.mode = TraceMode::Convolution;
        const std::vector<double> a = ConvTrace(s).outputs();
        const std::vector<double> b = ConvTrace(flippedSetup).outputs();
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) <= 1e-12);
    }
}

void tst_ConvTrace::randomAccess() {
    // Stepping forward, backward and jumping gives the same step as computing it in order.
    ConvTrace::Setup s;
    s.geometry.channels = 2;
    s.geometry.input_height = s.geometry.input_width = 6;
    s.geometry.kernel_height = s.geometry.kernel_width = 3;
    s.geometry.stride_y = s.geometry.stride_x = 2;
    s.geometry.mode = PaddingMode::Same;
    s.kernel_count = 3;
    std::mt19937 rng(11);
    s.input = randomValues(rng, 2 * 36);
    s.kernels = randomValues(rng, 3 * 2 * 9);
    s.bias = {0.25, -1, 2};
    s.border = BorderMode::Reflect;
    const ConvTrace trace(s);
    QCOMPARE(trace.step_count(), 3 * 3 * 3);

    std::vector<TraceStep> sequential;
    for (int i = 0; i < trace.step_count(); ++i)
        sequential.push_back(trace.step(i));
    std::vector<int> order(static_cast<std::size_t>(trace.step_count()));
    for (int i = 0; i < trace.step_count(); ++i)
        order[static_cast<std::size_t>(i)] = trace.step_count() - 1 - i; // backwards
    std::shuffle(order.begin(), order.begin() + 10, rng);                // and some jumps
    for (const int i : order) {
        const TraceStep jumped = trace.step(i);
        const TraceStep& expected = sequential[static_cast<std::size_t>(i)];
        QCOMPARE(jumped.index, i);
        QCOMPARE(jumped.kernel, expected.kernel);
        QCOMPARE(jumped.out_y, expected.out_y);
        QCOMPARE(jumped.out_x, expected.out_x);
        QCOMPARE(jumped.total, expected.total);
        QCOMPARE(jumped.expression(), expected.expression());
        QCOMPARE(trace.step_index(jumped.kernel, jumped.out_y, jumped.out_x), i);
        QCOMPARE(trace.output(jumped.kernel)[static_cast<std::size_t>(jumped.out_y)]
                                            [static_cast<std::size_t>(jumped.out_x)],
                 jumped.activated);
    }
    // Step order is kernel-major, then rows, then columns.
    QCOMPARE(trace.step_index(1, 2, 0), 9 + 6);
    const TraceStep s15 = trace.step(15);
    QCOMPARE(s15.kernel, 1);
    QCOMPARE(s15.out_y, 2);
    QCOMPARE(s15.out_x, 0);
    QCOMPARE(s15.window_top, 4);
    QCOMPARE(s15.window_left, 0);
}

void tst_ConvTrace::multiChannelStep() {
    // Two channels, one 1×1 kernel per channel: (3·2) + (5·10) + bias 1 = 57.
    ConvTrace::Setup s;
    s.geometry.channels = 2;
    s.geometry.input_height = s.geometry.input_width = 1;
    s.geometry.kernel_height = s.geometry.kernel_width = 1;
    s.input = {3, 5};
    s.kernels = {2, 10};
    s.bias = {1};
    const TraceStep step = ConvTrace(s).step(0);
    QCOMPARE(step.channel_sums, (std::vector<double>{6, 50}));
    QCOMPARE(step.total, 57.0);
    QCOMPARE(step.terms.size(), std::size_t{2});
    QCOMPARE(step.terms[1].channel, 1);
    QCOMPARE(q(step.expression()), QStringLiteral("3×2 + 5×10 + 1 = 57"));

    // Per-channel sums always add up with the bias to the total.
    s.geometry.input_height = s.geometry.input_width = 4;
    s.geometry.kernel_height = s.geometry.kernel_width = 2;
    s.geometry.channels = 3;
    std::mt19937 rng(3);
    s.input = randomValues(rng, 3 * 16);
    s.kernels = randomValues(rng, 3 * 4);
    const ConvTrace trace(s);
    for (int i = 0; i < trace.step_count(); ++i) {
        const TraceStep t = trace.step(i);
        QCOMPARE(t.channel_sums.size(), std::size_t{3});
        double sum = t.bias;
        for (std::size_t c = 0; c < 3; ++c) {
            double channel = 0;
            for (const TraceTerm& term : t.terms)
                if (term.channel == static_cast<int>(c))
                    channel += term.product;
            QVERIFY(std::abs(channel - t.channel_sums[c]) <= 1e-12);
            sum += t.channel_sums[c];
        }
        QVERIFY(std::abs(sum - t.total) <= 1e-12);
    }
}

void tst_ConvTrace::badInput() {
    const ConvTrace::Setup good = ninePixels(BorderMode::Zero, 1);
    QVERIFY(rejection(good).isEmpty());

    ConvTrace::Setup s = good;
    s.input.pop_back();
    QVERIFY2(rejection(s).contains(QStringLiteral("the input has 8 values, but 1 channel(s) of "
                                                  "3×3 need 9")),
             qPrintable(rejection(s)));

    s = good;
    s.kernels.push_back(1);
    QVERIFY2(rejection(s).contains(QStringLiteral("the kernels have 10 values")),
             qPrintable(rejection(s)));

    s = good;
    s.bias = {1, 2};
    QVERIFY2(rejection(s).contains(QStringLiteral("2 bias values for 1 kernel(s)")),
             qPrintable(rejection(s)));

    s = good;
    s.input[5] = std::numeric_limits<double>::quiet_NaN(); // row 2, column 3
    QVERIFY2(rejection(s).contains(QStringLiteral("input value at row 2, column 3 is not a "
                                                  "number (NaN)")),
             qPrintable(rejection(s)));

    s = good;
    s.kernels[0] = std::numeric_limits<double>::infinity();
    QVERIFY2(rejection(s).contains(QStringLiteral("kernel value at row 1, column 1 is infinite")),
             qPrintable(rejection(s)));

    s = good;
    s.geometry.mode = PaddingMode::Valid;
    s.geometry.kernel_height = s.geometry.kernel_width = 4;
    s.kernels.assign(16, 1.0);
    QVERIFY2(rejection(s).contains(QStringLiteral("cannot make a convolution: the 4×4 filter "
                                                  "does not fit")),
             qPrintable(rejection(s)));

    s = good;
    s.geometry.stride_x = 0;
    QVERIFY2(rejection(s).contains(QStringLiteral("stride must be at least 1")),
             qPrintable(rejection(s)));

    s = good;
    s.kernel_count = 0;
    QVERIFY2(rejection(s).contains(QStringLiteral("at least one kernel")),
             qPrintable(rejection(s)));

    // From matrices: ragged and empty ones are named.
    try {
        ConvTrace::from_matrices({{1, 2}, {3}}, {{1}}, {});
        QFAIL("a ragged input was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(
                     QStringLiteral("row 2 of the input has 1 values but row 1 has 2")),
                 e.what());
    }
    try {
        ConvTrace::from_matrices({{1, 2}}, {}, {});
        QFAIL("an empty kernel was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("the kernel is empty")),
                 e.what());
    }
}

void tst_ConvTrace::outOfRange() {
    const ConvTrace trace = ConvTrace::from_matrices(lectureInput, lectureKernel, {});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.step(4));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.step(-1));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.step_index(0, 2, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.padded_value(1, 0, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, trace.output(1));
}

QTEST_GUILESS_MAIN(tst_ConvTrace)
#include "tst_convtrace.moc"
