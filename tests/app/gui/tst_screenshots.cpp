// `convsight --screenshot DIR [--size WxH]` as a user runs it: one non-blank PNG per workspace,
// at the size asked for, with no display; a bad size is refused with exit code 2. It also writes
// DIR/session.convsight, and `--screenshot DIR2 DIR/session.convsight` renders that state again;
// a session it cannot open exits non-zero with the reason on stderr.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
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
    void rendersFromItsSession();
    void refusesASessionItCannotOpen_data();
    void refusesASessionItCannotOpen();

private:
    static int run(const QStringList& args, QByteArray* err = nullptr);
    QTemporaryDir rendered_; // the last render of writesEveryWorkspace, at 1024x768
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
    // Presentation mode and the other themes, at exactly the size asked for: presenting raises
    // the fonts, never the window's size.
    for (const char* name :
         {"presentation", "dark-filter", "high-contrast-step-through", "vgg16", "inspect-vgg16",
          "inspect-explain-occlusion", "inspect-explain-gradcam", "inspect-explain-filter"}) {
        const QString path = out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), expected);
    }
    // Predict, then reveal: Step through mid-exercise, a wrong answer and its products.
    QCOMPARE(QImage(out + QStringLiteral("/exercise.png")).size(), expected);
    // Every lesson's first step, set up, with the Lessons panel open.
    const QStringList lessons = QDir(QStringLiteral(CONVSIGHT_LESSONS_DIR))
                                    .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(lessons.size() >= 16);
    for (const QString& lesson : lessons) {
        const QString path =
            out + QStringLiteral("/lesson-") + lesson.left(2) + QStringLiteral(".png");
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), expected);
    }
    // The state those pictures show, as a session.
    QFile session(out + QStringLiteral("/session.convsight"));
    QVERIFY(session.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(session.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("convsight-session"));
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(document.value(QStringLiteral("model")).isString()); // the trained model is in it
    session.close();
    QFile::remove(rendered_.filePath(QStringLiteral("session.convsight")));
    QFile::remove(rendered_.filePath(QStringLiteral("step-through.png")));
    QVERIFY(
        QFile::copy(session.fileName(), rendered_.filePath(QStringLiteral("session.convsight"))));
    QVERIFY(QFile::copy(out + QStringLiteral("/step-through.png"),
                        rendered_.filePath(QStringLiteral("step-through.png"))));
    QFile sizeNote(rendered_.filePath(QStringLiteral("size")));
    QVERIFY(sizeNote.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sizeNote.write(QByteArray::number(expected.width()) + 'x' +
                   QByteArray::number(expected.height()));
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

// The session of the last render, rendered again in a new process: the same pictures' state, no
// training of its own (the session holds the model), and a session of that state again.
void TestScreenshots::rendersFromItsSession() {
    const QString session = rendered_.filePath(QStringLiteral("session.convsight"));
    if (!QFile::exists(session))
        QSKIP("writesEveryWorkspace rendered nothing to start from");
    QFile sizeFile(rendered_.filePath(QStringLiteral("size")));
    QVERIFY(sizeFile.open(QIODevice::ReadOnly));
    const QString size = QString::fromLatin1(sizeFile.readAll());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("again"));
    QByteArray err;
    QCOMPARE(
        run({QStringLiteral("--screenshot"), out, QStringLiteral("--size"), size, session}, &err),
        0);
    for (const char* name : {"filter", "step-through", "train", "inspect"}) {
        const QString path = out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        QVERIFY2(!QImage(path).isNull(), qPrintable(path + QStringLiteral(": ") + err));
    }
    // Step through holds no model and no photo: its picture is the same to the pixel.
    QCOMPARE(QImage(out + QStringLiteral("/step-through.png")),
             QImage(rendered_.filePath(QStringLiteral("step-through.png"))));
    // The state it rendered is the session's.
    QFile first(session), second(out + QStringLiteral("/session.convsight"));
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    const QJsonObject a = QJsonDocument::fromJson(first.readAll()).object();
    const QJsonObject b = QJsonDocument::fromJson(second.readAll()).object();
    for (const char* part : {"workspace", "filter", "step_through", "train", "inspect"})
        QVERIFY2(a.value(QLatin1String(part)) == b.value(QLatin1String(part)), part);
    QVERIFY(b.value(QStringLiteral("model")).isString());
}

void TestScreenshots::refusesASessionItCannotOpen_data() {
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("missing") << QByteArray() << QByteArray("Cannot open");
    QTest::newRow("not JSON") << QByteArray("a lesson plan") << QByteArray("not JSON");
    QTest::newRow("newer") << QByteArray(R"({"format": "convsight-session", "version": 2})")
                           << QByteArray("newer ConvSight: format 2");
    QTest::newRow("damaged") << QByteArray(R"({"format": "convsight-session", "version": 1})")
                             << QByteArray("is damaged");
}

void TestScreenshots::refusesASessionItCannotOpen() {
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("bad.convsight"));
    if (!content.isEmpty()) {
        QFile file(session);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString out = dir.filePath(QStringLiteral("shots"));
    QByteArray err;
    const int code = run({QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
                          QStringLiteral("640x480"), session},
                         &err);
    QVERIFY2(code != 0 && code != -1, err.constData());
    QVERIFY2(err.contains(reason), err.constData());
    QVERIFY2(err.contains("bad.convsight"), err.constData());
    QVERIFY(!QFile::exists(out + QStringLiteral("/filter.png")));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
