// Qt Test suite for convsight-cli, run as a separate process: exit codes (0 ok, 2 wrong usage),
// what goes to stdout and what to stderr, and the contents of `info` and `info --json`.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace {

struct CliResult {
    int exitCode{-1};
    QString out;
    QString err;
};

// Runs convsight-cli with `arguments`; fails the test (by returning exit code -1) if it crashes.
CliResult runCli(const QStringList& arguments) {
    QProcess process;
    process.setProgram(QStringLiteral(CONVSIGHT_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    CliResult result;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpSucceeds_data();
    void helpSucceeds();
    void version();
    void infoText();
    void infoJson();
    void usageErrors_data();
    void usageErrors();
    void benchTrainJson();
    void benchOpsJson();
    void benchOnMissingGpuFails();

private:
    QJsonObject info_; // `info --json`, parsed once
};

void tst_Cli::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(CONVSIGHT_CLI_PATH)), CONVSIGHT_CLI_PATH);

    const CliResult result = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    info_ = document.object();
}

void tst_Cli::helpSucceeds_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments"); // each must appear on stdout

    const QStringList programUsage{QStringLiteral("usage: convsight-cli"),
                                   QStringLiteral("Commands:"), QStringLiteral("  info "),
                                   QStringLiteral("  help ")};
    const QStringList infoUsage{QStringLiteral("usage: convsight-cli info [--json]"),
                                QStringLiteral("--json")};

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << programUsage;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << programUsage;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << programUsage;
    QTest::newRow("help info") << QStringList{QStringLiteral("help"), QStringLiteral("info")}
                               << infoUsage;
    QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                 << infoUsage;
    QTest::newRow("help help") << QStringList{QStringLiteral("help"), QStringLiteral("help")}
                               << QStringList{QStringLiteral("usage: convsight-cli help")};
}

void tst_Cli::helpSucceeds() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);

    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    for (const QString& fragment : fragments)
        QVERIFY2(result.out.contains(fragment), qPrintable(fragment + " not in:\n" + result.out));
}

