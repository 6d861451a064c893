// The Train workspace's charts, speed table and update rule: 3 epochs × 50 batches of known values
// give the series, the moving average, the epoch points and axes that hold them all; the cursor,
// clearing, thinning out 12,000 batches and a resumed run; the lecture's four figures beside the
// live one on one scale; SGD and Adam with the numbers put in, and bad settings refused.
// Each widget is saved to CONVSIGHT_SHOTS_DIR (when set) at 1280×400 to look at.
#include "train/SpeedComparison.h"
#include "train/TrainingCharts.h"
#include "train/UpdateRuleView.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSlider>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <stdexcept>

using namespace convsight;
using widgets::SpeedComparison;
using widgets::TrainingCharts;
using widgets::UpdateRuleView;

namespace {

constexpr int kEpochs = 3;
constexpr int kBatches = 50;

void saveShot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CONVSIGHT_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.resize(1280, 400);
    QVERIFY(widget.grab().save(dir + "/" + name + ".png"));
}

// Batch i (0-based over the run) of the known run: a falling, wobbling loss and a rising accuracy.
float batchLoss(int i) {
    return static_cast<float>(2.0 * std::exp(-i / 40.0) + 0.1 * (i % 3));
}
float batchAccuracy(int i) {
    return std::min(1.0f, static_cast<float>(i) / 150.0f + 0.05f * static_cast<float>(i % 2));
}

nn::BatchProgress batch(int epoch, std::int64_t b, std::int64_t batches, float loss,
                        float accuracy) {
    nn::BatchProgress p;
    p.epoch = epoch;
    p.epochs = kEpochs;
    p.batch = b;
    p.batches = batches;
    p.loss = loss;
    p.accuracy = accuracy;
    return p;
}

nn::EpochRecord epochRecord(int epoch) {
    nn::EpochRecord r;
    r.epoch = epoch;
    r.train_loss = 1.5 / epoch;
    r.test_loss = 1.6 / epoch;
    r.train_accuracy = 0.5 + 0.1 * epoch;
    r.test_accuracy = 0.45 + 0.1 * epoch;
    return r;
}

void feedKnownRun(TrainingCharts& charts) {
    for (int e = 1; e <= kEpochs; ++e) {
        for (int b = 1; b <= kBatches; ++b) {
            const int i = (e - 1) * kBatches + b - 1;
            charts.addBatch(batch(e, b, kBatches, batchLoss(i), batchAccuracy(i)));
        }
        charts.addEpoch(epochRecord(e));
    }
}

// The charts' series and axes by object name (they live in the charts' scenes, not under the
// widget).
QLineSeries* series(const TrainingCharts& charts, const QString& name) {
    for (QChartView* view : {charts.lossView(), charts.accuracyView()})
        for (QAbstractSeries* s : view->chart()->series())
            if (s->objectName() == name)
                return qobject_cast<QLineSeries*>(s);
    qFatal("no series %s", qPrintable(name));
}

QValueAxis* axis(const TrainingCharts& charts, const QString& name) {
    for (QChartView* view : {charts.lossView(), charts.accuracyView()})
        for (QAbstractAxis* a : view->chart()->axes())
            if (a->objectName() == name)
                return qobject_cast<QValueAxis*>(a);
    qFatal("no axis %s", qPrintable(name));
}

// Every point of every visible series lies inside its chart's axes.
bool axesHoldAllPoints(QChart* chart) {
    for (QAbstractSeries* s : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line->isVisible())
            continue;
        const auto* x = qobject_cast<QValueAxis*>(line->attachedAxes().at(0));
        const auto* y = qobject_cast<QValueAxis*>(line->attachedAxes().at(1));
        for (const QPointF& p : line->points())
            if (p.x() < x->min() || p.x() > x->max() || p.y() < y->min() || p.y() > y->max())
                return false;
    }
    return true;
}

} // namespace

