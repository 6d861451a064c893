// The Inspect workspace's Explain tab, offscreen, on the `small` network with fixed weights and a
// fixed input: every method's map equals nn/Explain.h's for the same model, input and class;
// the class box changes the map and the sentence; the opacity slider changes the overlay; an
// occlusion sweep stops when asked or when the input changes; "what a filter wants" steps with
// its objective rising and the first layer's filter beside it; the settings round-trip through
// a session; and a network without a convolution greys Grad-CAM out with the reason. With
// CONVSIGHT_SHOTS_DIR set, each map view is also saved there as a PNG to look at.
#include "common/DatasetPreview.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/Theme.h"
#include "compute/Device.h"
#include "inspect/ExplainView.h"
#include "inspect/InspectWorkspace.h"
#include "inspect_test_support.h"
#include "nn/Explain.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace convsight;
using widgets::ExplainView;
using Method = widgets::ExplainView::Method;

Q_DECLARE_METATYPE(convsight::widgets::ExplainView::Method)

using inspect_test::saveShot;

namespace {

const QStringList kFashion{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                           "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

// A 28×28 "garment": a bright blob on a dark background, normalised like Fashion-MNIST.
compute::Tensor garment() {
    compute::Tensor x({1, 28, 28});
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    for (int y = 0; y < 28; ++y)
        for (int c = 0; c < 28; ++c) {
            const float inside = (std::abs(y - 14) < 9 && std::abs(c - 14) < 7) ? 0.8f : 0.05f;
            x.data()[y * 28 + c] = (inside + noise(rng) - 0.286f) / 0.353f;
        }
    return x;
}

// The input as Inspect draws it: the normalisation undone.
QImage picture(const compute::Tensor& x) {
    return widgets::tensorImage(x, {0.286f}, {0.353f});
}

std::vector<float> values(const compute::Tensor& t) {
    return t.to(compute::Device::cpu()).to_vector();
}

} // namespace

class tst_ExplainView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mapsEqualTheCoreLibrary_data();
    void mapsEqualTheCoreLibrary();
    void classChangesMapAndSentence();
    void opacitySliderChangesOverlay();
    void occlusionCanBeStopped();
    void occlusionStopsWhenTheInputChanges();
    void filterWantsStepsAndObjectiveRises();
    void settingsRoundTrip();
    void sessionStateChecksTheSettings();
    void noConvolutionGreysGradCamOut();
    void colourNetwork();
    void runsOnCuda();

private:
    // Shows `method`'s map for `classIndex` and waits for it.
    bool explain(Method method, int classIndex = ExplainView::kPredicted);

    std::shared_ptr<nn::Sequential> model_;
    nn::Sequential* explained_{}; // the model the view is showing
    compute::Tensor input_;
    std::unique_ptr<ExplainView> view_;
};

void tst_ExplainView::init() {
    model_ = std::make_shared<nn::Sequential>(nn::make_model("small", 3));
    model_->eval();
    explained_ = model_.get();
    input_ = garment();
    view_ = std::make_unique<ExplainView>();
    view_->resize(1000, 600);
    view_->setClassNames(kFashion);
    view_->setNormalisation({0.286f}, {0.353f});
    view_->setModel(model_);
    view_->setInput(input_, picture(input_));
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
}

void tst_ExplainView::cleanup() {
    view_.reset();
}

bool tst_ExplainView::explain(Method method, int classIndex) {
    view_->setMethod(method);
    view_->setExplainedClass(classIndex);
    // The newest request wins: wait until its map (this method's, this class's) is shown.
    const int wanted = classIndex == ExplainView::kPredicted
                           ? nn::class_scores(*explained_, input_).predicted
                           : classIndex;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        QTest::qWait(10);
        if (!view_->isComputing() && view_->map().defined() && view_->mapMethod() == method &&
            view_->mapClass() == wanted)
            return true;
    }
    qWarning("no map: computing %d, method %d, class %d of %d: %s", view_->isComputing(),
             static_cast<int>(view_->mapMethod()), view_->mapClass(), wanted,
             qPrintable(view_->sentence()));
    return false;
}

