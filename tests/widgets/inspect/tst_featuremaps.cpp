// The Inspect workspace's widgets as a student drives them: the feature-map grids of the `small`
// model (counts, sizes, a click reporting the map pixel under the mouse, zoom), the sketch pad
// (drawing, erasing, clearing, MNIST-style centring, normalisation) and the probability bars.
// With CONVSIGHT_SHOTS_DIR set, each widget is also saved there as a PNG to look at.
#include "common/TextFit.h"
#include "common/Theme.h"
#include "inspect/FeatureMapView.h"
#include "inspect/ProbabilityBars.h"
#include "inspect/SketchPad.h"
#include "inspect_test_support.h"
#include "nn/Inspection.h"
#include "nn/Models.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <cmath>
#include <numeric>

using namespace convsight;
using widgets::FeatureMapView;
using widgets::ProbabilityBars;
using widgets::SketchPad;

using inspect_test::saveShot;

namespace {

const QStringList kFashion{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                           "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

// The centre of map pixel (y, x) inside the map's rectangle.
QPoint pixelCentre(const QRect& map, QSize size, int y, int x) {
    return {map.left() + static_cast<int>((x + 0.5) * map.width() / size.width()),
            map.top() + static_cast<int>((y + 0.5) * map.height() / size.height())};
}

// Drags with `button` through `points` on the sketch pad's canvas, as a mouse would.
void drag(SketchPad& pad, const std::vector<QPoint>& points,
          Qt::MouseButton button = Qt::LeftButton) {
    QTest::mousePress(pad.canvas(), button, {}, points.front());
    for (std::size_t i = 1; i < points.size(); ++i)
        QTest::mouseMove(pad.canvas(), points[i]);
    QTest::mouseRelease(pad.canvas(), button, {}, points.back());
}

// A point of the 280 × 280 drawing in canvas coordinates (the drawing fills the largest centred
// square of the canvas).
QPoint onCanvas(const SketchPad& pad, double x, double y) {
    const QWidget* canvas = pad.canvas();
    const int side = std::min(canvas->width(), canvas->height());
    const double scale = side / double(SketchPad::kDrawingSize);
    return {(canvas->width() - side) / 2 + static_cast<int>(x * scale),
            (canvas->height() - side) / 2 + static_cast<int>(y * scale)};
}

float inkSum(const compute::Tensor& image) {
    const std::vector<float> v = image.to_vector();
    return std::accumulate(v.begin(), v.end(), 0.0f);
}

} // namespace

class TestFeatureMaps : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsMatchTheModel();
    void clickReportsLayerChannelAndPixel();
    void selectActsLikeAClick();
    void zoomChangesTheMaps();
    void mapsUseColourBlindSafeMaps();
    void aNarrowViewPutsTheColourScaleUnderTheTitle();
    void manyChannelsStayQuick();
    void sketchDrawsWhereTheMouseWent();
    void sketchIsCentredLikeMnist();
    void sketchKeepsWhereDrawn();
    void rightButtonErasesAndClearEmpties();
    void sketchTakesTheDataSetsShape();
    void normalisedImageIsImageMinusMeanOverStd();
    void probabilityBarsPickTheArgmax();

private:
    nn::Sequential model_;
    std::vector<nn::LayerOutput> outputs_;
};

void TestFeatureMaps::init() {
    model_ = nn::make_model("small", 3);
    // A bright square on black: enough structure for the maps to differ.
    std::vector<float> pixels(28 * 28, 0.0f);
    for (int y = 8; y < 20; ++y)
        for (int x = 6; x < 22; ++x)
            pixels[static_cast<std::size_t>(y * 28 + x)] = 1.0f;
    outputs_ = nn::layer_outputs(model_, compute::Tensor::from({1, 28, 28}, pixels));
}

void TestFeatureMaps::cleanup() {
    outputs_.clear();
}