class tst_TrainingCharts : public QObject {
    Q_OBJECT
private slots:
    void knownRunFillsTheSeries();
    void smoothingIsTheMovingAverage();
    void cursorShowsAndHides();
    void clearEmptiesEverything();
    void manyBatchesAreThinnedEvenly();
    void resumedRunReplacesLaterBatches();
    void narrowStacksTheCharts();
    void narrowChartsMoveTheKeyAbove();
    void speedLectureFigures();
    void speedCurrentBarOnTheSameScale();
    void sgdRuleWithNumbers();
    void adamRuleWithNumbers();
    void badOptimizerSettingsChangeNothing();
};

void tst_TrainingCharts::knownRunFillsTheSeries() {
    TrainingCharts charts;
    feedKnownRun(charts);
    // Stored at once; the series follow on the timer.
    QCOMPARE(charts.batchPointCount(), kEpochs * kBatches);
    QCOMPARE(charts.epochPointCount(), kEpochs);
    QTRY_COMPARE(series(charts, "lossBatches")->count(), kEpochs * kBatches);
    for (const char* name : {"lossSmoothed", "accuracyBatches", "accuracySmoothed"})
        QCOMPARE(series(charts, name)->count(), kEpochs * kBatches);

    // Batch b of epoch e at e − 1 + b / batches; accuracy in %.
    const QList<QPointF> raw = series(charts, "lossBatches")->points();
    QCOMPARE(raw.first().x(), 1.0 / kBatches);
    QCOMPARE(raw.at(kBatches + 9).x(), 1.0 + 10.0 / kBatches);
    QCOMPARE(raw.last().x(), 3.0);
    QCOMPARE(raw.at(77).y(), static_cast<double>(batchLoss(77)));
    QCOMPARE(series(charts, "accuracyBatches")->at(77).y(),
             100.0 * static_cast<double>(batchAccuracy(77)));

    // The epochs at x = 1, 2, 3, training and test.
    for (int e = 1; e <= kEpochs; ++e) {
        const nn::EpochRecord r = epochRecord(e);
        const int i = e - 1;
        QCOMPARE(series(charts, "lossTrainEpochs")->at(i), QPointF(e, r.train_loss));
        QCOMPARE(series(charts, "lossTestEpochs")->at(i), QPointF(e, r.test_loss));
        QCOMPARE(series(charts, "accuracyTrainEpochs")->at(i),
                 QPointF(e, 100.0 * r.train_accuracy));
        QCOMPARE(series(charts, "accuracyTestEpochs")->at(i), QPointF(e, 100.0 * r.test_accuracy));
    }
    QVERIFY(axesHoldAllPoints(charts.lossView()->chart()));
    QVERIFY(axesHoldAllPoints(charts.accuracyView()->chart()));
    // The x axis spans the run (3 epochs); loss from 0, accuracy up to 100 %.
    const auto* x = axis(charts, "lossXAxis");
    QCOMPARE(x->min(), 0.0);
    QCOMPARE(x->max(), 3.0);
    QCOMPARE(axis(charts, "lossYAxis")->min(), 0.0);
    QCOMPARE(axis(charts, "accuracyYAxis")->max(), 100.0);

    // A later epoch of a longer loaded history widens the x axis.
    charts.addEpoch(epochRecord(4));
    charts.flush();
    QCOMPARE(x->max(), 4.0);
    QCOMPARE(series(charts, "lossTestEpochs")->count(), 4);
    QVERIFY(axesHoldAllPoints(charts.lossView()->chart()));
    // The same epoch again replaces it.
    charts.addEpoch(epochRecord(4));
    charts.flush();
    QCOMPARE(charts.epochPointCount(), 4);
    saveShot(charts, "training-charts");
}