void tst_ExplainView::mapsEqualTheCoreLibrary_data() {
    QTest::addColumn<Method>("method");
    QTest::newRow("saliency") << Method::Saliency;
    QTest::newRow("smoothgrad") << Method::SmoothGrad;
    QTest::newRow("grad-cam") << Method::GradCam;
    QTest::newRow("occlusion") << Method::Occlusion;
}

void tst_ExplainView::mapsEqualTheCoreLibrary() {
    QFETCH(Method, method);
    QVERIFY(explain(method));
    // The same computation on a copy of the same model: the view's copy must give it exactly.
    nn::Sequential copy = nn::copy_model(*model_);
    const int predicted = nn::class_scores(copy, input_).predicted;
    compute::Tensor expected;
    switch (method) {
    case Method::Saliency:
        expected = nn::saliency(copy, input_, predicted);
        break;
    case Method::SmoothGrad:
        expected = nn::saliency(copy, input_, predicted, nn::SmoothGradSettings{20, 0.15f, 1});
        break;
    case Method::GradCam:
        expected = nn::grad_cam(copy, input_, predicted, nn::last_convolution(copy)).map;
        break;
    case Method::Occlusion:
        expected = nn::occlusion(copy, input_, predicted, nn::OcclusionSettings{4, 2, 0.0f, 64});
        break;
    case Method::FilterWants:
        break;
    }
    saveShot(*view_, QStringLiteral("explain-") + QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(view_->map().shape(), (compute::Shape{28, 28}));
    QCOMPARE(values(view_->map()), values(expected));
    QCOMPARE(view_->overlay().size(), QSize(28, 28));
    QCOMPARE(view_->mapView()->image().size(), QSize(28, 28));
    // The class box starts with the prediction by name; the sentence names the class.
    const QString name = kFashion[predicted];
    QCOMPARE(view_->classEntries().first(), QStringLiteral("predicted: ") + name);
    QCOMPARE(view_->classEntries().size(), 11);
    QVERIFY2(view_->sentence().contains(name), qPrintable(view_->sentence()));
    if (method == Method::Occlusion)
        QVERIFY2(
            view_->sentence().contains(QStringLiteral("13 × 13 positions as (28 − 4) / 2 + 1")),
            qPrintable(view_->sentence()));
    if (method == Method::GradCam)
        QVERIFY2(view_->sentence().contains(QStringLiteral("Grad-CAM on conv2: its 32 maps of "
                                                           "14 × 14")),
                 qPrintable(view_->sentence()));
}

void tst_ExplainView::classChangesMapAndSentence() {
    QVERIFY(explain(Method::Saliency));
    const std::vector<float> predictedMap = values(view_->map());
    const QString predictedSentence = view_->sentence();
    const int predicted = view_->mapClass();
    const int other = (predicted + 3) % 10;
    // As a user picks it: the class box's entry for `other` (after "predicted: …").
    view_->classBox()->setCurrentIndex(other + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view_->isComputing() && view_->mapClass() == other, 20000);
    QVERIFY(values(view_->map()) != predictedMap);
    QVERIFY(view_->sentence() != predictedSentence);
    QVERIFY2(view_->sentence().contains(kFashion[other]), qPrintable(view_->sentence()));
    nn::Sequential copy = nn::copy_model(*model_);
    QCOMPARE(values(view_->map()), values(nn::saliency(copy, input_, other)));
}

void tst_ExplainView::opacitySliderChangesOverlay() {
    QVERIFY(explain(Method::GradCam));
    QSlider* slider = view_->opacitySlider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home); // 0 %: the input alone
    QCOMPARE(view_->opacity(), 0.0);
    const QImage plain = view_->overlay();
    QCOMPARE(plain, picture(input_).convertToFormat(QImage::Format_RGB32));
    QTest::keyClick(slider, Qt::Key_End); // 100 %: the map's colours alone
    QCOMPARE(view_->opacity(), 1.0);
    const QImage full = view_->overlay();
    QVERIFY(full != plain);
    QCOMPARE(view_->mapView()->image(), full);
    // The hottest pixel is the colour map's top (cividis yellow), the coldest its bottom.
    const std::vector<float> map = values(view_->map());
    const auto hottest = std::max_element(map.begin(), map.end()) - map.begin();
    QCOMPARE(full.pixel(static_cast<int>(hottest % 28), static_cast<int>(hottest / 28)),
             widgets::theme::cividisRgb(1.0));
    QTest::keyClick(slider, Qt::Key_PageDown); // 90 %: between the two
    const QImage between = view_->overlay();
    QVERIFY(between != full && between != plain);
}