void TestFeatureMaps::rowsMatchTheModel() {
    FeatureMapView view;
    view.resize(1000, 700);
    view.setOutputs(outputs_);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Every layer; the flatten, which only repeats maxpool2 as a vector, is named without maps.
    const std::vector<nn::LayerSummary> rows = model_.layer_summaries();
    QCOMPARE(view.layerCount(), model_.size());
    int row = 0;
    for (int layer = 0; layer < model_.size(); ++layer) {
        if (model_.layer(layer).kind() == "Flatten") {
            QCOMPARE(view.rowOfLayer(layer), row);
            QCOMPARE(view.mapCount(row), 0);
            QVERIFY(view.mapRect(row, 0).isEmpty());
            ++row;
            continue;
        }
        const compute::Shape& shape = rows[static_cast<std::size_t>(layer)].output_shape;
        QCOMPARE(view.layerIndexOfRow(row), layer);
        QCOMPARE(view.mapCount(row), static_cast<int>(shape[0]));
        const QSize expected = shape.size() == 3
                                   ? QSize(static_cast<int>(shape[2]), static_cast<int>(shape[1]))
                                   : QSize(1, 1);
        QCOMPARE(view.mapSize(row), expected);
        ++row;
    }
    QCOMPARE(view.mapCount(0), 16);
    QCOMPARE(view.mapSize(0), QSize(28, 28));
    QCOMPARE(view.mapCount(3), 32);
    QCOMPARE(view.mapSize(5), QSize(7, 7));
    QCOMPARE(view.mapCount(view.layerCount() - 1), 10);
    // Shapes as the lecture writes them, H×W×C; the classification head named.
    QCOMPARE(view.rowTitle(0), QStringLiteral("conv1 · 28×28×16"));
    QCOMPARE(view.rowTitle(5), QStringLiteral("maxpool2 · 7×7×32"));
    QCOMPARE(view.rowTitle(6), QStringLiteral("Flatten: 7×7×32 → 1568"));
    QCOMPARE(view.rowTitle(7), QStringLiteral("dense1 · 128"));
    QCOMPARE(view.rowDetail(7), QStringLiteral("Dense 1568 → 128"));
    QVERIFY2(view.rowDetail(view.layerCount() - 1).contains(QStringLiteral("softmax")),
             qPrintable(view.rowDetail(view.layerCount() - 1)));
    QVERIFY(view.mapRect(5, 0).bottom() < view.mapRect(7, 0).top());
    // At zoom 1 a 28 × 28 map is at least 40 px, and maps do not overlap.
    QVERIFY(view.mapRect(0, 0).width() >= 40);
    QVERIFY(!view.mapRect(0, 0).intersects(view.mapRect(0, 1)));
    QVERIFY(view.mapRect(0, 15).bottom() < view.mapRect(1, 0).top());
    QVERIFY(view.mapRect(0, 16).isEmpty());
    saveShot(view, "featuremaps");
}

// A view too narrow for a layer's title and its colour scale on one line (presentation mode's
// larger text in a narrow column) gives the scale a line of its own: the maps move down by one
// title line instead of the scale running off the right edge.
void TestFeatureMaps::aNarrowViewPutsTheColourScaleUnderTheTitle() {
    FeatureMapView view;
    view.resize(1000, 700);
    view.setOutputs(outputs_);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int wideTop = view.mapRect(0, 0).top();
    view.resize(300, 700);
    QTest::qWait(20);
    const int scaleLine =
        QFontMetrics(widgets::theme::detailFont(view.font())).height() + 4; // as the view spaces it
    QCOMPARE(view.mapRect(0, 0).top(), wideTop + scaleLine);
    QVERIFY(view.mapRect(0, 0).right() < 300);
    QTRY_VERIFY(widgets::textfit::unfitTexts(view.content()).isEmpty()); // the scale fits
    view.resize(1000, 700);
    QTest::qWait(20);
    QCOMPARE(view.mapRect(0, 0).top(), wideTop);
}

