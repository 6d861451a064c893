// Qt Test suite for conv::ConvGeometry: the lecture's w' = (w − f + 2p)/s + 1, TensorFlow's SAME
// padding, stride, dilation, explicit padding, and the messages and formulas a student reads.
#include "conv/ConvGeometry.h"

#include <QElapsedTimer>
#include <QString>
#include <QTest>
#include <algorithm>
#include <climits>

using namespace convsight::conv;

Q_DECLARE_METATYPE(convsight::conv::PaddingMode)
Q_DECLARE_METATYPE(convsight::conv::Padding)

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// The columns of a geometry table shared by outputSize and invalid, and the Params of the row.
void addGeometryColumns() {
    QTest::addColumn<int>("input_height");
    QTest::addColumn<int>("input_width");
    QTest::addColumn<int>("kernel_height");
    QTest::addColumn<int>("kernel_width");
    QTest::addColumn<int>("stride_y");
    QTest::addColumn<int>("stride_x");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<Padding>("explicit_padding");
}

ConvGeometry::Params fetchGeometry() {
    QFETCH(int, input_height);
    QFETCH(int, input_width);
    QFETCH(int, kernel_height);
    QFETCH(int, kernel_width);
    QFETCH(int, stride_y);
    QFETCH(int, stride_x);
    QFETCH(int, dilation);
    QFETCH(PaddingMode, mode);
    QFETCH(Padding, explicit_padding);
    ConvGeometry::Params p;
    p.input_height = input_height;
    p.input_width = input_width;
    p.kernel_height = kernel_height;
    p.kernel_width = kernel_width;
    p.stride_y = stride_y;
    p.stride_x = stride_x;
    p.dilation_y = p.dilation_x = dilation;
    p.mode = mode;
    p.explicit_padding = explicit_padding;
    return p;
}

// A square input and filter with the same stride and dilation on both axes.
ConvGeometry::Params square(int input, int filter, int stride, int dilation, PaddingMode mode,
                            Padding explicit_padding = {}) {
    ConvGeometry::Params p;
    p.input_height = p.input_width = input;
    p.kernel_height = p.kernel_width = filter;
    p.stride_y = p.stride_x = stride;
    p.dilation_y = p.dilation_x = dilation;
    p.mode = mode;
    p.explicit_padding = explicit_padding;
    return p;
}

} // namespace

