// Qt Test suite for compute::Device and the system probe (SystemInfo.h): ids, parsing,
// descriptions, the CUDA-or-why-not contract, and the number formats the About box and CLI print.
#include "compute/Device.h"
#include "compute/SystemInfo.h"
#include "compute_test_util.h"

#include <QString>
#include <QTest>
#include <algorithm>
#include <cstddef>
#include <omp.h>
#include <set>
#include <stdexcept>
#include <string>

using namespace convsight::compute;
using namespace convsight::compute::testing;

class tst_Device : public QObject {
    Q_OBJECT

private slots:
    void cpuDevice();
    void parseCpu();
    void parseRejects_data();
    void parseRejects();
    void allStartsWithCpu();
    void cpuInfo();
    void cpuThreads();
    void cudaInfoIsConsistent();
    void cudaUnavailable();
    void cudaAvailable();
    void formatBytes_data();
    void formatBytes();
    void cudaVersionString_data();
    void cudaVersionString();
};

void tst_Device::cpuDevice() {
    const Device cpu = Device::cpu();
    QVERIFY(cpu.is_cpu());
    QVERIFY(!cpu.is_cuda());
    QCOMPARE(cpu.type(), DeviceType::Cpu);
    QCOMPARE(cpu.index(), 0);
    QCOMPARE(q(cpu.id()), QStringLiteral("cpu"));

    // "AMD EPYC 9R14 (2 cores, AVX-512)": the model, the core count and the widest SIMD.
    const CpuInfo& info = cpu_info();
    const QString description = q(cpu.description());
    QVERIFY2(description.startsWith(q(info.model)), qPrintable(description));
    QVERIFY2(description.contains(QString::number(info.logical_cores) + QStringLiteral(" cores")),
             qPrintable(description));
    QVERIFY2(description.contains(q(info.simd)), qPrintable(description));
}

void tst_Device::parseCpu() {
    QCOMPARE(Device::parse("cpu"), Device::cpu());
    QCOMPARE(q(Device::parse("cpu").id()), QStringLiteral("cpu"));
}

void tst_Device::parseRejects_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("gpu") << QStringLiteral("gpu");
    QTest::newRow("upper-case CPU") << QStringLiteral("CPU");
    QTest::newRow("cuda:x") << QStringLiteral("cuda:x");
    QTest::newRow("cuda: without index") << QStringLiteral("cuda:");
    QTest::newRow("cuda:0 with trailing junk") << QStringLiteral("cuda:0x");
    QTest::newRow("cuda:-1") << QStringLiteral("cuda:-1");
    QTest::newRow("cuda:99") << QStringLiteral("cuda:99");
    QTest::newRow("empty") << QString();
    QTest::newRow("cpu with space") << QStringLiteral("cpu ");
}

void tst_Device::parseRejects() {
    QFETCH(QString, text);

    const Thrown thrown = thrownBy([&] { Device::parse(text.toStdString()); });
    QVERIFY2(thrown.kind == Thrown::Kind::InvalidArgument ||
                 thrown.kind == Thrown::Kind::RuntimeError,
             "parse must throw std::invalid_argument or std::runtime_error");
    QVERIFY(!thrown.message.isEmpty());

    if (thrown.kind == Thrown::Kind::InvalidArgument) {
        // A spelling mistake: the message quotes the text and names the accepted forms.
        QVERIFY2(thrown.message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')),
                 qPrintable(thrown.message));
        QVERIFY2(thrown.message.contains(QStringLiteral("cuda:N")), qPrintable(thrown.message));
    } else if (!Device::cuda_available()) {
        // Well-formed "cuda:N" on a machine without CUDA: the message says why there is none.
        QVERIFY2(thrown.message.contains(q(Device::cuda_unavailable_reason())),
                 qPrintable(thrown.message));
    } else {
        // Well-formed but no such GPU: the message names the index asked for.
        QVERIFY2(thrown.message.contains(text.mid(QStringLiteral("cuda:").size())),
                 qPrintable(thrown.message));
    }
}

void tst_Device::allStartsWithCpu() {
    const std::vector<Device> devices = Device::all();
    QVERIFY(!devices.empty());
    QCOMPARE(devices.front(), Device::cpu());
    QCOMPARE(devices.size(), 1 + cuda_info().devices.size());

    std::set<std::string> ids;
    for (std::size_t i = 1; i < devices.size(); ++i) {
        QVERIFY(devices[i].is_cuda());
        QCOMPARE(q(devices[i].id()), QStringLiteral("cuda:%1").arg(i - 1));
    }
    for (const Device& device : devices)
        ids.insert(device.id());
    QCOMPARE(ids.size(), devices.size());
}

void tst_Device::cpuInfo() {
    const CpuInfo& info = cpu_info();
    QVERIFY(info.logical_cores >= 1);
    QVERIFY(!info.model.empty());
    const std::set<std::string> known{"AVX-512", "AVX2+FMA", "AVX2", "AVX",
                                      "SSE4.2",  "SSE2",     "NEON", "none"};
    QVERIFY2(known.contains(info.simd), info.simd.c_str());
    // Probed once per process: the same object every time.
    QCOMPARE(&cpu_info(), &info);
}