void tst_Cli::version() {
    const CliResult result = runCli({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());

    // One line, "convsight-cli 0.1.0", the same version `info --json` and CMake's project() give.
    const QRegularExpression line(QStringLiteral("^convsight-cli (\\d+\\.\\d+\\.\\d+)\\n$"));
    const QRegularExpressionMatch match = line.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QCOMPARE(match.captured(1), info_.value(QStringLiteral("version")).toString());
    QCOMPARE(match.captured(1), QStringLiteral(CONVSIGHT_EXPECTED_VERSION));
}

void tst_Cli::infoText() {
    const CliResult result = runCli({QStringLiteral("info")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());

    for (const char* word : {"Qt", "OpenCV", "Eigen", "CUDA", "CPU"})
        QVERIFY2(result.out.contains(QLatin1String(word)), word);
    // The text and the JSON report the same build and machine.
    const QString version = info_.value(QStringLiteral("version")).toString();
    QVERIFY2(result.out.startsWith(QStringLiteral("ConvSight ") + version), qPrintable(result.out));
    // Test and program link the same Qt.
    QVERIFY(result.out.contains(QString::fromLatin1(qVersion())));
    const QJsonObject cpu = info_.value(QStringLiteral("cpu")).toObject();
    QVERIFY(result.out.contains(cpu.value(QStringLiteral("model")).toString()));
    QVERIFY(result.out.contains(cpu.value(QStringLiteral("simd")).toString()));
}

void tst_Cli::infoJson() {
    for (const char* key : {"version", "build_type", "compiler"}) {
        QVERIFY2(info_.value(QLatin1String(key)).isString(), key);
        QVERIFY2(!info_.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QCOMPARE(info_.value(QStringLiteral("version")).toString(),
             QStringLiteral(CONVSIGHT_EXPECTED_VERSION));

    const QJsonObject libraries = info_.value(QStringLiteral("libraries")).toObject();
    for (const char* key : {"qt", "opencv", "eigen", "cuda_runtime"}) {
        QVERIFY2(libraries.value(QLatin1String(key)).isString(), key);
        QVERIFY2(!libraries.value(QLatin1String(key)).toString().isEmpty(), key);
    }
    QCOMPARE(libraries.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));

    const QJsonObject cpu = info_.value(QStringLiteral("cpu")).toObject();
    QVERIFY(!cpu.value(QStringLiteral("model")).toString().isEmpty());
    QVERIFY(cpu.value(QStringLiteral("cores")).isDouble());
    QVERIFY(cpu.value(QStringLiteral("cores")).toInt() >= 1);
    QVERIFY(!cpu.value(QStringLiteral("simd")).toString().isEmpty());

    const QJsonObject cuda = info_.value(QStringLiteral("cuda")).toObject();
    QVERIFY(cuda.value(QStringLiteral("compiled")).isBool());
    QVERIFY(cuda.value(QStringLiteral("available")).isBool());
    QVERIFY(cuda.value(QStringLiteral("devices")).isArray());
    const QJsonArray gpus = cuda.value(QStringLiteral("devices")).toArray();
    if (cuda.value(QStringLiteral("available")).toBool()) {
        QVERIFY(cuda.value(QStringLiteral("compiled")).toBool());
        QVERIFY(!gpus.isEmpty());
        QVERIFY(!cuda.contains(QStringLiteral("reason")));
    } else {
        // No GPU: the report says why instead of staying silent.
        QVERIFY(gpus.isEmpty());
        QVERIFY(!cuda.value(QStringLiteral("reason")).toString().isEmpty());
    }
    if (!cuda.value(QStringLiteral("compiled")).toBool())
        QCOMPARE(libraries.value(QStringLiteral("cuda_runtime")).toString(),
                 QStringLiteral("not built"));

    // The CPU first, then one entry per GPU.
    const QJsonArray devices = info_.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 1 + gpus.size());
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cpu"));
    QVERIFY(!devices.at(0).toObject().value(QStringLiteral("description")).toString().isEmpty());
    for (qsizetype i = 1; i < devices.size(); ++i)
        QCOMPARE(devices.at(i).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cuda:%1").arg(i - 1));
}

void tst_Cli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // the first line on stderr
    QTest::addColumn<QString>("usage"); // the usage that follows it

    const QString programUsage = QStringLiteral("usage: convsight-cli [--help]");
    const QString infoUsage = QStringLiteral("usage: convsight-cli info [--json]");
    const QString helpUsage = QStringLiteral("usage: convsight-cli help [<command>]");

    QTest::newRow("no arguments") << QStringList{}
                                  << QStringLiteral("usage: convsight-cli [--help] [--version] "
                                                    "<command> [options]")
                                  << programUsage;
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")}
        << QStringLiteral("convsight-cli: unknown command 'frobnicate'") << programUsage;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frob")}
        << QStringLiteral("convsight-cli: unknown option '--frob'") << programUsage;
    QTest::newRow("info --bogus") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")}
                                  << QStringLiteral("convsight-cli info: unknown option '--bogus'")
                                  << infoUsage;
    QTest::newRow("info --json=yes")
        << QStringList{QStringLiteral("info"), QStringLiteral("--json=yes")}
        << QStringLiteral("convsight-cli info: unknown option '--json=yes'") << infoUsage;
    QTest::newRow("info stray word")
        << QStringList{QStringLiteral("info"), QStringLiteral("extra")}
        << QStringLiteral("convsight-cli info: unexpected argument 'extra'") << infoUsage;
    QTest::newRow("help nosuch") << QStringList{QStringLiteral("help"), QStringLiteral("nosuch")}
                                 << QStringLiteral("convsight-cli help: no such command 'nosuch'")
                                 << helpUsage;
    QTest::newRow("help two commands")
        << QStringList{QStringLiteral("help"), QStringLiteral("info"), QStringLiteral("help")}
        << QStringLiteral("convsight-cli help: expected one command name, got 2") << helpUsage;

    const QString benchUsage = QStringLiteral("usage: convsight-cli bench ops");
    QTest::newRow("bench alone") << QStringList{QStringLiteral("bench")}
                                 << QStringLiteral("convsight-cli bench: say what to measure: ops "
                                                   "or train")
                                 << benchUsage;
    QTest::newRow("bench unknown")
        << QStringList{QStringLiteral("bench"), QStringLiteral("fly")}
        << QStringLiteral("convsight-cli bench: unknown benchmark 'fly' (ops or train)")
        << benchUsage;
    QTest::newRow("bench train without model")
        << QStringList{QStringLiteral("bench"), QStringLiteral("train")}
        << QStringLiteral("convsight-cli bench train: say which model with --model (small or "
                          "cifar-tf)")
        << benchUsage;
    QTest::newRow("bench train batch 0")
        << QStringList{QStringLiteral("bench"),   QStringLiteral("train"),
                       QStringLiteral("--model"), QStringLiteral("small"),
                       QStringLiteral("--batch"), QStringLiteral("0")}
        << QStringLiteral("convsight-cli bench train: --batch wants a positive whole number, not "
                          "'0'")
        << benchUsage;
    QTest::newRow("bench train bad device")
        << QStringList{QStringLiteral("bench"),    QStringLiteral("train"),
                       QStringLiteral("--model"),  QStringLiteral("small"),
                       QStringLiteral("--device"), QStringLiteral("gpu")}
        << QStringLiteral("convsight-cli bench train: unknown device 'gpu': use cpu, cuda, or "
                          "cuda:N for the N-th GPU")
        << benchUsage;
    QTest::newRow("bench ops --steps")
        << QStringList{QStringLiteral("bench"), QStringLiteral("ops"), QStringLiteral("--steps"),
                       QStringLiteral("3")}
        << QStringLiteral("convsight-cli bench ops: unknown option '--steps'") << benchUsage;
}

void tst_Cli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, usage);

    // Wrong usage: exit code 2, nothing on stdout (a script reading it gets no half answer), the
    // mistake and then the usage on stderr.
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(firstLine(result.err), error);
    QVERIFY2(result.err.contains(usage), qPrintable(result.err));
    if (!arguments.isEmpty()) {
        // Every mistake reads "convsight-cli <command>: <what is wrong>".
        static const QRegularExpression form(QStringLiteral("^convsight-cli( [a-z]+){0,2}: \\S"));
        QVERIFY2(form.match(firstLine(result.err)).hasMatch(), qPrintable(result.err));
    }
}

