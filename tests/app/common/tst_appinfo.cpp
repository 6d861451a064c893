// What ConvSight says about itself: the version line with its git revision, the generator of that
// revision, and installedDataPath's P/share/convsight found from P/bin.
#include "AppInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace convsight::app;

class tst_AppInfo : public QObject {
    Q_OBJECT

private slots:
    void versionIsTheProjects();
    void revisionNamesACommit();
    void versionLine();
    void revisionOutsideGitIsUnknown();
    void revisionInsideAnotherRepositoryIsUnknown();
    void revisionFileRewrittenOnlyOnChange();
    void installedDataPathFromPrefix();
    void installedDataPathAbsent();
    void installedDataPathOfThisTestIsEmpty();

private:
    static QString runGit(const QStringList& arguments, int* exitCode = nullptr);
    static QString runRevisionScript(const QString& sourceDir, const QString& output);
};

QString tst_AppInfo::runGit(const QStringList& arguments, int* exitCode) {
    QProcess git;
    git.start(QStringLiteral("git"),
              QStringList{QStringLiteral("-C"), QStringLiteral(CONVSIGHT_SOURCE_DIR)} + arguments);
    if (!git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = git.exitCode();
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

QString tst_AppInfo::runRevisionScript(const QString& sourceDir, const QString& output) {
    QProcess cmake;
    cmake.start(QStringLiteral(CONVSIGHT_CMAKE_COMMAND),
                {QStringLiteral("-DSOURCE_DIR=") + sourceDir, QStringLiteral("-DOUTPUT=") + output,
                 QStringLiteral("-P"), QStringLiteral(CONVSIGHT_REVISION_SCRIPT)});
    if (!cmake.waitForFinished(60000) || cmake.exitCode() != 0)
        return QString::fromUtf8(cmake.readAllStandardError());
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void tst_AppInfo::versionIsTheProjects() {
    QCOMPARE(applicationVersion(), QStringLiteral(CONVSIGHT_EXPECTED_VERSION));
}

void tst_AppInfo::revisionNamesACommit() {
    const QString revision = gitRevision();
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    int exitCode = -1;
    runGit({QStringLiteral("rev-parse"), QStringLiteral("--git-dir")}, &exitCode);
    if (exitCode != 0) {
        QCOMPARE(revision, QStringLiteral("unknown"));
        QSKIP("the source tree is not a git checkout: the revision is 'unknown'");
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^([0-9a-f]{7,})(-dirty)?$")).match(revision);
    QVERIFY2(match.hasMatch(), qPrintable(revision));
    // A commit of this repository (HEAD itself unless a commit came after the build).
    runGit({QStringLiteral("cat-file"), QStringLiteral("-e"), match.captured(1) + "^{commit}"},
           &exitCode);
    QCOMPARE(exitCode, 0);
}

void tst_AppInfo::versionLine() {
    const QString line = convsight::app::versionLine(QStringLiteral("convsight"));
    QCOMPARE(line, QStringLiteral("convsight %1 (git %2)")
                       .arg(QStringLiteral(CONVSIGHT_EXPECTED_VERSION), gitRevision()));
    QVERIFY(QRegularExpression(
                QStringLiteral(
                    "^convsight \\d+\\.\\d+\\.\\d+ \\(git ([0-9a-f]{7,}(-dirty)?|unknown)\\)$"))
                .match(line)
                .hasMatch());
    QCOMPARE(versionWithRevision(), line.mid(QStringLiteral("convsight ").size()));
}

void tst_AppInfo::revisionOutsideGitIsUnknown() {
    QTemporaryDir tarball; // a source tree unpacked from an archive: no .git above it
    QVERIFY(tarball.isValid());
    const QString text = runRevisionScript(tarball.path(), tarball.filePath("GitRevision.cpp"));
    QVERIFY2(text.contains(QStringLiteral("return \"unknown\";")), qPrintable(text));
}

void tst_AppInfo::revisionInsideAnotherRepositoryIsUnknown() {
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    // A source tarball unpacked inside someone else's git repository.
    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), outer.path()});
    QVERIFY(git.waitForFinished(30000));
    QCOMPARE(git.exitCode(), 0);
    // With a commit, so that `git rev-parse HEAD` there would answer.
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), outer.path(), QStringLiteral("-c"),
               QStringLiteral("user.name=Lab"), QStringLiteral("-c"),
               QStringLiteral("user.email=lab@example.org"), QStringLiteral("commit"),
               QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
               QStringLiteral("packaging")});
    QVERIFY(git.waitForFinished(30000));
    QCOMPARE(git.exitCode(), 0);
    QVERIFY(QDir(outer.path()).mkpath(QStringLiteral("convsight-0.2.0")));
    const QString text = runRevisionScript(outer.filePath(QStringLiteral("convsight-0.2.0")),
                                           outer.filePath(QStringLiteral("GitRevision.cpp")));
    QVERIFY2(text.contains(QStringLiteral("return \"unknown\";")), qPrintable(text));
}

