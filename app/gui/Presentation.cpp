// Presentation mode, full screen, zoom and theme for the main window.
#include "Presentation.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <cmath>

namespace convsight::app {
namespace {

namespace theme = widgets::theme;

constexpr theme::Kind kThemes[] = {theme::Kind::Light, theme::Kind::Dark,
                                   theme::Kind::HighContrast};

const QString kZoomKey = QStringLiteral("view/zoom");
const QString kThemeKey = QStringLiteral("view/theme");

// Every window-wide action of a menu and its submenus (one bound to a workspace, such as
// Filter's Paste, keeps to it).
void collectActions(const QList<QAction*>& actions, QList<QAction*>& into) {
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu* menu = action->menu())
            collectActions(menu->actions(), into);
        else if (action->shortcutContext() == Qt::WindowShortcut ||
                 action->shortcutContext() == Qt::ApplicationShortcut)
            into << action;
    }
}

} // namespace

Presentation::Presentation(QMainWindow* window)
    : QObject(window)
    , window_(window) {
    createActions();
    window_->installEventFilter(this);
}

void Presentation::createActions() {
    presentationAction_ = new QAction(tr("&Presentation"), this);
    presentationAction_->setObjectName(QStringLiteral("presentationAction"));
    presentationAction_->setCheckable(true);
    presentationAction_->setShortcut(QKeySequence(Qt::Key_F5));
    presentationAction_->setToolTip(
        tr("Larger text and lines, menus and sidebar hidden, for the back of the room (F5 or Esc "
           "leaves; Ctrl+1…4 still switch workspaces)"));
    connect(presentationAction_, &QAction::toggled, this, &Presentation::setPresenting);

    // Esc leaves presentation mode; it is enabled only then, so dialogs and editors keep it.
    leaveAction_ = new QAction(tr("Leave Presentation"), this);
    leaveAction_->setObjectName(QStringLiteral("leavePresentationAction"));
    leaveAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveAction_->setEnabled(false);
    connect(leaveAction_, &QAction::triggered, this, [this] { setPresenting(false); });
    window_->addAction(leaveAction_);

    fullScreenAction_ = new QAction(tr("&Full Screen"), this);
    fullScreenAction_->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreenAction_->setCheckable(true);
    // F11 on every desktop: QKeySequence::FullScreen is empty on a plain X session and Ctrl+F11
    // under GNOME. The platform's own sequence, where it differs, works too.
    QList<QKeySequence> fullScreenKeys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::FullScreen))
        if (!key.isEmpty() && !fullScreenKeys.contains(key))
            fullScreenKeys << key;
    fullScreenAction_->setShortcuts(fullScreenKeys);
    connect(fullScreenAction_, &QAction::toggled, this, [this](bool on) {
        if (on != window_->isFullScreen())
            window_->setWindowState(on ? window_->windowState() | Qt::WindowFullScreen
                                       : window_->windowState() & ~Qt::WindowFullScreen);
    });

    zoomInAction_ = new QAction(tr("Zoom &In"), this);
    zoomInAction_->setObjectName(QStringLiteral("zoomInAction"));
    zoomInAction_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomInAction_, &QAction::triggered, this, [this] {
        setZoom(zoom_ * kZoomStep);
        saveSettings();
    });
    zoomOutAction_ = new QAction(tr("Zoom &Out"), this);
    zoomOutAction_->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOutAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(zoomOutAction_, &QAction::triggered, this, [this] {
        setZoom(zoom_ / kZoomStep);
        saveSettings();
    });
    zoomResetAction_ = new QAction(tr("&Actual Size"), this);
    zoomResetAction_->setObjectName(QStringLiteral("zoomResetAction"));
    zoomResetAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomResetAction_, &QAction::triggered, this, [this] {
        setZoom(1.0);
        saveSettings();
    });

    themeActions_ = new QActionGroup(this);
    themeActions_->setExclusive(true);
    for (const theme::Kind kind : kThemes) {
        auto* action = new QAction(theme::themeName(kind), themeActions_);
        action->setObjectName(theme::themeId(kind) + QStringLiteral("ThemeAction"));
        action->setCheckable(true);
        action->setChecked(kind == theme::current());
        connect(action, &QAction::triggered, this, [this, kind] {
            setTheme(kind);
            saveSettings();
        });
    }
}

void Presentation::addTo(QMenu* view) {
    view->addAction(presentationAction_);
    view->addAction(fullScreenAction_);
    view->addSeparator();
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(zoomResetAction_);
    QMenu* themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    themes->addActions(themeActions_->actions());
}

QAction* Presentation::themeAction(theme::Kind kind) const {
    return themeActions_->actions().at(static_cast<int>(kind));
}

void Presentation::setPresenting(bool on) {
    if (on == presenting_)
        return;
    presenting_ = on;
    presentationAction_->setChecked(on);
    leaveAction_->setEnabled(on);
    if (on) {
        // A hidden menu bar's shortcuts stop working: the window takes its actions over.
        QList<QAction*> actions;
        collectActions(window_->menuBar()->actions(), actions);
        window_->addActions(actions);
    }
    const bool fullScreen = window_->isFullScreen();
    window_->menuBar()->setVisible(!on);
    window_->statusBar()->setVisible(!on);
    if (auto* sidebar = window_->findChild<QWidget*>(QStringLiteral("sidebarPanel")))
        sidebar->setVisible(!on);
    applyScale();
    // Chrome that comes back can raise the minimum size, and Qt's resize to it drops full
    // screen: presenting in or out keeps the window as full as it was.
    if (fullScreen && !window_->isFullScreen())
        window_->setWindowState(window_->windowState() | Qt::WindowFullScreen);
    emit presentingChanged(on);
}

void Presentation::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    zoom = std::abs(zoom - 1.0) < 0.01 ? 1.0 : std::round(zoom * 100) / 100;
    if (zoom == zoom_)
        return;
    zoom_ = zoom;
    applyScale();
}

void Presentation::setTheme(theme::Kind kind) {
    themeAction(kind)->setChecked(true);
    if (kind != theme::current())
        theme::setTheme(kind);
}

void Presentation::applyScale() {
    theme::setScale(zoom_ * (presenting_ ? kPresentationScale : 1.0));
    zoomOutAction_->setEnabled(zoom_ > kMinZoom);
    zoomInAction_->setEnabled(zoom_ < kMaxZoom);
}

void Presentation::restoreSettings() {
    const QSettings settings;
    setTheme(
        theme::themeFromId(settings.value(kThemeKey, theme::themeId(theme::current())).toString()));
    bool ok = false;
    const double zoom = settings.value(kZoomKey, 1.0).toDouble(&ok);
    setZoom(ok ? zoom : 1.0);
}

void Presentation::saveSettings() const {
    QSettings settings;
    settings.setValue(kZoomKey, zoom_);
    settings.setValue(kThemeKey, theme::themeId(theme::current()));
}

bool Presentation::eventFilter(QObject* watched, QEvent* event) {
    // The menu's tick follows the window, however it entered or left full screen (the window
    // manager, a test, a session).
    if (watched == window_ && event->type() == QEvent::WindowStateChange &&
        fullScreenAction_->isChecked() != window_->isFullScreen()) {
        const QSignalBlocker blocker(fullScreenAction_);
        fullScreenAction_->setChecked(window_->isFullScreen());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace convsight::app
