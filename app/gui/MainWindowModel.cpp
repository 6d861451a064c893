// The main window's model files: File ▸ Open Model (a ConvSight model or an ONNX network, for the
// Train and Inspect workspaces) and File ▸ Export Model as ONNX. A file that cannot be opened or
// written is named in a message box, and the model the window had stays.
#include "MainWindow.h"
#include "common/CoreMessages.h"
#include "common/TrainingSession.h"
#include "onnx/OnnxExport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <memory>
#include <utility>

namespace convsight::app {

void MainWindow::createModelActions() {
    openModelAction_ = new QAction(tr("Open &Model…"), this);
    openModelAction_->setObjectName(QStringLiteral("openModelAction"));
    openModelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    openModelAction_->setToolTip(tr("Open a ConvSight model (.csmodel) or an ONNX network (.onnx) "
                                    "to train further or look inside"));
    connect(openModelAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), {},
                                                          tr("Models (*.csmodel *.onnx)"));
        if (!path.isEmpty())
            openModel(path);
    });

    exportOnnxAction_ = new QAction(tr("Export Model as &ONNX…"), this);
    exportOnnxAction_->setObjectName(QStringLiteral("exportOnnxAction"));
    exportOnnxAction_->setToolTip(
        tr("Write the trained or loaded network as ONNX, for PyTorch, OpenCV or Netron"));
    connect(exportOnnxAction_, &QAction::triggered, this, [this] {
        QString path =
            QFileDialog::getSaveFileName(this, tr("Export model as ONNX"),
                                         QStringLiteral("model.onnx"), tr("ONNX models (*.onnx)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
            path += QStringLiteral(".onnx");
        QString error;
        if (!exportModelAsOnnx(path, &error))
            showModelProblem(tr("Could not export the model"), error);
    });
    const auto updateExport = [this] {
        exportOnnxAction_->setEnabled(session_->latestModel() != nullptr);
    };
    connect(session_, &widgets::TrainingSession::snapshotTaken, this, updateExport);
    connect(session_, &widgets::TrainingSession::modelLoaded, this, updateExport);
    connect(session_, &widgets::TrainingSession::stateChanged, this, updateExport);
    updateExport();

    // A model asked for with openModel() that fails: the message box names the file.
    connect(session_, &widgets::TrainingSession::failed, this, [this](const QString& message) {
        if (pendingModel_.isEmpty())
            return;
        const QString path = std::exchange(pendingModel_, QString());
        showModelProblem(tr("Could not open the model"),
                         message.contains(path) || message.contains(QFileInfo(path).fileName())
                             ? message
                             : tr("%1: %2").arg(path, message));
    });
    connect(session_, &widgets::TrainingSession::modelLoaded, this, [this] {
        if (pendingModel_.isEmpty())
            return;
        pendingModel_.clear();
        // A model that came with its data set is trained further in Train; one without (an
        // imported network) is looked inside in Inspect.
        if (currentWorkspace() != Workspace::Train && currentWorkspace() != Workspace::Inspect)
            showWorkspace(session_->hasDataset() ? Workspace::Train : Workspace::Inspect);
    });
}

void MainWindow::openModel(const QString& path) {
    if (session_->isActive()) {
        showModelProblem(tr("Could not open the model"),
                         tr("Stop the training before opening another model."));
        return;
    }
    if (!confirmReplacingModel())
        return;
    pendingModel_ = path;
    session_->loadModel(path);
}

bool MainWindow::exportModelAsOnnx(const QString& path, QString* error) {
    const std::shared_ptr<const nn::Sequential> model = session_->latestModel();
    if (!model) {
        *error = tr("There is no model to export yet: train one or open a model file.");
        return false;
    }
    try {
        onnx::export_onnx(*model, path.toStdString());
        return true;
    } catch (const std::exception& e) {
        *error = widgets::translateCoreMessage(e.what());
        return false;
    }
}

void MainWindow::showModelProblem(const QString& title, const QString& message) {
    // Window-modal and not blocking: the window keeps its model and goes on drawing.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("modelProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace convsight::app
