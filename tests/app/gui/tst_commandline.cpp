// `convsight --help` and `convsight --version` as a user types them on a machine without a display:
// they print and exit 0 instead of aborting on Qt's missing platform plugin.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void worksWithoutDisplay_data();
    void worksWithoutDisplay();
    void benchStartupPrintsFirstPaint_data();
    void benchStartupPrintsFirstPaint();

private:
    static QProcessEnvironment withoutDisplay();
};

// No display at all: no X, no Wayland, and no platform chosen for Qt.
QProcessEnvironment TestCommandLine::withoutDisplay() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

void TestCommandLine::worksWithoutDisplay_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--screenshot");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--version");
    // "convsight 0.2.0 (git abc1234)", as convsight-cli --version prints it.
    const QString versionLine = QStringLiteral("convsight " CONVSIGHT_EXPECTED_VERSION " (git ");
    QTest::newRow("--version") << QStringLiteral("--version") << versionLine;
    QTest::newRow("-v") << QStringLiteral("-v") << versionLine;
}

void TestCommandLine::worksWithoutDisplay() {
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH), {option});
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!err.contains(QLatin1String("platform plugin")), qPrintable(err));
}

void TestCommandLine::benchStartupPrintsFirstPaint_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << QStringList{QStringLiteral("--bench-startup")};
    QTest::newRow("with a lesson") << QStringList{QStringLiteral("--bench-startup"),
                                                  QStringLiteral("--lesson"), QStringLiteral("08")};
}

// `convsight --bench-startup` opens the window as usual (offscreen here, with settings of its own),
// exits 0 after its first paint and prints one line with both figures.
void TestCommandLine::benchStartupPrintsFirstPaint() {
    QFETCH(QStringList, arguments);
    QTemporaryDir settings;
    QVERIFY(settings.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    static const QRegularExpression line(
        QStringLiteral("^first paint: (\\d+) ms \\(process start\\), (\\d+) ms \\(main\\)\n$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    // The process started before main() did, to the 10 ms the kernel's clock ticks allow.
    QVERIFY2(match.captured(1).toInt() + 10 >= match.captured(2).toInt(), qPrintable(out));
    QVERIFY2(match.captured(2).toInt() > 0, qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