// Signed maps (conv1, before its ReLU) in blue–white–orange, non-negative ones (relu1) in cividis:
// every pixel drawn inside a map is a colour of its map.
void TestFeatureMaps::mapsUseColourBlindSafeMaps() {
    FeatureMapView view;
    view.resize(1000, 700);
    view.setOutputs(outputs_);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage shot = view.content()->grab().toImage();
    const auto onMap = [](QRgb pixel, bool diverging) {
        for (int i = 0; i <= 512; ++i) {
            const double t = i / 512.0;
            const QRgb c =
                diverging ? widgets::theme::divergingRgb(2 * t - 1) : widgets::theme::cividisRgb(t);
            if (std::abs(qRed(c) - qRed(pixel)) <= 2 && std::abs(qGreen(c) - qGreen(pixel)) <= 2 &&
                std::abs(qBlue(c) - qBlue(pixel)) <= 2)
                return true;
        }
        return false;
    };
    for (const auto& [row, diverging] : {std::pair{0, true}, std::pair{1, false}}) {
        QCOMPARE(model_.layer(view.layerIndexOfRow(row)).kind(),
                 std::string(diverging ? "Conv2d" : "ReLU"));
        const QRect map = view.mapRect(row, 0).adjusted(2, 2, -2, -2);
        int checked = 0;
        for (int y = map.top(); y <= map.bottom(); y += 3)
            for (int x = map.left(); x <= map.right(); x += 3) {
                const QRgb pixel = shot.pixel(x, y);
                QVERIFY2(onMap(pixel, diverging),
                         qPrintable(QStringLiteral("row %1 at (%2, %3): %4")
                                        .arg(row)
                                        .arg(x)
                                        .arg(y)
                                        .arg(QColor(pixel).name())));
                ++checked;
            }
        QVERIFY(checked > 100);
    }
}

void TestFeatureMaps::clickReportsLayerChannelAndPixel() {
    FeatureMapView view;
    view.resize(1000, 700);
    view.setOutputs(outputs_);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &FeatureMapView::mapClicked);

    QTest::mouseClick(view.content(), Qt::LeftButton, {},
                      pixelCentre(view.mapRect(0, 5), view.mapSize(0), 10, 20));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst(), (QVariantList{0, 5, 10, 20}));
    QCOMPARE(view.selectedLayer(), 0);
    QCOMPARE(view.selectedChannel(), 5);

    // maxpool2 (layer 5, row 5), its last channel, bottom-right pixel of 7 × 7.
    QTest::mouseClick(view.content(), Qt::LeftButton, {},
                      pixelCentre(view.mapRect(5, 31), view.mapSize(5), 6, 6));
    QCOMPARE(clicked.takeFirst(), (QVariantList{5, 31, 6, 6}));

    // The logits (layer 9, the last row): unit 3.
    const int logits = view.layerCount() - 1;
    QTest::mouseClick(view.content(), Qt::LeftButton, {}, view.mapRect(logits, 3).center());
    QCOMPARE(clicked.takeFirst(), (QVariantList{9, 3, 0, 0}));
    QCOMPARE(view.selectedLayer(), 9);

    // The gap between two maps and the title selects nothing.
    const QRect first = view.mapRect(0, 0), second = view.mapRect(0, 1);
    QTest::mouseClick(view.content(), Qt::LeftButton, {},
                      QPoint((first.right() + second.left()) / 2, first.center().y()));
    QTest::mouseClick(view.content(), Qt::LeftButton, {}, QPoint(first.left(), first.top() - 8));
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(view.selectedLayer(), 9);
    view.select(9, 7); // scrolls down to the logits
    saveShot(view, "featuremaps-logits");
}

void TestFeatureMaps::selectActsLikeAClick() {
    FeatureMapView view;
    view.resize(900, 600);
    view.setOutputs(outputs_);
    QSignalSpy clicked(&view, &FeatureMapView::mapClicked);
    view.select(3, 2);
    QCOMPARE(clicked.takeFirst(), (QVariantList{3, 2, -1, -1}));
    QCOMPARE(view.selectedLayer(), 3);
    QCOMPARE(view.selectedChannel(), 2);
    view.select(6, 0);  // the flatten has no maps
    view.select(0, 16); // conv1 has 16 channels
    view.select(42, 0);
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(view.selectedLayer(), 3);
    view.setOutputs(outputs_); // new outputs clear the selection
    QCOMPARE(view.selectedLayer(), -1);
}

