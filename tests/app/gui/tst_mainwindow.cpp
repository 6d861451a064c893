// The main window as a user meets it: Ctrl+1…4 and the sidebar switch workspaces, every workspace
// says what it teaches (Step through shows its stage), the About box lists the versions, the status
// bar names the device.
#include "AboutDialog.h"
#include "AppInfo.h"
#include "MainWindow.h"
#include "SessionFile.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "inspect/FeatureMapView.h"
#include "inspect/InspectWorkspace.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"
#include "train/TrainingCharts.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using convsight::app::AboutDialog;
using convsight::app::MainWindow;
using Workspace = MainWindow::Workspace;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsOnFilter();
    void visibleFirstBuildsTrainAndInspectAfterFirstPaint();
    void visibleFirstBuildsThemWhenAskedEarlier();
    void shortcutsSwitchWorkspaces_data();
    void shortcutsSwitchWorkspaces();
    void sidebarClickSwitchesWorkspace();
    void narrowWindowShowsSidebarIcons();
    void everyWorkspaceOpensOnItsContent();
    void aboutBoxListsVersions();
    void editMenuUndoesKernelEdits();
    void statusBarNamesTheDevice();

private:
    MainWindow* window_{};
};

void TestMainWindow::init() {
    // Settings (theme, zoom, recent files and sessions) of a test run, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    window_ = new MainWindow;
    window_->show();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_));
}

void TestMainWindow::cleanup() {
    delete window_;
    window_ = nullptr;
}

void TestMainWindow::startsOnFilter() {
    QCOMPARE(window_->currentWorkspace(), Workspace::Filter);
    QVERIFY(window_->workspaceAction(Workspace::Filter)->isChecked());
}

void TestMainWindow::shortcutsSwitchWorkspaces_data() {
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<Workspace>("expected");
    QTest::newRow("Ctrl+2") << Qt::Key_2 << Workspace::StepThrough;
    QTest::newRow("Ctrl+3") << Qt::Key_3 << Workspace::Train;
    QTest::newRow("Ctrl+4") << Qt::Key_4 << Workspace::Inspect;
}

void TestMainWindow::shortcutsSwitchWorkspaces() {
    QFETCH(Qt::Key, key);
    QFETCH(Workspace, expected);
    QSignalSpy changed(window_, &MainWindow::workspaceChanged);

    QTest::keyClick(window_, key, Qt::ControlModifier);
    QCOMPARE(window_->currentWorkspace(), expected);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Workspace>(), expected);
    QVERIFY(window_->workspaceAction(expected)->isChecked());
    auto* sidebar = window_->findChild<QListWidget*>(QStringLiteral("workspaceSidebar"));
    QCOMPARE(sidebar->currentRow(), static_cast<int>(expected));

    // And back to the first with Ctrl+1.
    QTest::keyClick(window_, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window_->currentWorkspace(), Workspace::Filter);
    QCOMPARE(changed.count(), 2);
}

void TestMainWindow::sidebarClickSwitchesWorkspace() {
    auto* sidebar = window_->findChild<QListWidget*>(QStringLiteral("workspaceSidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), MainWindow::workspaceCount);
    const QRect train = sidebar->visualItemRect(sidebar->item(static_cast<int>(Workspace::Train)));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, train.center());
    QCOMPARE(window_->currentWorkspace(), Workspace::Train);
    QVERIFY(window_->workspaceAction(Workspace::Train)->isChecked());
    auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("train"));
}

