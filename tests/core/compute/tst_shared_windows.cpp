// Qt Test suite for the index rules every backend and the step-through traces share
// (shared/pool_window.h, shared/math.h's border_index): windows clipped to the image, the first
// maximum winning a tie, the average's divisor, and where each border mode reads a padding cell.
#include "compute/shared/dims.h"
#include "compute/shared/math.h"
#include "compute/shared/pool_window.h"

#include <QTest>
#include <vector>

using namespace convsight::compute;

namespace {

// A 3×3 window with stride 2 and one cell of padding on each side over a 4×5 image.
PoolDims paddedDims() {
    PoolDims d{};
    d.N = 1;
    d.C = 1;
    d.H = 4;
    d.W = 5;
    d.OH = 2;
    d.OW = 3;
    d.KH = 3;
    d.KW = 3;
    d.stride_y = 2;
    d.stride_x = 2;
    d.pad_top = 1;
    d.pad_left = 1;
    return d;
}

} // namespace

class TestSharedWindows : public QObject {
    Q_OBJECT

private slots:
    void poolWindowIsClippedToTheImage_data() {
        QTest::addColumn<int>("oy");
        QTest::addColumn<int>("ox");
        QTest::addColumn<std::vector<int>>("expected"); // y0, y1, x0, x1
        QTest::addColumn<int>("divisor");
        QTest::newRow("top-left corner: padding row and column cut off")
            << 0 << 0 << std::vector{0, 2, 0, 2} << 4;
        QTest::newRow("top edge: padding row cut off") << 0 << 1 << std::vector{0, 2, 1, 4} << 6;
        QTest::newRow("bottom-right: padding column cut off")
            << 1 << 2 << std::vector{1, 4, 3, 5} << 6;
        QTest::newRow("bottom middle: whole window inside")
            << 1 << 1 << std::vector{1, 4, 1, 4} << 9;
    }
    void poolWindowIsClippedToTheImage() {
        QFETCH(int, oy);
        QFETCH(int, ox);
        QFETCH(std::vector<int>, expected);
        QFETCH(int, divisor);
        const PoolDims d = paddedDims();
        const math::PoolWindow w = math::pool_window(d, oy, ox);
        QCOMPARE((std::vector{w.y0, w.y1, w.x0, w.x1}), expected);
        QCOMPARE(math::pool_divisor(d, w), divisor);
        // Counting the padding divides by the whole window, whatever part lies outside.
        QCOMPARE(math::pool_divisor(d, w, true), 9);
    }

    void firstMaximumWins_data() {
        QTest::addColumn<std::vector<double>>("plane"); // 4×5
        QTest::addColumn<int>("expected");              // y·W + x of window (0,0)'s winner
        QTest::newRow("one maximum") << std::vector<double>{1, 2, 0, 0, 0, 7, 3, 0, 0, 0, //
                                                            0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                                     << 5;
        QTest::newRow("tie: the first in row-major order")
            << std::vector<double>{1, 7, 0, 0, 0, 7, 7, 0, 0, 0, //
                                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
            << 1;
        QTest::newRow("all negative: padding (−∞) never wins")
            << std::vector<double>{-3, -2, 0, 0, 0, -5, -4, 0, 0, 0, //
                                   0,  0,  0, 0, 0, 0,  0,  0, 0, 0}
            << 1;
        QTest::newRow("cells outside the window are not seen")
            << std::vector<double>{1, 2, 9, 0, 0, 3, 4, 0, 0, 0, //
                                   9, 0, 0, 0, 0, 0, 0, 0, 0, 0}
            << 6;
    }
    void firstMaximumWins() {
        QFETCH(std::vector<double>, plane);
        QFETCH(int, expected);
        const PoolDims d = paddedDims();
        QCOMPARE(math::pool_window_argmax(plane.data(), d.W, math::pool_window(d, 0, 0)), expected);
    }

    void emptyWindowHasNoWinner() {
        const std::vector<float> plane(4, 1.0f);
        QCOMPARE(math::pool_window_argmax(plane.data(), 2, math::PoolWindow{1, 1, 0, 2}), -1);
    }

    // For the row a b c d (length 4), positions −3 .. 6.
    void borderIndex_data() {
        QTest::addColumn<BorderMode>("border");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::newRow("zero") << BorderMode::Zero
                              << std::vector{-1, -1, -1, 0, 1, 2, 3, -1, -1, -1};
        QTest::newRow("replicate")
            << BorderMode::Replicate << std::vector{0, 0, 0, 0, 1, 2, 3, 3, 3, 3};
        QTest::newRow("reflect (101)")
            << BorderMode::Reflect << std::vector{3, 2, 1, 0, 1, 2, 3, 2, 1, 0};
        QTest::newRow("wrap") << BorderMode::Wrap << std::vector{1, 2, 3, 0, 1, 2, 3, 0, 1, 2};
    }
    void borderIndex() {
        QFETCH(BorderMode, border);
        QFETCH(std::vector<int>, expected);
        std::vector<int> got;
        for (int p = -3; p <= 6; ++p)
            got.push_back(math::border_index(border, p, 4));
        QCOMPARE(got, expected);
    }

    void reflectOfOnePixelIsThatPixel() {
        QCOMPARE(math::border_index(BorderMode::Reflect, -2, 1), 0);
        QCOMPARE(math::border_index(BorderMode::Reflect, 5, 1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedWindows)
#include "tst_shared_windows.moc"
