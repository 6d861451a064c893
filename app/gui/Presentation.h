// How the window looks and how large: presentation mode (F5: everything larger, the chrome
// hidden), full screen (F11), zoom (Ctrl +, Ctrl −, Ctrl 0) and the theme (light, dark, high
// contrast). Zoom and theme are remembered in QSettings.
#pragma once

#include "common/Theme.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace convsight::app {

class Presentation : public QObject {
    Q_OBJECT
public:
    // Presentation mode's enlargement, on top of the zoom.
    static constexpr double kPresentationScale = 1.5;
    static constexpr double kZoomStep = 1.1;
    static constexpr double kMinZoom = 0.7;
    static constexpr double kMaxZoom = 2.5;

    // Acts on `window`: hides its menu bar, status bar and the widget named "sidebarPanel" while
    // presenting, and follows its full-screen state.
    explicit Presentation(QMainWindow* window);

    // View ▸ Presentation, Full Screen, Zoom In/Out/Reset and the Theme submenu.
    void addTo(QMenu* view);

    QAction* presentationAction() const { return presentationAction_; }
    QAction* fullScreenAction() const { return fullScreenAction_; }
    QAction* zoomInAction() const { return zoomInAction_; }
    QAction* zoomOutAction() const { return zoomOutAction_; }
    QAction* zoomResetAction() const { return zoomResetAction_; }
    QAction* themeAction(widgets::theme::Kind kind) const;

    bool isPresenting() const { return presenting_; }
    double zoom() const { return zoom_; }

    // Zoom and theme as the user left them (QSettings "view/zoom", "view/theme").
    void restoreSettings();

public slots:
    void setPresenting(bool on);
    void setZoom(double zoom);
    void setTheme(convsight::widgets::theme::Kind kind);

signals:
    void presentingChanged(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void applyScale();
    void saveSettings() const;

    QMainWindow* window_;
    bool presenting_{};
    double zoom_{1.0};
    QAction* presentationAction_{};
    QAction* leaveAction_{};
    QAction* fullScreenAction_{};
    QAction* zoomInAction_{};
    QAction* zoomOutAction_{};
    QAction* zoomResetAction_{};
    QActionGroup* themeActions_{};
};

} // namespace convsight::app
