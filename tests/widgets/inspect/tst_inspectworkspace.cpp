// The Inspect workspace, offscreen, on a network trained for one epoch on synthetic shapes in the
// same window's Train workspace: feature maps of every layer at the right count and size, a click
// on a map showing its filter and receptive field, the probabilities, the confusion matrix and its
// cells' examples, the sketch pad's drawing reaching the model normalised, and image files (bad
// ones refused with nothing changed).
#include "MainWindow.h"
#include "common/FilterGrid.h"
#include "common/ImageView.h"
#include "common/TrainingSession.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ExampleGallery.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "inspect/ProbabilityBars.h"
#include "inspect/SketchPad.h"
#include "nn/Inspection.h"
#include "nn/ModelFile.h"
#include "train/TrainWorkspace.h"

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
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), TrainingSession::State::Finished, 60000);
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

QTEST_MAIN(tst_InspectWorkspace)
#include "tst_inspectworkspace.moc"