void tst_ExplainView::occlusionCanBeStopped() {
    QVERIFY(explain(Method::Occlusion));
    const std::vector<float> before = values(view_->map());
    // A 1-pixel patch at stride 1: 784 positions, 13 batches; stopped at once.
    view_->setOcclusion(1, 1, ExplainView::Fill::Black);
    QTRY_VERIFY_WITH_TIMEOUT(view_->isComputing(), 5000);
    QCOMPARE(view_->stopButton()->text(), QStringLiteral("Stop"));
    QTest::mouseClick(view_->stopButton(), Qt::LeftButton);
    QVERIFY(!view_->isComputing());
    QVERIFY2(view_->sentence().startsWith(QStringLiteral("Stopped")),
             qPrintable(view_->sentence()));
    QTest::qWait(300); // a result of the stopped sweep would arrive by now: none does
    QCOMPARE(values(view_->map()), before);
    QVERIFY(view_->sentence().startsWith(QStringLiteral("Stopped")));
    // Compute runs it again, to the end: the map of the 1-pixel black patch.
    QCOMPARE(view_->stopButton()->text(), QStringLiteral("Compute"));
    QSignalSpy explained(view_.get(), &ExplainView::explained);
    QTest::mouseClick(view_->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(explained.count() == 1, 20000);
    nn::Sequential copy = nn::copy_model(*model_);
    const float black = (0.0f - 0.286f) / 0.353f;
    QCOMPARE(values(view_->map()), values(nn::occlusion(copy, input_, view_->mapClass(),
                                                        nn::OcclusionSettings{1, 1, black, 64})));
    QVERIFY2(view_->sentence().contains(QStringLiteral("1×1 black patch slid with stride 1")),
             qPrintable(view_->sentence()));
}

void tst_ExplainView::occlusionStopsWhenTheInputChanges() {
    QVERIFY(explain(Method::Occlusion));
    QSignalSpy explained(view_.get(), &ExplainView::explained);
    view_->setOcclusion(1, 1, ExplainView::Fill::Mean);
    QTRY_VERIFY_WITH_TIMEOUT(view_->isComputing(), 5000);
    // Another input while the sweep runs: the sweep of the old one is dropped, the new one's map
    // is the only one shown.
    compute::Tensor flipped = input_.clone();
    std::reverse(flipped.data(), flipped.data() + flipped.numel());
    view_->setInput(flipped, picture(flipped));
    QTRY_VERIFY_WITH_TIMEOUT(!view_->isComputing() && explained.count() >= 1, 20000);
    QTest::qWait(100);
    QCOMPARE(explained.count(), 1);
    nn::Sequential copy = nn::copy_model(*model_);
    const int predicted = nn::class_scores(copy, flipped).predicted;
    QCOMPARE(view_->mapClass(), predicted);
    QCOMPARE(values(view_->map()), values(nn::occlusion(copy, flipped, predicted,
                                                        nn::OcclusionSettings{1, 1, 0.0f, 64})));
}

void tst_ExplainView::filterWantsStepsAndObjectiveRises() {
    view_->setMethod(Method::FilterWants);
    view_->setFilter(0, 2, 40); // conv1's third filter
    QSignalSpy stepped(view_.get(), &ExplainView::visualizerStepped);
    QTest::mouseClick(view_->startButton(), Qt::LeftButton);
    QVERIFY(view_->isVisualizing());
    QCOMPARE(view_->startButton()->text(), QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(!view_->isVisualizing(), 20000);
    QCOMPARE(view_->visualizedSteps(), 40);
    QCOMPARE(view_->objectives().size(), std::size_t{40});
    QVERIFY(stepped.count() >= 40 / 5); // shown every few steps
    QVERIFY2(view_->objectives().back() > view_->objectives().front(),
             qPrintable(QStringLiteral("%1 -> %2")
                            .arg(view_->objectives().front())
                            .arg(view_->objectives().back())));
    QCOMPARE(view_->visualizedImage().shape(), (compute::Shape{1, 28, 28}));
    QCOMPARE(view_->visualizationView()->image().size(), QSize(28, 28));
    // The image the same steps give outside the view.
    nn::Sequential copy = nn::copy_model(*model_);
    nn::VisualizeSettings settings;
    settings.layer = 0;
    settings.filter = 2;
    settings.centre_unit = true; // the view's default: one unit, the map's centre, unjittered
    settings.jitter = 0;
    settings.low = -0.286f / 0.353f;
    settings.high = (1.0f - 0.286f) / 0.353f;
    nn::FilterVisualizer visualizer(copy, settings);
    for (int i = 0; i < 40; ++i)
        visualizer.step();
    QCOMPARE(values(view_->visualizedImage()), values(visualizer.image()));
    // conv1's filter 3 beside it, its weights as the model has them.
    widgets::FilterGrid* weights = view_->filterWeights();
    QCOMPARE(weights->filterCount(), 1);
    const std::vector<float> all = values(model_->layer(0).parameters()[0]->value);
    QCOMPARE(values(weights->weights()), std::vector<float>(all.begin() + 18, all.begin() + 27));
    QVERIFY2(view_->sentence().contains(QStringLiteral("What filter 3 of conv1 wants")),
             qPrintable(view_->sentence()));
    // Stop ends a run part way.
    view_->setFilter(3, 0, 5000); // conv2's first filter: no weights beside it
    QCOMPARE(weights->filterCount(), 0);
    QTest::mouseClick(view_->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view_->visualizedSteps() >= 5, 20000);
    QTest::mouseClick(view_->startButton(), Qt::LeftButton);
    QVERIFY(!view_->isVisualizing());
    const int steps = view_->visualizedSteps();
    QTest::qWait(300);
    QCOMPARE(view_->visualizedSteps(), steps);
    QVERIFY(steps < 5000);
}

void tst_ExplainView::settingsRoundTrip() {
    view_->setMethod(Method::GradCam);
    view_->setExplainedClass(6);
    view_->setOpacity(0.35);
    view_->setGradCamLayer(1); // relu1
    view_->setOcclusion(6, 3, ExplainView::Fill::White);
    view_->setFilter(3, 5, 77);
    view_->findChild<QCheckBox*>(QStringLiteral("centreUnitBox"))->setChecked(false);
    const nlohmann::json saved = view_->settings();
    QCOMPARE(ExplainView::checkSettings(saved), QString());
    QVERIFY(saved["method"] == "gradcam");
    QVERIFY(saved["class"] == 6);
    QVERIFY(saved["layer"] == "relu1");
    QVERIFY(saved["patch"] == 6);
    QVERIFY(saved["stride"] == 3);
    QVERIFY(saved["fill"] == "white");
    QVERIFY(saved["filter_layer"] == "conv2");
    QVERIFY(saved["filter"] == 5);
    QVERIFY(saved["steps"] == 77);
    QVERIFY(saved["centre_unit"] == false);

    // Applied before the model arrives (a session opens its parts before its model is loaded).
    ExplainView restored;
    restored.setClassNames(kFashion);
    restored.applySettings(saved);
    restored.setModel(model_);
    restored.setInput(input_, picture(input_));
    restored.applySettings(saved);
    QVERIFY2(restored.settings() == saved, restored.settings().dump().c_str());
    QCOMPARE(restored.method(), Method::GradCam);
    QCOMPARE(restored.gradCamLayer(), 1);
    QCOMPARE(restored.filterLayer(), 3);
    QCOMPARE(restored.filterIndex(), 5);
    QCOMPARE(restored.occlusionFill(), ExplainView::Fill::White);
    QCOMPARE(restored.occlusionSettings().patch, 6);

    // The layers named in a state are found by name when the model comes after it.
    ExplainView early;
    early.setClassNames(kFashion);
    early.applySettings(saved);
    early.setModel(model_);
    QCOMPARE(early.gradCamLayer(), 1);
    QCOMPARE(early.filterLayer(), 3);
    QCOMPARE(early.filterIndex(), 5);
}

void tst_ExplainView::sessionStateChecksTheSettings() {
    nlohmann::json state = {
        {"tab", 3}, {"source", 0}, {"test_example", 4}, {"map", {-1, -1, -1, -1}}};
    // Written before the Explain tab: still loads.
    QCOMPARE(widgets::InspectWorkspace::checkSessionState(state), QString());
    state["explain"] = view_->settings();
    QCOMPARE(widgets::InspectWorkspace::checkSessionState(state), QString());
    // Partial settings are fine; wrong ones name the key.
    state["explain"] = {{"method", "occlusion"}, {"patch", 4}};
    QCOMPARE(widgets::InspectWorkspace::checkSessionState(state), QString());
    const std::vector<std::pair<nlohmann::json, QString>> bad{
        {{{"method", "lime"}}, "inspect.explain.method"},
        {{{"class", -2}}, "inspect.explain.class"},
        {{{"opacity", 1.5}}, "inspect.explain.opacity"},
        {{{"patch", 0}}, "inspect.explain.patch"},
        {{{"stride", "2"}}, "inspect.explain.stride"},
        {{{"fill", "red"}}, "inspect.explain.fill"},
        {{{"layer", 3}}, "inspect.explain.layer"},
        {{{"steps", 0}}, "inspect.explain.steps"},
        {{{"centre_unit", 1}}, "inspect.explain.centre_unit"},
        {nlohmann::json::array(), "inspect.explain is not an object"},
    };
    for (const auto& [settings, problem] : bad) {
        state["explain"] = settings;
        const QString found = widgets::InspectWorkspace::checkSessionState(state);
        QVERIFY2(found.startsWith(problem), qPrintable(found));
    }
}

void tst_ExplainView::noConvolutionGreysGradCamOut() {
    auto mlp = std::make_shared<nn::Sequential>(nn::make_model("mlp", 1));
    view_->setModel(mlp);
    explained_ = mlp.get();
    const QString problem = view_->methodProblem(Method::GradCam);
    QVERIFY2(problem.contains(QStringLiteral("no")) &&
                 problem.contains(QStringLiteral("convolution")),
             qPrintable(problem));
    auto* items = qobject_cast<QStandardItemModel*>(view_->methodBox()->model());
    QVERIFY(items);
    QVERIFY(!items->item(static_cast<int>(Method::GradCam))->isEnabled());
    QCOMPARE(items->item(static_cast<int>(Method::GradCam))->toolTip(), problem);
    QVERIFY(!items->item(static_cast<int>(Method::FilterWants))->isEnabled());
    // Saliency and occlusion still work on it.
    QVERIFY(items->item(static_cast<int>(Method::Saliency))->isEnabled());
    QVERIFY(items->item(static_cast<int>(Method::Occlusion))->isEnabled());
    QVERIFY(explain(Method::Saliency));
    // Chosen anyway (a session file): the reason shows and no map is made.
    view_->setMethod(Method::GradCam);
    QTRY_COMPARE(view_->sentence(), problem);
    QVERIFY(!view_->map().defined());
    // Back on a CNN the item is enabled again.
    view_->setModel(model_);
    explained_ = model_.get();
    QVERIFY(items->item(static_cast<int>(Method::GradCam))->isEnabled());
}

// A colour network (cifar-tf, 24×24×3): the maps are of the input's size, saliency the largest
// gradient over the three channels, and a black patch is black in every channel's normalisation
// on average; the default patch follows the input's size (24 / 7 → 3, stride 1).
void tst_ExplainView::colourNetwork() {
    auto colour = std::make_shared<nn::Sequential>(nn::make_model("cifar-tf", 5));
    const std::vector<float> mean{0.49f, 0.48f, 0.45f}, spread{0.25f, 0.24f, 0.26f};
    compute::Tensor x({3, 24, 24});
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> pixel(0.0f, 1.0f);
    for (std::int64_t i = 0; i < x.numel(); ++i) {
        const auto c = static_cast<std::size_t>(i / (24 * 24));
        x.data()[i] = (pixel(rng) - mean[c]) / spread[c];
    }
    view_->setNormalisation(mean, spread);
    view_->setModel(colour);
    explained_ = colour.get();
    input_ = x;
    view_->setInput(x, widgets::tensorImage(x, mean, spread));
    QCOMPARE(view_->occlusionSettings().patch, 3);
    QCOMPARE(view_->occlusionSettings().stride, 1);
    QVERIFY(explain(Method::Saliency));
    nn::Sequential copy = nn::copy_model(*colour);
    const int predicted = nn::class_scores(copy, x).predicted;
    QCOMPARE(view_->map().shape(), (compute::Shape{24, 24}));
    QCOMPARE(values(view_->map()), values(nn::saliency(copy, x, predicted)));
    QCOMPARE(view_->overlay().size(), QSize(24, 24));
    QVERIFY2(view_->sentence().contains(QStringLiteral("over its 3 channels")),
             qPrintable(view_->sentence()));
    view_->setOcclusion(3, 1, ExplainView::Fill::Black);
    const float black =
        ((0 - mean[0]) / spread[0] + (0 - mean[1]) / spread[1] + (0 - mean[2]) / spread[2]) / 3;
    QVERIFY(std::abs(view_->occlusionSettings().fill - black) < 1e-6f);
    QVERIFY(explain(Method::Occlusion));
    QCOMPARE(values(view_->map()),
             values(nn::occlusion(copy, x, predicted,
                                  nn::OcclusionSettings{3, 1, view_->occlusionSettings().fill,
                                                        view_->occlusionSettings().batch})));
    QVERIFY2(view_->sentence().contains(QStringLiteral("22 × 22 positions as (24 − 3) / 1 + 1")),
             qPrintable(view_->sentence()));
}

void tst_ExplainView::runsOnCuda() {
    if (!compute::Device::cuda_available())
        QSKIP(qPrintable(QStringLiteral("no CUDA device: ") +
                         QString::fromStdString(compute::Device::cuda_unavailable_reason())));
    view_->setModel(model_, compute::Device::cuda());
    QVERIFY(explain(Method::GradCam));
    nn::Sequential copy = nn::copy_model(*model_);
    const int predicted = nn::class_scores(copy, input_).predicted;
    const std::vector<float> cpu =
        values(nn::grad_cam(copy, input_, predicted, nn::last_convolution(copy)).map);
    const std::vector<float> gpu = values(view_->map());
    QCOMPARE(gpu.size(), cpu.size());
    double largest = 0;
    for (const float v : cpu)
        largest = std::max(largest, static_cast<double>(std::abs(v)));
    for (std::size_t i = 0; i < cpu.size(); ++i)
        QVERIFY2(std::abs(gpu[i] - cpu[i]) <= 1e-3 * std::max(1.0, largest),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(gpu[i]).arg(cpu[i])));
    QVERIFY(explain(Method::Occlusion));
}

QTEST_MAIN(tst_ExplainView)
#include "tst_explainview.moc"
