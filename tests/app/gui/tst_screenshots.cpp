// `convsight --screenshot DIR [--size WxH]` as a user runs it: one non-blank PNG per workspace,
// at the size asked for, with no display; a bad size is refused with exit code 2.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void writesEveryWorkspace_data();
    void writesEveryWorkspace();
    void rejectsBadSize_data();
    void rejectsBadSize();

private:
    static int run(const QStringList& args, QByteArray* err = nullptr);
};

int TestScreenshots::run(const QStringList& args, QByteArray* err) {
    QProcess process;
    process.start(QStringLiteral(CONVSIGHT_GUI_PATH), args);
    // A render trains the shapes model and the MLP/CNN study before it shoots Inspect: about 50 s
    // of CPU, minutes when the two cores are shared with other suites.
    if (!process.waitForFinished(240000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestScreenshots::writesEveryWorkspace_data() {
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("default") << QString() << QSize(1280, 800);
    // Smaller than the workspaces ask for: they scroll, the picture keeps the size asked for.
    QTest::newRow("1024x600") << QStringLiteral("1024x600") << QSize(1024, 600);
}

void TestScreenshots::writesEveryWorkspace() {
    QFETCH(QString, size);
    QFETCH(QSize, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("shots/nested"));
    QStringList args{QStringLiteral("--screenshot"), out};
    if (!size.isEmpty())
        args << QStringLiteral("--size") << size;
    QByteArray err;
    QCOMPARE(run(args, &err), 0);

    for (const char* name : {"filter", "step-through", "train", "inspect"}) {
        const QString path = out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(err)));
        QCOMPARE(image.size(), expected);
        // Not blank: a rendered workspace has text, icons and a sidebar, so many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(path));
    }
}

void TestScreenshots::rejectsBadSize_data() {
    QTest::addColumn<QString>("size");
    QTest::newRow("words") << QStringLiteral("big");
    QTest::newRow("one number") << QStringLiteral("1280");
    QTest::newRow("too small") << QStringLiteral("100x100");
    QTest::newRow("negative") << QStringLiteral("-800x600");
}

void TestScreenshots::rejectsBadSize() {
    QFETCH(QString, size);
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(
        run({QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--size"), size}, &err), 2);
    QVERIFY2(err.contains("--size"), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("filter.png"))));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
