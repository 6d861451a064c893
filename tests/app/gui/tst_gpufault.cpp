// GPU faults in the real main window, offscreen: where there is no GPU the device choices say why
// in sight (greyed), and when the device fails during training or filtering the app goes on, says
// which op failed and offers "Continue on the CPU", which carries on there. The fault is injected
// through the session's and the workspace's test seams, so this runs without a GPU. With
// CONVSIGHT_GPUFAULT_SHOTS=FOLDER it also writes the window with each message as a PNG.
#include "MainWindow.h"
#include "common/MessageLine.h"
#include "common/Theme.h"
#include "common/TrainingSession.h"
#include "compute/Device.h"
#include "filter/FilterWorkspace.h"
#include "train/TrainWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QtTest>
#include <memory>

using namespace convsight;
using namespace convsight::widgets;
using convsight::app::MainWindow;
using State = TrainingSession::State;

class tst_GpuFault : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trainShowsWhyTheGpuIsOff();
    void filterShowsWhyTheGpuIsOff();
    void trainingGoesOnOnTheCpuAfterADeviceFault();
    void filteringRecomputesOnTheCpuAfterADeviceFault();

private:
    // The window as it is now, when CONVSIGHT_GPUFAULT_SHOTS names a folder.
    void shoot(const QString& name);
    std::unique_ptr<MainWindow> window_;
};

void tst_GpuFault::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
}

void tst_GpuFault::init() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 680);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void tst_GpuFault::cleanup() {
    window_->setClosePrompt([](QString*) { return MainWindow::CloseChoice::Discard; });
    window_.reset();
}

