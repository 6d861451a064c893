// The Inspect workspace, offscreen, on a network trained for one epoch on synthetic shapes in the
// same window's Train workspace: feature maps of every layer at the right count and size, a click
// on a map showing its filter and receptive field, the probabilities, the confusion matrix and its
// cells' examples, the sketch pad's drawing reaching the model normalised, and image files (bad
// ones refused with nothing changed).
#include "MainWindow.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/TrainingSession.h"
#include "data/OpenDataset.h"
#include "data/Views.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ExampleGallery.h"
#include "inspect/ExplainView.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "inspect/ProbabilityBars.h"
#include "inspect/SketchPad.h"
#include "nn/Explain.h"
#include "nn/Inspection.h"
#include "nn/ModelFile.h"
#include "train/TrainWorkspace.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <opencv2/imgcodecs.hpp>

using convsight::app::MainWindow;
using convsight::widgets::InspectWorkspace;
using convsight::widgets::TrainingSession;

class tst_InspectWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void featureMapsOfEveryLayer();
    void clickingAMapShowsItsFilterAndReceptiveField();
    void probabilitiesOfTheInput();
    void confusionMatrixCellOpensItsExamples();
    void sketchPadReachesTheModelNormalised();
    void imageFiles();
    void classificationHeadIsNamed();
    void shiftingTheInputMovesTheMaps();
    void explainTabExplainsTheInput();
    void permutedRunShowsThePermutedInput();

private:
    InspectWorkspace* inspect() const { return window_->inspectWorkspace(); }
    TrainingSession* session() const { return window_->trainingSession(); }
    std::unique_ptr<MainWindow> window_;
};

void tst_InspectWorkspace::initTestCase() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    convsight::widgets::TrainWorkspace* train = window_->trainWorkspace();
    QTRY_COMPARE(train->datasetSpec(), QStringLiteral("shapes"));
    train->epochsBox()->setValue(1);
    train->start();
    // A minute here, three under the sanitizers on a busy machine: QTRY waits no longer than it
    // must.
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), TrainingSession::State::Finished, 180000);
    window_->showWorkspace(MainWindow::Workspace::Inspect);
    inspect()->setSource(InspectWorkspace::Source::TestSet);
    inspect()->showTestExample(0);
}

void tst_InspectWorkspace::cleanupTestCase() {
    window_.reset();
}

void tst_InspectWorkspace::featureMapsOfEveryLayer() {
    const convsight::nn::Sequential& model = *session()->latestModel();
    // One row per layer with a spatial output (conv, ReLU, pooling), with its channels and size.
    int spatial = 0;
    const auto summaries = model.layer_summaries();
    const convsight::widgets::FeatureMapView* maps = inspect()->featureMaps();
    for (const auto& summary : summaries) {
        if (summary.output_shape.size() != 3)
            continue;
        QVERIFY(spatial < maps->layerCount());
        QCOMPARE(maps->layerIndexOfRow(spatial), summary.index - 1);
        QCOMPARE(maps->mapCount(spatial), static_cast<int>(summary.output_shape[0]));
        QCOMPARE(maps->mapSize(spatial), QSize(static_cast<int>(summary.output_shape[2]),
                                               static_cast<int>(summary.output_shape[1])));
        ++spatial;
    }
    QVERIFY(spatial >= 4);
    QCOMPARE(inspect()->outputs().size(), summaries.size());
    // Zooming the whole network view makes every map larger.
    const QRect before = maps->mapRect(0, 0);
    inspect()->featureMaps()->setZoom(maps->zoom() * 2.0);
    QVERIFY(maps->mapRect(0, 0).width() > before.width());
}

void tst_InspectWorkspace::clickingAMapShowsItsFilterAndReceptiveField() {
    convsight::widgets::FeatureMapView* maps = inspect()->featureMaps();
    // A map of the second conv layer's row: its filter (16 input channels) and an 5×5 window.
    int row = -1;
    for (int r = 0; r < maps->layerCount(); ++r)
        if (session()->latestModel()->layer(maps->layerIndexOfRow(r)).kind() == "Conv2d" &&
            maps->layerIndexOfRow(r) > 0) {
            row = r;
            break;
        }
    QVERIFY(row >= 0);
    const int layer = maps->layerIndexOfRow(row);
    const QRect target = maps->mapRect(row, 3);
    maps->content()->update();
    QTest::mouseClick(maps->content(), Qt::LeftButton, Qt::NoModifier, target.center());
    QVERIFY2(inspect()->selectionText()->text().contains(QStringLiteral("filter 4")),
             qPrintable(inspect()->selectionText()->text()));
    QCOMPARE(inspect()->selectedFilter()->filterCount(), 1);
    const convsight::compute::Tensor shown = inspect()->selectedFilter()->weights();
    QCOMPARE(shown.dim(1), std::int64_t{16});
    const QRect field = inspect()->inputView()->highlight();
    QVERIFY(!field.isEmpty());
    const QSize size = maps->mapSize(row);
    const int y = (target.center().y() - target.top()) * size.height() / target.height();
    const int x = (target.center().x() - target.left()) * size.width() / target.width();
    const convsight::nn::ReceptiveField expected =
        convsight::nn::receptive_field(*session()->latestModel(), layer, y, x);
    QCOMPARE(field, QRect(expected.left, expected.top, expected.right - expected.left + 1,
                          expected.bottom - expected.top + 1));
}

