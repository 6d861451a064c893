// What the window shows is what it holds: a loaded model brings its data set, title and a clean
// evaluation; a new data set drops the old accuracy; one batch refreshes the filters and the update
// rule; an opened file is named in the source box; a slow load shows "Opening …"; counts have the
// right plural; the filter grid says "no convolution layer" only when that is so; the Filter
// workspace opens on the photo as it is.
#include "MainWindow.h"
#include "common/BusyIndicator.h"
#include "common/FilterGrid.h"
#include "common/MessageLine.h"
#include "common/Plurals.h"
#include "common/TrainingSession.h"
#include "filter/FilterWorkspace.h"
#include "filter/ImageSource.h"
#include "filter/KernelEditor.h"
#include "image/ImageIO.h"
#include "inspect/ConfusionMatrixView.h"
#include "inspect/InspectWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"
#include "train/UpdateRuleView.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <opencv2/core.hpp>

using convsight::app::MainWindow;
using convsight::widgets::BusyIndicator;
using convsight::widgets::FilterGrid;
using convsight::widgets::TrainingSession;
using State = TrainingSession::State;

class TestStateShown : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void epochCountsHaveTheRightPlural();
    void filterOpensOnThePhotoAsItIs();
    void openedFileIsNamedInTheSourceBox();
    void slowOpenShowsWhatItOpens();
    void hugePhotoIsReducedWithANote();
    void emptyFilterGridSaysWhy();
    void oneBatchRefreshesFiltersAndUpdateRule();
    void loadedModelIsWhatEveryWorkspaceDescribes();

private:
    void train(int epochs);
    QLabel* label(const char* name) const {
        return window_->findChild<QLabel*>(QLatin1String(name));
    }
    std::unique_ptr<MainWindow> window_;
};

void TestStateShown::init() {
    // Settings (theme, zoom, recent files and sessions) of a test run, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTRY_COMPARE(window_->trainWorkspace()->datasetSpec(), QStringLiteral("shapes"));
}

void TestStateShown::cleanup() {
    window_->setClosePrompt([](QString*) { return MainWindow::CloseChoice::Discard; });
    window_.reset();
}

void TestStateShown::train(int epochs) {
    window_->showWorkspace(MainWindow::Workspace::Train);
    window_->trainWorkspace()->epochsBox()->setValue(epochs);
    auto* start = window_->trainWorkspace()->findChild<QPushButton*>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(window_->trainingSession()->state() != State::Preparing);
}

void TestStateShown::epochCountsHaveTheRightPlural() {
    QCOMPARE(convsight::widgets::epochCount(1), QStringLiteral("1 epoch"));
    QCOMPARE(convsight::widgets::epochCount(2), QStringLiteral("2 epochs"));
    QCOMPARE(convsight::widgets::epochCount(0), QStringLiteral("0 epochs"));
    QCOMPARE(convsight::widgets::epochCount(1.5), QStringLiteral("1.5 epochs"));
}

void TestStateShown::filterOpensOnThePhotoAsItIs() {
    auto* filter = window_->filterWorkspace();
    QCOMPARE(filter->kernelEditor()->presetId(), QStringLiteral("identity"));
    QCOMPARE(filter->displayMode(), convsight::image::SignedDisplay::Clamp);
    QTRY_VERIFY(!filter->result().outputImage.isNull());
    QCOMPARE(filter->result().outputImage.convertToFormat(QImage::Format_RGB32),
             filter->result().inputImage.convertToFormat(QImage::Format_RGB32));
}