void tst_GpuFault::shoot(const QString& name) {
    const QString folder = qEnvironmentVariable("CONVSIGHT_GPUFAULT_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(window_->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void tst_GpuFault::trainShowsWhyTheGpuIsOff() {
    if (compute::Device::cuda_available())
        QSKIP("this machine has a CUDA device: its choice is not off");
    window_->showWorkspace(MainWindow::Workspace::Train);
    TrainWorkspace* train = window_->trainWorkspace();
    const QString reason = QString::fromStdString(compute::Device::cuda_unavailable_reason());
    auto* off = train->findChild<QLabel*>(QStringLiteral("gpuOffLabel"));
    QVERIFY(off);
    QTRY_VERIFY(off->isVisible());
    QCOMPARE(off->text(), QStringLiteral("GPU off: %1").arg(reason));
    // Greyed: the theme's muted text colour.
    QCOMPARE(off->palette().color(QPalette::WindowText), theme::colours().mutedText);
    // And the choice itself cannot be taken.
    auto* device = train->findChild<QComboBox*>(QStringLiteral("deviceBox"));
    const auto* model = qobject_cast<QStandardItemModel*>(device->model());
    QVERIFY(model && !model->item(1)->isEnabled());
    // Scrolled into sight beside the device choice, for the picture.
    for (QWidget* parent = off->parentWidget(); parent; parent = parent->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
            scroll->ensureWidgetVisible(device);
            scroll->ensureWidgetVisible(off);
            break;
        }
    shoot(QStringLiteral("train-gpu-off"));
}

void tst_GpuFault::filterShowsWhyTheGpuIsOff() {
    if (compute::Device::cuda_available())
        QSKIP("this machine has a CUDA device: its choice is not off");
    window_->showWorkspace(MainWindow::Workspace::Filter);
    FilterWorkspace* filter = window_->filterWorkspace();
    const QString reason = QString::fromStdString(compute::Device::cuda_unavailable_reason());
    auto* off = filter->findChild<QLabel*>(QStringLiteral("gpuOffLabel"));
    QVERIFY(off);
    QTRY_VERIFY(off->isVisible());
    QCOMPARE(off->text(), QStringLiteral("GPU off"));
    QVERIFY(off->toolTip().contains(reason));
    QCOMPARE(off->palette().color(QPalette::WindowText), theme::colours().mutedText);
    // The device menu's CUDA choice is greyed out and says why in its text.
    auto* cuda = filter->findChild<QAction*>(QStringLiteral("cudaDeviceAction"));
    QVERIFY(cuda);
    QVERIFY(!cuda->isEnabled());
    QCOMPARE(cuda->text(), QStringLiteral("CUDA GPU (off: %1)").arg(reason));
    // Asking for CUDA anyway is refused with the same reason.
    QVERIFY(!filter->setDeviceType(compute::DeviceType::Cuda));
    QVERIFY2(filter->message().contains(reason), qPrintable(filter->message()));
    QVERIFY(filter->device().is_cpu());
    shoot(QStringLiteral("filter-gpu-off"));
}

void tst_GpuFault::trainingGoesOnOnTheCpuAfterADeviceFault() {
    window_->showWorkspace(MainWindow::Workspace::Train);
    TrainWorkspace* train = window_->trainWorkspace();
    TrainingSession* session = window_->trainingSession();
    QTRY_COMPARE(train->datasetSpec(), QStringLiteral("shapes"));
    train->epochsBox()->setValue(2);
    auto* button = train->findChild<QPushButton*>(QStringLiteral("continueOnCpuButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());

    // The first batch fails as a GPU fault in conv2d_forward would.
    session->failNextBatchForTesting(QStringLiteral("conv2d_forward"));
    QSignalSpy failed(session, &TrainingSession::failed);
    QTest::mouseClick(train->findChild<QPushButton*>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, 30000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(session->deviceFailure(), QStringLiteral("conv2d_forward"));
    const QString message = train->messageLine()->text();
    QVERIFY2(message.startsWith(QStringLiteral("The GPU failed in conv2d_forward")),
             qPrintable(message));
    QCOMPARE(message.count(QStringLiteral("conv2d_forward")), 1); // the op, named once
    QVERIFY(train->messageLine()->isProblem());
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Continue on the CPU"));
    QVERIFY(window_->isVisible()); // the app goes on
    shoot(QStringLiteral("train-gpu-failed"));

    // Continue: the run resumes from where it stood (after the first batch), on the CPU.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isVisible());
    QVERIFY2(train->messageLine()->text().contains(QStringLiteral("on the CPU")),
             qPrintable(train->messageLine()->text()));
    QVERIFY(!train->messageLine()->isProblem());
    QCOMPARE(train->findChild<QComboBox*>(QStringLiteral("deviceBox"))->currentIndex(), 0);
    QVERIFY(session->setup().config.device.is_cpu());
    QVERIFY(session->deviceFailure().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session->batches().size() >= 3, 30000);
    QCOMPARE(session->batches().front().epoch, 1);
    QCOMPARE(session->batches().front().batch, 2); // the failed batch 1 was trained
    QVERIFY(session->state() == State::Running || session->state() == State::Finished);
    QCOMPARE(failed.count(), 1);
    shoot(QStringLiteral("train-continued-on-cpu"));
    session->stop();
    QTRY_VERIFY(!session->isActive());
}

void tst_GpuFault::filteringRecomputesOnTheCpuAfterADeviceFault() {
    window_->showWorkspace(MainWindow::Workspace::Filter);
    FilterWorkspace* filter = window_->filterWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(!filter->isFiltering() && !filter->result().output.empty(), 20000);
    auto* button = filter->findChild<QPushButton*>(QStringLiteral("continueOnCpuButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    const cv::Mat before = filter->result().output.clone();

    // The next filtering (the grey version) fails as a GPU fault in filter2d would.
    filter->failNextFilteringForTesting(QStringLiteral("filter2d"));
    filter->setGrey(true);
    QTRY_VERIFY(filter->message().startsWith(QStringLiteral("The GPU failed in filter2d")));
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Continue on the CPU"));
    QCOMPARE(filter->message().count(QStringLiteral("filter2d")), 1); // the op, named once
    // The output keeps the last result that was computed.
    QVERIFY(!filter->result().request.grey);
    QCOMPARE(filter->result().output.channels(), before.channels());
    shoot(QStringLiteral("filter-gpu-failed"));

    // Continue: the same filtering again, on the CPU.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!filter->isFiltering() && filter->result().request.grey);
    QVERIFY(filter->result().request.device.is_cpu());
    QCOMPARE(filter->result().output.channels(), 1);
    QVERIFY(filter->result().error.isEmpty());
    QVERIFY(!button->isVisible());
    QVERIFY2(filter->message().contains(QStringLiteral("on the CPU")),
             qPrintable(filter->message()));
}

QTEST_MAIN(tst_GpuFault)
#include "tst_gpufault.moc"
