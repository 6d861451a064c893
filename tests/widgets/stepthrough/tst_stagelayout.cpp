// Qt Test suite for StageLayout, the stage's geometry without a window: cells are squares that
// fit the size, grids do not overlap, RGB planes stack or sit side by side, and the hit tests find
// the cell under corners and centres (and nothing between the grids or on padding).
#include "conv/ConvTrace.h"
#include "stepthrough/StageLayout.h"

#include <QTest>

using namespace convsight;
using convsight::widgets::StageLayout;

namespace {

// A 4×4 input, 3×3 kernel, VALID: the lecture's shape; `padding` cells around for SAME-like cases.
StageLayout::Shape shape(int channels, int kernels, int input, int kernel, int padding = 0) {
    StageLayout::Shape s;
    s.channels = channels;
    s.kernelCount = kernels;
    s.inputHeight = s.inputWidth = input;
    s.paddingTop = s.paddingLeft = padding;
    s.paddedHeight = s.paddedWidth = input + 2 * padding;
    s.kernelHeight = s.kernelWidth = kernel;
    s.outputHeight = s.outputWidth = s.paddedHeight - kernel + 1;
    return s;
}

QRectF bounds(const std::vector<QPointF>& origins, double width, double height) {
    QRectF all;
    for (const QPointF& origin : origins)
        all = all.united(QRectF(origin, QSizeF(width, height)));
    return all;
}

} // namespace

Q_DECLARE_METATYPE(StageLayout::Shape)
Q_DECLARE_METATYPE(StageLayout::Cell)

class TestStageLayout : public QObject {
    Q_OBJECT
private slots:
    void shapeOfATrace();
    void gridsFitAndDoNotOverlap_data();
    void gridsFitAndDoNotOverlap();
    void rgbStacksOrSitsBeside();
    void hitTestsFindCornersAndCentres_data();
    void hitTestsFindCornersAndCentres();
    void nothingBetweenTheGrids();
    void paddingIsNotEditable();
    void stackedOutputRows();
    void aShortStageKeepsNumbersReadable();
    void cellsNeverGoBelowTheFloor();
};

void TestStageLayout::shapeOfATrace() {
    conv::ConvTrace::Setup setup;
    setup.geometry.input_height = setup.geometry.input_width = 4;
    setup.geometry.kernel_height = setup.geometry.kernel_width = 3;
    setup.geometry.mode = conv::PaddingMode::Same;
    setup.input.assign(16, 1.0);
    setup.kernels.assign(9, 1.0);
    const StageLayout::Shape s = StageLayout::Shape::of(conv::ConvTrace(setup));
    QCOMPARE(s.paddedHeight, 6);
    QCOMPARE(s.paddingTop, 1);
    QCOMPARE(s.outputWidth, 4);
    QCOMPARE(s.kernelHeight, 3);
}

void TestStageLayout::gridsFitAndDoNotOverlap_data() {
    QTest::addColumn<StageLayout::Shape>("shape");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("lecture, 900×560") << shape(1, 1, 4, 3) << QSizeF(900, 560);
    QTest::newRow("lecture, small") << shape(1, 1, 4, 3) << QSizeF(420, 300);
    QTest::newRow("32×32 SAME") << shape(1, 1, 32, 3, 1) << QSizeF(1280, 680);
    QTest::newRow("RGB, 3 filters") << shape(3, 3, 6, 3) << QSizeF(900, 560);
}

void TestStageLayout::gridsFitAndDoNotOverlap() {
    QFETCH(StageLayout::Shape, shape);
    QFETCH(QSizeF, size);
    const StageLayout l(shape, size);
    QVERIFY(!l.isEmpty());
    QVERIFY(l.cell() >= 8 && l.cell() <= 120);
    const double c = l.cell();
    const QRectF input = bounds(l.inputs(), shape.paddedWidth * c, shape.paddedHeight * c);
    const QRectF kernel = bounds(l.kernels(), shape.kernelWidth * c, shape.kernelHeight * c);
    const QRectF output = bounds(l.outputs(), shape.outputWidth * c, shape.outputHeight * c);
    const QRectF stage(QPointF(0, 0), size);
    for (const QRectF& grid : {input, kernel, output})
        QVERIFY2(stage.contains(grid), "a grid leaves the stage");
    if (!l.channelsBeside()) {
        QVERIFY(input.right() < kernel.left());
        QVERIFY(kernel.right() < output.left());
    }
    QVERIFY(l.captionTop() >= std::max({input.bottom(), kernel.bottom(), output.bottom()}));
    QVERIFY(l.expression().top() >= l.captionTop() + l.captionHeight());
    QCOMPARE(l.signs().back().text, QStringLiteral("="));
}