void tst_InspectWorkspace::probabilitiesOfTheInput() {
    inspect()->showTestExample(5);
    convsight::nn::Sequential model = convsight::nn::copy_model(*session()->latestModel());
    const std::vector<float> expected = convsight::nn::probabilities(
        convsight::nn::layer_outputs(model, inspect()->input()).back().value);
    const int best =
        static_cast<int>(std::max_element(expected.begin(), expected.end()) - expected.begin());
    QCOMPARE(inspect()->probabilities()->predicted(), best);
}

void tst_InspectWorkspace::confusionMatrixCellOpensItsExamples() {
    QSignalSpy evaluated(inspect(), &InspectWorkspace::evaluated);
    inspect()->tabs()->setCurrentIndex(1); // looking at it evaluates the test set
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 30000);
    QVERIFY(!inspect()->isEvaluating());
    QVERIFY(inspect()->messageLine()->text().startsWith(QStringLiteral("Test accuracy")));
    QVERIFY(!inspect()->messageLine()->isProblem());
    convsight::widgets::ConfusionMatrixView* matrix = inspect()->confusionMatrix();
    std::int64_t total = 0;
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            total += matrix->count(t, p);
    QCOMPARE(total, session()->data().raw.test->size());
    // The diagonal cell of class 2: its examples in the gallery.
    QTest::mouseClick(matrix, Qt::LeftButton, Qt::NoModifier, matrix->cellRect(2, 2).center());
    QCOMPARE(static_cast<std::int64_t>(inspect()->gallery()->exampleCount()),
             std::min<std::int64_t>(matrix->count(2, 2), 120));
    QVERIFY(inspect()->gallery()->exampleCount() > 0);
    inspect()->tabs()->setCurrentIndex(0);
}

void tst_InspectWorkspace::sketchPadReachesTheModelNormalised() {
    inspect()->setSource(InspectWorkspace::Source::SketchPad);
    convsight::widgets::SketchPad* pad = inspect()->sketchPad();
    QWidget* canvas = pad->canvas();
    const QPoint from(canvas->width() / 3, canvas->height() / 4);
    const QPoint to(canvas->width() / 3, canvas->height() * 3 / 4);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 10,
                         canvas->mapToGlobal(from + (to - from) * i / 10), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(!pad->isEmpty());
    const auto& stats = session()->data().stats;
    const convsight::compute::Tensor expected = pad->normalisedImage(stats.mean, stats.std);
    QCOMPARE(inspect()->input().shape(), (convsight::compute::Shape{1, 28, 28}));
    QCOMPARE(inspect()->input().to_vector(), expected.to_vector());
    // Normalised: blank paper is (0 − mean) / std, not 0.
    const std::vector<float> values = expected.to_vector();
    QCOMPARE(*std::min_element(values.begin(), values.end()), -stats.mean[0] / stats.std[0]);
    inspect()->setSource(InspectWorkspace::Source::TestSet);
}

