// The keyboard and help as a user meets them: F1 lists every shortcut read from the live actions,
// grouped by workspace; Help opens the user guide and its lessons; a workspace's keys act only
// while it is shown; the Step-through keys (a presenter's clicker) work while a spin box has the
// focus; every control has a tooltip; Tab never stops on something hidden.
#include "HelpWindows.h"
#include "LessonsPanel.h"
#include "MainWindow.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "stepthrough/ConvolutionStage.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/TrainWorkspace.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using convsight::app::GuideWindow;
using convsight::app::MainWindow;
using convsight::app::ShortcutsWindow;
using convsight::widgets::ConvolutionStage;
using convsight::widgets::StepThroughWorkspace;
using Workspace = MainWindow::Workspace;

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void f1ListsEveryShortcutByWorkspace();
    void cheatSheetIsReadFromTheLiveActions();
    void helpMenuOpensGuideAndLessons();
    void workspaceKeysActOnlyWhereShown();
    void mainButtonsHaveShortcutsInTheirTooltips();
    void clickerKeysDriveStepThroughFromASpinBox_data();
    void clickerKeysDriveStepThroughFromASpinBox();
    void spaceAndEndFromACheckBoxAndACombo();
    void playbackBarFitsAProjector();
    void filterPresetKeys();
    void everyControlHasATooltip_data();
    void everyControlHasATooltip();
    void tabNeverStopsOnAHiddenWidget_data();
    void tabNeverStopsOnAHiddenWidget();

private:
    StepThroughWorkspace* stepThrough() const {
        return window_->findChild<StepThroughWorkspace*>();
    }
    // The cheat sheet's rows: group title → (text, keys).
    QMap<QString, QList<QPair<QString, QString>>> sheet() const;
    MainWindow* window_{};
};

void TestKeyboard::init() {
    // Settings (theme, zoom, recent files and sessions) of a test run, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    window_ = new MainWindow;
    window_->resize(1280, 680);
    window_->show();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_));
}

void TestKeyboard::cleanup() {
    window_->setClosePrompt([](QString*) { return MainWindow::CloseChoice::Discard; });
    delete window_;
    window_ = nullptr;
}

QMap<QString, QList<QPair<QString, QString>>> TestKeyboard::sheet() const {
    QMap<QString, QList<QPair<QString, QString>>> rows;
    auto* window = window_->findChild<ShortcutsWindow*>();
    if (!window)
        return rows;
    QTreeWidget* tree = window->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows[group->text(0)].append({group->child(i)->text(0), group->child(i)->text(1)});
    }
    return rows;
}

void TestKeyboard::f1ListsEveryShortcutByWorkspace() {
    QTest::keyClick(window_, Qt::Key_F1);
    auto* window = window_->findChild<ShortcutsWindow*>();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    const auto rows = sheet();
    for (const QString& group :
         {QStringLiteral("Everywhere (menus)"), QStringLiteral("Filter"),
          QStringLiteral("Step through"), QStringLiteral("Train"), QStringLiteral("Inspect")})
        QVERIFY2(rows.contains(group) && !rows[group].isEmpty(), qPrintable(group));
    const auto has = [&](const QString& group, const QString& text, const QString& keys) {
        for (const auto& [t, k] : rows[group])
            if (t == text && k == keys)
                return true;
        return false;
    };
    QVERIFY(has(QStringLiteral("Everywhere (menus)"), QStringLiteral("Keyboard Shortcuts"),
                QStringLiteral("F1")));
    QVERIFY(has(QStringLiteral("Everywhere (menus)"), QStringLiteral("Step through"),
                QStringLiteral("Ctrl+2")));
    QVERIFY(has(QStringLiteral("Train"), QStringLiteral("Start"), QStringLiteral("Ctrl+Return")));
    QVERIFY(has(QStringLiteral("Train"), QStringLiteral("One batch"), QStringLiteral("Ctrl+B")));
    QVERIFY(has(QStringLiteral("Step through"), QStringLiteral("Next"),
                QStringLiteral("Right, PgDown")));
    QVERIFY(has(QStringLiteral("Step through"), QStringLiteral("Last"), QStringLiteral("End")));
    QVERIFY(has(QStringLiteral("Filter"), QStringLiteral("Next kernel preset"),
                QStringLiteral("Alt+Down")));
    QVERIFY(has(QStringLiteral("Inspect"), QStringLiteral("Evaluate the test set"),
                QStringLiteral("Ctrl+T")));
    // Every action with a shortcut in the window is on the sheet, once.
    int listed = 0;
    for (const auto& group : rows)
        listed += static_cast<int>(group.size());
    int withKeys = 0;
    for (QAction* action : window_->findChildren<QAction*>())
        if (!action->shortcut().isEmpty())
            ++withKeys;
    QCOMPARE(listed, withKeys);
}

