// Presentation mode, full screen, zoom and themes as a teacher uses them: F5 makes every
// workspace's text and painted views larger and hides the chrome (its shortcuts still work), F5
// or Esc leaves; F11 and the View menu's tick follow the real window state; Ctrl +/−/0 zoom; a
// theme switch repaints the palette and the views; zoom and theme survive a restart.
#include "MainWindow.h"
#include "Presentation.h"
#include "common/Theme.h"
#include "filter/FilterWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QValueAxis>

using convsight::app::MainWindow;
using convsight::app::Presentation;
using Workspace = MainWindow::Workspace;
namespace theme = convsight::widgets::theme;

namespace {

int pixelSize(const QFont& font) {
    return QFontInfo(font).pixelSize();
}

// The first visible label with text in `page`: what a student reads.
QLabel* visibleLabel(QWidget* page) {
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty() && label->pixmap().isNull())
            return label;
    return nullptr;
}

// The painted view of a workspace whose fonts the presentation must raise, and the font it
// paints its text with.
QFont paintedFont(QWidget* page, Workspace workspace) {
    switch (workspace) {
    case Workspace::Filter:
        for (QWidget* w : page->findChildren<QWidget*>())
            if (QByteArray(w->metaObject()->className()).endsWith("KernelGrid"))
                return w->font();
        break;
    case Workspace::StepThrough:
        if (auto* stage = page->findChild<QWidget*>(QStringLiteral("convolutionStage")))
            return stage->font();
        break;
    case Workspace::Train:
        if (auto* chart = page->findChild<QChartView*>(QStringLiteral("lossChart")))
            if (!chart->chart()->axes().isEmpty())
                return chart->chart()->axes().first()->labelsFont();
        break;
    case Workspace::Inspect:
        if (auto* canvas = page->findChild<QWidget*>(QStringLiteral("featureMapCanvas")))
            return canvas->font();
        break;
    }
    return {};
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void presentationRaisesEveryWorkspace_data();
    void presentationRaisesEveryWorkspace();
    void presentationReachesWorkspacesNotShown();
    void presentationHidesTheChromeAndKeepsShortcuts();
    void escapeLeavesPresentation();
    void fullScreenFollowsTheWindow();
    void fullScreenInPresentation();
    void zoomChangesFontsAndCtrl0Restores();
    void themeChangesPaletteAndPixels();
    void zoomAndThemeAreRemembered();

private:
    MainWindow* window_{};
    Presentation* look_{};
};

void TestPresentation::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConvSightTests"));
    QApplication::setApplicationName(QStringLiteral("tst_presentation"));
    QSettings().clear();
    theme::apply(*qApp);
}

void TestPresentation::init() {
    window_ = new MainWindow;
    window_->resize(1280, 720);
    window_->show();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_));
    look_ = window_->presentation();
    QVERIFY(look_);
}

void TestPresentation::cleanup() {
    look_->setPresenting(false);
    look_->setZoom(1.0);
    look_->setTheme(theme::Kind::Light);
    delete window_;
    window_ = nullptr;
    QSettings().clear();
}

void TestPresentation::presentationRaisesEveryWorkspace_data() {
    QTest::addColumn<Workspace>("workspace");
    QTest::newRow("filter") << Workspace::Filter;
    QTest::newRow("step through") << Workspace::StepThrough;
    QTest::newRow("train") << Workspace::Train;
    QTest::newRow("inspect") << Workspace::Inspect;
}

void TestPresentation::presentationRaisesEveryWorkspace() {
    QFETCH(Workspace, workspace);
    window_->showWorkspace(workspace);
    QApplication::processEvents();
    auto* page = window_->findChild<QWidget*>(MainWindow::workspaceSlug(workspace));
    QVERIFY(page);
    QLabel* label = visibleLabel(page);
    QVERIFY(label);
    const int labelBefore = pixelSize(label->font());
    const int paintedBefore = pixelSize(paintedFont(page, workspace));
    QVERIFY(paintedBefore > 0);

    QTest::keyClick(window_, Qt::Key_F5);
    QVERIFY(look_->isPresenting());
    QApplication::processEvents();
    const int labelAfter = pixelSize(label->font());
    const int paintedAfter = pixelSize(paintedFont(page, workspace));
    QVERIFY2(labelAfter >= labelBefore * 1.4, qPrintable(QStringLiteral("%1: %2 → %3 px")
                                                             .arg(label->objectName())
                                                             .arg(labelBefore)
                                                             .arg(labelAfter)));
    QVERIFY2(paintedAfter >= paintedBefore * 1.4,
             qPrintable(QStringLiteral("%1 → %2 px").arg(paintedBefore).arg(paintedAfter)));
    QCOMPARE(theme::scale(), Presentation::kPresentationScale);

    QTest::keyClick(window_, Qt::Key_F5);
    QVERIFY(!look_->isPresenting());
    QCOMPARE(pixelSize(label->font()), labelBefore);
    QCOMPARE(pixelSize(paintedFont(page, workspace)), paintedBefore);
}

