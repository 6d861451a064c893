// `convsight --help` and `convsight --version` as a user types them on a machine without a display:
// they print and exit 0 instead of aborting on Qt's missing platform plugin.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void worksWithoutDisplay_data();
    void worksWithoutDisplay();

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