void TestKeyboard::cheatSheetIsReadFromTheLiveActions() {
    auto* extra = new QAction(QStringLiteral("Something new"), window_->trainWorkspace());
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    window_->trainWorkspace()->addAction(extra);
    window_->showShortcuts();
    QVERIFY(sheet()[QStringLiteral("Train")].contains(
        qMakePair(QStringLiteral("Something new"), QStringLiteral("Ctrl+Alt+J"))));
}

void TestKeyboard::helpMenuOpensGuideAndLessons() {
    QStringList help;
    for (QAction* top : window_->menuBar()->actions())
        if (top->menu() && top->text() == QStringLiteral("&Help"))
            for (QAction* action : top->menu()->actions())
                help << action->objectName();
    QVERIFY(help.contains(QStringLiteral("shortcutsAction")));
    QVERIFY(help.contains(QStringLiteral("guideAction")));
    QVERIFY(help.contains(QStringLiteral("lessonsAction")));

    window_->guideAction()->trigger();
    auto* guide = window_->findChild<GuideWindow*>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    for (const char* heading :
         {"Filter", "Step through", "Train", "Inspect", "In class", "Lessons"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("[[−4,−3],[3,−8]]")));

    // Help ▸ Teacher's Guide opens the other guide in its own window.
    QVERIFY(help.contains(QStringLiteral("teacherGuideAction")));
    window_->teacherGuideAction()->trigger();
    auto* teacher = window_->findChild<GuideWindow*>(QStringLiteral("guideWindow-teacher-guide"));
    QVERIFY(teacher);
    QTRY_VERIFY(teacher->isVisible());
    QVERIFY(
        teacher->browser()->toPlainText().startsWith(QStringLiteral("ConvSight teacher's guide")));
    QVERIFY(guide->isVisible());

    // Help ▸ Lessons opens the Lessons panel beside the workspaces.
    window_->lessonsAction()->trigger();
    QTRY_VERIFY(window_->lessonsDock()->isVisible());
    QVERIFY(
        window_->lessonsPanel()->findChild<QListWidget*>(QStringLiteral("lessonList"))->count() >=
        16);
    window_->lessonsDock()->hide();
}

