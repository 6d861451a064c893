// The filter grid as the Train workspace uses it: one cell per filter, the diverging colours of
// known weights (red centre, white zero, blue negative), a shared scale against per-filter scales,
// colour filters for three channels, clicks, tooltips, the "was" / "now" pairs with their drift,
// reflowing with the width; screenshots go to /tmp/filters-shots for a look.
#include "common/FilterGrid.h"
#include "compute/Tensor.h"
#include "conv/KernelPresets.h"
#include "image/SignedDisplay.h"
#include "nn/FirstLayer.h"
#include "nn/Models.h"

#include <QCheckBox>
#include <QDir>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <random>
#include <vector>

using namespace convsight;
using compute::Tensor;
using widgets::FilterGrid;

namespace {

QRgb diverging(double t) {
    const cv::Vec3b bgr = image::diverging_colour(t);
    return qRgb(bgr[2], bgr[1], bgr[0]);
}

// (K, 1, 3, 3) with every weight 0 except the ones given: {k, y, x, value}.
struct Weight {
    int k, y, x;
    float value;
};
Tensor sparseFilters(int filters, const std::vector<Weight>& weights) {
    std::vector<float> values(static_cast<std::size_t>(filters) * 9, 0.0f);
    for (const Weight& w : weights)
        values[static_cast<std::size_t>(w.k * 9 + w.y * 3 + w.x)] = w.value;
    return Tensor::from({filters, 1, 3, 3}, values);
}

void saveShot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral("/tmp/filters-shots"));
    QVERIFY(widget.grab().save(QStringLiteral("/tmp/filters-shots/") + name + ".png"));
}

} // namespace

class TestFilterGrid : public QObject {
    Q_OBJECT
private slots:
    void oneCellPerFilter();
    void centreMaximumIsReddestAndZeroIsWhite();
    void sharedScaleAgainstPerFilterScale();
    void threeChannelsMakeAColourImage();
    void clickingAFilterReportsIt();
    void hoveringShowsTheWeights();
    void startingWeightsShowDrift();
    void layoutReflowsWithTheWidth();
    void aWrongTensorIsRefused();
    void screenshots();
};

void TestFilterGrid::oneCellPerFilter() {
    FilterGrid grid;
    QCOMPARE(grid.filterCount(), 0);
    QVERIFY(grid.filterImage(0).isNull());
    grid.resize(700, 500);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const Tensor weights = nn::make_model("small", 3).layer(0).parameters().front()->value;
    grid.setWeights(weights);
    QCOMPARE(grid.filterCount(), 16);
    QCOMPARE(grid.weights().to_vector(), weights.to_vector());
    QVERIFY(grid.weights().data() != weights.data()); // a copy: training goes on without it
    for (int k = 0; k < 16; ++k) {
        QCOMPARE(grid.filterImage(k).size(), QSize(3, 3));
        const QRect cell = grid.filterRect(k);
        QVERIFY(cell.width() >= 48 && cell.height() >= 48);
        QVERIFY(grid.canvas()->rect().contains(cell));
        for (int other = 0; other < k; ++other)
            QVERIFY(!cell.intersects(grid.filterRect(other)));
        QCOMPARE(grid.caption(k), QString::number(k + 1));
    }
    QVERIFY(grid.filterImage(16).isNull());
    QVERIFY(grid.filterRect(16).isEmpty());
    grid.setWeights(Tensor{});
    QCOMPARE(grid.filterCount(), 0);
}

void TestFilterGrid::centreMaximumIsReddestAndZeroIsWhite() {
    FilterGrid grid;
    // Filter 1: centre 1 (its largest), a corner −0.5, the rest 0. Filter 2: everything 0.
    grid.setWeights(sparseFilters(2, {{0, 1, 1, 1.0f}, {0, 0, 0, -0.5f}}));
    const QImage image = grid.filterImage(0);
    QCOMPARE(grid.scale(0), 1.0);
    QCOMPARE(image.pixel(1, 1), diverging(1.0)); // full red
    QCOMPARE(image.pixel(0, 0), diverging(-0.5));
    QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
    int reddest = -1000, rx = -1, ry = -1;
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() - c.blue() > reddest) {
                reddest = c.red() - c.blue();
                rx = x;
                ry = y;
            }
        }
    QCOMPARE(QPoint(rx, ry), QPoint(1, 1));
    const QColor corner = image.pixelColor(0, 0);
    QVERIFY(corner.blue() > corner.red());
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x)
            QCOMPARE(grid.filterImage(1).pixel(x, y), qRgb(255, 255, 255));
}