void tst_TrainingCharts::smoothingIsTheMovingAverage() {
    TrainingCharts charts;
    charts.setSmoothing(0.8);
    QCOMPARE(charts.smoothing(), 0.8);
    QCOMPARE(charts.findChild<QSlider*>("smoothingSlider")->value(), 80);
    feedKnownRun(charts);
    charts.flush();
    // s₀ = v₀, sᵢ = 0.8·sᵢ₋₁ + 0.2·vᵢ, by hand.
    double loss = batchLoss(0), accuracy = batchAccuracy(0);
    for (int i = 1; i < kEpochs * kBatches; ++i) {
        loss = 0.8 * loss + 0.2 * static_cast<double>(batchLoss(i));
        accuracy = 0.8 * accuracy + 0.2 * static_cast<double>(batchAccuracy(i));
    }
    QVERIFY(std::abs(series(charts, "lossSmoothed")->points().last().y() - loss) < 1e-9);
    QVERIFY(std::abs(series(charts, "accuracySmoothed")->points().last().y() - 100.0 * accuracy) <
            1e-7);

    // The slider at 0: the smoothed line is the raw one.
    auto* slider = charts.findChild<QSlider*>("smoothingSlider");
    slider->setValue(0);
    QCOMPARE(charts.smoothing(), 0.0);
    QCOMPARE(charts.findChild<QLabel*>("smoothingValue")->text(), QStringLiteral("0.00"));
    QCOMPARE(series(charts, "lossSmoothed")->points(), series(charts, "lossBatches")->points());
    // Out of range is clamped to [0, 0.99].
    charts.setSmoothing(5.0);
    QCOMPARE(charts.smoothing(), 0.99);
    QCOMPARE(slider->value(), 99);
}

void tst_TrainingCharts::cursorShowsAndHides() {
    TrainingCharts charts;
    feedKnownRun(charts);
    charts.flush();
    for (const char* name : {"lossCursor", "accuracyCursor"})
        QVERIFY(!series(charts, name)->isVisible());
    charts.setCursor(1.5);
    QCOMPARE(charts.cursorPosition(), 1.5);
    for (const QString& prefix : {QStringLiteral("loss"), QStringLiteral("accuracy")}) {
        QLineSeries* cursor = series(charts, prefix + "Cursor");
        QVERIFY(cursor->isVisible());
        const auto* y = axis(charts, prefix + "YAxis");
        QCOMPARE(cursor->points(), (QList<QPointF>{{1.5, y->min()}, {1.5, y->max()}}));
    }
    // Not in the legend: a student reads the legend as the data.
    QChart* chart = charts.lossView()->chart();
    QVERIFY(!chart->legend()->markers(series(charts, "lossCursor")).first()->isVisible());
    charts.setCursor(-1.0);
    for (const char* name : {"lossCursor", "accuracyCursor"})
        QVERIFY(!series(charts, name)->isVisible());
}

void tst_TrainingCharts::clearEmptiesEverything() {
    TrainingCharts charts;
    feedKnownRun(charts);
    charts.flush();
    charts.clear();
    QCOMPARE(charts.batchPointCount(), 0);
    QCOMPARE(charts.epochPointCount(), 0);
    for (QAbstractSeries* s :
         charts.lossView()->chart()->series() + charts.accuracyView()->chart()->series())
        QCOMPARE(qobject_cast<QLineSeries*>(s)->count(), 0);
    // Nothing stored before the clear comes back on the timer.
    QTest::qWait(250);
    QCOMPARE(series(charts, "lossBatches")->count(), 0);
}

void tst_TrainingCharts::manyBatchesAreThinnedEvenly() {
    TrainingCharts charts;
    constexpr int kMany = 12000;
    for (int b = 1; b <= kMany; ++b)
        charts.addBatch(batch(1, b, kMany, 1.0f + float(b % 7), 0.5f));
    charts.flush();
    QCOMPARE(charts.batchPointCount(), kMany);
    // Every 4th batch: 3,000 points, evenly spaced from the first.
    const QList<QPointF> points = series(charts, "lossBatches")->points();
    QCOMPARE(points.size(), kMany / 4);
    QCOMPARE(series(charts, "lossSmoothed")->count(), kMany / 4);
    QCOMPARE(points.first().x(), 1.0 / kMany);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(std::abs(points[i].x() - points[i - 1].x() - 4.0 / kMany) < 1e-12);
    // More batches keep the stride: appended, not rebuilt.
    for (int b = 1; b <= 8; ++b)
        charts.addBatch(batch(2, b, kMany, 1.0f, 0.5f));
    charts.flush();
    QCOMPARE(series(charts, "lossBatches")->count(), kMany / 4 + 2);
    QVERIFY(axesHoldAllPoints(charts.lossView()->chart()));
}