void TestKeyboard::workspaceKeysActOnlyWhereShown() {
    auto* train = window_->trainWorkspace();
    auto* views = train->findChild<QStackedWidget*>();
    QVERIFY(views);
    const QWidget* before = views->currentWidget();
    // Ctrl+Shift+E (edit the network) in the Filter workspace: nothing happens in Train.
    QTest::keyClick(window_, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(views->currentWidget(), before);
    window_->showWorkspace(Workspace::Train);
    QTest::keyClick(window_, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(views->currentWidget() != before);
}

void TestKeyboard::mainButtonsHaveShortcutsInTheirTooltips() {
    const QPair<const char*, const char*> buttons[] = {
        {"startButton", "Ctrl+Return"}, {"pauseButton", "Ctrl+P"},
        {"stepButton", "Ctrl+B"},       {"stopButton", "Ctrl+."},
        {"saveModelButton", "Ctrl+M"},  {"loadModelButton", "Ctrl+L"},
        {"evaluateButton", "Ctrl+T"},   {"nextMistakeButton", "Ctrl+M"},
        {"openImageButton", "Ctrl+I"},  {"viewBankButton", "Alt+5"},
    };
    for (const auto& [name, keys] : buttons) {
        auto* button = window_->findChild<QAbstractButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(button->toolTip().contains(QLatin1String(keys)),
                 qPrintable(QLatin1String(name) + QStringLiteral(": ") + button->toolTip()));
    }
    QVERIFY(stepThrough()->stepForwardAction()->toolTip().contains(QStringLiteral("Page Down")));
}

void TestKeyboard::clickerKeysDriveStepThroughFromASpinBox_data() {
    QTest::addColumn<QString>("focus");
    QTest::newRow("stride") << QStringLiteral("strideSpin");
    QTest::newRow("kernel size") << QStringLiteral("kernelSizeSpin");
    QTest::newRow("padding") << QStringLiteral("paddingCombo");
    QTest::newRow("timeline") << QStringLiteral("timelineSlider");
}

void TestKeyboard::clickerKeysDriveStepThroughFromASpinBox() {
    QFETCH(QString, focus);
    window_->showWorkspace(Workspace::StepThrough);
    StepThroughWorkspace* workspace = stepThrough();
    ConvolutionStage* stage = workspace->stage();
    auto* input = workspace->findChild<QWidget*>(focus);
    QVERIFY(input);
    input->setFocus();
    QTRY_VERIFY(input->hasFocus());
    const auto document = workspace->document();
    QCOMPARE(stage->step(), 0);

    QTest::keyClick(input, Qt::Key_Right);
    QCOMPARE(stage->step(), 1);
    QTest::keyClick(input, Qt::Key_PageDown);
    QCOMPARE(stage->step(), 2);
    QTest::keyClick(input, Qt::Key_Left);
    QCOMPARE(stage->step(), 1);
    QTest::keyClick(input, Qt::Key_PageUp);
    QCOMPARE(stage->step(), 0);
    QTest::keyClick(input, Qt::Key_End);
    QCOMPARE(stage->step(), stage->stepCount() - 1);
    QTest::keyClick(input, Qt::Key_Home);
    QCOMPARE(stage->step(), 0);
    QTest::keyClick(input, Qt::Key_Space);
    QVERIFY(workspace->isPlaying());
    QTest::keyClick(input, Qt::Key_Space);
    QVERIFY(!workspace->isPlaying());
    // The control itself did not change: stride, size and padding are as they were.
    QCOMPARE(workspace->document(), document);
    QVERIFY(input->hasFocus());
}

void TestKeyboard::spaceAndEndFromACheckBoxAndACombo() {
    window_->showWorkspace(Workspace::StepThrough);
    StepThroughWorkspace* workspace = stepThrough();
    auto* flip = workspace->findChild<QCheckBox*>(QStringLiteral("flipCheck"));
    flip->setFocus();
    QTest::keyClick(flip, Qt::Key_Space);
    QVERIFY(!flip->isChecked());
    QVERIFY(workspace->isPlaying());
    workspace->pause();
    // Without any focus in the workspace the keys work too (WindowShortcut).
    window_->setFocus();
    QTest::keyClick(window_, Qt::Key_End);
    QCOMPARE(workspace->stage()->step(), workspace->stage()->stepCount() - 1);
    // In another workspace the keys are not the stage's.
    window_->showWorkspace(Workspace::Filter);
    QTest::keyClick(window_, Qt::Key_Home);
    QCOMPARE(workspace->stage()->step(), workspace->stage()->stepCount() - 1);
}

// First, Back, Play, Next, Last and Pin side by side still fit a 1024-pixel-wide window.
void TestKeyboard::playbackBarFitsAProjector() {
    auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    const int sidebar = window_->width() - pages->width();
    QVERIFY2(stepThrough()->minimumSizeHint().width() + sidebar <= 1024,
             qPrintable(QString::number(stepThrough()->minimumSizeHint().width() + sidebar)));
}

void TestKeyboard::filterPresetKeys() {
    auto* editor = window_->filterWorkspace()->kernelEditor();
    QCOMPARE(editor->presetId(), QStringLiteral("identity"));
    QTest::keyClick(window_, Qt::Key_Down, Qt::AltModifier);
    const QString second = editor->presetId();
    QVERIFY(!second.isEmpty() && second != QStringLiteral("identity"));
    QTest::keyClick(window_, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->presetId(), QStringLiteral("identity"));
    QTest::keyClick(window_, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(window_, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(editor->presetId(), QStringLiteral("identity"));
}

void TestKeyboard::everyControlHasATooltip_data() {
    QTest::addColumn<Workspace>("workspace");
    QTest::newRow("filter") << Workspace::Filter;
    QTest::newRow("step through") << Workspace::StepThrough;
    QTest::newRow("train") << Workspace::Train;
    QTest::newRow("inspect") << Workspace::Inspect;
}

void TestKeyboard::everyControlHasATooltip() {
    QFETCH(Workspace, workspace);
    window_->showWorkspace(workspace);
    QTest::qWait(50);
    auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    QStringList missing;
    // Every tab of the workspace in turn (Inspect's confusion matrix, MLP versus CNN…).
    QList<QPair<QTabWidget*, int>> tabs{{nullptr, 0}};
    for (QTabWidget* tabWidget : pages->currentWidget()->findChildren<QTabWidget*>())
        for (int i = 0; i < tabWidget->count(); ++i)
            tabs.append({tabWidget, i});
    for (const auto& [tabWidget, index] : tabs) {
        if (tabWidget)
            tabWidget->setCurrentIndex(index);
        for (QWidget* w : pages->currentWidget()->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) ||
                                 qobject_cast<QAbstractSpinBox*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSlider*>(w);
            if (!control || !w->isVisible() || qobject_cast<QScrollArea*>(w->parentWidget()))
                continue;
            if (qobject_cast<QAbstractSlider*>(w) && w->parentWidget() &&
                qobject_cast<QAbstractScrollArea*>(w->parentWidget()->parentWidget()))
                continue; // a scroll bar
            if (w->toolTip().trimmed().isEmpty())
                missing << w->metaObject()->className() + QStringLiteral(" ") + w->objectName() +
                               QStringLiteral(" '") +
                               (qobject_cast<QAbstractButton*>(w)
                                    ? qobject_cast<QAbstractButton*>(w)->text()
                                    : QString()) +
                               QStringLiteral("'");
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
}

void TestKeyboard::tabNeverStopsOnAHiddenWidget_data() {
    everyControlHasATooltip_data();
}

void TestKeyboard::tabNeverStopsOnAHiddenWidget() {
    QFETCH(Workspace, workspace);
    window_->showWorkspace(workspace);
    auto* pages = window_->findChild<QStackedWidget*>(QStringLiteral("workspacePages"));
    QWidget* page = pages->currentWidget();
    page->setFocus();
    QStringList bad;
    int stops = 0;
    QWidget* first = nullptr;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window_,
                        Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (focus == first)
            break; // once round
        if (!first)
            first = focus;
        ++stops;
        const QRect inWindow(focus->mapTo(window_, QPoint(0, 0)), focus->size());
        const bool seen = focus->isVisible() && focus->width() > 2 && focus->height() > 2 &&
                          window_->rect().intersects(inWindow);
        if (!seen)
            bad << focus->metaObject()->className() + QStringLiteral(" ") + focus->objectName();
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    QVERIFY2(stops >= 5, qPrintable(QString::number(stops))); // the walk went round the controls
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
