// Everything ConvSight reports about itself: its version and build, the libraries it was built
// with, the CPU, and the CUDA devices or why there are none. Shared by the About box and the CLI.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace convsight::app {

struct LibraryVersion {
    QString name;    // "Qt", "OpenCV", "Eigen", "CUDA runtime", ...
    QString version; // "6.4.2"; for CUDA without a backend, "not built"
};

// "0.2.0": project(ConvSight VERSION ...) in the top CMakeLists.txt, the one place it is set.
QString applicationVersion();
// The git revision the program was built from: "abc1234", "abc1234-dirty" when the tree had
// changes, "unknown" when built outside a git checkout (a source tarball).
QString gitRevision();
// "0.2.0 (git abc1234)", as the About box shows it.
QString versionWithRevision();
// What --version prints: "convsight 0.2.0 (git abc1234)" for program "convsight".
QString versionLine(const QString& program);

// P/share/convsight/<relative> for a program installed as P/bin/<program> (the folder of the
// running executable, or executableDir when given), or an empty string when that file or folder
// is absent, as in a build tree. installedDataPath() is the data folder itself.
QString installedDataPath(const QString& relative = {});
QString installedDataPath(const QString& relative, const QString& executableDir);

QList<LibraryVersion> libraryVersions();

// "AMD EPYC 9R14 96-Core Processor · 2 cores · AVX-512"
QString cpuSummary();
// One line per CUDA device, or one line saying why there is none.
QStringList cudaSummary();
// What the status bar shows for the device computations run on.
QString activeDeviceSummary();

// The whole report, as `convsight-cli info` prints it (text) and as `info --json` prints it.
QString infoText();
QJsonObject infoJson();

} // namespace convsight::app
