// `convsight --screenshot DIR`: renders every workspace to DIR/<workspace>.png, and the About box
// to about.png, without a display: for the README, bug reports and checking what a change looks
// like.
#pragma once

#include <QSize>
#include <QString>

namespace convsight::app {

// Writes one PNG per workspace; returns the paths written. Throws std::runtime_error if the
// folder cannot be created or a file cannot be written.
// Also writes DIR/session.convsight, the state the workspaces' pictures show. Given `session`
// (a .convsight file), renders that state instead of preparing its own (no training when the
// session holds a model); a session it cannot open throws with the reason.
QStringList renderScreenshots(const QString& directory, QSize size, const QString& session = {});

// Parses "1280x800"; returns an invalid size for anything else (including sizes below 320x240).
QSize parseScreenSize(const QString& text);

} // namespace convsight::app
