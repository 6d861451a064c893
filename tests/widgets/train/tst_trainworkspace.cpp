// The Train workspace end to end, offscreen, in the real main window: synthetic shapes and the
// small model trained to over 90 %, the charts and the filter grid following; pause, one batch,
// resume and stop; hand-made starting kernels; training going on in another workspace; saving and
// loading models; closing during training; and the GUI's input-to-paint latency while training.
#include "MainWindow.h"
#include "common/DatasetPreview.h"
#include "common/FilterGrid.h"
#include "common/TrainingSession.h"
#include "conv/KernelPresets.h"
#include "data/Views.h"
#include "io/Limits.h"
#include "nn/FirstLayer.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Trainer.h"
#include "train/ArchitectureEditor.h"
#include "train/SpeedComparison.h"
#include "train/TrainWorkspace.h"
#include "train/TrainingCharts.h"
#include "train/UpdateRuleView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <limits>
#include <memory>

using convsight::app::MainWindow;
using convsight::widgets::ArchitectureEditor;
using convsight::widgets::TrainingSession;
using convsight::widgets::TrainWorkspace;
using State = TrainingSession::State;

namespace {

// A widget that notes when it is painted, to time input-to-paint: a key press asks for the whole
// window to be repainted, and the probe's paint event (part of that repaint) ends the timing.
class PaintProbe : public QWidget {
public:
    using QWidget::QWidget;
    QElapsedTimer clock;
    qint64 posted{-1};
    std::vector<double> latencies; // milliseconds, one per key press

protected:
    // The whole window repaints, the probe with it (the workspaces sit in a scroll area, whose
    // pages a top-level update alone does not reach).
    void keyPressEvent(QKeyEvent*) override {
        window()->update();
        update();
    }
    void paintEvent(QPaintEvent*) override {
        QPainter(this).fillRect(rect(), Qt::white);
        if (posted >= 0) {
            latencies.push_back(static_cast<double>(clock.nsecsElapsed() - posted) / 1e6);
            posted = -1;
        }
    }
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

class tst_TrainWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnShapesWithTheSmallModel();
    void editorNumbersMatchSequential();
    void trainsShapesEndToEnd();
    void pauseStepResumeStop();
    void handMadeKernelsStartTheFirstLayer();
    void trainingGoesOnInAnotherWorkspace();
    void timelineScrubsCheckpoints();
    void savesAndLoadsModels();
    void badModelFileChangesNothing();
    void permutePixelsTrainsOnPermutedData();
    void permutePixelsInTheSession();
    void badSetupFailsWithItsReason();
    void closingDuringTrainingSavesACheckpoint();
    void staysResponsiveWhileTraining();
    void viewOnlyPresetIsShownNotTrained();
    void settingsStayWithinTheTrainersLimits();

private:
    // Sets a short run up (epochs, the first `limit` training examples) and starts it.
    void startRun(int epochs);
    TrainWorkspace* train() const { return window_->trainWorkspace(); }
    TrainingSession* session() const { return window_->trainingSession(); }

    std::unique_ptr<MainWindow> window_;
};

void tst_TrainWorkspace::init() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    window_->showWorkspace(MainWindow::Workspace::Train);
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTRY_COMPARE(train()->datasetSpec(), QStringLiteral("shapes"));
}

void tst_TrainWorkspace::cleanup() {
    window_->setClosePrompt([](QString*) { return MainWindow::CloseChoice::Discard; });
    window_.reset();
}

void tst_TrainWorkspace::startRun(int epochs) {
    train()->epochsBox()->setValue(epochs);
    auto* start = train()->findChild<QPushButton*>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(session()->state() != State::Preparing);
}

void tst_TrainWorkspace::opensOnShapesWithTheSmallModel() {
    QCOMPARE(train()->datasetPreview()->thumbnailCount(), 10);
    QVERIFY(train()->architectureEditor()->isValid());
    QCOMPARE(train()->architectureEditor()->architecture().at("name").get<std::string>(),
             std::string("small"));
    // CUDA is offered, greyed out with the reason, where there is no GPU.
    auto* device = train()->findChild<QComboBox*>(QStringLiteral("deviceBox"));
    QCOMPARE(device->count(), 2);
    if (!convsight::compute::Device::cuda_available())
        QVERIFY(device->itemData(1, Qt::ToolTipRole).toString().size() > 10);
    QVERIFY(!train()->findChild<QPushButton*>(QStringLiteral("pauseButton"))->isEnabled());
    QVERIFY(!train()->findChild<QPushButton*>(QStringLiteral("stopButton"))->isEnabled());
}

