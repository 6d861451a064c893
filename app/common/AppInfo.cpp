// Gathers ConvSight's self-report from the core layers and Qt.
#include "AppInfo.h"

#include "compute/Device.h"
#include "compute/SystemInfo.h"
#include "image/ImageIO.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtGlobal>

namespace convsight::app {
namespace cs = convsight::compute;

const char* gitRevisionText(); // generated at build time: cmake/ConvSightGitRevision.cmake

namespace {

// The texts the window shows (the status bar's devices); the command line prints them in English.
struct AppInfoText {
    Q_DECLARE_TR_FUNCTIONS(AppInfo)
};

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

QString cudaRuntimeVersion() {
    const cs::CudaInfo& cuda = cs::cuda_info();
    return cuda.compiled ? q(cs::cuda_version_string(cuda.runtime_version))
                         : QStringLiteral("not built");
}

QString gpuLine(const cs::CudaDeviceInfo& gpu) {
    return QStringLiteral("cuda:%1  %2 · sm_%3%4 · %5 · %6 SMs")
        .arg(gpu.index)
        .arg(q(gpu.name))
        .arg(gpu.compute_major)
        .arg(gpu.compute_minor)
        .arg(q(cs::format_bytes(gpu.memory_bytes)))
        .arg(gpu.multiprocessors);
}

} // namespace

QString applicationVersion() {
    return q(cs::build_info().version);
}

QString gitRevision() {
    return QString::fromLatin1(gitRevisionText());
}

QString versionWithRevision() {
    return QStringLiteral("%1 (git %2)").arg(applicationVersion(), gitRevision());
}

QString versionLine(const QString& program) {
    return program + QLatin1Char(' ') + versionWithRevision();
}

QString installedDataPath(const QString& relative) {
    // convsight-cli makes no application object: ask the kernel where the executable is.
    const QString executableDir =
        QCoreApplication::instance()
            ? QCoreApplication::applicationDirPath()
            : QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).path();
    return installedDataPath(relative, executableDir);
}

QString installedDataPath(const QString& relative, const QString& executableDir) {
    if (executableDir.isEmpty())
        return {};
    const QDir data(QDir(executableDir).filePath(QStringLiteral("../share/convsight")));
    const QString path =
        QDir::cleanPath(relative.isEmpty() ? data.absolutePath() : data.absoluteFilePath(relative));
    return QFileInfo::exists(path) ? path : QString();
}

QList<LibraryVersion> libraryVersions() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenCV"), q(image::open_cv_version())},
        {QStringLiteral("Eigen"), q(cs::build_info().eigen_version)},
        {QStringLiteral("GEMM"), q(cs::build_info().gemm_library)},
        {QStringLiteral("CUDA runtime"), cudaRuntimeVersion()},
    };
}

QString cpuSummary() {
    const cs::CpuInfo& cpu = cs::cpu_info();
    return AppInfoText::tr("%1 · %2 cores · %3")
        .arg(q(cpu.model))
        .arg(cpu.logical_cores)
        .arg(q(cpu.simd));
}

QStringList cudaSummary() {
    const cs::CudaInfo& cuda = cs::cuda_info();
    QStringList lines;
    for (const cs::CudaDeviceInfo& gpu : cuda.devices)
        lines << gpuLine(gpu);
    if (lines.isEmpty())
        lines << AppInfoText::tr("no CUDA device: %1").arg(q(cuda.unavailable_reason));
    return lines;
}

QString activeDeviceSummary() {
    // Computation runs on the CPU until the user picks a GPU in the Train workspace.
    QString text = AppInfoText::tr("CPU: %1").arg(cpuSummary());
    if (cs::Device::cuda_available())
        text += QStringLiteral("   |   ") +
                AppInfoText::tr("GPU ready: %1").arg(q(cs::Device::cuda(0).description()));
    else // why is in the label's tooltip (cudaSummary) and beside each device choice
        text += QStringLiteral("   |   ") + AppInfoText::tr("CUDA off");
    return text;
}

