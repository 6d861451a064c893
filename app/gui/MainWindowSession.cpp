// The main window's sessions (File ▸ Open/Save Session, Recent Sessions, reopening the last one)
// and the question asked before unsaved training is replaced.
#include "MainWindow.h"
#include "SessionFile.h"
#include "common/TrainingSession.h"
#include "train/TrainWorkspace.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace convsight::app {

namespace {

const QString kRecentKey = QStringLiteral("session/recentSessions");
const QString kReopenKey = QStringLiteral("session/reopenLast");
constexpr int kRecentCount = 8;
const QString kSessionFilter = QStringLiteral("ConvSight sessions (*.convsight)");

} // namespace

void MainWindow::createSessionActions() {
    openSessionAction_ = new QAction(tr("Open &Session…"), this);
    openSessionAction_->setObjectName(QStringLiteral("openSessionAction"));
    openSessionAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openSessionAction_->setToolTip(
        tr("Open a saved session: every workspace as it was, with its trained model"));
    connect(openSessionAction_, &QAction::triggered, this, &MainWindow::openSessionWithDialog);

    saveSessionAction_ = new QAction(tr("Save Sessio&n"), this);
    saveSessionAction_->setObjectName(QStringLiteral("saveSessionAction"));
    saveSessionAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveSessionAction_->setToolTip(
        tr("Save every workspace, the image, the kernels and the trained model in one file"));
    connect(saveSessionAction_, &QAction::triggered, this,
            [this] { saveSessionWithDialog(false); });

    saveSessionAsAction_ = new QAction(tr("Save Session &As…"), this);
    saveSessionAsAction_->setObjectName(QStringLiteral("saveSessionAsAction"));
    saveSessionAsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveSessionAsAction_, &QAction::triggered, this,
            [this] { saveSessionWithDialog(true); });

    recentSessionsMenu_ = new QMenu(tr("Recent Sessio&ns"), this);
    recentSessionsMenu_->setObjectName(QStringLiteral("recentSessionsMenu"));
    connect(recentSessionsMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentSessions);
    rebuildRecentSessions();

    reopenLastAction_ = new QAction(tr("Reopen &Last Session on Start"), this);
    reopenLastAction_->setObjectName(QStringLiteral("reopenLastSessionAction"));
    reopenLastAction_->setCheckable(true);
    reopenLastAction_->setChecked(QSettings().value(kReopenKey, false).toBool());
    connect(reopenLastAction_, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kReopenKey, on); });
}

QStringList MainWindow::recentSessions() {
    QStringList existing;
    for (const QString& path : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

void MainWindow::rememberSession(const QString& path) {
    sessionPath_ = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — ConvSight").arg(QFileInfo(path).fileName()));
    QStringList recent = recentSessions();
    recent.removeAll(sessionPath_);
    recent.prepend(sessionPath_);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentSessions();
}

void MainWindow::rebuildRecentSessions() {
    recentSessionsMenu_->clear();
    const QStringList recent = recentSessions();
    QSettings().setValue(kRecentKey, recent); // the files that are gone are dropped
    for (const QString& path : recent) {
        QAction* action = recentSessionsMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openSession(path, &error) && !error.isEmpty())
                QMessageBox::warning(this, tr("Could not open the session"), error);
        });
    }
    recentSessionsMenu_->setEnabled(!recent.isEmpty());
}

bool MainWindow::saveSession(const QString& path, QString* error) {
    const std::optional<nlohmann::json> document = sessionDocument(*this, error);
    if (!document || !writeSessionFile(path, *document, error))
        return false;
    if (!(*document)["model"].is_null())
        session_->markSaved();
    rememberSession(path);
    return true;
}

bool MainWindow::openSession(const QString& path, QString* error) {
    const std::optional<CheckedSession> checked = readSessionFile(path, error);
    if (!checked)
        return false;
    // A session replaces Train's settings and, when it holds one, the model: not while a run is
    // using them.
    if (session_->isActive()) {
        *error = tr("Stop the training before opening a session: it would replace the network "
                    "being trained.");
        return false;
    }
    if (!checked->model.isEmpty() && !confirmReplacingModel()) {
        error->clear();
        return false;
    }
    applySession(*this, *checked);
    rememberSession(path);
    return true;
}

void MainWindow::reopenLastSession() {
    if (!reopenLastAction_->isChecked())
        return;
    const QStringList recent = recentSessions();
    if (recent.isEmpty())
        return;
    QString error;
    if (!openSession(recent.first(), &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Could not reopen the last session"), error);
}

void MainWindow::openSessionWithDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open session"), sessionPath_, kSessionFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (!openSession(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Could not open the session"), error);
}

void MainWindow::saveSessionWithDialog(bool askPath) {
    QString path = sessionPath_;
    if (askPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save session"), path.isEmpty() ? QStringLiteral("lesson.convsight") : path,
            kSessionFilter);
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".convsight")))
            path += QStringLiteral(".convsight");
    }
    QString error;
    if (!saveSession(path, &error))
        QMessageBox::warning(this, tr("Could not save the session"), error);
}

void MainWindow::setLoadPrompt(std::function<CloseChoice(QString* path)> prompt) {
    loadPrompt_ = std::move(prompt);
}

MainWindow::CloseChoice MainWindow::askToSaveModel(const QString& title, const QString& why,
                                                   const QString& fileName, QString* path) {
    QMessageBox box(QMessageBox::Question, title, why,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        *path = QFileDialog::getSaveFileName(this, tr("Save model"), fileName,
                                             tr("ConvSight models (*.csmodel)"));
        return path->isEmpty() ? CloseChoice::Cancel : CloseChoice::Save;
    case QMessageBox::Discard:
        return CloseChoice::Discard;
    default:
        return CloseChoice::Cancel;
    }
}

bool MainWindow::confirmReplacingModel() {
    if (!session_->hasUnsavedTraining())
        return true;
    QString path;
    const CloseChoice choice =
        loadPrompt_ ? loadPrompt_(&path)
                    : askToSaveModel(tr("Unsaved model"),
                                     tr("The trained model has not been saved. Save it before "
                                        "another model replaces it?"),
                                     QStringLiteral("model.csmodel"), &path);
    if (choice == CloseChoice::Cancel)
        return false;
    if (choice == CloseChoice::Save) {
        QString error;
        if (!session_->saveModel(path, &error)) {
            QMessageBox::warning(this, tr("Could not save"), error);
            return false;
        }
    }
    return true;
}

} // namespace convsight::app
