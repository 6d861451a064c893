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
        static const QRegularExpression form(QStringLiteral("^convsight-cli( [a-z]+)?: \\S"));
        QVERIFY2(form.match(firstLine(result.err)).hasMatch(), qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
