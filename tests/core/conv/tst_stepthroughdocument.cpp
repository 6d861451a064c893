// Qt Test suite for conv::StepThroughDocument: the lecture example it opens on, the edits that
// reshape it (input and kernel sizes, presets, RGB and filter banks, typed values) and the trace
// each mode gives, all without a widget.
#include "conv/StepThroughDocument.h"

#include <QTest>
#include <vector>

using namespace convsight;
using namespace convsight::conv;

namespace {

// New values from an edit are this constant, so the tests can tell them from the kept ones.
RandomInteger constant(int value) {
    return [value](int, int) { return value; };
}

// The document as a matrix of one plane (row-major), for readable comparisons.
std::vector<double> plane(const std::vector<double>& values, std::size_t index, std::size_t size) {
    return {values.begin() + static_cast<long>(index * size),
            values.begin() + static_cast<long>((index + 1) * size)};
}

} // namespace

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(convsight::conv::StepThroughMode)

class TestStepThroughDocument : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheLectureExample();
    void inputSizeKeepsTheTopLeft_data();
    void inputSizeKeepsTheTopLeft();
    void kernelSizeKeepsTheMiddle_data();
    void kernelSizeKeepsTheMiddle();
    void presetsAsPrintedOrAsWeights_data();
    void presetsAsPrintedOrAsWeights();
    void rgbAndBackToGrey();
    void moreAndFewerFilters();
    void typedValuesLandInTheirCell();
    void sameShapeIgnoresValues_data();
    void sameShapeIgnoresValues();
    void impossibleSettingsSayWhy_data();
    void impossibleSettingsSayWhy();
    void eachModeGivesItsTrace_data();
    void eachModeGivesItsTrace();
    void explicitPaddingOnEverySide();
};

void TestStepThroughDocument::explicitPaddingOnEverySide() {
    StepThroughDocument d = StepThroughDocument::lecture_example();
    d.explicit_padding = 2;
    // P counts only with Explicit padding.
    QCOMPARE(ConvGeometry(d.geometry_params()).output_width(), 2);
    d.padding = PaddingMode::Explicit;
    const ConvGeometry geometry(d.geometry_params());
    QVERIFY(geometry.padding() == (Padding{2, 2, 2, 2}));
    QCOMPARE(geometry.output_height(), 6); // (4 − 3 + 2·2)/1 + 1
    QVERIFY(!d.warning());
    StepThroughDocument wider = d;
    wider.explicit_padding = 3; // as wide as the kernel: allowed, with a warning
    QVERIFY(!wider.why_invalid());
    QVERIFY(wider.warning().has_value());
    QVERIFY(!wider.same_shape(d)); // another P is another pass
    // Pooling keeps refusing a window that would see only padding.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, wider.traces(StepThroughMode::MaxPooling));
    QVERIFY(wider.traces(StepThroughMode::Convolution).trace);
    // The gradients too: dL/dX's trace crops the dY cells that reached only padding.
    QCOMPARE(wider.traces(StepThroughMode::KernelGradient).trace->step_count(), 9);
    const StepThroughTraces input = wider.traces(StepThroughMode::InputGradient);
    QCOMPARE(input.trace->step_count(), 16); // one step per input pixel
    QVERIFY(QString::fromStdString(input.backward->input_gradient_explanation())
                .contains(QStringLiteral("cut p − F + 1 cells")));
}

void TestStepThroughDocument::opensOnTheLectureExample() {
    const StepThroughDocument d = StepThroughDocument::lecture_example();
    QCOMPARE(d.input, (std::vector<double>{2, 0, 1, 3, 7, 1, 1, 0, 0, 2, 5, 0, 0, 5, 1, 4}));
    QCOMPARE(d.kernels, (std::vector<double>{1, 1, 1, 0, 0, 0, -1, -1, -1}));
    QCOMPARE(d.preset_id, std::string("horizontal-edge"));
    QVERIFY(!d.why_invalid());
    const StepThroughTraces traces = d.traces(StepThroughMode::Convolution);
    QVERIFY(traces.trace && !traces.pool && !traces.backward);
    // Worked out by hand in the lecture.
    QCOMPARE(traces.trace->output(0), (Matrix{{-4, -3}, {3, -8}}));
}

void TestStepThroughDocument::inputSizeKeepsTheTopLeft_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("shrink to 2×3") << 2 << 3 << std::vector<double>{2, 0, 1, 7, 1, 1};
    QTest::newRow("grow to 5×5") << 5 << 5
                                 << std::vector<double>{2, 0, 1, 3, 9, 7, 1, 1, 0, 9, 0, 2, 5,
                                                        0, 9, 0, 5, 1, 4, 9, 9, 9, 9, 9, 9};
    QTest::newRow("wider, shorter")
        << 2 << 6 << std::vector<double>{2, 0, 1, 3, 9, 9, 7, 1, 1, 0, 9, 9};
}

