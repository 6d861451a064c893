// `convsight-cli lessons`: the bundled lessons check (exit 0, "N lessons OK"), a damaged copy is
// refused with FILE:LINE for each problem, and `lessons list` shows the built-in lessons in order.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Copies the bundled lessons (and their states) into `target`.
bool copyLessons(const QString& target) {
    const QDir source(QStringLiteral(CONVSIGHT_LESSONS_DIR));
    if (!QDir().mkpath(target + QStringLiteral("/states")))
        return false;
    for (const QString& name : source.entryList({QStringLiteral("*.md")}, QDir::Files))
        if (!QFile::copy(source.filePath(name), target + QLatin1Char('/') + name))
            return false;
    const QDir states(source.filePath(QStringLiteral("states")));
    for (const QString& name : states.entryList(QDir::Files))
        if (!QFile::copy(states.filePath(name), target + QStringLiteral("/states/") + name))
            return false;
    return true;
}

bool replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class tst_CliLessons : public QObject {
    Q_OBJECT
private slots:
    void bundledLessonsCheck();
    void damagedCopyNamesFileAndLine();
    void listShowsBuiltInLessons();
    void listAFolder();
    void usageErrors_data();
    void usageErrors();
};

void tst_CliLessons::bundledLessonsCheck() {
    const CliResult result =
        runCli({QStringLiteral("lessons"), QStringLiteral("check"), CONVSIGHT_LESSONS_DIR});
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression ok(QStringLiteral("^(\\d+) lessons OK\n$"));
    const auto match = ok.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out + result.err));
    QVERIFY(match.captured(1).toInt() >= 16);
    QVERIFY(result.err.isEmpty());
}

void tst_CliLessons::damagedCopyNamesFileAndLine() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyLessons(dir.path()));
    QVERIFY(replaceInFile(dir.filePath(QStringLiteral("08-stride.md")), "workspace: step-through",
                          "workspace: stepthrough"));
    QVERIFY(replaceInFile(dir.filePath(QStringLiteral("06-convolution-formula.md")), "- [x] −3",
                          "- [ ] −3"));
    QVERIFY(replaceInFile(dir.filePath(QStringLiteral("states/max-pooling.convsight")),
                          "\"stride\": 2", "\"stride\": 0"));
    QVERIFY(replaceInFile(dir.filePath(QStringLiteral("09-padding.md")), "example: valid-slide",
                          "example: valid-slides"));
    const CliResult result =
        runCli({QStringLiteral("lessons"), QStringLiteral("check"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("4 problems in ")), qPrintable(result.err));
    QVERIFY2(
        result.err.contains(QStringLiteral("\n08-stride.md:4: unknown workspace \"stepthrough\"")),
        qPrintable(result.err));
    QVERIFY2(result.err.contains(QRegularExpression(
                 QStringLiteral("\n06-convolution-formula.md:\\d+: no choice is marked right"))),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QRegularExpression(
                 QStringLiteral("\n13-pooling.md:5: state file \"states/max-pooling.convsight\": "
                                "step_through.stride: 0 is outside"))),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral(
                 "\n09-padding.md:5: unknown Lecture example \"valid-slides\" (worked-example, "
                 "valid-slide, padding-2, curve-detector or fc-three-pixels)")),
             qPrintable(result.err));
}

void tst_CliLessons::listShowsBuiltInLessons() {
    const CliResult result = runCli({QStringLiteral("lessons"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 16);
    QVERIFY2(lines.first().startsWith(QStringLiteral("01-why-gpus")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QStringLiteral("Why GPUs?")));
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines[i].startsWith(QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0'))),
                 qPrintable(lines[i]));
    QVERIFY(result.out.contains(QStringLiteral("Stride  (step-through; lecture lines 1128-1205)")));
}

void tst_CliLessons::listAFolder() {
    QTemporaryDir dir;
    QVERIFY(copyLessons(dir.path()));
    const CliResult all = runCli({QStringLiteral("lessons"), QStringLiteral("list"), dir.path()});
    QCOMPARE(all.exitCode, 0);
    const CliResult bundled = runCli({QStringLiteral("lessons"), QStringLiteral("list")});
    QCOMPARE(all.out, bundled.out); // the built-in lessons are the files of resources/lessons/
}

void tst_CliLessons::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("lessons")}
                               << QStringLiteral("expected check DIR or list");
    QTest::newRow("check without folder")
        << QStringList{QStringLiteral("lessons"), QStringLiteral("check")}
        << QStringLiteral("expected one folder");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("lessons"), QStringLiteral("run")}
                                    << QStringLiteral("no such action 'run'");
    QTest::newRow("option") << QStringList{QStringLiteral("lessons"), QStringLiteral("list"),
                                           QStringLiteral("--json")}
                            << QStringLiteral("unknown option '--json'");
}

void tst_CliLessons::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("usage: convsight-cli lessons check DIR")));
}

QTEST_GUILESS_MAIN(tst_CliLessons)
#include "tst_clilessons.moc"