void TestFeatureMaps::zoomChangesTheMaps() {
    FeatureMapView view;
    view.resize(1000, 700);
    view.setOutputs(outputs_);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect base = view.mapRect(0, 0);
    QCOMPARE(base.size(), QSize(56, 56));               // 2 px per value
    QCOMPARE(view.mapRect(5, 0).size(), QSize(56, 56)); // 7 × 7 at 8 px per value

    view.setZoom(2.0);
    QCOMPARE(view.zoom(), 2.0);
    QCOMPARE(view.mapRect(0, 0).size(), QSize(112, 112));
    QVERIFY(view.content()->height() > 0);

    auto* zoomOut = view.findChild<QToolButton*>("zoomOutButton");
    auto* zoomIn = view.findChild<QToolButton*>("zoomInButton");
    QVERIFY(zoomOut && zoomIn);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QCOMPARE(view.zoom(), 1.6);
    QCOMPARE(view.mapRect(0, 0).size(), QSize(90, 90)); // round(28 × 2 × 1.6)
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(view.zoom(), 2.0);

    // Ctrl+wheel one notch up zooms in by the same step; the plain wheel scrolls instead.
    QWidget* viewport = view.findChild<QScrollArea*>("featureMapScroll")->viewport();
    const QPointF at(100, 100);
    QWheelEvent ctrlWheel(at, viewport->mapToGlobal(at), {}, {0, 120}, Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &ctrlWheel);
    QCOMPARE(view.zoom(), 2.5);
    QWheelEvent plainWheel(at, viewport->mapToGlobal(at), {}, {0, -120}, Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &plainWheel);
    QCOMPARE(view.zoom(), 2.5);

    view.setZoom(100);
    QCOMPARE(view.zoom(), FeatureMapView::maximumZoom);
    QVERIFY(!zoomIn->isEnabled());
    view.setZoom(0);
    QCOMPARE(view.zoom(), FeatureMapView::minimumZoom);
    QVERIFY(view.mapRect(0, 0).width() < base.width());
}

void TestFeatureMaps::manyChannelsStayQuick() {
    // 7 rows of 64 channels of 28 × 28, the size the brief asks to stay responsive with.
    std::vector<nn::LayerOutput> many;
    std::vector<float> values(64 * 28 * 28);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::sin(static_cast<float>(i) * 0.01f);
    for (int layer = 0; layer < 7; ++layer)
        many.push_back({"conv" + std::to_string(layer + 1), "Conv2d", "Conv2d 3×3, 64 → 64, SAME",
                        compute::Tensor::from({64, 28, 28}, values)});
    FeatureMapView view;
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setOutputs(many);
    const qint64 setMs = timer.restart();
    view.content()->repaint();
    const qint64 paintMs = timer.elapsed();
    qInfo("setOutputs: %lld ms, one repaint of the visible maps: %lld ms", setMs, paintMs);
    QCOMPARE(view.layerCount(), 7);
    // Generous bounds for a loaded machine: both well under a frame in practice.
    QVERIFY2(setMs < 500, qPrintable(QString::number(setMs)));
    QVERIFY2(paintMs < 200, qPrintable(QString::number(paintMs)));
}

void TestFeatureMaps::sketchDrawsWhereTheMouseWent() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setCentreLikeMnist(false);
    QVERIFY(pad.isEmpty());
    QSignalSpy changed(&pad, &SketchPad::drawingChanged);
    // A horizontal stroke through the middle, from drawing x 70 to 210 (MNIST columns 7..21).
    drag(pad, {onCanvas(pad, 70, 140), onCanvas(pad, 140, 140), onCanvas(pad, 210, 140)});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!pad.isEmpty());

    const compute::Tensor image = pad.image();
    QCOMPARE(image.shape(), (compute::Shape{1, 28, 28}));
    const std::vector<float> v = image.to_vector();
    for (const float x : v)
        QVERIFY(x >= 0.0f && x <= 1.0f);
    auto at = [&](int y, int x) { return v[static_cast<std::size_t>(y * 28 + x)]; };
    for (int x = 8; x <= 20; ++x)
        QVERIFY2(at(14, x) > 0.9f, qPrintable(QString::number(x)));
    QCOMPARE(at(0, 0), 0.0f);
    QCOMPARE(at(5, 14), 0.0f);  // above the stroke (brush radius 11 = 1.1 rows)
    QCOMPARE(at(14, 2), 0.0f);  // left of its start
    QCOMPARE(at(22, 14), 0.0f); // below
    saveShot(pad, "sketchpad");
}

