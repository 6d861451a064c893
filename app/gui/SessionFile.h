// Session files (.convsight): the whole state of the window as one JSON document —
// {"format": "convsight-session", "version": 1, "app_version": "...", "workspace": "train",
//  "filter": {...}, "step_through": {...}, "train": {...}, "inspect": {...},
//  "model": "<the .csmodel bytes, base64>" or null} — written atomically. Reading parses and
// checks the whole file (every workspace's part, the image, the model's bytes) before anything
// of it is applied, so a damaged or newer file changes nothing. A *partial* document
// ("partial": true, as lessons use) may leave out any workspace's part, "workspace" and
// "model": the parts it holds are checked the same way, and only they are applied.
#pragma once

#include "MainWindow.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace convsight::app {

inline constexpr int kSessionFormatVersion = 1;
inline constexpr const char* kSessionFormat = "convsight-session";

// A session file read and checked, ready to apply.
struct CheckedSession {
    nlohmann::json document;
    MainWindow::Workspace workspace{MainWindow::Workspace::Filter};
    bool showsWorkspace{true}; // false: a partial document without "workspace"
    bool partial{false};
    QByteArray model; // the model file's bytes; empty when the session holds none
    // Whether the document holds this part ("filter", "step_through", "train", "inspect"):
    // always for a full session.
    bool holds(const char* part) const { return document.contains(part); }
};

// The window's state as a session document. With `model` the trained model goes in too (empty
// *error); a model that cannot be written gives std::nullopt and the reason.
std::optional<nlohmann::json> sessionDocument(const MainWindow& window, QString* error);
// Writes `document` to `path` atomically (widgets::saveFile). False with the reason on failure; the
// file there before is untouched then.
bool writeSessionFile(const QString& path, const nlohmann::json& document, QString* error);
// Reads and checks a session file: not JSON, another format, a newer version, a missing or
// ill-typed field, bad base64, an image or a model that does not load: std::nullopt with a
// sentence that names the file and what is wrong.
std::optional<CheckedSession> readSessionFile(const QString& path, QString* error);
// Checks a parsed document as readSessionFile() does; `name` is the file's name for messages.
std::optional<CheckedSession> checkSessionDocument(const nlohmann::json& document,
                                                   const QString& name, QString* error);
// Applies a checked session to the window's workspaces (a partial one: the parts it holds); the
// model, when there is one, loads asynchronously (TrainingSession::modelLoaded), and Inspect's
// example and map follow it.
void applySession(MainWindow& window, const CheckedSession& session);
// For --screenshot: opens `path` in `window` and waits (up to two minutes) until its data set is
// open and its model, when it has one, has loaded. Throws std::runtime_error with the reason.
void openSessionAndWait(MainWindow& window, const QString& path);

} // namespace convsight::app