void tst_TrainingCharts::resumedRunReplacesLaterBatches() {
    TrainingCharts charts;
    for (int b = 1; b <= kBatches; ++b)
        charts.addBatch(batch(1, b, kBatches, 2.0f, 0.1f));
    for (int b = 1; b <= 20; ++b)
        charts.addBatch(batch(2, b, kBatches, 1.0f, 0.5f));
    charts.flush();
    // The run goes on from a checkpoint at epoch 2, batch 9: batch 10 again, with a new value.
    charts.addBatch(batch(2, 10, kBatches, 0.5f, 0.9f));
    charts.flush();
    QCOMPARE(charts.batchPointCount(), kBatches + 10);
    const QList<QPointF> points = series(charts, "lossBatches")->points();
    QCOMPARE(points.size(), kBatches + 10);
    QCOMPARE(points.last(), QPointF(1.0 + 10.0 / kBatches, 0.5));
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() > points[i - 1].x());
}

void tst_TrainingCharts::narrowStacksTheCharts() {
    TrainingCharts charts;
    charts.resize(1280, 400);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QTRY_VERIFY(charts.accuracyView()->x() > charts.lossView()->x());
    QCOMPARE(charts.accuracyView()->y(), charts.lossView()->y());
    charts.resize(520, 700);
    QTRY_VERIFY(charts.accuracyView()->y() > charts.lossView()->y());
    QCOMPARE(charts.accuracyView()->x(), charts.lossView()->x());
}

// Side by side in a narrow panel, each chart is too narrow for its legend (Qt Charts would cut
// "smoothed"): the line above both charts names every series instead, and a wider panel gives
// each chart its legend back.
void tst_TrainingCharts::narrowChartsMoveTheKeyAbove() {
    TrainingCharts charts;
    auto* hint = charts.findChild<QLabel*>(QStringLiteral("chartsHint"));
    QVERIFY(hint);
    const auto legendsShown = [&] {
        return charts.lossView()->chart()->legend()->isVisible() &&
               charts.accuracyView()->chart()->legend()->isVisible();
    };
    charts.resize(1280, 400);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QTRY_VERIFY(legendsShown());
    QVERIFY(!hint->text().contains(QStringLiteral("smoothed")));

    charts.resize(500, 300);
    QTRY_VERIFY(!charts.lossView()->chart()->legend()->isVisible());
    QVERIFY(!charts.accuracyView()->chart()->legend()->isVisible());
    QCOMPARE(charts.accuracyView()->y(), charts.lossView()->y()); // still side by side
    for (const char* name : {"batch", "smoothed", "train", "test"})
        QVERIFY2(hint->text().contains(QLatin1String(name)), name);
    // The key's wrapped lines fit the label.
    QTRY_VERIFY(hint->heightForWidth(hint->width()) <= hint->height() + 1);

    charts.resize(1280, 400);
    QTRY_VERIFY(legendsShown());
    QVERIFY(!hint->text().contains(QStringLiteral("smoothed")));
}

void tst_TrainingCharts::speedLectureFigures() {
    const auto& figures = SpeedComparison::lectureFigures();
    QCOMPARE(figures.size(), std::size_t{4});
    const std::vector<std::pair<QString, double>> expected{{"2 × AMD Opteron 6168", 440.0},
                                                           {"Intel i7-7500U", 415.0},
                                                           {"GeForce 940MX", 1190.0},
                                                           {"GeForce GTX 1070", 6500.0}};
    QCOMPARE(figures, expected);
    SpeedComparison speed;
    QCOMPARE(speed.currentValue(), 0.0);
    speed.resize(1280, 400);
    QVERIFY(speed.barRect(4).isEmpty()); // no live bar until a run reports
    saveShot(speed, "speed-comparison-idle");
}