void TestFeatureMaps::sketchIsCentredLikeMnist() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QVERIFY(pad.centreLikeMnist());
    // A small "L" in the top-left corner.
    drag(pad, {onCanvas(pad, 30, 20), onCanvas(pad, 30, 90), onCanvas(pad, 70, 90)});
    const std::vector<float> v = pad.image().to_vector();
    double mass = 0, cy = 0, cx = 0;
    int top = 28, bottom = -1, left = 28, right = -1;
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
            const double m = v[static_cast<std::size_t>(y * 28 + x)];
            if (m <= 0)
                continue;
            mass += m;
            cy += m * y;
            cx += m * x;
            top = std::min(top, y), bottom = std::max(bottom, y);
            left = std::min(left, x), right = std::max(right, x);
        }
    QVERIFY(mass > 0);
    // The centre of mass is at the middle of the 28 × 28 (13.5), within the half pixel the
    // whole-pixel shift leaves; the longer side of the ink box is 20 pixels.
    QVERIFY2(std::abs(cy / mass - 13.5) <= 0.5, qPrintable(QString::number(cy / mass)));
    QVERIFY2(std::abs(cx / mass - 13.5) <= 0.5, qPrintable(QString::number(cx / mass)));
    QCOMPARE(std::max(bottom - top, right - left) + 1, 20);
}

// "Keep where drawn": the lecture's off-centre digit stays off-centre; unticked, it is centred
// again. Ticking it re-sends the drawing, so the network sees the change at once.
void TestFeatureMaps::sketchKeepsWhereDrawn() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    auto* keep = pad.findChild<QCheckBox*>(QStringLiteral("keepWhereDrawn"));
    QVERIFY(keep);
    QVERIFY(!keep->isChecked());
    QVERIFY(pad.centreLikeMnist());
    // A short bar in the top-left corner of the pad.
    drag(pad, {onCanvas(pad, 30, 40), onCanvas(pad, 90, 40)});
    const auto centreOfMass = [&pad] {
        const std::vector<float> v = pad.image().to_vector();
        double mass = 0, cy = 0, cx = 0;
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const double m = v[static_cast<std::size_t>(y * 28 + x)];
                mass += m, cy += m * y, cx += m * x;
            }
        return QPointF(cx / mass, cy / mass);
    };
    QVERIFY(std::abs(centreOfMass().x() - 13.5) <= 0.5);
    QSignalSpy changed(&pad, &SketchPad::drawingChanged);
    keep->click();
    QVERIFY(!pad.centreLikeMnist());
    QCOMPARE(changed.count(), 1);
    // Drawn at x 30…90, y 40 of 280: in the 28 × 28 about x 6, y 4.
    const QPointF kept = centreOfMass();
    QVERIFY2(kept.x() < 8 && kept.y() < 6,
             qPrintable(QStringLiteral("%1, %2").arg(kept.x()).arg(kept.y())));
    pad.setCentreLikeMnist(true); // the box follows
    QVERIFY(!keep->isChecked());
}

void TestFeatureMaps::rightButtonErasesAndClearEmpties() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setCentreLikeMnist(false);
    QSignalSpy changed(&pad, &SketchPad::drawingChanged);
    const std::vector<QPoint> stroke{onCanvas(pad, 60, 60), onCanvas(pad, 220, 220)};
    drag(pad, stroke);
    const float drawn = inkSum(pad.image());
    QVERIFY(drawn > 0);
    drag(pad, {onCanvas(pad, 60, 60), onCanvas(pad, 140, 140)}, Qt::RightButton);
    const float erased = inkSum(pad.image());
    QCOMPARE(changed.count(), 2);
    QVERIFY2(erased < drawn * 0.6f && erased > 0, qPrintable(QString::number(erased / drawn)));

    QTest::mouseClick(pad.findChild<QPushButton*>("sketchClearButton"), Qt::LeftButton);
    QVERIFY(pad.isEmpty());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(inkSum(pad.image()), 0.0f);
    pad.clear(); // already empty: nothing changed, nothing emitted
    QCOMPARE(changed.count(), 3);
}