void tst_TrainWorkspace::editorNumbersMatchSequential() {
    const convsight::nn::Sequential model = convsight::nn::make_model("small", 1);
    const auto* editor = train()->architectureEditor();
    QCOMPARE(editor->parameterCount(), model.parameter_count());
    QCOMPARE(editor->flops(), model.flops());
    const convsight::nn::Sequential built = editor->buildModel(1);
    QCOMPARE(built.summary(), model.summary());
}

void tst_TrainWorkspace::trainsShapesEndToEnd() {
    startRun(2);
    const convsight::compute::Tensor before = train()->filterGrid()->weights().clone();
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Finished, 90000);
    QCOMPARE(session()->epochs().size(), std::size_t{2});
    const double accuracy = session()->epochs().back().test_accuracy;
    QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy)));
    // The charts hold every batch and both epochs; the progress bar is full.
    QCOMPARE(train()->charts()->epochPointCount(), 2);
    QCOMPARE(static_cast<std::size_t>(train()->charts()->batchPointCount()),
             session()->batches().size());
    QVERIFY(train()->charts()->batchPointCount() > 100);
    QCOMPARE(train()->findChild<QProgressBar*>(QStringLiteral("trainingProgress"))->value(), 1000);
    // The filter grid shows the trained first layer, not the starting one.
    QCOMPARE(train()->filterGrid()->filterCount(), 16);
    QVERIFY(train()->filterGrid()->weights().to_vector() != before.to_vector());
    QCOMPARE(train()->filterGrid()->weights().to_vector(),
             convsight::nn::first_conv_weights(*session()->latestModel()).to_vector());
    QVERIFY(train()->speedComparison()->currentValue() > 0.0);
    QVERIFY(train()->updateRule()->formulaText().contains(QStringLiteral("0.001")));
}

void tst_TrainWorkspace::pauseStepResumeStop() {
    startRun(20);
    QTRY_VERIFY(session()->batches().size() >= 3);
    auto* pause = train()->findChild<QPushButton*>(QStringLiteral("pauseButton"));
    auto* step = train()->findChild<QPushButton*>(QStringLiteral("stepButton"));
    auto* stop = train()->findChild<QPushButton*>(QStringLiteral("stopButton"));
    QVERIFY(!step->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(session()->state(), State::Paused);
    QVERIFY(step->isEnabled());
    QTest::qWait(100); // batches already queued arrive
    const std::size_t paused = session()->batches().size();
    QTest::qWait(300);
    QCOMPARE(session()->batches().size(), paused);
    QTest::mouseClick(step, Qt::LeftButton);
    QTRY_COMPARE(session()->batches().size(), paused + 1);
    QTest::qWait(200);
    QCOMPARE(session()->batches().size(), paused + 1);
    QCOMPARE(session()->state(), State::Paused);
    QTest::mouseClick(pause, Qt::LeftButton); // now "Resume"
    QTRY_VERIFY(session()->batches().size() > paused + 3);
    QCOMPARE(session()->state(), State::Running);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(session()->state(), State::Stopped);
    QVERIFY(session()->epochs().size() < 20);
    QVERIFY(train()->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
}

void tst_TrainWorkspace::handMadeKernelsStartTheFirstLayer() {
    train()->startingFiltersBox()->setCurrentIndex(1);
    startRun(1);
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Finished, 60000);
    // Filter 1 started as the identity and filter 6 as Sobel x, then moved.
    const convsight::compute::Tensor initial = session()->initialFirstLayer();
    QCOMPARE(initial.dim(0), std::int64_t{16});
    const std::vector<float> start = initial.to_vector();
    const std::vector<float> identity = {0, 0, 0, 0, 1, 0, 0, 0, 0};
    QCOMPARE(std::vector<float>(start.begin(), start.begin() + 9), identity);
    const convsight::conv::Matrix sobel = convsight::conv::kernel_preset("sobel-x").weights();
    for (int i = 0; i < 9; ++i)
        QCOMPARE(start[static_cast<std::size_t>(5 * 9 + i)],
                 static_cast<float>(
                     sobel[static_cast<std::size_t>(i / 3)][static_cast<std::size_t>(i % 3)]));
    const std::vector<double> drift = convsight::nn::filter_drift(
        initial, convsight::nn::first_conv_weights(*session()->latestModel()));
    QVERIFY(drift[0] > 0.0);
}

void tst_TrainWorkspace::trainingGoesOnInAnotherWorkspace() {
    startRun(20);
    QTRY_VERIFY(!session()->batches().empty());
    window_->showWorkspace(MainWindow::Workspace::Filter);
    const std::size_t there = session()->batches().size();
    QTRY_VERIFY(session()->batches().size() > there + 5);
    QCOMPARE(session()->state(), State::Running);
    window_->showWorkspace(MainWindow::Workspace::Train);
    QTRY_VERIFY(train()->charts()->batchPointCount() > static_cast<int>(there));
    session()->stop();
    QTRY_COMPARE(session()->state(), State::Stopped);
}

void tst_TrainWorkspace::timelineScrubsCheckpoints() {
    startRun(2);
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Finished, 90000);
    QSlider* timeline = train()->timeline();
    QCOMPARE(session()->checkpoints().size(), std::size_t{3}); // the start and two epochs
    QCOMPARE(timeline->maximum(), 2);
    timeline->setValue(0);
    QCOMPARE(session()->viewedCheckpoint(), 0);
    QCOMPARE(train()->filterGrid()->weights().to_vector(),
             convsight::nn::first_conv_weights(*session()->checkpoints()[0].model).to_vector());
    timeline->setValue(1);
    QCOMPARE(train()->filterGrid()->weights().to_vector(),
             convsight::nn::first_conv_weights(*session()->checkpoints()[1].model).to_vector());
    timeline->setValue(2);
    QCOMPARE(session()->viewedModel(), session()->checkpoints()[2].model);
}