void TestFilterGrid::sharedScaleAgainstPerFilterScale() {
    FilterGrid grid;
    grid.resize(600, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setWeights(sparseFilters(2, {{0, 1, 1, 2.0f}, {1, 1, 1, 0.5f}, {1, 0, 1, -0.25f}}));
    QVERIFY(grid.sharedScale());
    QCOMPARE(grid.scale(0), 2.0);
    QCOMPARE(grid.scale(1), 2.0);
    QCOMPARE(grid.filterImage(1).pixel(1, 1), diverging(0.25));
    QCOMPARE(grid.filterImage(1).pixel(1, 0), diverging(-0.125));

    auto* check = grid.findChild<QCheckBox*>(QStringLiteral("sharedScaleCheck"));
    QVERIFY(check && check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(!grid.sharedScale());
    QCOMPARE(grid.scale(0), 2.0);
    QCOMPARE(grid.scale(1), 0.5);
    QCOMPARE(grid.filterImage(0).pixel(1, 1), diverging(1.0));
    QCOMPARE(grid.filterImage(1).pixel(1, 1), diverging(1.0));
    QCOMPARE(grid.filterImage(1).pixel(1, 0), diverging(-0.5));

    grid.setSharedScale(true);
    QVERIFY(check->isChecked());
    QCOMPARE(grid.filterImage(1).pixel(1, 1), diverging(0.25));
}

void TestFilterGrid::threeChannelsMakeAColourImage() {
    FilterGrid grid;
    // One 3×1×1... filter of 3 channels, 1×2: pixel 0 is (+1, 0, −1), pixel 1 is all 0.
    grid.setWeights(Tensor::from({1, 3, 1, 2}, {1, 0, 0, 0, -1, 0}));
    const QImage image = grid.filterImage(0);
    QCOMPARE(image.size(), QSize(2, 1));
    QCOMPARE(image.pixel(0, 0), qRgb(255, 128, 0));   // red up, green 0, blue down
    QCOMPARE(image.pixel(1, 0), qRgb(128, 128, 128)); // zero is mid-grey

    // Any other channel count: a tile per channel, side by side.
    grid.setWeights(Tensor::from({1, 2, 1, 1}, {1, -1}));
    QCOMPARE(grid.filterImage(0).size(), QSize(2, 1));
    QCOMPARE(grid.filterImage(0).pixel(0, 0), diverging(1.0));
    QCOMPARE(grid.filterImage(0).pixel(1, 0), diverging(-1.0));
}

void TestFilterGrid::clickingAFilterReportsIt() {
    FilterGrid grid;
    grid.resize(800, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setWeights(nn::first_conv_weights(nn::make_model("small", 2)));
    QSignalSpy clicked(&grid, &FilterGrid::filterClicked);
    for (const int k : {0, 5, 15}) {
        QTest::mouseClick(grid.canvas(), Qt::LeftButton, {}, grid.filterRect(k).center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.takeFirst().at(0).toInt(), k);
        QCOMPARE(grid.highlighted(), k);
    }
    // Between cells (left of the first one): nothing.
    QTest::mouseClick(grid.canvas(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(clicked.count(), 0);
    grid.setHighlighted(-1);
    QCOMPARE(grid.highlighted(), -1);
    grid.setHighlighted(99);
    QCOMPARE(grid.highlighted(), -1);
}

void TestFilterGrid::hoveringShowsTheWeights() {
    FilterGrid grid;
    grid.resize(600, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setWeights(sparseFilters(2, {{1, 1, 1, 0.125f}, {1, 0, 0, -0.5f}}));
    const QPoint at = grid.filterRect(1).center();
    QHelpEvent help(QEvent::ToolTip, at, grid.canvas()->mapToGlobal(at));
    QCoreApplication::sendEvent(grid.canvas(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Filter 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0.125")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u22120.500")), qPrintable(text));
    QToolTip::hideText();
}

void TestFilterGrid::startingWeightsShowDrift() {
    FilterGrid grid;
    grid.resize(800, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const Tensor initial = sparseFilters(2, {{0, 1, 1, 1.0f}, {1, 0, 0, 0.5f}});
    // Filter 1 moved by 0.5 of its length (centre 1 → 1.5); filter 2 did not move.
    const Tensor current = sparseFilters(2, {{0, 1, 1, 1.5f}, {1, 0, 0, 0.5f}});
    grid.setWeights(current);
    const int widthAlone = grid.filterRect(0).width();
    grid.setInitialWeights(initial);
    QVERIFY(grid.showsInitialWeights());
    QCOMPARE(grid.drift(), (std::vector<double>{0.5, 0.0}));
    QCOMPARE(grid.caption(0), QStringLiteral("1\ndrift 0.50"));
    QCOMPARE(grid.caption(1), QStringLiteral("2\ndrift 0.00"));
    QVERIFY(grid.filterRect(0).width() > widthAlone); // "was" beside "now"
    // Both drawn on one scale (1.5), so the pair compares.
    QCOMPARE(grid.initialFilterImage(0).pixel(1, 1), diverging(1.0 / 1.5));
    QCOMPARE(grid.filterImage(0).pixel(1, 1), diverging(1.0));

    // Weights of another shape (a new model): no pairs until the starting weights match again.
    grid.setWeights(sparseFilters(3, {}));
    QVERIFY(!grid.showsInitialWeights());
    QVERIFY(grid.drift().empty());
    QCOMPARE(grid.caption(0), QStringLiteral("1"));
    QVERIFY(grid.initialFilterImage(0).isNull());
    grid.setWeights(current);
    QVERIFY(grid.showsInitialWeights());
    grid.setInitialWeights(Tensor{});
    QVERIFY(!grid.showsInitialWeights());
    QCOMPARE(grid.caption(0), QStringLiteral("1"));
}

void TestFilterGrid::layoutReflowsWithTheWidth() {
    FilterGrid grid;
    grid.setWeights(sparseFilters(8, {}));
    const auto firstRow = [&] {
        int count = 0;
        while (count < grid.filterCount() &&
               grid.filterRect(count).top() == grid.filterRect(0).top())
            ++count;
        return count;
    };
    grid.resize(1200, 220);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QCOMPARE(firstRow(), 8); // a wide, low panel: one row
    grid.resize(260, 400);
    QTRY_VERIFY(firstRow() < 8);
    const QRect last = grid.filterRect(7);
    QVERIFY(last.top() > grid.filterRect(0).top());
    QVERIFY(last.right() < grid.canvas()->width());
    QVERIFY(last.width() >= 48);
    // More rows than fit: the canvas grows and scrolls rather than shrinking the filters.
    QVERIFY(grid.canvas()->height() >= last.bottom());
}

void TestFilterGrid::aWrongTensorIsRefused() {
    FilterGrid grid;
    grid.setWeights(sparseFilters(2, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grid.setWeights(Tensor::zeros({2, 9})));
    QCOMPARE(grid.filterCount(), 2);
}

void TestFilterGrid::screenshots() {
    // The small model's 16 filters as initialised, in a narrow Train-workspace panel.
    FilterGrid grid;
    grid.resize(480, 560);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    nn::Sequential model = nn::make_model("small", 1);
    grid.setTitle(QStringLiteral("conv1 after epoch 0, batch 0"));
    grid.setWeights(nn::first_conv_weights(model));
    grid.setHighlighted(2);
    saveShot(grid, QStringLiteral("small-16"));

    // Hand-made kernels as starting weights, then nudged as training would.
    std::vector<conv::Matrix> kernels;
    for (const char* id : {"identity", "box-blur", "gaussian-3x3", "sharpen", "edge", "sobel-x",
                           "sobel-y", "emboss"})
        kernels.push_back(conv::kernel_preset(id).weights());
    nn::set_first_conv_kernels(model, kernels);
    const Tensor start = nn::first_conv_weights(model);
    std::vector<float> moved = start.to_vector();
    std::mt19937 rng(3);
    std::normal_distribution<float> noise(0.0f, 0.08f);
    for (float& v : moved)
        v += noise(rng);
    grid.setTitle(QStringLiteral("conv1 after epoch 3, batch 40"));
    grid.setInitialWeights(start);
    grid.setWeights(Tensor::from(start.shape(), moved));
    grid.resize(900, 700);
    saveShot(grid, QStringLiteral("drift-16"));
    grid.setSharedScale(false); // the edge kernel's 8 dwarfs the blurs on a shared scale
    saveShot(grid, QStringLiteral("drift-16-per-filter"));

    // CIFAR's 64 colour 5×5 filters, per-filter scale.
    FilterGrid colour;
    colour.resize(1000, 800);
    colour.show();
    QVERIFY(QTest::qWaitForWindowExposed(&colour));
    colour.setTitle(QStringLiteral("cifar-tf conv1"));
    colour.setWeights(nn::first_conv_weights(nn::make_model("cifar-tf", 1)));
    colour.setSharedScale(false);
    saveShot(colour, QStringLiteral("cifar-64"));
}

QTEST_MAIN(TestFilterGrid)
#include "tst_filtergrid.moc"