void TestFeatureMaps::sketchTakesTheDataSetsShape() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTargetShape({3, 32, 24});
    drag(pad, {onCanvas(pad, 100, 60), onCanvas(pad, 180, 200)});
    const compute::Tensor image = pad.image();
    QCOMPARE(image.shape(), (compute::Shape{3, 32, 24}));
    const std::vector<float> v = image.to_vector();
    const std::size_t plane = 32 * 24;
    QVERIFY(inkSum(image) > 0);
    for (std::size_t i = 0; i < plane; ++i)
        QVERIFY(v[i] == v[plane + i] && v[i] == v[2 * plane + i]);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pad.setTargetShape({28, 28}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pad.setTargetShape({1, 0, 28}));
    QCOMPARE(pad.targetShape(), (compute::Shape{3, 32, 24}));
}

void TestFeatureMaps::normalisedImageIsImageMinusMeanOverStd() {
    SketchPad pad;
    pad.resize(520, 320);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    drag(pad, {onCanvas(pad, 140, 40), onCanvas(pad, 140, 240)});
    const std::vector<float> mean{0.2860f}, std{0.3530f}; // Fashion-MNIST's
    const std::vector<float> image = pad.image().to_vector();
    const compute::Tensor normalised = pad.normalisedImage(mean, std);
    QCOMPARE(normalised.shape(), (compute::Shape{1, 28, 28}));
    const std::vector<float> n = normalised.to_vector();
    for (std::size_t i = 0; i < image.size(); ++i)
        QCOMPARE(n[i], (image[i] - mean[0]) / std[0]);
    QCOMPARE(n[0], -mean[0] / std[0]); // the black background
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pad.normalisedImage({0.1f, 0.2f}, {1, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pad.normalisedImage({0.1f}, {0.0f}));
}

void TestFeatureMaps::probabilityBarsPickTheArgmax() {
    ProbabilityBars bars;
    bars.resize(520, 420);
    QCOMPARE(bars.predicted(), -1);
    bars.setClassNames(kFashion);
    const std::vector<float> p{0.01f, 0.0f, 0.02f, 0.0f, 0.05f, 0.12f, 0.01f, 0.71f, 0.03f, 0.05f};
    bars.setProbabilities(p, 7);
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    QCOMPARE(bars.predicted(), 7);
    QVERIFY(bars.caption().contains("Sneaker (71.0 %)"));
    QVERIFY(bars.caption().contains("true: Sneaker"));
    QVERIFY(bars.rowRect(0).bottom() < bars.rowRect(1).top());
    QVERIFY(bars.rowRect(9).bottom() <= bars.height());
    saveShot(bars, "probabilities-right");

    bars.setProbabilities(p, 9);
    QCOMPARE(bars.predicted(), 7);
    QVERIFY(bars.caption().contains("true: Ankle boot"));
    saveShot(bars, "probabilities-wrong");

    // The line naming the bars' source pushes the rows down by one line.
    const QRect first = bars.rowRect(0);
    bars.setSourceText(QStringLiteral("softmax of dense2's 10 scores"));
    QCOMPARE(bars.sourceText(), QStringLiteral("softmax of dense2's 10 scores"));
    QVERIFY(bars.rowRect(0).top() > first.top());
    saveShot(bars, "probabilities-softmax");

    bars.setProbabilities({0.2f, 0.5f, 0.3f}, 12); // a label outside the classes is dropped
    QCOMPARE(bars.predicted(), 1);
    QCOMPARE(bars.trueLabel(), -1);
    bars.setClassNames({});
    QCOMPARE(bars.className(1), QString("class 1"));
    bars.clear();
    QCOMPARE(bars.predicted(), -1);
}

QTEST_MAIN(TestFeatureMaps)
#include "tst_featuremaps.moc"
