// The Inspect workspace's evaluation widgets as a student uses them: the confusion matrix (counts
// from a hand-made evaluation, a click on a cell reports that cell), the example gallery (its
// thumbnails, a click reports the example, bad input refused) and the MLP-versus-CNN study (two
// models trained on shapes, the study's curves plotted, training from the widget, cancelling).
// Each widget is saved to CONVSIGHT_SHOTS_DIR (when set) as a PNG to look at.
#include "data/OpenDataset.h"
#include "data/Views.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/ExampleGallery.h"
#include "inspect/ShiftComparison.h"
#include "inspect_test_support.h"
#include "nn/Evaluator.h"
#include "nn/Models.h"
#include "nn/Trainer.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace convsight;
using widgets::ConfusionMatrixView;
using widgets::ExampleGallery;
using widgets::ShiftComparison;

using inspect_test::saveShot;

namespace {

const std::vector<std::string> kFashion{"T-shirt/top", "Trouser",   "Pullover", "Dress",
                                        "Coat",        "Sandal",    "Shirt",    "Sneaker",
                                        "Bag",         "Ankle boot"};

// confusion[t][p] = 10·t + p off the diagonal and 500 + t on it: every count says its cell.
nn::Evaluation handEvaluation() {
    nn::Evaluation evaluation;
    evaluation.class_names = kFashion;
    evaluation.confusion.assign(10, std::vector<std::int64_t>(10));
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p) {
            const std::int64_t n = t == p ? 500 + t : 10 * t + p;
            evaluation.confusion[std::size_t(t)][std::size_t(p)] = n;
            evaluation.examples += n;
            if (t == p)
                evaluation.correct += n;
        }
    return evaluation;
}

// The first `n` examples of `dataset`.
data::DatasetPtr first(const data::DatasetPtr& dataset, std::int64_t n, const std::string& name) {
    std::vector<std::int64_t> indices(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        indices[static_cast<std::size_t>(i)] = i;
    return std::make_shared<data::Subset>(dataset, std::move(indices), name);
}

} // namespace

class tst_ConfusionView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matrixCounts();
    void clickOnACellReportsIt();
    void emptyMatrix();
    void galleryShowsAndReportsExamples();
    void galleryRefusesBadInput();
    void studyOfGivenModels();
    void trainBothThenStudy();
    void cancelTraining();

private:
    data::DatasetSplit raw_;
    data::DatasetSplit normalised_; // 600 training and 200 test shapes
    std::vector<float> black_;
    std::shared_ptr<nn::Sequential> mlp_, cnn_;
};

void tst_ConfusionView::initTestCase() {
    raw_ = data::open_dataset("shapes");
    const data::DatasetSplit all = data::normalize(raw_);
    normalised_ = {first(all.train, 600, "shapes (600)"),
                   first(all.test, 200, "shapes (test, 200)")};
    const auto& stats = std::static_pointer_cast<const data::Normalized>(all.test)->stats();
    black_ = {-stats.mean[0] / stats.std[0]};
    nn::TrainerConfig config;
    config.epochs = 1;
    config.batch_size = 32;
    for (auto [name, model] : {std::pair{"mlp", &mlp_}, std::pair{"small", &cnn_}}) {
        nn::Trainer trainer(nn::make_model(name, 1), normalised_, config);
        trainer.run();
        *model = std::make_shared<nn::Sequential>(nn::copy_model(trainer.model()));
    }
}