void TestStepThroughDocument::inputSizeKeepsTheTopLeft() {
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(std::vector<double>, expected);
    const StepThroughDocument before = StepThroughDocument::lecture_example();
    const StepThroughDocument d = before.with_input_size(height, width, constant(9));
    QCOMPARE(d.height, height);
    QCOMPARE(d.width, width);
    QCOMPARE(d.input, expected);
    QCOMPARE(d.kernels, before.kernels);
    QCOMPARE(before.input.size(), std::size_t(16)); // the original is untouched
}

void TestStepThroughDocument::kernelSizeKeepsTheMiddle_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("3 → 1: the centre") << 1 << std::vector<double>{0};
    QTest::newRow("3 → 5: a ring of zeros")
        << 5 << std::vector<double>{0, 0, 0, 0,  0,  0,  1, 1, 1, 0, 0, 0, 0,
                                    0, 0, 0, -1, -1, -1, 0, 0, 0, 0, 0, 0};
    QTest::newRow("3 → 3: as it was") << 3 << std::vector<double>{1, 1, 1, 0, 0, 0, -1, -1, -1};
}

void TestStepThroughDocument::kernelSizeKeepsTheMiddle() {
    QFETCH(int, size);
    QFETCH(std::vector<double>, expected);
    const StepThroughDocument d = StepThroughDocument::lecture_example().with_kernel_size(size);
    QCOMPARE(d.kernel_size, size);
    QCOMPARE(d.kernels, expected);
    QVERIFY(d.preset_id.empty()); // no longer the preset
}

void TestStepThroughDocument::presetsAsPrintedOrAsWeights_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("kernel_count");
    QTest::addColumn<double>("divisor");
    QTest::addColumn<double>("firstWeight");
    QTest::newRow("one grey filter: as printed") << 1 << 1 << 9.0 << 1.0;
    QTest::newRow("RGB: the weights") << 3 << 1 << 1.0 << 1.0 / 9;
    QTest::newRow("a bank: the weights") << 1 << 2 << 1.0 << 1.0 / 9;
}

void TestStepThroughDocument::presetsAsPrintedOrAsWeights() {
    QFETCH(int, channels);
    QFETCH(int, kernel_count);
    QFETCH(double, divisor);
    QFETCH(double, firstWeight);
    const StepThroughDocument d = StepThroughDocument::lecture_example()
                                      .with_channels(channels, kernel_count, constant(0))
                                      .with_preset("box-blur", constant(-1));
    QCOMPARE(d.preset_id, std::string("box-blur"));
    QCOMPARE(d.divisor, divisor);
    QCOMPARE(d.kernels.size(), std::size_t(kernel_count * channels * 9));
    // Filter 1 is the preset on every channel; the others come from the random source.
    for (int c = 0; c < channels; ++c)
        QCOMPARE(d.kernels[d.kernel_index(0, c, 2, 2)], firstWeight);
    if (kernel_count > 1)
        QCOMPARE(d.kernels[d.kernel_index(1, 0, 1, 1)], -1.0);
}

void TestStepThroughDocument::rgbAndBackToGrey() {
    const StepThroughDocument grey = StepThroughDocument::lecture_example();
    const StepThroughDocument rgb = grey.with_channels(3, 1, constant(5));
    QCOMPARE(rgb.channels, 3);
    QCOMPARE(rgb.input.size(), std::size_t(48));
    QCOMPARE(plane(rgb.input, 0, 16), grey.input);                 // grey becomes R
    QCOMPARE(plane(rgb.input, 1, 16), std::vector<double>(16, 5)); // G and B are new
    QCOMPARE(plane(rgb.kernels, 2, 9), grey.kernels);              // the kernel on every channel
    QCOMPARE(rgb.divisor, 1.0);

    StepThroughDocument edited = rgb.with_input_value(0, 0, 0, 8);
    const StepThroughDocument back = edited.with_channels(1, 1, constant(5));
    QCOMPARE(back.channels, 1);
    QCOMPARE(back.input[0], 8.0); // R is kept
    QCOMPARE(back.input.size(), std::size_t(16));
    QCOMPARE(back.kernels, grey.kernels); // the preset as printed again
}

void TestStepThroughDocument::moreAndFewerFilters() {
    const StepThroughDocument one = StepThroughDocument::lecture_example();
    const StepThroughDocument three = one.with_channels(1, 3, constant(-1));
    QCOMPARE(three.kernel_count, 3);
    QCOMPARE(plane(three.kernels, 0, 9), one.kernels); // the first is kept
    QCOMPARE(plane(three.kernels, 2, 9), std::vector<double>(9, -1));
    const StepThroughDocument two = three.with_channels(1, 2, constant(0));
    QCOMPARE(two.kernels.size(), std::size_t(18));
    QCOMPARE(plane(two.kernels, 1, 9), std::vector<double>(9, -1));
    QVERIFY(two.traces(StepThroughMode::Convolution).trace->kernel_count() == 2);
}