QString infoText() {
    const cs::BuildInfo& build = cs::build_info();
    const cs::CudaInfo& cuda = cs::cuda_info();
    QString text;
    text += QStringLiteral("ConvSight %1 (git %2, %3 build, %4)\n")
                .arg(q(build.version), gitRevision(), q(build.build_type), q(build.compiler));
    const QString data = installedDataPath();
    text += QStringLiteral("Data folder: %1\n")
                .arg(data.isEmpty() ? QStringLiteral("none (not installed: lessons and samples "
                                                     "come from the program's resources)")
                                    : data);
    text += QStringLiteral("\nLibraries\n");
    for (const LibraryVersion& library : libraryVersions())
        text += QStringLiteral("  %1 %2\n")
                    .arg(library.name + QLatin1Char(':'), -14)
                    .arg(library.version);
    text += QStringLiteral("\nCPU\n  %1\n  OpenMP threads: %2\n")
                .arg(cpuSummary())
                .arg(build.openmp_threads);
    text += QStringLiteral("\nCUDA\n");
    if (cuda.compiled) {
        text += QStringLiteral("  backend built for %1\n").arg(q(cuda.arches));
        text += QStringLiteral("  driver: %1\n")
                    .arg(cuda.driver_version ? q(cs::cuda_version_string(cuda.driver_version))
                                             : QStringLiteral("none"));
    }
    for (const QString& line : cudaSummary())
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    text += QStringLiteral("\nDevices\n");
    for (const cs::Device& device : cs::Device::all())
        text += QStringLiteral("  %1  %2\n").arg(q(device.id()), -7).arg(q(device.description()));
    return text;
}

QJsonObject infoJson() {
    const cs::BuildInfo& build = cs::build_info();
    const cs::CpuInfo& cpu = cs::cpu_info();
    const cs::CudaInfo& cuda = cs::cuda_info();

    QJsonObject libraries;
    for (const LibraryVersion& library : libraryVersions())
        libraries.insert(library.name.toLower().replace(QLatin1Char(' '), QLatin1Char('_')),
                         library.version);

    QJsonArray gpus;
    for (const cs::CudaDeviceInfo& gpu : cuda.devices)
        gpus.append(
            QJsonObject{{"index", gpu.index},
                        {"name", q(gpu.name)},
                        {"compute_capability",
                         QStringLiteral("%1.%2").arg(gpu.compute_major).arg(gpu.compute_minor)},
                        {"memory_bytes", static_cast<double>(gpu.memory_bytes)},
                        {"multiprocessors", gpu.multiprocessors}});
    QJsonObject cudaJson{{"compiled", cuda.compiled},
                         {"available", cs::Device::cuda_available()},
                         {"devices", gpus}};
    if (cuda.compiled) {
        cudaJson.insert("architectures", q(cuda.arches));
        cudaJson.insert("runtime_version", q(cs::cuda_version_string(cuda.runtime_version)));
        cudaJson.insert("driver_version",
                        cuda.driver_version
                            ? QJsonValue(q(cs::cuda_version_string(cuda.driver_version)))
                            : QJsonValue());
    }
    if (!cs::Device::cuda_available())
        cudaJson.insert("reason", q(cuda.unavailable_reason));

    QJsonArray devices;
    for (const cs::Device& device : cs::Device::all())
        devices.append(
            QJsonObject{{"id", q(device.id())}, {"description", q(device.description())}});

    return QJsonObject{
        {"version", q(build.version)},
        {"git_revision", gitRevision()},
        {"data_folder", installedDataPath()},
        {"build_type", q(build.build_type)},
        {"compiler", q(build.compiler)},
        {"libraries", libraries},
        {"cpu", QJsonObject{{"model", q(cpu.model)},
                            {"cores", cpu.logical_cores},
                            {"simd", q(cpu.simd)},
                            {"openmp_threads", build.openmp_threads}}},
        {"cuda", cudaJson},
        {"devices", devices},
    };
}

} // namespace convsight::app