void tst_TrainWorkspace::savesAndLoadsModels() {
    startRun(1);
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Finished, 60000);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shapes.csmodel"));
    QVERIFY(train()->saveModelTo(path));
    const convsight::nn::SavedModel saved = convsight::nn::load_model_file(path.toStdString());
    QCOMPARE(saved.metadata.at("dataset").get<std::string>(), std::string("shapes"));
    QVERIFY(!saved.optimizer.is_null()); // a checkpoint the CLI can resume
    const std::vector<float> weights =
        convsight::nn::first_conv_weights(*session()->latestModel()).to_vector();

    // A fresh window loads it back: the same weights, history and data set.
    cleanup();
    init();
    QSignalSpy loaded(session(), &TrainingSession::modelLoaded);
    train()->loadModelFrom(path);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(session()->state(), State::Finished);
    QCOMPARE(convsight::nn::first_conv_weights(*session()->latestModel()).to_vector(), weights);
    QCOMPARE(session()->epochs().size(), std::size_t{1});
    QCOMPARE(train()->charts()->epochPointCount(), 1);
}

// The permutation experiment's check box: the preview shows the shuffled images, the run trains
// on them (train and test in one order from the seed), and the model file keeps the order, so a
// loaded model is shown its test images as it was trained.
void tst_TrainWorkspace::permutePixelsTrainsOnPermutedData() {
    auto* box = train()->findChild<QCheckBox*>(QStringLiteral("permutePixels"));
    QVERIFY(box);
    QCOMPARE(box, train()->permutePixelsBox());
    QVERIFY(!box->isChecked());
    QVERIFY(!train()->setup().permutePixels);
    QCOMPARE(train()->datasetPreview()->datasetName(), QStringLiteral("shapes (train)"));
    box->click(); // it may lie below the fold of the scrolling column
    QVERIFY(box->isChecked());
    QCOMPARE(train()->datasetPreview()->datasetName(),
             QStringLiteral("shapes (train), pixels permuted"));
    QCOMPARE(train()->datasetPreview()->thumbnailCount(), 10);

    TrainingSession::Setup setup = train()->setup();
    QVERIFY(setup.permutePixels);
    setup.limit = 256;
    setup.config.epochs = 1;
    setup.config.seed = 5;
    session()->start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Finished, 60000);
    QCOMPARE(session()->data().pixel_permutation_seed.value(), std::uint64_t{5});
    const auto* test = dynamic_cast<const convsight::data::PixelPermuted*>(
        session()->data().normalised.test.get());
    QVERIFY(test);
    QCOMPARE(test->permutation(), convsight::data::pixel_permutation(28 * 28, 5));
    QVERIFY(dynamic_cast<const convsight::data::PixelPermuted*>(
        session()->data().normalised.train.get()));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("permuted.csmodel"));
    QVERIFY(train()->saveModelTo(path));
    const convsight::nn::SavedModel saved = convsight::nn::load_model_file(path.toStdString());
    QCOMPARE(saved.metadata.at("pixel_permutation_seed").get<std::uint64_t>(), std::uint64_t{5});
    cleanup();
    init();
    QSignalSpy loaded(session(), &TrainingSession::modelLoaded);
    train()->loadModelFrom(path);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(session()->data().pixel_permutation_seed.value(), std::uint64_t{5});
    QCOMPARE(QString::fromStdString(session()->data().normalised.test->name()),
             QStringLiteral("shapes (test), pixels permuted"));
}

