// ConvSight's look: Fusion style, a light palette with one accent colour, a dark sidebar.
#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace convsight::widgets::theme {

const Colours& colours() {
    static const Colours light;
    return light;
}

void apply(QApplication& app) {
    // Fusion looks the same on every desktop and offscreen, so screenshots show what users see.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QFont font = app.font();
    font.setPointSizeF(std::max(font.pointSizeF(), 12.0));
    app.setFont(font);

    const Colours& c = colours();
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Highlight, c.accent);
    palette.setColor(QPalette::HighlightedText, c.base);
    palette.setColor(QPalette::Button, c.panel);
    palette.setColor(QPalette::ButtonText, c.text);
    // setColor(role, ...) above sets every group: grey out what is disabled again (CUDA without a
    // GPU, the camera without a camera), or it looks clickable.
    for (const auto role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(R"(
        QWidget#sidebarPanel { background: %1; }
        QLabel#sidebarTitle { color: %5; font-size: 17pt; font-weight: bold; }
        QListWidget#workspaceSidebar {
            background: %1; color: %2; border: none; padding-top: 8px;
            font-size: 15pt;
        }
        QListWidget#workspaceSidebar::item { padding: 14px 12px; margin: 2px 8px; border-radius: 8px; }
        QListWidget#workspaceSidebar::item:hover { background: %3; }
        QListWidget#workspaceSidebar::item:selected { background: %4; color: %5; }
        QLabel#introIcon { background: %1; border-radius: 16px; padding: 14px; }
        QLabel#introTitle { color: %6; }
        QLabel#introSummary { color: %3; }
        QStatusBar { background: %7; color: %6; }
        QStatusBar QLabel { padding: 2px 8px; }
    )")
                          .arg(css(c.sidebar), css(c.sidebarText), css(c.secondaryText),
                               css(c.accent), css(c.base), css(c.text))
                          .arg(css(c.panel)));
}

} // namespace convsight::widgets::theme