void tst_AppInfo::revisionFileRewrittenOnlyOnChange() {
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    QTemporaryDir build;
    QVERIFY(build.isValid());
    const QString output = build.filePath(QStringLiteral("GitRevision.cpp"));
    const QString first = runRevisionScript(QStringLiteral(CONVSIGHT_SOURCE_DIR), output);
    QVERIFY2(first.contains(QStringLiteral("gitRevisionText()")), qPrintable(first));
    // Age the file, run again with nothing changed: the same bytes, and the old time kept, so
    // the build recompiles nothing.
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(runRevisionScript(QStringLiteral(CONVSIGHT_SOURCE_DIR), output), first);
    QCOMPARE(QFileInfo(output).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
    // A different revision in the file (another commit): rewritten.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("stale");
    file.close();
    QCOMPARE(runRevisionScript(QStringLiteral(CONVSIGHT_SOURCE_DIR), output), first);
}

void tst_AppInfo::installedDataPathFromPrefix() {
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QDir root(prefix.path());
    QVERIFY(root.mkpath(QStringLiteral("bin")));
    QVERIFY(root.mkpath(QStringLiteral("share/convsight/docs")));
    QVERIFY(root.mkpath(QStringLiteral("share/convsight/lessons/fr")));
    QFile guide(root.filePath(QStringLiteral("share/convsight/docs/user-guide.md")));
    QVERIFY(guide.open(QIODevice::WriteOnly));
    guide.write("# User guide\n");
    guide.close();

    const QString bin = root.filePath(QStringLiteral("bin"));
    const QString data = QDir::cleanPath(root.absoluteFilePath(QStringLiteral("share/convsight")));
    QCOMPARE(installedDataPath(QString(), bin), data);
    QCOMPARE(installedDataPath(QStringLiteral("docs/user-guide.md"), bin),
             data + QStringLiteral("/docs/user-guide.md"));
    QCOMPARE(installedDataPath(QStringLiteral("lessons/fr"), bin),
             data + QStringLiteral("/lessons/fr"));
    QVERIFY(QFileInfo(installedDataPath(QStringLiteral("docs/user-guide.md"), bin)).isFile());
}

void tst_AppInfo::installedDataPathAbsent() {
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QDir root(prefix.path());
    QVERIFY(root.mkpath(QStringLiteral("bin")));
    const QString bin = root.filePath(QStringLiteral("bin"));
    // No share/convsight at all (a build tree), then the folder without the file asked for.
    QCOMPARE(installedDataPath(QString(), bin), QString());
    QCOMPARE(installedDataPath(QStringLiteral("docs/user-guide.md"), bin), QString());
    QVERIFY(root.mkpath(QStringLiteral("share/convsight")));
    QVERIFY(!installedDataPath(QString(), bin).isEmpty());
    QCOMPARE(installedDataPath(QStringLiteral("docs/user-guide.md"), bin), QString());
    QCOMPARE(installedDataPath(QStringLiteral("docs"), QString()), QString());
}

void tst_AppInfo::installedDataPathOfThisTestIsEmpty() {
    // This test runs from the build tree, which has no share/convsight beside its bin folder.
    QCOMPARE(installedDataPath(QStringLiteral("lessons")), QString());
    QCOMPARE(installedDataPath(),
             installedDataPath(QString(), QCoreApplication::applicationDirPath()));
}

QTEST_GUILESS_MAIN(tst_AppInfo)
#include "tst_appinfo.moc"