void TestPresentation::presentationReachesWorkspacesNotShown() {
    // Sizes before, on every page, then F5 on Filter and a walk through the others.
    std::vector<std::pair<int, int>> before;
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        window_->showWorkspace(workspace);
        QApplication::processEvents();
        auto* page = window_->findChild<QWidget*>(MainWindow::workspaceSlug(workspace));
        QLabel* label = visibleLabel(page);
        QVERIFY(label);
        before.emplace_back(pixelSize(label->font()), pixelSize(paintedFont(page, workspace)));
    }
    window_->showWorkspace(Workspace::Filter);
    QTest::keyClick(window_, Qt::Key_F5);
    for (int i = 1; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        QTest::keyClick(window_, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window_->currentWorkspace(), workspace);
        QApplication::processEvents();
        auto* page = window_->findChild<QWidget*>(MainWindow::workspaceSlug(workspace));
        QLabel* label = visibleLabel(page);
        QVERIFY(label);
        const auto [labelBefore, paintedBefore] = before[static_cast<std::size_t>(i)];
        QVERIFY2(pixelSize(label->font()) >= labelBefore * 1.4, qPrintable(label->objectName()));
        QVERIFY(pixelSize(paintedFont(page, workspace)) >= paintedBefore * 1.4);
    }
}