void TestStateShown::openedFileIsNamedInTheSourceBox() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-photo.png"));
    convsight::image::save_image(path.toStdString(),
                                 cv::Mat(40, 60, CV_8UC3, cv::Scalar(10, 200, 30)));
    auto* filter = window_->filterWorkspace();
    QSignalSpy loaded(filter, &convsight::widgets::FilterWorkspace::imageLoaded);
    QVERIFY(filter->loadFile(path));
    QTRY_COMPARE(loaded.count(), 1);
    auto* box = filter->findChild<QComboBox*>(QStringLiteral("sampleCombo"));
    QCOMPARE(box->currentText(), QStringLiteral("my-photo.png"));
    // A sample again, then another file: one entry names the file shown, never two.
    QVERIFY(filter->loadSample(1));
    QVERIFY(box->currentText() != QStringLiteral("my-photo.png"));
    const QString other = dir.filePath(QStringLiteral("other.png"));
    convsight::image::save_image(other.toStdString(), cv::Mat(40, 60, CV_8UC1, cv::Scalar(99)));
    QVERIFY(filter->loadFile(other));
    QTRY_COMPARE(box->currentText(), QStringLiteral("other.png"));
    QCOMPARE(box->findText(QStringLiteral("my-photo.png")), -1);
}

void TestStateShown::slowOpenShowsWhatItOpens() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.png"));
    cv::Mat noise(3000, 3000, CV_8UC3);
    cv::randu(noise, 0, 255);
    convsight::image::save_image(path.toStdString(), noise);
    auto* filter = window_->filterWorkspace();
    auto* busy = filter->findChild<BusyIndicator*>(QStringLiteral("openingIndicator"));
    QVERIFY(busy);
    QCOMPARE(busy->delay(), 300);
    busy->setDelay(0); // this machine may open it faster than 0.3 s
    QSignalSpy shown(busy, &BusyIndicator::shown);
    QSignalSpy loaded(filter, &convsight::widgets::FilterWorkspace::imageLoaded);
    QVERIFY(filter->loadFile(path));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("Opening big.png…"));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!busy->isRunning());
    QVERIFY(!filter->message().startsWith(QStringLiteral("Opening")));
    QCOMPARE(filter->cursor().shape(), Qt::ArrowCursor);
}