// A window narrower than 1150 px keeps the sidebar's icons and drops their names (the tooltips keep
// them), so the workspace gains 150 px; a wider one shows the names again.
void TestMainWindow::narrowWindowShowsSidebarIcons() {
    auto* sidebar = window_->findChild<QListWidget*>(QStringLiteral("workspaceSidebar"));
    auto* title = window_->findChild<QLabel*>(QStringLiteral("sidebarTitle"));
    auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    QVERIFY(sidebar && title && pages);
    const auto names = [&] {
        QStringList texts;
        for (int i = 0; i < sidebar->count(); ++i)
            texts << sidebar->item(i)->text();
        return texts;
    };

    window_->resize(1280, 680);
    QTRY_COMPARE(window_->width(), 1280);
    QCOMPARE(names(), QStringList({QStringLiteral("Filter"), QStringLiteral("Step through"),
                                   QStringLiteral("Train"), QStringLiteral("Inspect")}));
    QVERIFY(title->isVisible());
    const int wideSidebar = sidebar->width();
    QTRY_COMPARE(pages->width(), 1280 - wideSidebar);

    window_->resize(1000, 700);
    QTRY_COMPARE(window_->width(), 1000);
    QVERIFY(window_->width() < MainWindow::sidebarNarrowBelow);
    QCOMPARE(names(), QStringList(sidebar->count(), QString()));
    QVERIFY(!title->isVisible());
    QVERIFY2(sidebar->width() <= wideSidebar - 140, qPrintable(QString::number(sidebar->width())));
    QTRY_COMPARE(pages->width(), 1000 - sidebar->width());
    // Each icon is whole, and its tooltip still names the workspace.
    for (int i = 0; i < sidebar->count(); ++i) {
        const QRect item = sidebar->visualItemRect(sidebar->item(i));
        QVERIFY(sidebar->viewport()->rect().contains(item));
        QVERIFY(item.width() >= sidebar->iconSize().width());
        QVERIFY(sidebar->item(i)->toolTip().contains(
            window_->workspaceAction(static_cast<Workspace>(i))->text().remove(QLatin1Char('&'))));
    }
    QVERIFY(!sidebar->horizontalScrollBar()->isVisible());
    const QRect inspect =
        sidebar->visualItemRect(sidebar->item(static_cast<int>(Workspace::Inspect)));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, inspect.center());
    QCOMPARE(window_->currentWorkspace(), Workspace::Inspect);

    window_->resize(1280, 680);
    QTRY_COMPARE(sidebar->width(), wideSidebar);
    QCOMPARE(names().at(static_cast<int>(Workspace::Train)), QStringLiteral("Train"));
    QVERIFY(title->isVisible());
}

void TestMainWindow::everyWorkspaceOpensOnItsContent() {
    const QStringList slugs{"filter", "step-through", "train", "inspect"};
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        QCOMPARE(MainWindow::workspaceSlug(workspace), slugs.at(i));
        window_->showWorkspace(workspace);
        auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
        QCOMPARE(pages->currentWidget()->objectName(), slugs.at(i));
        if (workspace == Workspace::Filter) {
            // Not an intro: a photo, the kernel editor and the output.
            auto* filter =
                qobject_cast<convsight::widgets::FilterWorkspace*>(pages->currentWidget());
            QVERIFY(filter);
            QVERIFY(filter->kernelEditor()->isVisible());
            QCOMPARE(filter->sourceName(), convsight::widgets::FilterWorkspace::sampleNames()[0]);
            continue;
        }
        if (workspace == Workspace::StepThrough) {
            // Not an intro: the stage itself, on the lecture's worked example.
            auto* stage =
                pages->currentWidget()->findChild<convsight::widgets::ConvolutionStage*>();
            QVERIFY(stage);
            QVERIFY(stage->isVisible());
            QCOMPARE(stage->stepCount(), 4);
            QVERIFY2(stage->expressionText().endsWith(QStringLiteral("= −4")),
                     qPrintable(stage->expressionText()));
            continue;
        }
        if (workspace == Workspace::Train) {
            // The real workspace, on synthetic shapes and the small model, ready to start.
            auto* train = qobject_cast<convsight::widgets::TrainWorkspace*>(pages->currentWidget());
            QVERIFY(train);
            QVERIFY(train->charts()->isVisible());
            QTRY_COMPARE(train->datasetSpec(), QStringLiteral("shapes"));
            QVERIFY(train->architectureEditor()->isValid());
            continue;
        }
        auto* inspect = qobject_cast<convsight::widgets::InspectWorkspace*>(pages->currentWidget());
        QVERIFY(inspect);
        QVERIFY(inspect->featureMaps()->isVisible());
    }
}