void tst_TrainingCharts::speedCurrentBarOnTheSameScale() {
    SpeedComparison speed;
    speed.resize(1280, 400);
    const QString label = QStringLiteral("This machine (CPU, AMD EPYC 9654, 2 threads)");
    const QString caption = QStringLiteral("Yours: small on shapes; the lecture's: its CNN on "
                                           "CIFAR-10.");
    speed.setCurrent(label, 2000.0, caption);
    QCOMPARE(speed.currentValue(), 2000.0);
    QCOMPARE(speed.currentLabel(), label);
    QCOMPARE(speed.caption(), caption);
    // One linear scale: bar lengths in the ratio of the figures, the largest (6,500) the longest.
    const double unit = speed.barRect(3).width() / 6500.0;
    QVERIFY(unit > 0.0);
    for (int row = 0; row < 3; ++row)
        QVERIFY(std::abs(speed.barRect(row).width() -
                         unit * SpeedComparison::lectureFigures()[std::size_t(row)].second) < 1e-6);
    QVERIFY(std::abs(speed.barRect(4).width() - unit * 2000.0) < 1e-6);
    saveShot(speed, "speed-comparison");

    // Faster than the GTX 1070: the scale grows, the live bar is the longest.
    const double before = speed.barRect(3).width();
    speed.setCurrent(label, 13000.0, caption);
    QVERIFY(speed.barRect(3).width() < before);
    QVERIFY(std::abs(speed.barRect(4).width() - 2.0 * speed.barRect(3).width()) < 1e-6);

    // 0 or not a number hides the bar.
    speed.setCurrent(label, 0.0, caption);
    QCOMPARE(speed.currentValue(), 0.0);
    QVERIFY(speed.barRect(4).isEmpty());
    speed.setCurrent(label, std::nan(""), caption);
    QVERIFY(speed.barRect(4).isEmpty());
    QCOMPARE(speed.barRect(3).width(), before); // the scale is the lecture's again
}