void tst_InspectWorkspace::imageFiles() {
    QTemporaryDir folder;
    const QString good = folder.filePath(QStringLiteral("disc.png"));
    cv::Mat disc(100, 80, CV_8UC3, cv::Scalar(0, 0, 0));
    disc(cv::Rect(20, 30, 40, 40)).setTo(cv::Scalar(255, 255, 255));
    QVERIFY(cv::imwrite(good.toStdString(), disc));
    QVERIFY(inspect()->openImageFile(good));
    QCOMPARE(inspect()->input().shape(), (convsight::compute::Shape{1, 28, 28}));
    const std::vector<float> loaded = inspect()->input().to_vector();

    // Not an image: a message naming it, the input as it was.
    const QString bad = folder.filePath(QStringLiteral("notes.png"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is text");
    file.close();
    QVERIFY(!inspect()->openImageFile(bad));
    QVERIFY2(inspect()->messageLine()->text().contains(QStringLiteral("notes.png")),
             qPrintable(inspect()->messageLine()->text()));
    QVERIFY(inspect()->messageLine()->isProblem());
    QCOMPARE(inspect()->input().to_vector(), loaded);
}

// The lecture's "getting an output for classification": the flatten, the dense layers and the
// softmax named where the student looks, with shapes written H×W×C.
void tst_InspectWorkspace::classificationHeadIsNamed() {
    inspect()->showTestExample(3);
    const convsight::widgets::FeatureMapView* maps = inspect()->featureMaps();
    const convsight::nn::Sequential& model = *session()->latestModel();
    QStringList titles;
    for (int row = 0; row < maps->layerCount(); ++row)
        titles << maps->rowTitle(row);
    QVERIFY2(titles.contains(QStringLiteral("conv1 · 28×28×16")), qPrintable(titles.join('\n')));
    QVERIFY2(titles.contains(QStringLiteral("Flatten: 7×7×32 → 1568")),
             qPrintable(titles.join('\n')));
    QVERIFY2(titles.contains(QStringLiteral("dense1 · 128")), qPrintable(titles.join('\n')));
    QCOMPARE(maps->layerCount(), model.size());
    const QString last = QString::fromStdString(model.layer(model.size() - 1).name());
    QCOMPARE(inspect()->probabilities()->sourceText(),
             QStringLiteral("softmax of %1's 10 scores").arg(last));
}

// The lecture's shifted digit: moving the input by (dx, dy) moves the first convolution's maps, as
// the view shows them, by (dx, dy) away from the border (convolution is equivariant to shifts).
void tst_InspectWorkspace::shiftingTheInputMovesTheMaps() {
    inspect()->setSource(InspectWorkspace::Source::TestSet);
    inspect()->showTestExample(7);
    QCOMPARE(inspect()->inputShift(), QPoint());
    const convsight::widgets::FeatureMapView* maps = inspect()->featureMaps();
    QCOMPARE(maps->layerIndexOfRow(0), 0); // conv1, 3×3, SAME, stride 1
    const std::vector<float> before = maps->outputs()[0].value.to_vector();
    const std::vector<float> inputBefore = inspect()->input().to_vector();
    // Two clicks right, one up: (2, −1).
    for (const char* name : {"shiftRightButton", "shiftRightButton", "shiftUpButton"}) {
        auto* button = inspect()->findChild<QAbstractButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    const int dx = 2, dy = -1;
    QCOMPARE(inspect()->inputShift(), QPoint(dx, dy));
    QCOMPARE(inspect()->findChild<QLabel*>(QStringLiteral("inputShiftLabel"))->text(),
             QStringLiteral("Shift the input: (2, -1) px"));
    const std::vector<float> input = inspect()->input().to_vector();
    QCOMPARE(input[5 * 28 + 9], inputBefore[6 * 28 + 7]); // (y, x) came from (y − dy, x − dx)
    const std::vector<float> after = maps->outputs()[0].value.to_vector();
    QCOMPARE(after.size(), before.size());
    const int channels = static_cast<int>(maps->mapCount(0));
    const QSize size = maps->mapSize(0);
    int compared = 0;
    for (int c = 0; c < channels; ++c)
        // Map pixel (y, x) sees input rows y−1…y+1 and columns x−1…x+1: inside the picture before
        // and after the move, it is the same window of the same image.
        for (int y = 1 + std::max(0, -dy); y < size.height() - 1 - std::max(0, dy); ++y)
            for (int x = 1 + std::max(0, -dx); x < size.width() - 1 - std::max(0, dx); ++x) {
                const float was =
                    before[static_cast<std::size_t>((c * size.height() + y) * size.width() + x)];
                const float now = after[static_cast<std::size_t>(
                    (c * size.height() + y + dy) * size.width() + x + dx)];
                QVERIFY2(std::abs(now - was) <= 1e-4f * (1.0f + std::abs(was)),
                         qPrintable(QStringLiteral("channel %1 at (%2, %3): %4, moved %5")
                                        .arg(c)
                                        .arg(y)
                                        .arg(x)
                                        .arg(was)
                                        .arg(now)));
                ++compared;
            }
    QVERIFY(compared > 16 * 20 * 20);
    QVERIFY(after != before); // and the maps did move
    // Back where it was chosen; a new input starts unshifted.
    QTest::mouseClick(inspect()->findChild<QAbstractButton*>(QStringLiteral("shiftResetButton")),
                      Qt::LeftButton);
    QCOMPARE(inspect()->input().to_vector(), inputBefore);
    inspect()->shiftInput(1, 0);
    inspect()->showTestExample(8);
    QCOMPARE(inspect()->inputShift(), QPoint());
}

// After a run with "Permute pixels" the test example shown is the permuted one the network sees,
// and a drawing is permuted the same way before it reaches the network.
// The Explain tab comes last (older sessions' tab numbers keep their meaning), explains the
// workspace's input with the viewed model, follows a new input, and keeps its settings in the
// session.
void tst_InspectWorkspace::explainTabExplainsTheInput() {
    using Method = convsight::widgets::ExplainView::Method;
    convsight::widgets::ExplainView* explain = inspect()->explainView();
    QCOMPARE(inspect()->tabs()->count(), 4);
    QCOMPARE(inspect()->tabs()->tabText(3), QStringLiteral("Explain"));
    QCOMPARE(inspect()->tabs()->widget(3), explain);
    nlohmann::json state = inspect()->sessionState();
    QVERIFY(state.contains("explain"));
    state["tab"] = 3;
    state["explain"] = {{"method", "gradcam"}, {"class", -1}};
    QCOMPARE(InspectWorkspace::checkSessionState(state), QString());
    inspect()->applySessionState(state);
    QCOMPARE(inspect()->tabs()->currentIndex(), 3);
    QCOMPARE(explain->method(), Method::GradCam);
    for (const std::int64_t example : {std::int64_t{2}, std::int64_t{7}}) {
        inspect()->showTestExample(example);
        convsight::nn::Sequential model = convsight::nn::copy_model(*session()->viewedModel());
        const int predicted = convsight::nn::class_scores(model, inspect()->input()).predicted;
        const std::vector<float> expected =
            convsight::nn::grad_cam(model, inspect()->input(), predicted,
                                    convsight::nn::last_convolution(model))
                .map.to_vector();
        QTRY_VERIFY_WITH_TIMEOUT(!explain->isComputing() && explain->map().defined() &&
                                     explain->map().to_vector() == expected,
                                 20000);
        QCOMPARE(explain->mapClass(), predicted);
        QVERIFY2(explain->sentence().startsWith(QStringLiteral("Grad-CAM on conv2")),
                 qPrintable(explain->sentence()));
    }
    QVERIFY(inspect()->sessionState()["explain"]["method"] == "gradcam");
    inspect()->tabs()->setCurrentIndex(0);
}

void tst_InspectWorkspace::permutedRunShowsThePermutedInput() {
    convsight::widgets::TrainWorkspace* train = window_->trainWorkspace();
    TrainingSession::Setup setup = train->setup();
    setup.permutePixels = true;
    setup.limit = 256;
    setup.config.epochs = 1;
    setup.config.seed = 3;
    session()->start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), TrainingSession::State::Finished, 60000);
    const std::vector<std::int64_t> order = convsight::data::pixel_permutation(28 * 28, 3);
    inspect()->setSource(InspectWorkspace::Source::TestSet);
    inspect()->showTestExample(4);
    std::vector<float> plain(28 * 28); // test example 4 as stored, normalised, not permuted
    convsight::data::Normalized(convsight::data::open_dataset("shapes").test,
                                session()->data().stats)
        .read(4, plain.data());
    const std::vector<float> shown = inspect()->input().to_vector();
    for (std::size_t p = 0; p < plain.size(); ++p)
        QCOMPARE(shown[p], plain[static_cast<std::size_t>(order[p])]);
    QVERIFY(shown != plain);
    QVERIFY2(inspect()->inputView()->caption().contains(QStringLiteral("pixels permuted")),
             qPrintable(inspect()->inputView()->caption()));

    inspect()->setSource(InspectWorkspace::Source::SketchPad);
    convsight::widgets::SketchPad* pad = inspect()->sketchPad();
    QWidget* canvas = pad->canvas();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier,
                      QPoint(canvas->width() / 2, canvas->height() / 3));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier,
                        QPoint(canvas->width() / 2, canvas->height() / 3));
    QVERIFY(!pad->isEmpty());
    const auto& stats = session()->data().stats;
    const std::vector<float> drawn = pad->normalisedImage(stats.mean, stats.std).to_vector();
    const std::vector<float> seen = inspect()->input().to_vector();
    for (std::size_t p = 0; p < drawn.size(); ++p)
        QCOMPARE(seen[p], drawn[static_cast<std::size_t>(order[p])]);
    inspect()->setSource(InspectWorkspace::Source::TestSet);
}

QTEST_MAIN(tst_InspectWorkspace)
#include "tst_inspectworkspace.moc"