// "permute_pixels" in the train part of a session: written, read back, optional, and checked.
void tst_TrainWorkspace::permutePixelsInTheSession() {
    nlohmann::json state = train()->sessionState();
    QVERIFY(state.at("permute_pixels") == nlohmann::json(false));
    state["permute_pixels"] = true;
    QCOMPARE(TrainWorkspace::checkSessionState(state), QString());
    train()->applySessionState(state);
    QVERIFY(train()->permutePixelsBox()->isChecked());
    QVERIFY(train()->sessionState().at("permute_pixels") == nlohmann::json(true));
    // Files written before the experiment leave it out: off.
    state.erase("permute_pixels");
    QCOMPARE(TrainWorkspace::checkSessionState(state), QString());
    train()->applySessionState(state);
    QVERIFY(!train()->permutePixelsBox()->isChecked());
    state["permute_pixels"] = "yes";
    QVERIFY(TrainWorkspace::checkSessionState(state).contains(QStringLiteral("permute_pixels")));
}

void tst_TrainWorkspace::badModelFileChangesNothing() {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("broken.csmodel"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CSMODEL\0not really a model", 26);
    file.close();
    QSignalSpy failed(session(), &TrainingSession::failed);
    train()->loadModelFrom(path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(path),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(train()->messageLine()->text().contains(path));
    QCOMPARE(session()->state(), State::Idle);
    QVERIFY(!session()->latestModel());
}

// A data set that does not exist, or a network that does not fit the data: the run fails with the
// reason in the message line, and Start is offered again.
void tst_TrainWorkspace::badSetupFailsWithItsReason() {
    QSignalSpy failed(session(), &TrainingSession::failed);
    TrainingSession::Setup setup = train()->setup();
    setup.datasetSpec = QStringLiteral("no-such-data");
    session()->start(setup);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(session()->state(), State::Failed);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("fashion-mnist")),
             qPrintable(failed.at(0).at(0).toString()));

    setup = train()->setup();
    setup.architecture["input"] = {3, 32, 32}; // the data is 1 × 28 × 28
    session()->start(setup);
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("28")),
             qPrintable(failed.at(1).at(0).toString()));
    QCOMPARE(train()->messageLine()->text(), failed.at(1).at(0).toString());
    QVERIFY(train()->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
}

void tst_TrainWorkspace::closingDuringTrainingSavesACheckpoint() {
    startRun(50);
    QTRY_VERIFY(session()->batches().size() >= 2);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("closing.csmodel"));
    int asked = 0;
    // Cancel first: the window stays and training goes on.
    window_->setClosePrompt([&](QString*) {
        ++asked;
        return MainWindow::CloseChoice::Cancel;
    });
    QVERIFY(!window_->close());
    QCOMPARE(asked, 1);
    QVERIFY(session()->isActive());
    window_->setClosePrompt([&](QString* where) {
        ++asked;
        *where = path;
        return MainWindow::CloseChoice::Save;
    });
    QVERIFY(window_->close());
    QCOMPARE(asked, 2);
    QCOMPARE(session()->state(), State::Stopped);
    const convsight::nn::SavedModel saved = convsight::nn::load_model_file(path.toStdString());
    QVERIFY(!saved.optimizer.is_null());
    QVERIFY(saved.metadata.contains("batch_in_epoch") || saved.metadata.at("epoch") > 0);
}