void TestMainWindow::editMenuUndoesKernelEdits() {
    auto* editor = window_->filterWorkspace()->kernelEditor();
    QVERIFY(!window_->undoAction()->isEnabled());
    editor->loadPreset(QStringLiteral("sobel-x"));
    QVERIFY(window_->undoAction()->isEnabled());
    QCOMPARE(window_->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    window_->undoAction()->trigger();
    QCOMPARE(editor->presetId(), QStringLiteral("identity"));
    window_->redoAction()->trigger();
    QCOMPARE(editor->presetId(), QStringLiteral("sobel-x"));
}

void TestMainWindow::aboutBoxListsVersions() {
    window_->aboutAction()->trigger();
    auto* about = window_->findChild<AboutDialog*>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());

    const QString details = about->detailsText();
    // "ConvSight 0.2.0 (git abc1234)": the version and the revision it was built from.
    QVERIFY2(details.startsWith(QStringLiteral("ConvSight ") +
                                convsight::app::versionWithRevision() + QLatin1Char('\n')),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())),
             qPrintable(details));
    for (const convsight::app::LibraryVersion& library : convsight::app::libraryVersions()) {
        QVERIFY(!library.version.isEmpty());
        QVERIFY2(details.contains(library.name + QStringLiteral(": ") + library.version),
                 qPrintable(details));
    }
    for (const char* name : {"OpenCV", "Eigen", "CUDA", "CPU"})
        QVERIFY2(details.contains(QLatin1String(name)), name);

    // What the user sees is the same list, in the dialog's label.
    auto* label = about->findChild<QLabel*>(QStringLiteral("versionsLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(label->text().contains(QStringLiteral("OpenCV")));

    // A second trigger reuses the open box instead of stacking another.
    window_->aboutAction()->trigger();
    QCOMPARE(window_->findChildren<AboutDialog*>().size(), 1);
    about->close();
}

void TestMainWindow::statusBarNamesTheDevice() {
    QLabel* device = window_->deviceLabel();
    QVERIFY(device->isVisible());
    QVERIFY(device->text().startsWith(QStringLiteral("CPU: ")));
    QVERIFY(device->text().contains(QStringLiteral("cores")));
    QVERIFY(device->text().contains(QStringLiteral("CUDA")) ||
            device->text().contains(QStringLiteral("GPU")));
}

// The program paints the Filter workspace before it builds Train and Inspect (Build::VisibleFirst):
// they come right after the first paint, in their places in the stack.
void TestMainWindow::visibleFirstBuildsTrainAndInspectAfterFirstPaint() {
    MainWindow window(nullptr, MainWindow::Build::VisibleFirst);
    QVERIFY(!window.allWorkspacesBuilt());
    QVERIFY(!window.findChild<convsight::widgets::TrainWorkspace*>());
    QVERIFY(!window.findChild<convsight::widgets::InspectWorkspace*>());
    QVERIFY(window.filterWorkspace());
    QVERIFY(window.findChild<convsight::widgets::StepThroughWorkspace*>());
    QCOMPARE(window.currentWorkspace(), Workspace::Filter);
    window.show();
    QTRY_VERIFY(window.allWorkspacesBuilt());
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), MainWindow::workspaceCount);
    QCOMPARE(pages->currentWidget(), window.filterWorkspace());
    QCOMPARE(pages->widget(static_cast<int>(Workspace::Train)), window.trainWorkspace());
    QCOMPARE(pages->widget(static_cast<int>(Workspace::Inspect)), window.inspectWorkspace());
    QCOMPARE(window.trainWorkspace()->objectName(), QStringLiteral("train"));
    QCOMPARE(window.inspectWorkspace()->objectName(), QStringLiteral("inspect"));
    window.showWorkspace(Workspace::Inspect);
    QCOMPARE(pages->currentWidget(), window.inspectWorkspace());
}

// Asked for before the first paint (a session or a lesson to set up), they are built there and
// then, and the window's state is the one a window built whole has.
void TestMainWindow::visibleFirstBuildsThemWhenAskedEarlier() {
    MainWindow whole;
    MainWindow deferred(nullptr, MainWindow::Build::VisibleFirst);
    QVERIFY(!deferred.allWorkspacesBuilt());
    QCOMPARE(deferred.workspaceWidget(Workspace::Train), deferred.trainWorkspace());
    QVERIFY(deferred.allWorkspacesBuilt());
    QVERIFY(deferred.inspectWorkspace());
    QString error;
    const auto wholeDocument = convsight::app::sessionDocument(whole, &error);
    const auto deferredDocument = convsight::app::sessionDocument(deferred, &error);
    QVERIFY2(wholeDocument && deferredDocument, qPrintable(error));
    QCOMPARE(QString::fromStdString(deferredDocument->dump()),
             QString::fromStdString(wholeDocument->dump()));

    // Switching to a workspace not built yet builds it and shows it.
    MainWindow switched(nullptr, MainWindow::Build::VisibleFirst);
    switched.showWorkspace(Workspace::Train);
    QVERIFY(switched.allWorkspacesBuilt());
    QCOMPARE(switched.currentWorkspace(), Workspace::Train);
    QCOMPARE(switched.findChild<QStackedWidget*>(QStringLiteral("workspacePages"))->currentWidget(),
             switched.trainWorkspace());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
