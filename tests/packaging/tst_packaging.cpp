// The install and the Debian package as a school's lab gets them: the desktop entry, AppStream
// metadata and man pages pass their own validators; `cmake --install` lays out the prefix as
// packaging/CMakeLists.txt says; the installed programs run from it and find their data there.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral("io.github.convsight.ConvSight");

QString sourcePath(const QString& relative) {
    return QDir(QStringLiteral(CONVSIGHT_SOURCE_DIR)).filePath(relative);
}

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QString& workingDir = {},
        int timeoutMs = 120000, const QProcessEnvironment& environment = {}) {
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tool(const char* name) {
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The long options a program's help names: "--json", "--device", ...
QSet<QString> longOptions(const QString& help) {
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    for (const QRegularExpressionMatch& match : option.globalMatch(help))
        options.insert(match.captured(0));
    return options;
}

// A man page's text with roff's escaped hyphens as the reader sees them.
QString manText(const QString& page) {
    return readText(sourcePath(QStringLiteral("packaging/") + page))
        .replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

} // namespace

class tst_Packaging : public QObject {
    Q_OBJECT

private slots:
    void desktopFileValidates();
    void desktopFileOpensSessions();
    void metainfoValidates();
    void newestReleaseIsTheProjectVersion();
    void manPagesFormatWithoutWarnings_data();
    void manPagesFormatWithoutWarnings();
    void cliManPageHasEveryCommandAndOption();
    void guiManPageHasEveryOption();
    void installedTreeRuns();
    void debianPackageRuns();

private:
    // The layout of common.md and the installed programs run from PREFIX/bin, in another folder.
    void checkInstalledPrefix(const QString& prefix);
};

void tst_Packaging::desktopFileValidates() {
    const QString validate = tool("desktop-file-validate");
    if (validate.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const Run result =
        run(validate, {sourcePath(QStringLiteral("packaging/%1.desktop").arg(appId))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // Hints (two main categories, as the brief asks: Education and Science) are not findings.
    for (const QString& line : (result.out + result.err).split(QLatin1Char('\n')))
        QVERIFY2(!line.contains(QLatin1String("error:")) &&
                     !line.contains(QLatin1String("warning:")),
                 qPrintable(line));
}

void tst_Packaging::desktopFileOpensSessions() {
    const QString desktop = readText(sourcePath(QStringLiteral("packaging/%1.desktop").arg(appId)));
    QVERIFY(desktop.contains(QStringLiteral("\nExec=convsight %f\n")));
    QVERIFY(desktop.contains(QStringLiteral("\nIcon=%1\n").arg(appId)));
    QVERIFY(desktop.contains(QStringLiteral("\nCategories=Education;Science;")));
    QVERIFY(desktop.contains(QStringLiteral("\nMimeType=application/x-convsight-session;\n")));
    // The MIME type the entry claims is the one the shared-mime-info file defines, for the
    // extension sessions are saved with.
    QXmlStreamReader mime(readText(sourcePath(QStringLiteral("packaging/%1.mime.xml").arg(appId))));
    QString type;
    QString glob;
    while (!mime.atEnd()) {
        if (mime.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (mime.name() == QLatin1String("mime-type"))
            type = mime.attributes().value(QLatin1String("type")).toString();
        else if (mime.name() == QLatin1String("glob"))
            glob = mime.attributes().value(QLatin1String("pattern")).toString();
    }
    QVERIFY2(!mime.hasError(), qPrintable(mime.errorString()));
    QCOMPARE(type, QStringLiteral("application/x-convsight-session"));
    QCOMPARE(glob, QStringLiteral("*.convsight"));
}

void tst_Packaging::metainfoValidates() {
    const QString appstreamcli = tool("appstreamcli");
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    // --strict fails on warnings and infos too; pedantic hints (the id's capitals, which the
    // reverse-DNS id needs) do not count.
    const Run result =
        run(appstreamcli,
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
             sourcePath(QStringLiteral("packaging/%1.metainfo.xml").arg(appId))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
}

void tst_Packaging::newestReleaseIsTheProjectVersion() {
    QXmlStreamReader xml(
        readText(sourcePath(QStringLiteral("packaging/%1.metainfo.xml").arg(appId))));
    QStringList releases;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("release"))
            releases << xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(CONVSIGHT_EXPECTED_VERSION));

    // CHANGELOG.md, newest first, has the same releases.
    const QString changelog = readText(sourcePath(QStringLiteral("CHANGELOG.md")));
    QStringList changelogReleases;
    static const QRegularExpression heading(QStringLiteral("^## \\[(\\d+\\.\\d+\\.\\d+)\\]"),
                                            QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& match : heading.globalMatch(changelog))
        changelogReleases << match.captured(1);
    QCOMPARE(changelogReleases, releases);
}

void tst_Packaging::manPagesFormatWithoutWarnings_data() {
    QTest::addColumn<QString>("page");
    QTest::newRow("convsight.1") << QStringLiteral("convsight.1");
    QTest::newRow("convsight-cli.1") << QStringLiteral("convsight-cli.1");
}

void tst_Packaging::manPagesFormatWithoutWarnings() {
    QFETCH(QString, page);
    const QString path = sourcePath(QStringLiteral("packaging/") + page);
    const QString groff = tool("groff");
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian: groff-base)");
    // -k: the pages hold UTF-8 (×, −); -ww: every warning; -z: no output, only the checks.
    const Run formatted = run(groff, {QStringLiteral("-k"), QStringLiteral("-man"),
                                      QStringLiteral("-z"), QStringLiteral("-ww"), path});
    QCOMPARE(formatted.exitCode, 0);
    QVERIFY2(formatted.err.isEmpty(), qPrintable(formatted.err));

    const QString man = tool("man");
    if (man.isEmpty())
        QSKIP("man is not installed (Debian: man-db): groff's check passed");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const Run shown = run(man, {QStringLiteral("--warnings"), QStringLiteral("-l"), path}, {},
                          60000, environment);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.isEmpty(), qPrintable(shown.err));
    QVERIFY(shown.out.contains(QStringLiteral("SYNOPSIS")));
}

void tst_Packaging::cliManPageHasEveryCommandAndOption() {
    const QString page = manText(QStringLiteral("convsight-cli.1"));
    const Run help = run(QStringLiteral(CONVSIGHT_CLI_PATH), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString commandList =
        help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList commands;
    for (const QString& line : commandList.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        commands << line.simplified().section(QLatin1Char(' '), 0, 0);
    QVERIFY2(commands.size() >= 15, qPrintable(commandList));
    for (const QString& command : commands) {
        QVERIFY2(page.contains(QStringLiteral("\n.SS %1\n").arg(command)),
                 qPrintable(command + " has no section in convsight-cli.1"));
        const Run usage =
            run(QStringLiteral(CONVSIGHT_CLI_PATH), {QStringLiteral("help"), command});
        QCOMPARE(usage.exitCode, 0);
        // Every option the command names appears in the page as a whole word, and every one of
        // its option list ("  --json   print ...") has an entry of its own (.TP, .B --json).
        const QSet<QString> pageOptions = longOptions(page);
        for (const QString& option : longOptions(usage.out))
            QVERIFY2(
                pageOptions.contains(option),
                qPrintable(QStringLiteral("%1 %2 is not in convsight-cli.1").arg(command, option)));
        static const QRegularExpression listed(QStringLiteral("^  (--[a-z][a-z0-9-]*)"),
                                               QRegularExpression::MultilineOption);
        const QString section = page.section(QStringLiteral("\n.SS %1\n").arg(command), 1)
                                    .section(QStringLiteral("\n.SS "), 0, 0)
                                    .section(QStringLiteral("\n.SH "), 0, 0);
        for (const QRegularExpressionMatch& match : listed.globalMatch(usage.out)) {
            const QRegularExpression entry(QStringLiteral("^\\.TP\n\\.B \"?%1(?![\\w-])")
                                               .arg(QRegularExpression::escape(match.captured(1))),
                                           QRegularExpression::MultilineOption);
            QVERIFY2(
                entry.match(section).hasMatch(),
                qPrintable(QStringLiteral("%1 %2 has no entry in its section of convsight-cli.1")
                               .arg(command, match.captured(1))));
        }
    }
    for (const QString& option : longOptions(help.out))
        QVERIFY2(longOptions(page).contains(option), qPrintable(option));
}

void tst_Packaging::guiManPageHasEveryOption() {
    const QString page = manText(QStringLiteral("convsight.1"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run help =
        run(QStringLiteral(CONVSIGHT_GUI_PATH), {QStringLiteral("--help")}, {}, 60000, environment);
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> options = longOptions(help.out);
    QVERIFY2(options.contains(QStringLiteral("--screenshot")), qPrintable(help.out));
    const QSet<QString> pageOptions = longOptions(page);
    for (const QString& option : options)
        QVERIFY2(pageOptions.contains(option), qPrintable(option + " is not in convsight.1"));
}

void tst_Packaging::checkInstalledPrefix(const QString& prefix) {
    const QDir root(prefix);
    const QString version = QStringLiteral(CONVSIGHT_EXPECTED_VERSION);
    QStringList expected{
        QStringLiteral("bin/convsight"),
        QStringLiteral("bin/convsight-cli"),
        QStringLiteral("share/convsight/lessons/01-why-gpus.md"),
        QStringLiteral("share/convsight/samples/camera.png"),
        QStringLiteral("share/convsight/samples/LICENSES.md"),
        QStringLiteral("share/convsight/docs/user-guide.md"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/man/man1/convsight.1.gz"),
        QStringLiteral("share/man/man1/convsight-cli.1.gz"),
        QStringLiteral("share/doc/convsight/copyright"),
        QStringLiteral("share/doc/convsight/changelog.gz"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    for (const QString& file : expected)
        QVERIFY2(QFileInfo(root.filePath(file)).isFile(), qPrintable(file + " is not installed"));
    // Each PNG is the size its folder says (the width and height of the PNG's IHDR chunk).
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QFile png(root.filePath(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId)));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray header = png.read(24);
        QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const auto bigEndian = [&header](int at) {
            return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
                   (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
        };
        QCOMPARE(bigEndian(16), quint32(size));
        QCOMPARE(bigEndian(20), quint32(size));
    }
    // Every lesson and its states, translations' folders included when there are any.
    const QStringList sourceLessons =
        QDir(sourcePath(QStringLiteral("resources/lessons"))).entryList({QStringLiteral("*.md")});
    QCOMPARE(QDir(root.filePath(QStringLiteral("share/convsight/lessons")))
                 .entryList({QStringLiteral("*.md")}),
             sourceLessons);
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("es")})
        if (QFileInfo::exists(sourcePath(QStringLiteral("resources/lessons/") + language)))
            QVERIFY2(QFileInfo(root.filePath(QStringLiteral("share/convsight/lessons/") + language))
                         .isDir(),
                     qPrintable(language));

    // Run from a folder that is neither the build tree nor the prefix.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString cli = root.filePath(QStringLiteral("bin/convsight-cli"));
    const Run versionRun = run(cli, {QStringLiteral("--version")}, elsewhere.path());
    QCOMPARE(versionRun.exitCode, 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^convsight-cli %1 \\(git [0-9a-f]{7,}(-dirty)?\\)\\n$|"
                                          "^convsight-cli %1 \\(git unknown\\)\\n$")
                               .arg(QRegularExpression::escape(version)))
            .match(versionRun.out)
            .hasMatch(),
        qPrintable(versionRun.out));

    const Run info = run(cli, {QStringLiteral("info"), QStringLiteral("--json")}, elsewhere.path());
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("version")).toString(), version);
    // The installed program uses the prefix's data, not the build tree's.
    QCOMPARE(QFileInfo(json.value(QStringLiteral("data_folder")).toString()).canonicalFilePath(),
             QFileInfo(root.filePath(QStringLiteral("share/convsight"))).canonicalFilePath());
    const Run lessons = run(cli,
                            {QStringLiteral("lessons"), QStringLiteral("check"),
                             root.filePath(QStringLiteral("share/convsight/lessons"))},
                            elsewhere.path());
    QVERIFY2(lessons.exitCode == 0, qPrintable(lessons.out + lessons.err));

    const QString gui = root.filePath(QStringLiteral("bin/convsight"));
    const Run guiVersion = run(gui, {QStringLiteral("--version")}, elsewhere.path());
    QCOMPARE(guiVersion.exitCode, 0);
    QVERIFY2(guiVersion.out.startsWith(QStringLiteral("convsight %1 (git ").arg(version)),
             qPrintable(guiVersion.out));

    // Every workspace rendered by the installed window (minutes on a busy machine).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString shots = QDir(elsewhere.path()).filePath(QStringLiteral("shots"));
    const Run screenshot = run(gui,
                               {QStringLiteral("--screenshot"), shots, QStringLiteral("--size"),
                                QStringLiteral("1280x680")},
                               elsewhere.path(), 420000, environment);
    QVERIFY2(screenshot.exitCode == 0, qPrintable(screenshot.err.right(2000)));
    for (const char* workspace : {"filter", "step-through", "train", "inspect"}) {
        const QString png = QDir(shots).filePath(QString::fromLatin1(workspace) + ".png");
        QVERIFY2(QFileInfo(png).size() > 10000, qPrintable(png));
        QVERIFY2(screenshot.out.contains(png), qPrintable(screenshot.out.left(2000)));
    }
}

void tst_Packaging::installedTreeRuns() {
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run install = run(QStringLiteral(CONVSIGHT_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(CONVSIGHT_BINARY_DIR),
                             QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out.right(2000) + install.err));
    checkInstalledPrefix(prefix.path());
    if (QTest::currentTestFailed())
        return;
    // The desktop file as installed still validates and names the installed icon.
    const QString desktop =
        QDir(prefix.path()).filePath(QStringLiteral("share/applications/%1.desktop").arg(appId));
    QCOMPARE(readText(desktop),
             readText(sourcePath(QStringLiteral("packaging/%1.desktop").arg(appId))));
}

void tst_Packaging::debianPackageRuns() {
    const QString deb = qEnvironmentVariable("CONVSIGHT_DEB");
    if (deb.isEmpty())
        QSKIP("no package given: scripts/package.sh builds the .deb and runs this with "
              "CONVSIGHT_DEB=FILE.deb");
    const QString dpkgDeb = tool("dpkg-deb");
    if (dpkgDeb.isEmpty())
        QSKIP("dpkg-deb is not installed");
    const QString version = QStringLiteral(CONVSIGHT_EXPECTED_VERSION);
    QCOMPARE(QFileInfo(deb).fileName(), QStringLiteral("convsight_%1_amd64.deb").arg(version));

    const auto field = [&](const char* name) {
        return run(dpkgDeb, {QStringLiteral("-f"), deb, QString::fromLatin1(name)}).out.trimmed();
    };
    QCOMPARE(field("Package"), QStringLiteral("convsight"));
    QCOMPARE(field("Version"), version);
    QCOMPARE(field("Architecture"), QStringLiteral("amd64"));
    QCOMPARE(field("Section"), QStringLiteral("education"));
    QVERIFY(!field("Maintainer").isEmpty());
    // shlibdeps found the Qt and OpenCV libraries; nothing of CUDA is required.
    const QString depends = field("Depends");
    QVERIFY2(depends.contains(QStringLiteral("libqt6widgets6")), qPrintable(depends));
    QVERIFY2(depends.contains(QStringLiteral("libopencv")), qPrintable(depends));
    // A plugin Qt loads at run time, which shlibdeps cannot find: the window's SVG icons.
    QVERIFY2(depends.contains(QStringLiteral("libqt6svg6")), qPrintable(depends));
    // OpenCV's image codecs and video I/O, opened on first use (dlopen), are named by hand.
    QVERIFY2(depends.contains(QStringLiteral("libopencv-imgcodecs")), qPrintable(depends));
    QVERIFY2(depends.contains(QStringLiteral("libopencv-videoio")), qPrintable(depends));
    QVERIFY2(!depends.contains(QStringLiteral("cuda"), Qt::CaseInsensitive), qPrintable(depends));
    QVERIFY2(!depends.contains(QStringLiteral("cublas"), Qt::CaseInsensitive), qPrintable(depends));

    QTemporaryDir root; // a fresh root, as dpkg would unpack it
    QVERIFY(root.isValid());
    const Run extract = run(dpkgDeb, {QStringLiteral("-x"), deb, root.path()});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    checkInstalledPrefix(QDir(root.path()).filePath(QStringLiteral("usr")));
}

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