void tst_ConfusionView::matrixCounts() {
    ConfusionMatrixView view;
    view.resize(900, 700);
    view.setEvaluation(handEvaluation());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            QCOMPARE(view.count(t, p), t == p ? 500 + t : 10 * t + p);
    QCOMPARE(view.count(10, 0), 0);
    QCOMPARE(view.count(0, -1), 0);
    QCOMPARE(view.cellDescription(6, 0),
             QStringLiteral("Shirt taken for T-shirt/top: 60 (%1 of Shirt)")
                 .arg(QLocale().toString(
                          100.0 * 60 / (506 + 60 + 61 + 62 + 63 + 64 + 65 + 67 + 68 + 69), 'f', 1) +
                      " %"));
    // Square cells side by side, inside the widget.
    const QRect a = view.cellRect(2, 4), b = view.cellRect(2, 5), below = view.cellRect(3, 5);
    QCOMPARE(a.width(), a.height());
    QCOMPARE(b.left(), a.right() + 1);
    QCOMPARE(below.top(), b.bottom() + 1);
    QVERIFY(view.rect().contains(view.cellRect(0, 0)) && view.rect().contains(view.cellRect(9, 9)));
    QVERIFY(view.cellRect(10, 0).isNull());
    saveShot(view, QStringLiteral("confusion-matrix"));
    view.resize(view.minimumSizeHint()); // still every cell inside at its smallest
    QVERIFY(view.rect().contains(view.cellRect(9, 9)));
    saveShot(view, QStringLiteral("confusion-matrix-small"));
}

void tst_ConfusionView::clickOnACellReportsIt() {
    ConfusionMatrixView view;
    view.resize(800, 640);
    view.setEvaluation(handEvaluation());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(2, 5).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 2);
    QCOMPARE(clicked.at(0).at(1).toInt(), 5);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier,
                      view.cellRect(9, 0).topLeft() + QPoint(1, 1));
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.at(1).at(0).toInt(), 9);
    QCOMPARE(clicked.at(1).at(1).toInt(), 0);
    // Outside the grid (the corner of the widget) nothing is reported.
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    QCOMPARE(clicked.count(), 2);
}

void tst_ConfusionView::emptyMatrix() {
    ConfusionMatrixView view;
    view.resize(600, 500);
    view.setEvaluation(handEvaluation());
    view.setEvaluation(nn::Evaluation{});
    QCOMPARE(view.count(2, 5), 0);
    QVERIFY(view.cellRect(2, 5).isNull());
    QSignalSpy clicked(&view, &ConfusionMatrixView::cellClicked);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.rect().center());
    QCOMPARE(clicked.count(), 0);
}

void tst_ConfusionView::galleryShowsAndReportsExamples() {
    ExampleGallery gallery;
    gallery.resize(640, 480);
    gallery.setTitle(QStringLiteral("circle taken for ring: 3 examples"));
    const std::vector<std::int64_t> indices{3, 13, 23, 33, 43, 53, 63, 73};
    QStringList captions;
    for (const std::int64_t i : indices)
        captions << QStringLiteral("true circle → ring %1 %").arg(50 + i % 40);
    gallery.setExamples(raw_.test, indices, captions);
    QCOMPARE(gallery.exampleCount(), 8);
    QCOMPARE(gallery.indices(), indices);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy clicked(&gallery, &ExampleGallery::exampleClicked);
    QTest::mouseClick(gallery.thumbnailArea(), Qt::LeftButton, Qt::NoModifier,
                      gallery.thumbnailRect(2).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<std::int64_t>(), std::int64_t{23});
    QVERIFY(!gallery.thumbnailRect(2).intersects(gallery.thumbnailRect(3)));
    saveShot(gallery, QStringLiteral("example-gallery"));

    gallery.setExamples(nullptr, {}, {});
    QCOMPARE(gallery.exampleCount(), 0);
    QVERIFY(gallery.thumbnailRect(0).isNull());
}