namespace QTest {
template <>
char* toString(const Padding& p) {
    return qstrdup(QStringLiteral("Padding{top %1, bottom %2, left %3, right %4}")
                       .arg(p.top)
                       .arg(p.bottom)
                       .arg(p.left)
                       .arg(p.right)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class tst_ConvGeometry : public QObject {
    Q_OBJECT

private slots:
    void lectureValidExample();
    void lectureSameExample();
    void outputSize_data();
    void outputSize();
    void same_padding_total_data();
    void same_padding_total();
    void validIgnoresExplicitPadding();
    void formula_data();
    void formula();
    void formulaWithInvalidStride();
    void invalid_data();
    void invalid();
    void channels();
    void wideForPaddingWarns();
    void noWarningForOrdinaryPadding();
    void unreached_data();
    void unreached();
    void unreached_description();
    void bruteForceOutputSize();
    void beyondLimits_data();
    void beyondLimits();
    void unreachedOnLargeInputsIsFast();
    void warningOnWidePaddingIsFast();
};

void tst_ConvGeometry::lectureValidExample() {
    // The lecture's slide: a 4×4 image, a 3×3 filter, stride 1, no padding.
    const ConvGeometry geometry(square(4, 3, 1, 1, PaddingMode::Valid));
    QVERIFY(geometry.is_valid());
    QCOMPARE(geometry.padding(), Padding{});
    QCOMPARE(geometry.output_width(), 2); // (4 − 3 + 2·0)/1 + 1 = 2
    QCOMPARE(geometry.output_height(), 2);
    QCOMPARE(q(geometry.width_formula()), QStringLiteral("w' = (4 − 3 + 2·0) / 1 + 1 = 2"));
    QCOMPARE(q(geometry.height_formula()), QStringLiteral("h' = (4 − 3 + 2·0) / 1 + 1 = 2"));
}

void tst_ConvGeometry::lectureSameExample() {
    // The same image and filter with SAME: total = (ceil(4/1) − 1)·1 + 3 − 4 = 2, one per side.
    const ConvGeometry geometry(square(4, 3, 1, 1, PaddingMode::Same));
    QVERIFY(geometry.is_valid());
    QCOMPARE(geometry.padding(), (Padding{1, 1, 1, 1}));
    QCOMPARE(geometry.output_width(), 4); // (4 − 3 + 2·1)/1 + 1 = 4
    QCOMPARE(geometry.output_height(), 4);
    QCOMPARE(q(geometry.width_formula()), QStringLiteral("w' = (4 − 3 + 2·1) / 1 + 1 = 4"));
}

void tst_ConvGeometry::outputSize_data() {
    addGeometryColumns();
    QTest::addColumn<Padding>("padding"); // {top, bottom, left, right} as resolved
    QTest::addColumn<int>("output_height");
    QTest::addColumn<int>("output_width");

    const auto V = PaddingMode::Valid;
    const auto S = PaddingMode::Same;
    const auto E = PaddingMode::Explicit;
    const Padding none{};

    // (5 − 3)/2 + 1 = 2
    QTest::newRow("valid 5x5 f3 s2")
        << 5 << 5 << 3 << 3 << 2 << 2 << 1 << V << none << none << 2 << 2;
    // ⌊(6 − 3)/2⌋ + 1 = ⌊1.5⌋ + 1 = 2: the last column is never visited
    QTest::newRow("valid 6x6 f3 s2 floors")
        << 6 << 6 << 3 << 3 << 2 << 2 << 1 << V << none << none << 2 << 2;
    // (7 − 3)/2 + 1 = 3
    QTest::newRow("valid 7x7 f3 s2")
        << 7 << 7 << 3 << 3 << 2 << 2 << 1 << V << none << none << 3 << 3;
    // AlexNet's first layer: (227 − 11)/4 + 1 = 55
    QTest::newRow("valid 227 f11 s4")
        << 227 << 227 << 11 << 11 << 4 << 4 << 1 << V << none << none << 55 << 55;
    // A 2×2 pooling window: (224 − 2)/2 + 1 = 112
    QTest::newRow("valid 224 f2 s2")
        << 224 << 224 << 2 << 2 << 2 << 2 << 1 << V << none << none << 112 << 112;
    // rows (6 − 3)/1 + 1 = 4; columns ⌊(8 − 5)/2⌋ + 1 = 2
    QTest::newRow("valid 6x8 f3x5 s1x2")
        << 6 << 8 << 3 << 5 << 1 << 2 << 1 << V << none << none << 4 << 2;
    // SAME, stride 2: ceil(5/2) = 3, total = (3 − 1)·2 + 3 − 5 = 2 → 1 + 1; (5 − 3 + 2)/2 + 1 = 3
    QTest::newRow("same 5x5 f3 s2")
        << 5 << 5 << 3 << 3 << 2 << 2 << 1 << S << none << Padding{1, 1, 1, 1} << 3 << 3;
    // ceil(6/2) = 3, total = 2·2 + 3 − 6 = 1 → 0 before, 1 after; (6 − 3 + 1)/2 + 1 = 3
    QTest::newRow("same 6x6 f3 s2 asymmetric")
        << 6 << 6 << 3 << 3 << 2 << 2 << 1 << S << none << Padding{0, 1, 0, 1} << 3 << 3;
    // Even filter: total = 3·1 + 2 − 4 = 1 → 0 before, 1 after; (4 − 2 + 1)/1 + 1 = 4
    QTest::newRow("same 4x4 f2 s1 even")
        << 4 << 4 << 2 << 2 << 1 << 1 << 1 << S << none << Padding{0, 1, 0, 1} << 4 << 4;
    // Even filter: total = 4·1 + 4 − 5 = 3 → 1 before, 2 after; (5 − 4 + 3)/1 + 1 = 5
    QTest::newRow("same 5x5 f4 s1 even")
        << 5 << 5 << 4 << 4 << 1 << 1 << 1 << S << none << Padding{1, 2, 1, 2} << 5 << 5;
    // rows: ceil(7/2) = 4, total = 3·2 + 2 − 7 = 1 → 0, 1; (7 − 2 + 1)/2 + 1 = 4
    // columns: ceil(10/3) = 4, total = 3·3 + 4 − 10 = 3 → 1, 2; (10 − 4 + 3)/3 + 1 = 4
    QTest::newRow("same 7x10 f2x4 s2x3")
        << 7 << 10 << 2 << 4 << 2 << 3 << 1 << S << none << Padding{0, 1, 1, 2} << 4 << 4;
    // Stride wider than the filter: ceil(6/3) = 2, total = max(1·3 + 1 − 6, 0) = 0;
    // (6 − 1)/3 + 1 = 2
    QTest::newRow("same 6x6 f1 s3 no padding")
        << 6 << 6 << 1 << 1 << 3 << 3 << 1 << S << none << none << 2 << 2;
    // ResNet's stem: ceil(224/2) = 112, total = 111·2 + 7 − 224 = 5 → 2 before, 3 after;
    // (224 − 7 + 5)/2 + 1 = 112
    QTest::newRow("same 224 f7 s2 resnet")
        << 224 << 224 << 7 << 7 << 2 << 2 << 1 << S << none << Padding{2, 3, 2, 3} << 112 << 112;
    // VGG: total = 223·1 + 3 − 224 = 2 → 1, 1; (224 − 3 + 2)/1 + 1 = 224
    QTest::newRow("same 224 f3 s1 vgg")
        << 224 << 224 << 3 << 3 << 1 << 1 << 1 << S << none << Padding{1, 1, 1, 1} << 224 << 224;
    // Dilation 2: f_eff = 2·(3 − 1) + 1 = 5; (7 − 5)/1 + 1 = 3
    QTest::newRow("valid 7x7 f3 d2")
        << 7 << 7 << 3 << 3 << 1 << 1 << 2 << V << none << none << 3 << 3;
    // f_eff = 5, total = 6·1 + 5 − 7 = 4 → 2, 2; (7 − 5 + 4)/1 + 1 = 7
    QTest::newRow("same 7x7 f3 d2")
        << 7 << 7 << 3 << 3 << 1 << 1 << 2 << S << none << Padding{2, 2, 2, 2} << 7 << 7;
    // f_eff = 5; (9 − 5)/2 + 1 = 3
    QTest::newRow("valid 9x9 f3 s2 d2")
        << 9 << 9 << 3 << 3 << 2 << 2 << 2 << V << none << none << 3 << 3;
    // Explicit: rows (5 − 3 + 1 + 0)/1 + 1 = 4; columns (5 − 3 + 2 + 1)/1 + 1 = 6
    QTest::newRow("explicit asymmetric") << 5 << 5 << 3 << 3 << 1 << 1 << 1 << E
                                         << Padding{1, 0, 2, 1} << Padding{1, 0, 2, 1} << 4 << 6;
    // Explicit with stride: rows ⌊(8 − 3 + 1 + 1)/2⌋ + 1 = 4; columns (8 − 3 + 0 + 1)/2 + 1 = 4
    QTest::newRow("explicit s2") << 8 << 8 << 3 << 3 << 2 << 2 << 1 << E << Padding{1, 1, 0, 1}
                                 << Padding{1, 1, 0, 1} << 4 << 4;
}

void tst_ConvGeometry::outputSize() {
    QFETCH(Padding, padding);
    QFETCH(int, output_height);
    QFETCH(int, output_width);

    const ConvGeometry::Params p = fetchGeometry();
    const ConvGeometry geometry(p);

    QVERIFY2(geometry.is_valid(), geometry.why_invalid().value_or("").c_str());
    QCOMPARE(geometry.padding(), padding);
    QCOMPARE(geometry.output_height(), output_height);
    QCOMPARE(geometry.output_width(), output_width);

    // The per-axis views carry the same numbers.
    const AxisGeometry rows = geometry.rows();
    const AxisGeometry columns = geometry.columns();
    QCOMPARE(rows.output(), output_height);
    QCOMPARE(columns.output(), output_width);
    QCOMPARE(rows.pad_before, padding.top);
    QCOMPARE(rows.pad_after, padding.bottom);
    QCOMPARE(columns.pad_before, padding.left);
    QCOMPARE(columns.pad_after, padding.right);
    QCOMPARE(rows.effective_filter(), p.dilation_y * (p.kernel_height - 1) + 1);

    if (p.mode == PaddingMode::Same) {
        // SAME's promise: output = ceil(input / stride), and the odd pixel goes after.
        QCOMPARE(output_height, (p.input_height + p.stride_y - 1) / p.stride_y);
        QCOMPARE(output_width, (p.input_width + p.stride_x - 1) / p.stride_x);
        QVERIFY(padding.bottom - padding.top == 0 || padding.bottom - padding.top == 1);
        QVERIFY(padding.right - padding.left == 0 || padding.right - padding.left == 1);
    }
}

void tst_ConvGeometry::same_padding_total_data() {
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("effective_filter");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("total");

    // total = max((ceil(w/s) − 1)·s + f_eff − w, 0)
    QTest::newRow("4 f3 s1") << 4 << 3 << 1 << 2;     // 3·1 + 3 − 4 = 2
    QTest::newRow("5 f3 s2") << 5 << 3 << 2 << 2;     // 2·2 + 3 − 5 = 2
    QTest::newRow("6 f3 s2") << 6 << 3 << 2 << 1;     // 2·2 + 3 − 6 = 1
    QTest::newRow("4 f2 s1") << 4 << 2 << 1 << 1;     // 3·1 + 2 − 4 = 1
    QTest::newRow("6 f1 s3") << 6 << 1 << 3 << 0;     // max(1·3 + 1 − 6, 0) = max(−2, 0) = 0
    QTest::newRow("224 f7 s2") << 224 << 7 << 2 << 5; // 111·2 + 7 − 224 = 5
    QTest::newRow("1 f3 s2") << 1 << 3 << 2 << 2;     // 0·2 + 3 − 1 = 2
    QTest::newRow("10 f4 s3") << 10 << 4 << 3 << 3;   // 3·3 + 4 − 10 = 3
}

void tst_ConvGeometry::same_padding_total() {
    QFETCH(int, input);
    QFETCH(int, effective_filter);
    QFETCH(int, stride);
    QFETCH(int, total);

    QCOMPARE(ConvGeometry::same_padding_total(input, effective_filter, stride), total);
}

void tst_ConvGeometry::validIgnoresExplicitPadding() {
    // explicit_padding is read only in Explicit mode; VALID means no padding whatever it holds.
    const ConvGeometry geometry(square(5, 3, 1, 1, PaddingMode::Valid, Padding{2, 2, 2, 2}));
    QCOMPARE(geometry.padding(), Padding{});
    QCOMPARE(geometry.output_width(), 3); // (5 − 3 + 2·0)/1 + 1 = 3
}

void tst_ConvGeometry::formula_data() {
    QTest::addColumn<int>("input_height");
    QTest::addColumn<int>("input_width");
    QTest::addColumn<int>("kernel_height");
    QTest::addColumn<int>("kernel_width");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<Padding>("explicit_padding");
    QTest::addColumn<QString>("width_formula");
    QTest::addColumn<QString>("height_formula");

    const auto V = PaddingMode::Valid;
    const auto S = PaddingMode::Same;
    const auto E = PaddingMode::Explicit;

    QTest::newRow("lecture valid") << 4 << 4 << 3 << 3 << 1 << 1 << V << Padding{}
                                   << QStringLiteral("w' = (4 − 3 + 2·0) / 1 + 1 = 2")
                                   << QStringLiteral("h' = (4 − 3 + 2·0) / 1 + 1 = 2");
    // (5 − 3)/2 = 1 exactly: no floor brackets
    QTest::newRow("stride 2 exact") << 5 << 5 << 3 << 3 << 2 << 1 << V << Padding{}
                                    << QStringLiteral("w' = (5 − 3 + 2·0) / 2 + 1 = 2")
                                    << QStringLiteral("h' = (5 − 3 + 2·0) / 2 + 1 = 2");
    // (6 − 3)/2 = 1.5: the floor shows
    QTest::newRow("stride 2 floors") << 6 << 6 << 3 << 3 << 2 << 1 << V << Padding{}
                                     << QStringLiteral("w' = ⌊(6 − 3 + 2·0) / 2⌋ + 1 = 2")
                                     << QStringLiteral("h' = ⌊(6 − 3 + 2·0) / 2⌋ + 1 = 2");
    // SAME pads 0 before, 1 after: the two sides are written out; (6 − 3 + 0 + 1)/2 + 1 = 3
    QTest::newRow("same asymmetric") << 6 << 6 << 3 << 3 << 2 << 1 << S << Padding{}
                                     << QStringLiteral("w' = (6 − 3 + 0 + 1) / 2 + 1 = 3")
                                     << QStringLiteral("h' = (6 − 3 + 0 + 1) / 2 + 1 = 3");
    // The dilated extent 2·(3 − 1) + 1 = 5 replaces f: (7 − 5 + 0)/1 + 1 = 3
    QTest::newRow("dilation 2") << 7 << 7 << 3 << 3 << 1 << 2 << V << Padding{}
                                << QStringLiteral("w' = (7 − (2·(3 − 1) + 1) + 2·0) / 1 + 1 = 3")
                                << QStringLiteral("h' = (7 − (2·(3 − 1) + 1) + 2·0) / 1 + 1 = 3");
    // Rectangular: width (8 − 5 + 2 + 1)/1 + 1 = 7, height (6 − 3 + 2·1)/1 + 1 = 6
    QTest::newRow("rectangular explicit") << 6 << 8 << 3 << 5 << 1 << 1 << E << Padding{1, 1, 2, 1}
                                          << QStringLiteral("w' = (8 − 5 + 2 + 1) / 1 + 1 = 7")
                                          << QStringLiteral("h' = (6 − 3 + 2·1) / 1 + 1 = 6");
}

void tst_ConvGeometry::formula() {
    QFETCH(int, input_height);
    QFETCH(int, input_width);
    QFETCH(int, kernel_height);
    QFETCH(int, kernel_width);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(PaddingMode, mode);
    QFETCH(Padding, explicit_padding);
    QFETCH(QString, width_formula);
    QFETCH(QString, height_formula);

    ConvGeometry::Params p;
    p.input_height = input_height;
    p.input_width = input_width;
    p.kernel_height = kernel_height;
    p.kernel_width = kernel_width;
    p.stride_y = p.stride_x = stride;
    p.dilation_y = p.dilation_x = dilation;
    p.mode = mode;
    p.explicit_padding = explicit_padding;
    const ConvGeometry geometry(p);

    QVERIFY(geometry.is_valid());
    QCOMPARE(q(geometry.width_formula()), width_formula);
    QCOMPARE(q(geometry.height_formula()), height_formula);
}

void tst_ConvGeometry::formulaWithInvalidStride() {
    // A GUI shows the formula while the student edits the numbers, so stride 0 passes through it
    // on the way to another value: the formula must still be written, never divide by zero.
    const ConvGeometry geometry(square(4, 3, 0, 1, PaddingMode::Valid));
    QVERIFY(!geometry.is_valid());
    const QString formula = q(geometry.width_formula());
    QVERIFY2(formula.startsWith(QStringLiteral("w' = (4 − 3 + 2·0) / 0")), qPrintable(formula));
    QCOMPARE(geometry.output_width(), 0);
}

void tst_ConvGeometry::invalid_data() {
    addGeometryColumns();
    QTest::addColumn<QString>("messageFragment");

    const auto V = PaddingMode::Valid;
    const auto S = PaddingMode::Same;
    const auto E = PaddingMode::Explicit;
    const Padding none{};

    // 4 − 5 + 0 < 0: the filter cannot be placed once
    QTest::newRow("filter bigger than input")
        << 4 << 4 << 5 << 5 << 1 << 1 << 1 << V << none
        << QStringLiteral("the 5×5 filter does not fit in the 4×4 padded "
                          "input");
    // Only the width fails: 3 − 5 < 0
    QTest::newRow("filter wider than input")
        << 10 << 3 << 3 << 5 << 1 << 1 << 1 << V << none
        << QStringLiteral("the 3×5 filter does not fit in the 10×3 "
                          "padded input");
    // Dilation 2 makes the 3×3 filter span 5×5
    QTest::newRow("dilated filter bigger than input")
        << 4 << 4 << 3 << 3 << 1 << 1 << 2 << V << none
        << QStringLiteral("the 5×5 filter does not fit in the 4×4 padded input");
    QTest::newRow("stride 0") << 4 << 4 << 3 << 3 << 0 << 0 << 1 << V << none
                              << QStringLiteral("the stride must be at least 1");
    QTest::newRow("stride 0 with SAME") << 4 << 4 << 3 << 3 << 1 << 0 << 1 << S << none
                                        << QStringLiteral("the stride must be at least 1");
    QTest::newRow("negative stride") << 4 << 4 << 3 << 3 << -1 << 1 << 1 << V << none
                                     << QStringLiteral("the stride must be at least 1");
    QTest::newRow("dilation 0") << 4 << 4 << 3 << 3 << 1 << 1 << 0 << V << none
                                << QStringLiteral("the dilation must be at least 1");
    QTest::newRow("dilation 0 with SAME") << 4 << 4 << 3 << 3 << 1 << 1 << 0 << S << none
                                          << QStringLiteral("the dilation must be at least 1");
    QTest::newRow("negative explicit padding")
        << 4 << 4 << 3 << 3 << 1 << 1 << 1 << E << Padding{0, 0, -1, 0}
        << QStringLiteral("padding cannot be negative");
    QTest::newRow("zero-height input") << 0 << 4 << 3 << 3 << 1 << 1 << 1 << V << none
                                       << QStringLiteral("the input must be at least 1×1 pixel");
    QTest::newRow("zero-size input with SAME")
        << 0 << 0 << 3 << 3 << 1 << 1 << 1 << S << none
        << QStringLiteral("the input must be at least 1×1 pixel");
    QTest::newRow("zero-size filter") << 4 << 4 << 0 << 3 << 1 << 1 << 1 << V << none
                                      << QStringLiteral("the filter must be at least 1×1");
}

void tst_ConvGeometry::invalid() {
    QFETCH(QString, messageFragment);

    const ConvGeometry geometry(fetchGeometry());

    QVERIFY(!geometry.is_valid());
    const std::optional<std::string> why = geometry.why_invalid();
    QVERIFY(why.has_value());
    QVERIFY2(q(*why).contains(messageFragment), why->c_str());
}

void tst_ConvGeometry::channels() {
    ConvGeometry::Params p = square(4, 3, 1, 1, PaddingMode::Valid);
    QCOMPARE(ConvGeometry(p).channels(), 1); // a grey image unless told otherwise
    p.channels = 3;
    const ConvGeometry rgb(p);
    QCOMPARE(rgb.channels(), 3);
    QCOMPARE(rgb.output_width(), 2); // channels are summed over: the output size does not change
    p.channels = 0;
    const ConvGeometry none(p);
    QVERIFY(!none.is_valid());
    QVERIFY2(q(none.why_invalid().value_or("")).contains(QStringLiteral("at least 1 channel")),
             none.why_invalid().value_or("").c_str());
}

void tst_ConvGeometry::wideForPaddingWarns() {
    // Padding 3 around a 3-wide filter on a 4×4 input: allowed (PyTorch and TensorFlow allow it),
    // with a warning. The output is (4 − 3 + 6)/1 + 1 = 8 wide; the first and last row and column
    // see only padding: 8 + 8 + 8 + 8 − 4 = 28 of the 64 outputs.
    ConvGeometry::Params p = square(4, 3, 1, 1, PaddingMode::Explicit);
    p.explicit_padding = Padding{3, 3, 3, 3};
    const ConvGeometry geometry(p);
    QVERIFY(geometry.is_valid());
    QCOMPARE(geometry.output_height(), 8);
    QCOMPARE(geometry.output_width(), 8);
    const std::optional<std::string> warning = geometry.warning();
    QVERIFY(warning.has_value());
    QVERIFY2(q(*warning).contains(QStringLiteral("28 of the 64 outputs see only padding")),
             warning->c_str());
    QVERIFY2(q(*warning).contains(QStringLiteral("PyTorch and TensorFlow allow it")),
             warning->c_str());

    // Only one side too wide (the old refusal's case): one row sees only padding.
    p.explicit_padding = Padding{3, 0, 0, 0};
    const ConvGeometry top(p);
    QVERIFY(top.is_valid());
    QCOMPARE(top.output_height(), 5);
    QVERIFY2(q(top.warning().value_or("")).contains(QStringLiteral("2 of the 10 outputs")),
             top.warning().value_or("").c_str());

    // Stride 4: the first row and column still see only padding, and it still warns.
    p.explicit_padding = Padding{3, 3, 3, 3};
    p.stride_y = p.stride_x = 4;
    const ConvGeometry strided(p);
    QVERIFY(strided.is_valid());
    QVERIFY(strided.warning().has_value());
}

void tst_ConvGeometry::noWarningForOrdinaryPadding() {
    QVERIFY(!ConvGeometry(square(4, 3, 1, 1, PaddingMode::Valid)).warning());
    QVERIFY(!ConvGeometry(square(4, 3, 1, 1, PaddingMode::Same)).warning());
    ConvGeometry::Params p = square(4, 3, 1, 1, PaddingMode::Explicit);
    p.explicit_padding = Padding{2, 2, 2, 2};
    QVERIFY(!ConvGeometry(p).warning()); // P = F − 1: every output still sees a pixel
    p.stride_y = 0;
    QVERIFY(!ConvGeometry(p).warning()); // invalid: why_invalid() speaks, not the warning
}

void tst_ConvGeometry::unreached_data() {
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<QList<int>>("unreached"); // 0-based, on both axes (square cases)

    const auto V = PaddingMode::Valid;
    const auto S = PaddingMode::Same;
    // Windows start at 0 and 2, cover 0..4: every pixel of 5 is read.
    QTest::newRow("valid 5 f3 s2 all reached") << 5 << 3 << 2 << 1 << V << QList<int>{};
    // ⌊(6 − 3)/2⌋ + 1 = 2 windows cover 0..4: the last pixel (5) is never read.
    QTest::newRow("valid 6 f3 s2 last dropped") << 6 << 3 << 2 << 1 << V << QList<int>{5};
    // A 1×1 filter with stride 2 reads 0, 2, 4: the odd pixels are skipped.
    QTest::newRow("valid 6 f1 s2 gaps") << 6 << 1 << 2 << 1 << V << QList<int>{1, 3, 5};
    // Stride 3 with a 2-wide filter reads 0,1 | 3,4 | 6,7: pixels 2, 5 and 8 are skipped.
    QTest::newRow("valid 9 f2 s3 gaps") << 9 << 2 << 3 << 1 << V << QList<int>{2, 5, 8};
    // Dilation 2, stride 2: taps 0,2 | 2,4 | 4,6 — the odd pixels are never under a tap.
    QTest::newRow("valid 7 f2 s2 d2") << 7 << 2 << 2 << 2 << V << QList<int>{1, 3, 5};
    // SAME 6, f1, s2: no padding (total 0), reads 0, 2, 4.
    QTest::newRow("same 6 f1 s2") << 6 << 1 << 2 << 1 << S << QList<int>{1, 3, 5};
    // SAME 6, f3, s2: padding 0 before, 1 after; windows at −0.. read 0..2, 2..4, 4..6.
    QTest::newRow("same 6 f3 s2 all reached") << 6 << 3 << 2 << 1 << S << QList<int>{};
    // Stride 1 always reaches every pixel without dilation.
    QTest::newRow("valid 4 f3 s1 lecture") << 4 << 3 << 1 << 1 << V << QList<int>{};
}

void tst_ConvGeometry::unreached() {
    QFETCH(int, input);
    QFETCH(int, filter);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(PaddingMode, mode);
    QFETCH(QList<int>, unreached);

    const ConvGeometry geometry(square(input, filter, stride, dilation, mode));
    QVERIFY(geometry.is_valid());
    const std::vector<int> rows = geometry.unreached_rows();
    const std::vector<int> columns = geometry.unreached_columns();
    QCOMPARE(QList<int>(rows.begin(), rows.end()), unreached);
    QCOMPARE(QList<int>(columns.begin(), columns.end()), unreached);
}

void tst_ConvGeometry::unreached_description() {
    // 6×6, f3, s2: row and column 6 (counting from 1) are dropped.
    QCOMPARE(q(ConvGeometry(square(6, 3, 2, 1, PaddingMode::Valid)).unreached_description()),
             QStringLiteral("With stride 2, the filter never reaches row 6 or column 6 of the "
                            "input (counting from 1): those pixels have no effect on the output."));
    // Only the columns are skipped: rows use stride 1.
    ConvGeometry::Params p = square(6, 1, 1, 1, PaddingMode::Valid);
    p.stride_x = 2;
    QCOMPARE(q(ConvGeometry(p).unreached_description()),
             QStringLiteral("With stride 1×2, the filter never reaches columns 2, 4 and 6 of the "
                            "input (counting from 1): those pixels have no effect on the output."));
    // Dilation is named when it is part of the reason.
    QVERIFY(q(ConvGeometry(square(7, 2, 2, 2, PaddingMode::Valid)).unreached_description())
                .startsWith(QStringLiteral("With stride 2 and dilation 2, the filter never "
                                           "reaches rows 2, 4 and 6 or columns 2, 4 and 6")));
    QCOMPARE(q(ConvGeometry(square(4, 3, 1, 1, PaddingMode::Valid)).unreached_description()),
             QStringLiteral("Every input pixel is under the filter at some step."));
    // An invalid geometry has nothing to describe.
    QVERIFY(ConvGeometry(square(2, 3, 1, 1, PaddingMode::Valid)).unreached_description().empty());
    QVERIFY(ConvGeometry(square(2, 3, 1, 1, PaddingMode::Valid)).unreached_rows().empty());
}

void tst_ConvGeometry::bruteForceOutputSize() {
    // Slide a window over a padded axis one step at a time and count where it fits; record which
    // input pixels its taps touch. Compare with the formula, SAME's ceil(w/s) promise, and
    // unreached_rows()/unreached_columns(), over every combination in a table.
    struct Slide {
        int count = 0;
        QList<int> unreached;
    };
    const auto slide = [](int input, int filter, int stride, int dilation, int before, int after) {
        Slide result;
        QList<bool> reached(input, false);
        for (int start = -before; start + dilation * (filter - 1) <= input - 1 + after;
             start += stride) {
            ++result.count;
            for (int tap = 0; tap < filter; ++tap) {
                const int pixel = start + tap * dilation;
                if (pixel >= 0 && pixel < input)
                    reached[pixel] = true;
            }
        }
        for (int i = 0; i < input; ++i)
            if (!reached[i])
                result.unreached.append(i);
        return result;
    };

    int checked = 0;
    for (int height : {1, 2, 3, 5, 8})
        for (int width : {1, 4, 7, 9})
            for (int filter : {1, 2, 3, 5})
                for (int stride : {1, 2, 3, 4})
                    for (int dilation : {1, 2, 3})
                        for (int padding = -1; padding <= 2; ++padding) { // −1: SAME
                            ConvGeometry::Params p;
                            p.input_height = height;
                            p.input_width = width;
                            p.kernel_height = filter;
                            p.kernel_width = filter == 1 ? 1 : filter - 1; // not square
                            p.stride_y = stride;
                            p.stride_x = stride == 1 ? 2 : stride - 1;
                            p.dilation_y = dilation;
                            p.dilation_x = 1;
                            p.mode = padding < 0    ? PaddingMode::Same
                                     : padding == 0 ? PaddingMode::Valid
                                                    : PaddingMode::Explicit;
                            p.explicit_padding = Padding{padding, 0, padding, padding};
                            const ConvGeometry geometry(p);
                            const Padding pad = geometry.padding();
                            const Slide rows = slide(height, p.kernel_height, p.stride_y,
                                                     p.dilation_y, pad.top, pad.bottom);
                            const Slide columns = slide(width, p.kernel_width, p.stride_x,
                                                        p.dilation_x, pad.left, pad.right);
                            const QByteArray where =
                                QStringLiteral("%1x%2 f%3x%4 s%5x%6 d%7 padding %8")
                                    .arg(height)
                                    .arg(width)
                                    .arg(p.kernel_height)
                                    .arg(p.kernel_width)
                                    .arg(p.stride_y)
                                    .arg(p.stride_x)
                                    .arg(dilation)
                                    .arg(padding)
                                    .toUtf8();
                            const bool paddingTooWide =
                                pad.top >= geometry.rows().effective_filter() ||
                                pad.bottom >= geometry.rows().effective_filter() ||
                                pad.left >= geometry.columns().effective_filter() ||
                                pad.right >= geometry.columns().effective_filter();
                            const bool fits = rows.count > 0 && columns.count > 0;
                            // Padding as wide as the filter is allowed, with a warning.
                            QVERIFY2(geometry.is_valid() == fits, where.constData());
                            QVERIFY2(geometry.warning().has_value() == (fits && paddingTooWide),
                                     where.constData());
                            if (!geometry.is_valid())
                                continue;
                            QVERIFY2(geometry.output_height() == rows.count, where.constData());
                            QVERIFY2(geometry.output_width() == columns.count, where.constData());
                            if (p.mode == PaddingMode::Same) {
                                QVERIFY2(rows.count == (height + stride - 1) / stride,
                                         where.constData());
                                QVERIFY2(columns.count == (width + p.stride_x - 1) / p.stride_x,
                                         where.constData());
                            }
                            const std::vector<int> unreached_rows = geometry.unreached_rows();
                            const std::vector<int> unreached_columns = geometry.unreached_columns();
                            QVERIFY2(QList<int>(unreached_rows.begin(), unreached_rows.end()) ==
                                         rows.unreached,
                                     where.constData());
                            QVERIFY2(QList<int>(unreached_columns.begin(),
                                                unreached_columns.end()) == columns.unreached,
                                     where.constData());
                            ++checked;
                        }
    QVERIFY(checked > 1000); // the table really exercised the valid combinations
}

// Sizes from a file or the command line beyond io::limits::max_extent (2^20) are refused by name,
// before any product of them could overflow: dilation 2147483647 used to overflow d·(f − 1) + 1 and
// then be blamed on the filter not fitting.
void tst_ConvGeometry::beyondLimits_data() {
    addGeometryColumns();
    QTest::addColumn<QString>("message");

    const auto V = PaddingMode::Valid;
    const auto S = PaddingMode::Same;
    const auto E = PaddingMode::Explicit;
    const Padding none{};
    const QString dilation =
        QStringLiteral("the dilation: 2147483647 is more than the limit of 1048576");
    QTest::newRow("dilation INT_MAX, valid")
        << 28 << 28 << 3 << 3 << 1 << 1 << INT_MAX << V << none << dilation;
    QTest::newRow("dilation INT_MAX, same")
        << 28 << 28 << 3 << 3 << 1 << 1 << INT_MAX << S << none << dilation;
    QTest::newRow("input INT_MAX")
        << INT_MAX << 4 << 3 << 3 << 1 << 1 << 1 << V << none
        << QStringLiteral("the input height: 2147483647 is more than the limit of 1048576");
    QTest::newRow("input width INT_MAX, same")
        << 4 << INT_MAX << 3 << 3 << 1 << 1 << 1 << S << none
        << QStringLiteral("the input width: 2147483647 is more than the limit of 1048576");
    QTest::newRow("filter INT_MAX")
        << 4 << 4 << 3 << INT_MAX << 1 << 1 << 1 << V << none
        << QStringLiteral("the filter width: 2147483647 is more than the limit of 1048576");
    QTest::newRow("stride INT_MAX")
        << 4 << 4 << 3 << 3 << INT_MAX << 1 << 1 << V << none
        << QStringLiteral("the stride: 2147483647 is more than the limit of 1048576");
    // Each within the limit, but d·(f − 1) + 1 = 2^20·(2^10 − 1) + 1 is not.
    QTest::newRow("dilated reach")
        << 4 << 4 << 1024 << 1024 << 1 << 1 << 1048576 << S << none
        << QStringLiteral("the dilated filter's height d·(f − 1) + 1: 1072693249 is more than "
                          "the limit of 1048576");
    QTest::newRow("padding INT_MAX")
        << 4 << 4 << 3 << 3 << 1 << 1 << 1 << E << Padding{0, INT_MAX, 0, 0}
        << QStringLiteral("the padding: 2147483647 is more than the limit of 1048576");
}

void tst_ConvGeometry::beyondLimits() {
    QFETCH(QString, message);
    const ConvGeometry geometry(fetchGeometry());
    QCOMPARE(q(geometry.why_invalid().value_or("(valid)")), message);
    QVERIFY(geometry.unreached_rows().empty());
    QVERIFY(geometry.unreached_description().empty());
    QVERIFY(!geometry.warning());
    if (geometry.params().mode == PaddingMode::Same) // nothing resolved from the numbers refused
        QCOMPARE(geometry.padding(), Padding{});
}

// `geometry --input 40000 --kernel 20000` took 5 s (every tap of every output was walked); at the
// limit of 2^20 pixels the unreached pixels come back at once.
void tst_ConvGeometry::unreachedOnLargeInputsIsFast() {
    QElapsedTimer timer;
    timer.start();
    const ConvGeometry wide(square(1048576, 524288, 1, 1, PaddingMode::Valid));
    QVERIFY(wide.is_valid());
    QVERIFY(wide.unreached_rows().empty());
    QCOMPARE(q(wide.unreached_description()),
             QStringLiteral("Every input pixel is under the filter at some step."));
    // A 1-wide filter with stride 2 skips every odd pixel: 2^19 of them.
    const ConvGeometry gaps(square(1048576, 1, 2, 1, PaddingMode::Valid));
    const std::vector<int> rows = gaps.unreached_rows();
    QCOMPARE(rows.size(), std::size_t{524288});
    QCOMPARE(rows.front(), 1);
    QCOMPARE(rows.back(), 1048575);
    // Dilation 1000, stride 3, SAME: checked against the definition on a sample of pixels.
    const ConvGeometry dilated(square(1000000, 50, 3, 1000, PaddingMode::Same));
    QVERIFY(dilated.is_valid());
    const AxisGeometry axis = dilated.rows();
    const std::vector<int> unreached = dilated.unreached_rows();
    QVERIFY(timer.elapsed() < 2000);
    for (int i = 0; i < axis.input; i += 997) {
        bool reached = false;
        for (int k = 0; k < axis.filter && !reached; ++k) {
            const std::int64_t j = std::int64_t{i} + axis.pad_before - std::int64_t{k} * 1000;
            reached = j >= 0 && j % 3 == 0 && j / 3 < axis.output();
        }
        QCOMPARE(std::binary_search(unreached.begin(), unreached.end(), i), !reached);
    }
}

// Padding of 2^20 on each side of one pixel under a 1000-wide filter: 2096154 outputs a side, all
// but 1000 of them padding only. Counted in O(outputs) and in 64 bits (their square is 4.4·10^12).
void tst_ConvGeometry::warningOnWidePaddingIsFast() {
    const Padding pad{1048576, 1048576, 1048576, 1048576};
    QElapsedTimer timer;
    timer.start();
    const ConvGeometry geometry(square(1, 1000, 1, 1, PaddingMode::Explicit, pad));
    QVERIFY(geometry.is_valid());
    QCOMPARE(geometry.output_width(), 2096154);
    const QString warning = q(geometry.warning().value_or(""));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(warning.contains(QStringLiteral("4393860591716 of the 4393861591716 outputs see only "
                                             "padding")),
             qPrintable(warning));
}

QTEST_GUILESS_MAIN(tst_ConvGeometry)
#include "tst_convgeometry.moc"
