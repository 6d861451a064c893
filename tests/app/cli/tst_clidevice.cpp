// `--device cuda` where there is no GPU (or no CUDA backend): every command that takes --device
// exits non-zero with one line saying why, before it reads a file or a data set. On a machine
// with a GPU the cases skip, saying so.
#include "CliRun.h"
#include "compute/Device.h"

#include <QTemporaryDir>
#include <QtTest>

using convsight::compute::Device;

class tst_CliDevice : public QObject {
    Q_OBJECT

private slots:
    void cudaRefusedInOneLine_data();
    void cudaRefusedInOneLine();
    void cpuIsNotRefused();
};

void tst_CliDevice::cudaRefusedInOneLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("device");
    // Files that do not exist: the device is refused before any of them is looked at.
    const QString missing = QStringLiteral("/nonexistent/convsight");
    QTest::newRow("train") << QStringList{"train", "--dataset", "shapes", "--epochs",
                                          "1",     "--device",  "cuda"}
                           << QStringLiteral("cuda");
    QTest::newRow("train, missing data set first")
        << QStringList{"train", "--dataset", missing + "/mnist", "--device", "cuda"}
        << QStringLiteral("cuda");
    QTest::newRow("train --resume")
        << QStringList{"train", "--resume", missing + ".csmodel", "--device", "cuda:0"}
        << QStringLiteral("cuda:0");
    QTest::newRow("bench ops") << QStringList{"bench", "ops", "--device", "cuda"}
                               << QStringLiteral("cuda");
    QTest::newRow("bench train") << QStringList{"bench", "train",    "--model",
                                                "small", "--device", "cuda"}
                                 << QStringLiteral("cuda");
    QTest::newRow("bench filter") << QStringList{"bench", "filter", "--device=cuda"}
                                  << QStringLiteral("cuda");
    QTest::newRow("bench infer") << QStringList{"bench",  "infer",    "--model",
                                                "lenet5", "--device", "cuda"}
                                 << QStringLiteral("cuda");
    QTest::newRow("convolve --image")
        << QStringList{"convolve",           "--image",  missing + ".png",
                       "--kernel",           "box3",     "--out",
                       missing + "-out.png", "--device", "cuda"}
        << QStringLiteral("cuda");
    QTest::newRow("predict --tensor")
        << QStringList{"predict",          "--model",        missing + ".csmodel",
                       "--tensor",         missing + ".npy", "--out",
                       missing + "-y.npy", "--device",       "cuda"}
        << QStringLiteral("cuda");
    QTest::newRow("onnx-test") << QStringList{"onnx-test", "--device", "cuda:1", missing}
                               << QStringLiteral("cuda:1");
}

void tst_CliDevice::cudaRefusedInOneLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, device);
    if (Device::cuda_available())
        QSKIP("this machine has a CUDA device: --device cuda is not refused here");
    const QString reason = QString::fromStdString(Device::cuda_unavailable_reason());
    QVERIFY(!reason.isEmpty());

    const QTemporaryDir folder;
    const CliResult result = runCli(arguments, {}, folder.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    // One line: the command, the device asked for, and why it cannot be had.
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(result.err));
    const QString expected =
        QStringLiteral("convsight-cli %1: --device %2: CUDA is not available: %3\n")
            .arg(arguments.front(), device, reason);
    QCOMPARE(result.err, expected);
}

void tst_CliDevice::cpuIsNotRefused() {
    // The same check leaves --device cpu alone: the command runs (and here says what it lacks).
    const QTemporaryDir folder;
    const CliResult result = runCli({"convolve", "--image", "/nonexistent/convsight.png",
                                     "--kernel", "box3", "--out", "out.png", "--device", "cpu"},
                                    {}, folder.path());
    QVERIFY(result.exitCode != 0);
    QVERIFY2(!result.err.contains(QStringLiteral("CUDA")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("convsight.png")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CliDevice)
#include "tst_clidevice.moc"