void TestPresentation::presentationHidesTheChromeAndKeepsShortcuts() {
    QWidget* sidebar = window_->findChild<QWidget*>(QStringLiteral("sidebarPanel"));
    QVERIFY(sidebar && sidebar->isVisible());
    QVERIFY(window_->menuBar()->isVisible());
    QVERIFY(window_->statusBar()->isVisible());

    QTest::keyClick(window_, Qt::Key_F5);
    QVERIFY(look_->presentationAction()->isChecked());
    QVERIFY(!window_->menuBar()->isVisible());
    QVERIFY(!window_->statusBar()->isVisible());
    QVERIFY(!sidebar->isVisible());
    // The hidden menus' shortcuts still work: workspaces and zoom.
    QTest::keyClick(window_, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window_->currentWorkspace(), Workspace::StepThrough);
    QTest::keyClick(window_, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window_->currentWorkspace(), Workspace::Inspect);
    QTest::keyClick(window_, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(look_->zoom() > 1.0);
    QVERIFY(theme::scale() > Presentation::kPresentationScale);
    // A workspace's own action stays with its workspace: Filter's Paste is not window-wide.
    QVERIFY(!window_->actions().contains(window_->filterWorkspace()->pasteAction()));
    QVERIFY(window_->actions().contains(look_->zoomResetAction()));

    QTest::keyClick(window_, Qt::Key_F5);
    QVERIFY(!look_->isPresenting());
    QVERIFY(!look_->presentationAction()->isChecked());
    QVERIFY(window_->menuBar()->isVisible());
    QVERIFY(window_->statusBar()->isVisible());
    QVERIFY(sidebar->isVisible());
    QCOMPARE(theme::scale(), look_->zoom()); // the zoom stays, the enlargement goes
}

void TestPresentation::escapeLeavesPresentation() {
    // Esc does nothing outside presentation mode (dialogs and editors keep it)...
    QTest::keyClick(window_, Qt::Key_Escape);
    QVERIFY(!look_->isPresenting());
    // ...and leaves it: from the menu's action as from F5.
    look_->presentationAction()->trigger();
    QVERIFY(look_->isPresenting());
    QTest::keyClick(window_, Qt::Key_Escape);
    QVERIFY(!look_->isPresenting());
    QVERIFY(!look_->presentationAction()->isChecked());
    QVERIFY(window_->menuBar()->isVisible());
    QCOMPARE(theme::scale(), 1.0);
}

void TestPresentation::fullScreenFollowsTheWindow() {
    QAction* action = look_->fullScreenAction();
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QVERIFY(!action->isChecked());
    QTest::keyClick(window_, Qt::Key_F11);
    QVERIFY(window_->isFullScreen());
    QVERIFY(action->isChecked());
    // The window leaves full screen by other means: the tick follows.
    window_->showNormal();
    QVERIFY(!window_->isFullScreen());
    QVERIFY(!action->isChecked());
    window_->showFullScreen();
    QVERIFY(action->isChecked());
    // And the action drives the window.
    action->trigger();
    QVERIFY(!window_->isFullScreen());
    QVERIFY(!action->isChecked());
}

void TestPresentation::fullScreenInPresentation() {
    QTest::keyClick(window_, Qt::Key_F5);
    QTest::keyClick(window_, Qt::Key_F11);
    QVERIFY(look_->isPresenting());
    QVERIFY(window_->isFullScreen());
    QVERIFY(look_->fullScreenAction()->isChecked());
    // Leaving presentation keeps full screen; F11 still leaves it afterwards.
    QTest::keyClick(window_, Qt::Key_Escape);
    QVERIFY(!look_->isPresenting());
    QVERIFY(window_->isFullScreen());
    QTest::keyClick(window_, Qt::Key_F11);
    QVERIFY(!window_->isFullScreen());
    QVERIFY(!look_->fullScreenAction()->isChecked());
}

void TestPresentation::zoomChangesFontsAndCtrl0Restores() {
    window_->showWorkspace(Workspace::StepThrough);
    auto* stage = window_->findChild<QWidget*>(QStringLiteral("convolutionStage"));
    auto* formula = window_->findChild<QLabel*>(QStringLiteral("formulaLabel"));
    QVERIFY(stage && formula);
    const double app = QApplication::font().pointSizeF();
    const int stageBefore = pixelSize(stage->font()), formulaBefore = pixelSize(formula->font());

    QTest::keyClick(window_, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(window_, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(look_->zoom() > 1.15);
    QVERIFY(QApplication::font().pointSizeF() > app * 1.15);
    QVERIFY(pixelSize(stage->font()) > stageBefore);
    QVERIFY(pixelSize(formula->font()) > formulaBefore);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toDouble(), look_->zoom());

    QTest::keyClick(window_, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(look_->zoom(), 1.0);
    QVERIFY(std::abs(QApplication::font().pointSizeF() - app) < 0.01);
    QCOMPARE(pixelSize(stage->font()), stageBefore);
    QCOMPARE(pixelSize(formula->font()), formulaBefore);

    QTest::keyClick(window_, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(look_->zoom() < 1.0);
    QVERIFY(pixelSize(formula->font()) < formulaBefore);
    QTest::keyClick(window_, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(pixelSize(formula->font()), formulaBefore);
}

void TestPresentation::themeChangesPaletteAndPixels() {
    window_->showWorkspace(Workspace::StepThrough);
    auto* stage = window_->findChild<QWidget*>(QStringLiteral("convolutionStage"));
    QVERIFY(stage);
    QApplication::processEvents();
    const QImage light = stage->grab().toImage();
    const QColor lightCorner = light.pixelColor(2, 2);

    look_->themeAction(theme::Kind::Dark)->trigger();
    QCOMPARE(theme::current(), theme::Kind::Dark);
    QVERIFY(look_->themeAction(theme::Kind::Dark)->isChecked());
    QCOMPARE(window_->palette().color(QPalette::Window),
             theme::coloursOf(theme::Kind::Dark).window);
    QApplication::processEvents();
    const QImage dark = stage->grab().toImage();
    QVERIFY(dark != light);
    // The stage's background is the dark window colour now.
    QCOMPARE(dark.pixelColor(2, 2), theme::coloursOf(theme::Kind::Dark).window);
    QVERIFY(dark.pixelColor(2, 2).lightness() < lightCorner.lightness());

    look_->themeAction(theme::Kind::HighContrast)->trigger();
    QApplication::processEvents();
    QCOMPARE(stage->grab().toImage().pixelColor(2, 2),
             theme::coloursOf(theme::Kind::HighContrast).window);
    look_->themeAction(theme::Kind::Light)->trigger();
    QApplication::processEvents();
    QCOMPARE(stage->grab().toImage().pixelColor(2, 2), lightCorner);
}

void TestPresentation::zoomAndThemeAreRemembered() {
    look_->themeAction(theme::Kind::HighContrast)->trigger();
    look_->zoomInAction()->trigger();
    const double zoom = look_->zoom();
    QVERIFY(zoom > 1.0);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(),
             QStringLiteral("high-contrast"));

    // A restart: back to the defaults, then a new window restores what the user chose.
    look_->setTheme(theme::Kind::Light);
    look_->setZoom(1.0);
    delete window_;
    window_ = new MainWindow;
    look_ = window_->presentation();
    QCOMPARE(theme::current(), theme::Kind::Light);
    look_->restoreSettings();
    QCOMPARE(theme::current(), theme::Kind::HighContrast);
    QVERIFY(look_->themeAction(theme::Kind::HighContrast)->isChecked());
    QCOMPARE(look_->zoom(), zoom);
    QCOMPARE(theme::scale(), zoom);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