// Input-to-paint latency on the GUI thread while a network trains: a key press posted to a probe
// widget, which asks the whole window to repaint; the time until the probe is painted. The
// figure is printed for the notes; the bound is 50 ms.
void tst_TrainWorkspace::staysResponsiveWhileTraining() {
    auto* probe = new PaintProbe(train());
    probe->setGeometry(0, 0, 8, 8);
    probe->show();
    probe->clock.start();
    startRun(20);
    QTRY_VERIFY(session()->batches().size() >= 5);
    for (int i = 0; i < 60 && session()->state() == State::Running; ++i) {
        probe->posted = probe->clock.nsecsElapsed();
        QCoreApplication::postEvent(probe,
                                    new QKeyEvent(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier));
        QTRY_VERIFY(probe->posted < 0);
        QTest::qWait(15);
    }
    session()->stop();
    QVERIFY(probe->latencies.size() >= 40);
    const double middle = median(probe->latencies);
    const double worst = *std::max_element(probe->latencies.begin(), probe->latencies.end());
    qInfo("input-to-paint while training: median %.1f ms, worst %.1f ms over %zu presses "
          "(%zu batches trained meanwhile)",
          middle, worst, probe->latencies.size(), session()->batches().size());
    QVERIFY2(middle < 50.0, qPrintable(QString::number(middle)));
}

void tst_TrainWorkspace::viewOnlyPresetIsShownNotTrained() {
    ArchitectureEditor* editor = train()->architectureEditor();
    auto* start = train()->findChild<QPushButton*>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    editor->loadPreset(QStringLiteral("vgg16"));
    // Refused with the reason, where the workspace names the network; the data keeps its shapes.
    QVERIFY(!start->isEnabled());
    const QString summary = train()->findChild<QLabel*>(QStringLiteral("networkSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("not trained here")), qPrintable(summary));
    QCOMPARE(editor->inputShape(), (convsight::compute::Shape{3, 224, 224}));
    QCOMPARE(train()->datasetSpec(), QStringLiteral("shapes"));
    editor->loadPreset(QStringLiteral("small"));
    QCOMPARE(editor->inputShape(), (convsight::compute::Shape{1, 28, 28}));
    QVERIFY(start->isEnabled());
}

void tst_TrainWorkspace::settingsStayWithinTheTrainersLimits() {
    // The boxes offer no value the trainer (and convsight-cli) would refuse: epochs, batch and
    // learning rate inside the same limits, whatever is typed or set.
    namespace limits = convsight::nn::training_limits;
    QSpinBox* epochs = train()->epochsBox();
    QSpinBox* batch = train()->batchBox();
    auto* rate = train()->findChild<QDoubleSpinBox*>(QStringLiteral("learningRateBox"));
    QVERIFY(rate);
    QVERIFY(epochs->minimum() >= 1 && epochs->maximum() <= limits::max_epochs);
    QVERIFY(batch->minimum() >= 1 && batch->maximum() <= convsight::io::limits::max_batch);
    QVERIFY(rate->minimum() > 0.0 && rate->maximum() <= double(limits::max_learning_rate));

    epochs->setValue(100000);
    QCOMPARE(epochs->value(), epochs->maximum());
    epochs->setValue(0);
    QCOMPARE(epochs->value(), epochs->minimum());
    batch->setValue(1'000'000);
    QCOMPARE(batch->value(), batch->maximum());
    for (const double bad : {0.0, -1.0, 1e300, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity()}) {
        rate->setValue(bad);
        QVERIFY2(rate->value() >= rate->minimum() && rate->value() <= rate->maximum(),
                 qPrintable(QString::number(rate->value())));
    }
    // Typed: digits beyond the maximum are not taken.
    epochs->setFocus();
    epochs->selectAll();
    QTest::keyClicks(epochs, QStringLiteral("99999"));
    QTest::keyClick(epochs, Qt::Key_Return);
    QVERIFY2(epochs->value() >= 1 && epochs->value() <= epochs->maximum(),
             qPrintable(QString::number(epochs->value())));
}

QTEST_MAIN(tst_TrainWorkspace)
#include "tst_trainworkspace.moc"