void TestStepThroughDocument::typedValuesLandInTheirCell() {
    const StepThroughDocument rgb =
        StepThroughDocument::lecture_example().with_channels(3, 2, constant(0));
    const StepThroughDocument input = rgb.with_input_value(2, 1, 3, 42);
    QCOMPARE(input.input[std::size_t(2 * 16 + 1 * 4 + 3)], 42.0);
    QCOMPARE(input.preset_id, rgb.preset_id); // an input edit keeps the preset
    const StepThroughDocument kernel = rgb.with_kernel_value(1, 2, 0, 1, -7);
    QCOMPARE(kernel.kernels[std::size_t(((1 * 3 + 2) * 3 + 0) * 3 + 1)], -7.0);
    QVERIFY(kernel.preset_id.empty());
    QCOMPARE(kernel.traces(StepThroughMode::Convolution).trace->setup().kernels, kernel.kernels);
}

void TestStepThroughDocument::sameShapeIgnoresValues_data() {
    QTest::addColumn<int>("edit");
    QTest::addColumn<bool>("same");
    QTest::newRow("a value") << 0 << true;
    QTest::newRow("border") << 1 << true;
    QTest::newRow("flip") << 2 << true;
    QTest::newRow("stride") << 3 << false;
    QTest::newRow("padding") << 4 << false;
    QTest::newRow("input size") << 5 << false;
    QTest::newRow("filters") << 6 << false;
}

void TestStepThroughDocument::sameShapeIgnoresValues() {
    QFETCH(int, edit);
    QFETCH(bool, same);
    const StepThroughDocument before = StepThroughDocument::lecture_example();
    StepThroughDocument after = before;
    switch (edit) {
    case 0:
        after = before.with_input_value(0, 0, 0, 3);
        break;
    case 1:
        after.border = compute::BorderMode::Reflect;
        break;
    case 2:
        after.flip = true;
        break;
    case 3:
        after.stride = 2;
        break;
    case 4:
        after.padding = PaddingMode::Same;
        break;
    case 5:
        after = before.with_input_size(5, 4, constant(0));
        break;
    case 6:
        after = before.with_channels(1, 2, constant(0));
        break;
    }
    QCOMPARE(before.same_shape(after), same);
    QVERIFY(before.same_shape(before));
}

void TestStepThroughDocument::impossibleSettingsSayWhy_data() {
    QTest::addColumn<int>("kernel_size");
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("valid");
    QTest::newRow("3×3 VALID") << 3 << int(PaddingMode::Valid) << true;
    QTest::newRow("5×5 VALID on 4×4") << 5 << int(PaddingMode::Valid) << false;
    QTest::newRow("5×5 SAME on 4×4") << 5 << int(PaddingMode::Same) << true;
}

void TestStepThroughDocument::impossibleSettingsSayWhy() {
    QFETCH(int, kernel_size);
    QFETCH(int, padding);
    QFETCH(bool, valid);
    StepThroughDocument d = StepThroughDocument::lecture_example().with_kernel_size(kernel_size);
    d.padding = static_cast<PaddingMode>(padding);
    const auto why = d.why_invalid();
    QCOMPARE(!why.has_value(), valid);
    if (why)
        QVERIFY(!why->empty());
}

void TestStepThroughDocument::eachModeGivesItsTrace_data() {
    QTest::addColumn<StepThroughMode>("mode");
    QTest::addColumn<bool>("pool");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<int>("steps");
    QTest::newRow("convolution") << StepThroughMode::Convolution << false << false << 4;
    QTest::newRow("max pooling") << StepThroughMode::MaxPooling << true << false << 4;
    QTest::newRow("average pooling") << StepThroughMode::AveragePooling << true << false << 4;
    // dL/dK slides the 2×2 dL/dY over the input: one step per kernel cell.
    QTest::newRow("kernel gradient") << StepThroughMode::KernelGradient << false << true << 9;
    // dL/dX slides the kernel over dL/dY padded: one step per input cell.
    QTest::newRow("input gradient") << StepThroughMode::InputGradient << false << true << 16;
}

void TestStepThroughDocument::eachModeGivesItsTrace() {
    QFETCH(StepThroughMode, mode);
    QFETCH(bool, pool);
    QFETCH(bool, backward);
    QFETCH(int, steps);
    const StepThroughTraces traces = StepThroughDocument::lecture_example().traces(mode);
    QCOMPARE(bool(traces.pool), pool);
    QCOMPARE(bool(traces.backward), backward);
    QCOMPARE(bool(traces.trace), !pool);
    QCOMPARE(pool ? traces.pool->step_count() : traces.trace->step_count(), steps);
    if (pool)
        QCOMPARE(traces.pool->setup().kind, mode == StepThroughMode::MaxPooling
                                                ? compute::PoolKind::Max
                                                : compute::PoolKind::Average);
}

QTEST_GUILESS_MAIN(TestStepThroughDocument)
#include "tst_stepthroughdocument.moc"
