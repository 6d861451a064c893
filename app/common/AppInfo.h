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

QString applicationVersion();
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