void TestStageLayout::rgbStacksOrSitsBeside() {
    // A wide stage puts R ∗ K_R + G ∗ K_G + B ∗ K_B in a row; a tall one stacks the planes.
    const StageLayout wide(shape(3, 1, 4, 3), QSizeF(1800, 500));
    QVERIFY(wide.channelsBeside());
    QCOMPARE(wide.inputs()[0].y(), wide.inputs()[2].y());
    QVERIFY(wide.inputs()[1].x() > wide.kernels()[0].x());
    QCOMPARE(wide.signs().size(), std::size_t(3 + 2 + 1)); // ∗ per plane, + between, =
    const StageLayout tall(shape(3, 1, 4, 3), QSizeF(700, 1400));
    QVERIFY(!tall.channelsBeside());
    QCOMPARE(tall.inputs()[0].x(), tall.inputs()[2].x());
    // Stacked half a cell apart.
    QCOMPARE(tall.inputs()[1].y() - tall.inputs()[0].y(),
             (4 + StageLayout::kStackGap) * tall.cell());
    QCOMPARE(tall.signs().size(), std::size_t(3 + 1));
}

void TestStageLayout::hitTestsFindCornersAndCentres_data() {
    QTest::addColumn<int>("grid"); // 0 input, 1 kernel, 2 output
    QTest::addColumn<StageLayout::Cell>("cell");
    QTest::addColumn<QPointF>("offset"); // within the cell, in cells
    QTest::newRow("input centre") << 0 << StageLayout::Cell{0, 2, 1} << QPointF(0.5, 0.5);
    QTest::newRow("input top-left corner")
        << 0 << StageLayout::Cell{0, 0, 0} << QPointF(0.01, 0.01);
    QTest::newRow("input bottom-right") << 0 << StageLayout::Cell{0, 3, 3} << QPointF(0.99, 0.99);
    QTest::newRow("kernel centre") << 1 << StageLayout::Cell{0, 1, 1} << QPointF(0.5, 0.5);
    QTest::newRow("kernel corner") << 1 << StageLayout::Cell{0, 2, 0} << QPointF(0.02, 0.98);
    QTest::newRow("output centre") << 2 << StageLayout::Cell{0, 1, 0} << QPointF(0.5, 0.5);
    QTest::newRow("second map") << 2 << StageLayout::Cell{1, 0, 1} << QPointF(0.9, 0.1);
}

void TestStageLayout::hitTestsFindCornersAndCentres() {
    QFETCH(int, grid);
    QFETCH(StageLayout::Cell, cell);
    QFETCH(QPointF, offset);
    const StageLayout l(shape(1, 2, 4, 3), QSizeF(900, 560));
    const QRectF square = grid == 0   ? l.inputCell(cell.grid, cell.row, cell.column)
                          : grid == 1 ? l.kernelCell(cell.grid, cell.row, cell.column)
                                      : l.outputCell(cell.grid, cell.row, cell.column);
    const QPointF at = square.topLeft() + offset * l.cell();
    const auto found = grid == 0 ? l.inputAt(at) : grid == 1 ? l.kernelAt(at) : l.output_at(at);
    QVERIFY(found.has_value());
    QCOMPARE(*found, cell);
    // The other grids have nothing there.
    QCOMPARE(l.inputAt(at).has_value(), grid == 0);
    QCOMPARE(l.kernelAt(at).has_value(), grid == 1);
    QCOMPARE(l.output_at(at).has_value(), grid == 2);
}