void tst_ConfusionView::galleryRefusesBadInput() {
    ExampleGallery gallery;
    gallery.setExamples(raw_.test, {1, 2}, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             gallery.setExamples(raw_.test, {5, raw_.test->size()}, {}));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        gallery.setExamples(raw_.test, {5}, {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(gallery.indices(), (std::vector<std::int64_t>{1, 2})); // unchanged
}

void tst_ConfusionView::studyOfGivenModels() {
    ShiftComparison shift;
    shift.resize(1000, 700);
    shift.setData(normalised_, black_);
    shift.setModels(mlp_, cnn_);
    shift.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shift));
    QSignalSpy finished(&shift, &ShiftComparison::studyFinished);
    shift.runStudy(3);
    QVERIFY(shift.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!shift.isBusy());
    const QList<QAbstractSeries*> series = shift.chartView()->chart()->series();
    QCOMPARE(series.size(), 2);
    for (QAbstractSeries* s : series)
        QCOMPARE(qobject_cast<QLineSeries*>(s)->count(), 4);
    QCOMPARE(shift.curves().size(), std::size_t{2});
    // The first point is the model's accuracy on the test set as it is, in percent.
    nn::Sequential mlp = nn::copy_model(*mlp_);
    const double unshifted = nn::evaluate(mlp, normalised_.test).accuracy();
    QCOMPARE(shift.curves()[0].accuracy[0], unshifted);
    QCOMPARE(qobject_cast<QLineSeries*>(series[0])->at(0).y(), 100.0 * unshifted);
    // The legend gives each model's parameter count.
    QVERIFY2(series[0]->name().contains(
                 QLocale().toString(static_cast<qlonglong>(mlp_->parameter_count()))),
             qPrintable(series[0]->name()));
    QVERIFY2(series[1]->name().contains(QStringLiteral("small")), qPrintable(series[1]->name()));
    QVERIFY(!shift.conclusion()->text().isEmpty());

    // A newer request wins: 5 then 2 at once, the chart ends with 3 points a line.
    shift.runStudy(5);
    shift.runStudy(2);
    QTRY_VERIFY_WITH_TIMEOUT(!shift.isBusy(), 15000);
    QCOMPARE(qobject_cast<QLineSeries*>(shift.chartView()->chart()->series()[0])->count(), 3);
    saveShot(shift, QStringLiteral("shift-comparison"));
    shift.resize(680, 520); // the tab's size in a 1024 × 700 window
    saveShot(shift, QStringLiteral("shift-comparison-small"));
}

void tst_ConfusionView::trainBothThenStudy() {
    ShiftComparison shift;
    shift.resize(1000, 700);
    shift.setData(normalised_, black_);
    shift.setCnn(nn::architecture_json(nn::make_model("small", 1)));
    shift.runStudy(2); // without models: refused, with a reason
    QVERIFY(!shift.isBusy());
    QVERIFY(!shift.statusLine()->text().isEmpty());
    QSignalSpy trained(&shift, &ShiftComparison::trainingFinished);
    QSignalSpy studied(&shift, &ShiftComparison::studyFinished);
    // The workers' progress reaches the bar (queued to the GUI thread) before the models do.
    int largestProgress = 0;
    connect(shift.findChild<QProgressBar*>(QStringLiteral("shiftProgress")),
            &QProgressBar::valueChanged, this,
            [&](int value) { largestProgress = std::max(largestProgress, value); });
    shift.train(1);
    QVERIFY(shift.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 30000);
    QVERIFY2(largestProgress > 500, qPrintable(QString::number(largestProgress)));
    QTRY_COMPARE_WITH_TIMEOUT(studied.count(), 1, 30000);
    QVERIFY(!shift.isBusy());
    // The MLP is the "mlp" preset (a fair match for "small"), both trained.
    QCOMPARE(shift.mlp()->parameter_count(), nn::make_model("mlp", 1).parameter_count());
    QCOMPARE(shift.cnn()->parameter_count(), nn::make_model("small", 1).parameter_count());
    QCOMPARE(shift.curves()[0].accuracy.size(), std::size_t{3}); // the slider's value then
}

void tst_ConfusionView::cancelTraining() {
    ShiftComparison shift;
    shift.setData(normalised_, black_);
    QSignalSpy trained(&shift, &ShiftComparison::trainingFinished);
    shift.train(20);
    QVERIFY(shift.isBusy());
    shift.findChild<QPushButton*>(QStringLiteral("cancelShiftButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shift.isBusy(), 10000);
    QCOMPARE(trained.count(), 0);
    QVERIFY(!shift.mlp());
    QVERIFY(shift.statusLine()->text().contains(QStringLiteral("cancelled")));
}

QTEST_MAIN(tst_ConfusionView)
#include "tst_confusionview.moc"