void tst_Cli::benchTrainJson() {
    // A short run on the CPU: exactly one JSON object with the figures the issue names.
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--batch"), QStringLiteral("8"),
                QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("small"));
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    QCOMPARE(json.value(QStringLiteral("batch")).toInt(), 8);
    for (const char* key : {"examples_per_second", "ms_per_step", "peak_rss_mb"})
        QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0.0, key);
    // examples/s and ms/step describe the same median step.
    const double perSecond = json.value(QStringLiteral("examples_per_second")).toDouble();
    const double msPerStep = json.value(QStringLiteral("ms_per_step")).toDouble();
    QVERIFY(qAbs(perSecond * msPerStep / 1000.0 - 8.0) < 1e-6 * perSecond);
}

void tst_Cli::benchOpsJson() {
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("ops"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    const QJsonArray ops = json.value(QStringLiteral("ops")).toArray();
    QStringList names;
    for (const QJsonValue& op : ops) {
        names << op.toObject().value(QStringLiteral("op")).toString();
        QVERIFY(op.toObject().value(QStringLiteral("gflops")).toDouble() > 0.0);
        QVERIFY(op.toObject().value(QStringLiteral("reference_gflops")).toDouble() > 0.0);
    }
    for (const char* op : {"gemm", "conv2d_forward", "conv2d_backward"})
        QVERIFY2(names.contains(QLatin1String(op)), op);
}

void tst_Cli::benchOnMissingGpuFails() {
    const CliResult info = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    const QJsonObject cuda = QJsonDocument::fromJson(info.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("cuda"))
                                 .toObject();
    if (cuda.value(QStringLiteral("available")).toBool())
        QSKIP("this machine has a CUDA device");
    // Asking for a GPU that is not there is a failure (exit 1) that says why, not a usage error.
    const CliResult result =
        runCli({QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--model"),
                QStringLiteral("small"), QStringLiteral("--device"), QStringLiteral("cuda")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(cuda.value(QStringLiteral("reason")).toString()),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