void TestStageLayout::nothingBetweenTheGrids() {
    const StageLayout l(shape(1, 1, 4, 3), QSizeF(900, 560));
    for (const StageLayout::Sign& sign : l.signs()) {
        QVERIFY(!l.inputAt(sign.centre));
        QVERIFY(!l.kernelAt(sign.centre));
        QVERIFY(!l.output_at(sign.centre));
    }
    QVERIFY(!l.output_at(QPointF(1, 1)));
    QVERIFY(!StageLayout().output_at(QPointF(100, 100))); // nothing laid out
}

void TestStageLayout::paddingIsNotEditable() {
    // SAME pads one cell around a 4×4 input: the padding ring is no input cell; image pixel
    // (0, 0) is padded cell (1, 1).
    const StageLayout l(shape(1, 1, 4, 3, 1), QSizeF(900, 560));
    QVERIFY(!l.inputAt(l.inputCell(0, 0, 0).center()));
    QCOMPARE(*l.inputAt(l.inputCell(0, 1, 1).center()), (StageLayout::Cell{0, 0, 0}));
    QCOMPARE(*l.inputAt(l.inputCell(0, 4, 4).center()), (StageLayout::Cell{0, 3, 3}));
    QVERIFY(!l.inputAt(l.inputCell(0, 5, 5).center()));
}

void TestStageLayout::stackedOutputRows() {
    const StageLayout l(shape(1, 3, 4, 3), QSizeF(900, 700));
    // Map 2's row 1 is 2·(2 + ½) + 1 = 6 rows down the stack, and drawn there.
    QCOMPARE(StageLayout::stackedRow(2, 2, 1), 6.0);
    QCOMPARE(l.outputCellStacked(StageLayout::stackedRow(2, 2, 1), 1), l.outputCell(2, 1, 1));
}

// The input gradient's 2×2 output gradient padded to 6×6 in the stage a 1280×680 window leaves
// under the parameters and the explanation: the stage draws numbers at 0.42 of a cell, and they
// must be 12 px at least, so the cells get 28.6 px; the expression's share gives way first.
void TestStageLayout::aShortStageKeepsNumbersReadable() {
    const StageLayout l(shape(1, 1, 2, 3, 2), QSizeF(1010, 320));
    QCOMPARE(l.shape().paddedHeight, 6);
    QVERIFY2(l.cell() * 0.42 >= 12, qPrintable(QString::number(l.cell())));
    // Everything still lies inside the stage, the expression under the captions.
    QVERIFY(l.expression().top() >= l.captionTop() + l.captionHeight());
    QVERIFY(l.expression().bottom() <= 320);
    QVERIFY(l.expression().height() >= 40);
    QVERIFY(l.inputs().front().y() >= 0);
}

// The curve detector's shape (7×7 ∗ 7×7 = 1×1): a stage too small for 36-pixel cells still draws
// them (its view scrolls); at minimumSize() for them everything lies on the stage, and a larger
// stage gives larger cells.
void TestStageLayout::cellsNeverGoBelowTheFloor() {
    for (const int channels : {1, 3}) {
        const StageLayout::Shape s = shape(channels, 1, 7, 7);
        QCOMPARE(StageLayout(s, QSizeF(400, 300), 36).cell(), 36.0);
        QVERIFY(StageLayout(s, QSizeF(400, 300)).cell() < 36);
        const QSizeF least = StageLayout::minimumSize(s, 36);
        const StageLayout l(s, least, 36);
        QVERIFY2(l.cell() >= 36, qPrintable(QString::number(l.cell())));
        const QRectF stage(QPointF(0, 0), least);
        const double side = 7 * l.cell();
        QVERIFY(stage.contains(bounds(l.inputs(), side, side)));
        QVERIFY(stage.contains(bounds(l.kernels(), side, side)));
        QVERIFY(stage.contains(bounds(l.outputs(), l.cell(), l.cell())));
        QVERIFY(l.expression().bottom() <= least.height() + 0.5);
        QVERIFY(StageLayout(s, least * 1.5, 36).cell() > 36);
    }
}

QTEST_GUILESS_MAIN(TestStageLayout)
#include "tst_stagelayout.moc"