void tst_TrainingCharts::sgdRuleWithNumbers() {
    UpdateRuleView view;
    view.setOptimizer({{"type", "sgd"},
                       {"lr", 0.01},
                       {"momentum", 0.9},
                       {"weight_decay", 0.0005},
                       {"steps", 120}});
    QString text = view.formulaText();
    QVERIFY2(text.contains(QStringLiteral("g = ∇L(θ) + 0.0005·θ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("v ← 0.9·v + g")));
    QVERIFY(text.contains(QStringLiteral("θ ← θ − 0.01·v")));
    QVERIFY(text.contains(QStringLiteral("η = 0.01")));
    QVERIFY(text.contains(QStringLiteral("μ = 0.9")));
    QVERIFY(text.contains(QStringLiteral("t = 120")));
    view.resize(1280, 400);
    saveShot(view, "update-rule-sgd");

    view.setLearningRate(0.005f);
    view.setStep(121);
    text = view.formulaText();
    QVERIFY(text.contains(QStringLiteral("θ ← θ − 0.005·v")));
    QVERIFY(!text.contains(QStringLiteral("0.01·v")));
    QVERIFY(text.contains(QStringLiteral("t = 121")));

    // Plain SGD: no velocity, no decay term; the gradient itself is applied.
    view.setOptimizer({{"type", "sgd"}, {"lr", 0.1}, {"momentum", 0}, {"weight_decay", 0}});
    text = view.formulaText();
    QVERIFY2(text.contains(QStringLiteral("θ ← θ − 0.1·∇L(θ)")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("v ←")));
    QVERIFY(!text.contains(QStringLiteral("λ")));
    QVERIFY(text.contains(QStringLiteral("t = 121"))); // no "steps": the step is kept
}

void tst_TrainingCharts::adamRuleWithNumbers() {
    UpdateRuleView view;
    view.setOptimizer({{"type", "adam"},
                       {"lr", 0.001},
                       {"beta1", 0.9},
                       {"beta2", 0.999},
                       {"eps", 1e-8},
                       {"weight_decay", 0},
                       {"steps", 10}});
    // The bias corrections as the backends compute them: 1 − β^t in double from the float β.
    const auto correction = [](float beta, int t) {
        return QString::number(1.0 - std::pow(static_cast<double>(beta), t), 'g', 4);
    };
    QString text = view.formulaText();
    QVERIFY2(text.contains(QStringLiteral("m ← 0.9·m + 0.1·∇L(θ)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("v ← 0.999·v + 0.001·∇L(θ)²")));
    QVERIFY(text.contains(QStringLiteral("m′ = m / ") + correction(0.9f, 10)));
    QVERIFY(text.contains(QStringLiteral("v′ = v / ") + correction(0.999f, 10)));
    QVERIFY(text.contains(QStringLiteral("θ ← θ − 0.001·m′ / (√v′ + 10⁻⁸)")));
    QVERIFY(text.contains(QStringLiteral("t = 10")));
    QCOMPARE(correction(0.9f, 10), QStringLiteral("0.6513"));
    view.resize(1280, 400);
    saveShot(view, "update-rule-adam");

    // Narrow (a side panel): the numbers stay, the symbolic form goes.
    QVERIFY(text.contains(QStringLiteral("θ ← θ − η·m′ / (√v′ + ε)")));
    view.resize(480, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.formulaText().contains(QStringLiteral("θ ← θ − η·m′ / (√v′ + ε)")));
    QVERIFY(view.formulaText().contains(QStringLiteral("θ ← θ − 0.001·m′ / (√v′ + 10⁻⁸)")));
    if (const QString dir = qEnvironmentVariable("CONVSIGHT_SHOTS_DIR"); !dir.isEmpty())
        QVERIFY(view.grab().save(dir + "/update-rule-adam-narrow.png"));

    view.setStep(1000);
    view.setLearningRate(0.0005f);
    text = view.formulaText();
    QVERIFY(text.contains(QStringLiteral("v′ = v / ") + correction(0.999f, 1000)));
    QVERIFY(text.contains(QStringLiteral("θ ← θ − 0.0005·m′")));
    QVERIFY(!text.contains(QStringLiteral("0.001·m′")));

    // Weight decay adds its term to the gradient first.
    view.setOptimizer({{"type", "adam"},
                       {"lr", 0.001},
                       {"beta1", 0.9},
                       {"beta2", 0.999},
                       {"eps", 1e-8},
                       {"weight_decay", 0.01},
                       {"steps", 1}});
    text = view.formulaText();
    QVERIFY(text.contains(QStringLiteral("g = ∇L(θ) + 0.01·θ")));
    QVERIFY(text.contains(QStringLiteral("m ← 0.9·m + 0.1·g")));
    QVERIFY(text.contains(QStringLiteral("m′ = m / ") + correction(0.9f, 1)));
}

void tst_TrainingCharts::badOptimizerSettingsChangeNothing() {
    UpdateRuleView view;
    QVERIFY(view.formulaText().contains(QStringLiteral("when training starts")));
    view.setOptimizer({{"type", "sgd"}, {"lr", 0.01}, {"momentum", 0.9}, {"steps", 5}});
    const QString before = view.formulaText();
    for (const nlohmann::json& bad :
         {nlohmann::json{{"type", "rmsprop"}, {"lr", 0.01}},
          nlohmann::json{{"type", "sgd"}, {"lr", "fast"}},
          nlohmann::json{{"type", "adam"}, {"lr", 0.001}, {"beta1", 0.9}},
          nlohmann::json{{"type", "sgd"}, {"lr", 0.01}, {"steps", -3}},
          nlohmann::json{{"lr", 0.01}}, nlohmann::json::array({1, 2})}) {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, view.setOptimizer(bad));
        QCOMPARE(view.formulaText(), before);
    }
    try {
        view.setOptimizer({{"type", "adam"}, {"lr", 0.001}, {"beta1", 0.9}});
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains("beta2"), e.what());
    }
    // No optimizer (a model saved without one): the rule says it is not known yet.
    view.setOptimizer(nullptr);
    QVERIFY(view.formulaText().contains(QStringLiteral("when training starts")));
}

QTEST_MAIN(tst_TrainingCharts)
#include "tst_trainingcharts.moc"
