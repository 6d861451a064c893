// Renders every workspace of a fresh main window to PNG files.
#include "Screenshots.h"

#include "MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <stdexcept>

namespace convsight::app {

QStringList renderScreenshots(const QString& directory, QSize size) {
    if (!QDir().mkpath(directory))
        throw std::runtime_error("cannot create the folder '" + directory.toStdString() + "'");
    MainWindow window;
    window.resize(size);
    window.show();
    QStringList written;
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<MainWindow::Workspace>(i);
        window.showWorkspace(workspace);
        QApplication::processEvents();
        const QString path =
            QDir(directory).filePath(MainWindow::workspaceSlug(workspace) + QStringLiteral(".png"));
        if (!window.grab().save(path, "PNG"))
            throw std::runtime_error("cannot write '" + path.toStdString() + "'");
        written << path;
    }
    // The About box too: it is what a bug report quotes.
    window.showAbout();
    QApplication::processEvents();
    if (auto* about = window.findChild<QDialog*>(QStringLiteral("aboutDialog"))) {
        const QString path = QDir(directory).filePath(QStringLiteral("about.png"));
        if (!about->grab().save(path, "PNG"))
            throw std::runtime_error("cannot write '" + path.toStdString() + "'");
        written << path;
    }
    return written;
}

QSize parseScreenSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() >= 320 && size.height() >= 240 ? size : QSize();
}

} // namespace convsight::app