// A photo larger than the working size is used reduced (its memory stays in bounds), and the
// message line says so with both sizes.
void TestStateShown::hugePhotoIsReducedWithANote() {
    using convsight::widgets::ImageSource;
    const cv::Mat wide = ImageSource::toWorkingSize(cv::Mat(1000, 10000, CV_8UC3));
    QVERIFY(static_cast<long long>(wide.cols) * wide.rows <= ImageSource::kWorkingPixels);
    QVERIFY(std::abs(wide.cols / static_cast<double>(wide.rows) - 10.0) < 0.02);
    const cv::Mat small(600, 800, CV_8UC1);
    QVERIFY(ImageSource::toWorkingSize(small).data == small.data); // no copy

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    convsight::image::save_image(path.toStdString(), cv::Mat(3000, 4000, CV_8UC3, cv::Scalar(1)));
    auto* filter = window_->filterWorkspace();
    QSignalSpy loaded(filter, &convsight::widgets::FilterWorkspace::imageLoaded);
    QVERIFY(filter->loadFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    const cv::Mat& shown = filter->sourceImage();
    QVERIFY(static_cast<long long>(shown.cols) * shown.rows <= ImageSource::kWorkingPixels);
    QVERIFY(std::abs(shown.cols / static_cast<double>(shown.rows) - 4.0 / 3.0) < 0.01);
    QVERIFY2(filter->message().contains(QStringLiteral("huge.png is 4000 × 3000 pixels")),
             qPrintable(filter->message()));
}

void TestStateShown::emptyFilterGridSaysWhy() {
    auto* grid = window_->trainWorkspace()->findChild<FilterGrid*>(QStringLiteral("filterGrid"));
    QCOMPARE(grid->filterCount(), 0);
    // The `small` network has convolutions: before training, no claim that it has none.
    QVERIFY(!grid->emptyText().contains(QStringLiteral("no convolution layer")));
    // A network of dense layers only: now it is true.
    auto* editor = window_->trainWorkspace()->architectureEditor();
    editor->loadPreset(QStringLiteral("mlp"));
    train(1);
    QTRY_VERIFY(window_->trainingSession()->viewedModel() != nullptr);
    QTRY_VERIFY(grid->emptyText().contains(QStringLiteral("no convolution layer")));
    QCOMPARE(grid->filterCount(), 0);
    window_->trainingSession()->stopAndWait();
}

void TestStateShown::oneBatchRefreshesFiltersAndUpdateRule() {
    train(20);
    TrainingSession* session = window_->trainingSession();
    QTRY_VERIFY(session->batches().size() >= 2);
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTest::keyClick(window_.get(), Qt::Key_P, Qt::ControlModifier); // Pause
    QTRY_COMPARE(session->state(), State::Paused);
    QTest::qWait(200); // what was queued arrives
    auto* grid = window_->trainWorkspace()->findChild<FilterGrid*>(QStringLiteral("filterGrid"));
    auto* rule = window_->trainWorkspace()->findChild<convsight::widgets::UpdateRuleView*>(
        QStringLiteral("updateRule"));
    const QString title = grid->title();
    const std::vector<float> before = grid->weights().to_vector();
    const std::int64_t ruleStep = rule->step();
    const std::size_t batches = session->batches().size();

    QTest::keyClick(window_.get(), Qt::Key_B, Qt::ControlModifier); // One batch
    QTRY_COMPARE(session->batches().size(), batches + 1);
    QTRY_VERIFY(grid->title() != title);
    QVERIFY2(grid->title().contains(
                 QStringLiteral("batch %1 of epoch").arg(session->batches().back().batch)),
             qPrintable(grid->title()));
    QVERIFY(grid->weights().to_vector() != before);
    QVERIFY(rule->step() > ruleStep);
    session->stopAndWait();
}

void TestStateShown::loadedModelIsWhatEveryWorkspaceDescribes() {
    train(1);
    TrainingSession* session = window_->trainingSession();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Finished, 90000);
    QVERIFY2(label("progressText")->text().contains(QStringLiteral("1 epoch ·")),
             qPrintable(label("progressText")->text()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shapes.csmodel"));
    QVERIFY(window_->trainWorkspace()->saveModelTo(path));

    // Inspect evaluates it: accuracy and matrix.
    auto* inspect = window_->inspectWorkspace();
    window_->showWorkspace(MainWindow::Workspace::Inspect);
    QSignalSpy evaluated(inspect, &convsight::widgets::InspectWorkspace::evaluated);
    inspect->evaluateTestSet();
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
    QVERIFY(inspect->confusionMatrix()->evaluation().examples > 0);
    QVERIFY2(label("inspectModelLabel")->text().contains(QStringLiteral("after 1 epoch on")),
             qPrintable(label("inspectModelLabel")->text()));

    // Another data set in Train: the old run's accuracy goes.
    auto* trainWs = window_->trainWorkspace();
    auto* datasets = trainWs->findChild<QComboBox*>(QStringLiteral("datasetBox"));
    const int fashion = datasets->findData(QStringLiteral("fashion-mnist"));
    QVERIFY(fashion >= 0);
    QSignalSpy ready(trainWs, &convsight::widgets::TrainWorkspace::datasetReady);
    datasets->setCurrentIndex(fashion);
    emit datasets->activated(fashion);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    if (trainWs->datasetSpec() == QStringLiteral("fashion-mnist"))
        QVERIFY2(!label("progressText")->text().contains(QStringLiteral("accuracy")),
                 qPrintable(label("progressText")->text()));

    // Loading the model: Train shows its data set again, Inspect drops the old evaluation.
    QSignalSpy loaded(session, &TrainingSession::modelLoaded);
    trainWs->loadModelFrom(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QCOMPARE(trainWs->datasetSpec(), QStringLiteral("shapes"));
    QCOMPARE(datasets->currentData().toString(), QStringLiteral("shapes"));
    QCOMPARE(inspect->confusionMatrix()->evaluation().examples, 0);
    QVERIFY(!inspect->findChild<convsight::widgets::MessageLine*>(QStringLiteral("inspectMessage"))
                 ->text()
                 .contains(QStringLiteral("Test accuracy")));
    QVERIFY(trainWs->messageLine()->text().contains(QStringLiteral("trained 1 epoch on shapes")));
}

QTEST_MAIN(TestStateShown)
#include "tst_stateshown.moc"
