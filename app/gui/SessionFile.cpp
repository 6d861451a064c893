// Session files: the window's state as one JSON document, checked whole before it is applied.
#include "SessionFile.h"

#include "AppInfo.h"
#include "common/CoreMessages.h"
#include "common/SaveFile.h"
#include "common/TrainingSession.h"
#include "filter/FilterWorkspace.h"
#include "inspect/InspectWorkspace.h"
#include "io/Json.h"
#include "stepthrough/StepThroughWorkspace.h"
#include "train/ArchitectureEditor.h"
#include "train/TrainWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <stdexcept>

namespace convsight::app {

using nlohmann::json;

namespace {

// The messages' context for lupdate and at run time alike.
struct SessionFile {
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
};

widgets::StepThroughWorkspace* stepThroughOf(const MainWindow& window) {
    return window.findChild<widgets::StepThroughWorkspace*>();
}

} // namespace

std::optional<json> sessionDocument(const MainWindow& window, QString* error) {
    json document = {
        {"format", kSessionFormat},
        {"version", kSessionFormatVersion},
        {"app_version", applicationVersion().toStdString()},
        {"workspace", MainWindow::workspaceSlug(window.currentWorkspace()).toStdString()},
        {"filter", window.filterWorkspace()->sessionState()},
        {"train", window.trainWorkspace()->sessionState()},
        {"inspect", window.inspectWorkspace()->sessionState()},
        {"model", nullptr},
    };
    if (const widgets::StepThroughWorkspace* stepThrough = stepThroughOf(window))
        document["step_through"] = stepThrough->sessionState();
    widgets::TrainingSession* session = window.trainingSession();
    if (session->latestModel()) {
        const QByteArray bytes = session->modelBytes(error);
        if (bytes.isEmpty())
            return std::nullopt;
        document["model"] = bytes.toBase64().toStdString();
    }
    return document;
}

bool writeSessionFile(const QString& path, const json& document, QString* error) {
    try {
        widgets::saveFile(path, QByteArray::fromStdString(document.dump(1)));
    } catch (const std::exception& e) {
        *error = widgets::translateCoreMessage(e.what());
        return false;
    }
    return true;
}

std::optional<CheckedSession> readSessionFile(const QString& path, QString* error) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SessionFile::tr("Cannot open the session %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    json document;
    try {
        document = io::parse_json(std::string_view(text.constData(), std::size_t(text.size())),
                                  name.toStdString());
    } catch (const std::invalid_argument& e) {
        *error =
            SessionFile::tr("%1 is not a ConvSight session, or it is damaged: it is not JSON (%2).")
                .arg(name, widgets::translateCoreMessage(e.what()));
        return std::nullopt;
    }
    return checkSessionDocument(document, name, error);
}

std::optional<CheckedSession> checkSessionDocument(const json& document, const QString& name,
                                                   QString* error) {
    const auto damaged = [&](const QString& what) {
        *error = SessionFile::tr("%1 is damaged: %2. Nothing was changed.").arg(name, what);
        return std::nullopt;
    };
    if (!document.is_object() || !document.contains("format") ||
        document["format"] != kSessionFormat) {
        *error = SessionFile::tr("%1 is not a ConvSight session: its \"format\" is not \"%2\".")
                     .arg(name, QLatin1String(kSessionFormat));
        return std::nullopt;
    }
    if (!document.contains("version") || !document["version"].is_number_integer() ||
        document["version"].get<long long>() < 1)
        return damaged(SessionFile::tr("its \"version\" is not a format number"));
    const auto version = document["version"].get<long long>();
    if (version > kSessionFormatVersion) {
        const QString writer =
            document.contains("app_version") && document["app_version"].is_string()
                ? QStringLiteral(" (ConvSight %1)")
                      .arg(QString::fromStdString(document["app_version"].get<std::string>()))
                : QString();
        *error =
            SessionFile::tr("%1 was written by a newer ConvSight: format %2%3; this version reads "
                            "format %4. Nothing was changed.")
                .arg(name)
                .arg(version)
                .arg(writer)
                .arg(kSessionFormatVersion);
        return std::nullopt;
    }
    CheckedSession checked;
    if (document.contains("partial")) {
        if (!document["partial"].is_boolean())
            return damaged(SessionFile::tr("\"partial\" is not true or false"));
        checked.partial = document["partial"].get<bool>();
    }
    if (checked.partial && !document.contains("workspace"))
        checked.showsWorkspace = false;
    else if (!document.contains("workspace") || !document["workspace"].is_string())
        return damaged(SessionFile::tr("\"workspace\" is missing"));
    bool known = !checked.showsWorkspace;
    for (int i = 0; checked.showsWorkspace && i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<MainWindow::Workspace>(i);
        if (MainWindow::workspaceSlug(workspace).toStdString() == document["workspace"]) {
            checked.workspace = workspace;
            known = true;
        }
    }
    if (!known)
        return damaged(SessionFile::tr("\"workspace\" names no workspace"));
    const std::pair<const char*, QString (*)(const json&)> parts[] = {
        {"filter", &widgets::FilterWorkspace::checkSessionState},
        {"step_through", &widgets::StepThroughWorkspace::checkSessionState},
        {"train", &widgets::TrainWorkspace::checkSessionState},
        {"inspect", &widgets::InspectWorkspace::checkSessionState},
    };
    int held = 0;
    for (const auto& [key, check] : parts) {
        if (!document.contains(key)) {
            if (checked.partial)
                continue;
            return damaged(SessionFile::tr("\"%1\" is missing").arg(QLatin1String(key)));
        }
        ++held;
        if (const QString problem = check(document[key]); !problem.isEmpty())
            return damaged(problem);
    }
    if (held == 0)
        return damaged(SessionFile::tr("it holds no workspace's part"));
    if (!document.contains("model") && !checked.partial)
        return damaged(SessionFile::tr("\"model\" is missing"));
    const json model = document.value("model", json());
    if (!model.is_null()) {
        if (!model.is_string())
            return damaged(SessionFile::tr("\"model\" is neither null nor text"));
        const auto decoded =
            QByteArray::fromBase64Encoding(QByteArray::fromStdString(model.get<std::string>()),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return damaged(SessionFile::tr("\"model\" is not base64"));
        if (const QString problem = widgets::TrainingSession::checkModelBytes(decoded.decoded);
            !problem.isEmpty())
            return damaged(SessionFile::tr("its model does not load: %1").arg(problem));
        checked.model = decoded.decoded;
    }
    checked.document = document;
    return checked;
}

void applySession(MainWindow& window, const CheckedSession& session) {
    const json& document = session.document;
    if (session.holds("filter"))
        window.filterWorkspace()->applySessionState(document["filter"]);
    if (widgets::StepThroughWorkspace* stepThrough = stepThroughOf(window);
        stepThrough && session.holds("step_through"))
        stepThrough->applySessionState(document["step_through"]);
    widgets::TrainWorkspace* train = window.trainWorkspace();
    if (session.holds("train"))
        train->applySessionState(document["train"]);
    widgets::InspectWorkspace* inspect = window.inspectWorkspace();
    if (session.holds("inspect"))
        inspect->applySessionState(document["inspect"]);
    if (session.showsWorkspace)
        window.showWorkspace(session.workspace);
    if (session.model.isEmpty())
        return;
    // Once the model has loaded (its data set opened): the session's architecture again (the
    // model file's replaces it), and Inspect's example and map, which need the model.
    widgets::TrainingSession* training = window.trainingSession();
    auto connections =
        std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    const json architecture = session.holds("train") ? document["train"]["architecture"]
                                                     : train->sessionState()["architecture"];
    const json inspectState =
        session.holds("inspect") ? document["inspect"] : inspect->sessionState();
    connections->first =
        QObject::connect(training, &widgets::TrainingSession::modelLoaded, inspect,
                         [train, inspect, architecture, inspectState, connections, training] {
                             QObject::disconnect(connections->first);
                             QObject::disconnect(connections->second);
                             train->architectureEditor()->setArchitecture(architecture);
                             inspect->applySessionState(inspectState);
                             training->markSaved();
                         });
    connections->second =
        QObject::connect(training, &widgets::TrainingSession::failed, inspect, [connections] {
            QObject::disconnect(connections->first);
            QObject::disconnect(connections->second);
        });
    training->loadModelBytes(session.model, SessionFile::tr("the session's model"));
}

void openSessionAndWait(MainWindow& window, const QString& path) {
    std::optional<CheckedSession> checked;
    QString error;
    checked = readSessionFile(path, &error);
    if (!checked)
        throw std::runtime_error(error.toStdString());
    widgets::TrainingSession* training = window.trainingSession();
    bool datasetOpened = !checked->holds("train") ||
                         checked->document["train"]["dataset"].get<std::string>().empty();
    bool modelDone = checked->model.isEmpty();
    QString failure;
    const QMetaObject::Connection opened =
        QObject::connect(window.trainWorkspace(), &widgets::TrainWorkspace::datasetReady, &window,
                         [&] { datasetOpened = true; });
    const QMetaObject::Connection loaded = QObject::connect(
        training, &widgets::TrainingSession::modelLoaded, &window, [&] { modelDone = true; });
    const QMetaObject::Connection failed = QObject::connect(
        training, &widgets::TrainingSession::failed, &window, [&](const QString& message) {
            failure = message;
            modelDone = true;
        });
    // Nothing asks here: a window of its own has no unsaved training.
    applySession(window, *checked);
    QElapsedTimer clock;
    clock.start();
    while ((!datasetOpened || !modelDone) && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(opened);
    QObject::disconnect(loaded);
    QObject::disconnect(failed);
    if (!failure.isEmpty())
        throw std::runtime_error(QFileInfo(path).fileName().toStdString() +
                                 ": its model does not load: " + failure.toStdString());
    if (!datasetOpened || !modelDone)
        throw std::runtime_error(QFileInfo(path).fileName().toStdString() +
                                 ": its data set or model took over two minutes to open");
    // Inspect's example and map follow the model's data: let them settle.
    QCoreApplication::processEvents();
}

} // namespace convsight::app