void tst_Device::cpuThreads() {
    const int before = omp_get_max_threads();
    // Outside 1..256 is refused before OpenMP is told: no caller makes 100,000 threads.
    for (const int threads : {0, -1, 257, 10000, 100000}) {
        try {
            set_cpu_threads(threads);
            QFAIL(qPrintable(QStringLiteral("%1 threads accepted").arg(threads)));
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("the CPU thread count must be between 1 and 256, not %1")
                         .arg(threads));
        }
        QCOMPARE(omp_get_max_threads(), before);
    }
    set_cpu_threads(1);
    QCOMPARE(omp_get_max_threads(), 1);
    set_cpu_threads(256); // the limit itself is accepted
    QCOMPARE(omp_get_max_threads(), 256);
    set_cpu_threads(std::min(before, 256));
}

void tst_Device::cudaInfoIsConsistent() {
    const CudaInfo& info = cuda_info();
    QCOMPARE(Device::cuda_available(), !info.devices.empty());
    QCOMPARE(Device::cuda_unavailable_reason(), info.unavailable_reason);
    // A reason exactly when there is no device.
    QCOMPARE(info.unavailable_reason.empty(), !info.devices.empty());
    if (!info.compiled) {
        QCOMPARE(info.runtime_version, 0);
        QVERIFY(info.devices.empty());
    }
    for (std::size_t i = 0; i < info.devices.size(); ++i)
        QCOMPARE(info.devices[i].index, static_cast<int>(i));
}

void tst_Device::cudaUnavailable() {
    if (Device::cuda_available())
        QSKIP("a CUDA device is available; cudaAvailable() covers this machine");

    const QString reason = q(Device::cuda_unavailable_reason());
    QVERIFY(!reason.isEmpty());

    for (const auto& call : {+[] { Device::cuda(0); }, +[] { Device::parse("cuda"); },
                             +[] { Device::parse("cuda:0"); }}) {
        const Thrown thrown = thrownBy(call);
        QCOMPARE(thrown.kind, Thrown::Kind::RuntimeError);
        QVERIFY2(thrown.message.contains(reason), qPrintable(thrown.message));
    }
}

void tst_Device::cudaAvailable() {
    if (!Device::cuda_available())
        QSKIP(
            qPrintable(QStringLiteral("no CUDA device: ") + q(Device::cuda_unavailable_reason())));

    const Device gpu = Device::cuda(0);
    QVERIFY(gpu.is_cuda());
    QCOMPARE(gpu.index(), 0);
    QCOMPARE(q(gpu.id()), QStringLiteral("cuda:0"));
    QCOMPARE(Device::parse("cuda"), gpu);
    QCOMPARE(Device::parse("cuda:0"), gpu);
    QVERIFY(Device::cuda_unavailable_reason().empty());

    // "NVIDIA H100 (sm_90, 79.1 GiB)"
    const CudaDeviceInfo& info = cuda_info().devices.front();
    const QString description = q(gpu.description());
    QVERIFY2(description.contains(
                 QStringLiteral("sm_%1%2").arg(info.compute_major).arg(info.compute_minor)),
             qPrintable(description));
    QVERIFY2(description.contains(q(info.name)), qPrintable(description));
    QVERIFY2(description.contains(q(format_bytes(info.memory_bytes))), qPrintable(description));

    // One past the last GPU: the message names the index.
    const int missing = static_cast<int>(cuda_info().devices.size());
    const Thrown thrown = thrownBy([&] { Device::cuda(missing); });
    QCOMPARE(thrown.kind, Thrown::Kind::RuntimeError);
    QVERIFY2(thrown.message.contains(QString::number(missing)), qPrintable(thrown.message));
}

void tst_Device::formatBytes_data() {
    QTest::addColumn<qulonglong>("bytes");
    QTest::addColumn<QString>("expected");

    constexpr qulonglong kib = 1024;
    QTest::newRow("0") << qulonglong{0} << QStringLiteral("0 bytes");
    QTest::newRow("100") << qulonglong{100} << QStringLiteral("100 bytes");
    QTest::newRow("1023") << qulonglong{1023} << QStringLiteral("1023 bytes");
    QTest::newRow("1 MiB") << kib * kib << QStringLiteral("1 MiB");
    QTest::newRow("512 MiB") << 512 * kib * kib << QStringLiteral("512 MiB");
    QTest::newRow("1 GiB") << kib * kib * kib << QStringLiteral("1.0 GiB");
    QTest::newRow("1.5 GiB") << 3 * kib * kib * kib / 2 << QStringLiteral("1.5 GiB");
    QTest::newRow("80 GiB") << 80 * kib * kib * kib << QStringLiteral("80.0 GiB");
}

void tst_Device::formatBytes() {
    QFETCH(qulonglong, bytes);
    QFETCH(QString, expected);

    QCOMPARE(q(format_bytes(static_cast<std::size_t>(bytes))), expected);
}

void tst_Device::cudaVersionString_data() {
    QTest::addColumn<int>("encoded");
    QTest::addColumn<QString>("expected");

    // CUDA encodes major·1000 + minor·10.
    QTest::newRow("13000") << 13000 << QStringLiteral("13.0");
    QTest::newRow("12040") << 12040 << QStringLiteral("12.4");
    QTest::newRow("11080") << 11080 << QStringLiteral("11.8");
    QTest::newRow("12090") << 12090 << QStringLiteral("12.9");
}

void tst_Device::cudaVersionString() {
    QFETCH(int, encoded);
    QFETCH(QString, expected);

    QCOMPARE(q(cuda_version_string(encoded)), expected);
}

QTEST_GUILESS_MAIN(tst_Device)
#include "tst_device.moc"
