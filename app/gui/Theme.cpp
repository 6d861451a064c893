// ConvSight's look: Fusion style, a light palette with one accent colour, a dark sidebar.
#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace convsight::app {

void applyTheme(QApplication& app) {
    // Fusion looks the same on every desktop and offscreen, so screenshots show what users see.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QFont font = app.font();
    font.setPointSizeF(std::max(font.pointSizeF(), 12.0));
    app.setFont(font);

    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, QColor(0xf8, 0xfa, 0xfc));
    palette.setColor(QPalette::WindowText, QColor(0x0f, 0x17, 0x2a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x0f, 0x17, 0x2a));
    palette.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xe2, 0xe8, 0xf0));
    palette.setColor(QPalette::ButtonText, QColor(0x0f, 0x17, 0x2a));
    // setColor(role, ...) above sets every group: grey out what is disabled again (CUDA without a
    // GPU, the camera without a camera), or it looks clickable.
    const QColor disabled(0x94, 0xa3, 0xb8);
    for (const auto role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        palette.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(R"(
        QWidget#sidebarPanel { background: #1e293b; }
        QLabel#sidebarTitle { color: white; font-size: 17pt; font-weight: bold; }
        QListWidget#workspaceSidebar {
            background: #1e293b; color: #e2e8f0; border: none; padding-top: 8px;
            font-size: 15pt;
        }
        QListWidget#workspaceSidebar::item { padding: 14px 12px; margin: 2px 8px; border-radius: 8px; }
        QListWidget#workspaceSidebar::item:hover { background: #334155; }
        QListWidget#workspaceSidebar::item:selected { background: #2563eb; color: white; }
        QLabel#introIcon { background: #1e293b; border-radius: 16px; padding: 14px; }
        QLabel#introTitle { color: #0f172a; }
        QLabel#introSummary { color: #334155; }
        QStatusBar { background: #e2e8f0; color: #0f172a; }
        QStatusBar QLabel { padding: 2px 8px; }
    )"));
}

} // namespace convsight::app
