// Renders every workspace of a fresh main window to PNG files.
#include "Screenshots.h"

#include "MainWindow.h"
#include "StepThroughWorkspace.h"
#include "conv/ConvGeometry.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QSpinBox>
#include <stdexcept>

namespace convsight::app {

namespace {

QString saveGrab(QWidget& widget, const QString& directory, const QString& name) {
    QApplication::processEvents();
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path, "PNG"))
        throw std::runtime_error("cannot write '" + path.toStdString() + "'");
    return path;
}

} // namespace

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
        written << saveGrab(window, directory, MainWindow::workspaceSlug(workspace));
    }

    // Step through in the middle of a pass, with stride 2 and SAME padding, set as a user would.
    window.showWorkspace(MainWindow::Workspace::StepThrough);
    auto* stepThrough = window.findChild<widgets::StepThroughWorkspace*>();
    auto* stride = window.findChild<QSpinBox*>(QStringLiteral("strideSpin"));
    auto* padding = window.findChild<QComboBox*>(QStringLiteral("paddingCombo"));
    if (stepThrough && stride && padding) {
        stride->setValue(2);
        padding->setCurrentIndex(padding->findData(static_cast<int>(conv::PaddingMode::Same)));
        stepThrough->stepForward();
        stepThrough->stepForward();
        written << saveGrab(window, directory, QStringLiteral("step-through-stride2-same"));
    }

    // The About box too: it is what a bug report quotes.
    window.showAbout();
    QApplication::processEvents();
    if (auto* about = window.findChild<QDialog*>(QStringLiteral("aboutDialog")))
        written << saveGrab(*about, directory, QStringLiteral("about"));
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
