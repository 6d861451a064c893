// Qt Test suite for io::AtomicFile: contents and permissions of what it writes, nothing left after
// an unfinished write, planted symlinks and folders never followed or removed, clear refusals (a
// folder as the target, a missing folder, a write error), and 50 SIGKILLs during saves that leave
// the old file or the new one, whole.
#include "io/AtomicFile.h"
#include "kill_while_saving.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using convsight::io::AtomicFile;
using convsight::io::write_file_atomically;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

int modeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0
               ? static_cast<int>(info.st_mode & 0777)
               : -1;
}

// Everything in `folder`, hidden files included.
QStringList entries(const QString& folder) {
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// The message of the std::runtime_error `action` throws; empty when it throws none.
template <typename Action>
QString messageOf(Action&& action) {
    try {
        action();
    } catch (const std::runtime_error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class tst_AtomicFile : public QObject {
    Q_OBJECT

private slots:
    void init();
    void writesAndReplaces();
    void permissionsFollowTheUmask_data();
    void permissionsFollowTheUmask();
    void unfinishedWriteLeavesNothing();
    void temporaryPathKeepsTheExtension();
    void plantedLinksAndFoldersAreLeftAlone();
    void replacedTemporaryIsRefused();
    void folderAsTargetIsRefused_data();
    void folderAsTargetIsRefused();
    void missingFolderIsRefused();
    void writeErrorKeepsOldFileAndSaysWhy();
    void killedWhileSavingLeavesOldOrNew();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    std::unique_ptr<QTemporaryDir> dir_;
};

void tst_AtomicFile::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void tst_AtomicFile::writesAndReplaces() {
    const QString target = path(QStringLiteral("notes.txt"));
    write_file_atomically(target.toStdString(), "first");
    QCOMPARE(readAll(target), QByteArray("first"));
    {
        AtomicFile file(target.toStdString());
        file.write("sec");
        file.write("");
        file.write("ond");
        QCOMPARE(readAll(target), QByteArray("first")); // not before commit()
        file.commit();
        QVERIFY(file.committed());
        file.commit(); // a second commit does nothing
    }
    QCOMPARE(readAll(target), QByteArray("second"));
    QCOMPARE(entries(dir_->path()), QStringList{QStringLiteral("notes.txt")});
    // A file in the working folder (no folder in the name).
    const QString old = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir_->path()));
    write_file_atomically("here.txt", "here");
    QDir::setCurrent(old);
    QCOMPARE(readAll(path(QStringLiteral("here.txt"))), QByteArray("here"));
}

void tst_AtomicFile::permissionsFollowTheUmask_data() {
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("expected");
    QTest::newRow("022") << 022 << 0644;
    QTest::newRow("027") << 027 << 0640;
    QTest::newRow("077") << 077 << 0600;
    QTest::newRow("002") << 002 << 0664;
    QTest::newRow("000") << 000 << 0666;
}

void tst_AtomicFile::permissionsFollowTheUmask() {
    QFETCH(int, mask);
    QFETCH(int, expected);
    const mode_t old = ::umask(static_cast<mode_t>(mask));
    const QString fresh = path(QStringLiteral("fresh.bin"));
    write_file_atomically(fresh.toStdString(), "x");
    // A file replaced: the new one has a new document's permissions too.
    const QString replaced = path(QStringLiteral("replaced.bin"));
    QFile existing(replaced);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QVERIFY(QFile::setPermissions(replaced, QFileDevice::ReadOwner));
    write_file_atomically(replaced.toStdString(), "y");
    // A library writing to the temporary path.
    const QString named = path(QStringLiteral("named.mp4"));
    {
        AtomicFile file(named.toStdString());
        QVERIFY(!file.temporary_path().empty());
        file.commit();
    }
    ::umask(old);
    QCOMPARE(modeOf(fresh), expected);
    QCOMPARE(modeOf(replaced), expected);
    QCOMPARE(modeOf(named), expected);
}

void tst_AtomicFile::unfinishedWriteLeavesNothing() {
    const QString target = path(QStringLiteral("kept.csv"));
    write_file_atomically(target.toStdString(), "1,2,3\n");
    {
        AtomicFile file(target.toStdString());
        file.write("4,5");
    }
    {
        AtomicFile file(target.toStdString());
        file.write("4,5");
        QVERIFY(QFileInfo::exists(QString::fromStdString(file.temporary_path())));
    }
    {
        AtomicFile never(path(QStringLiteral("never.csv")).toStdString());
        never.write("7");
    }
    QCOMPARE(readAll(target), QByteArray("1,2,3\n"));
    QCOMPARE(entries(dir_->path()), QStringList{QStringLiteral("kept.csv")});
}

// OpenCV's VideoWriter chooses the container by the extension: the temporary name keeps it, is
// hidden, lies in the target's folder, and differs every time.
void tst_AtomicFile::temporaryPathKeepsTheExtension() {
    const QString target = path(QStringLiteral("lesson.mp4"));
    AtomicFile first(target.toStdString());
    AtomicFile second(target.toStdString());
    const QString name = QString::fromStdString(first.temporary_path());
    QVERIFY2(name.endsWith(QStringLiteral(".mp4")), qPrintable(name));
    QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(target).absolutePath());
    QVERIFY2(QFileInfo(name).fileName().startsWith(QStringLiteral(".lesson.")), qPrintable(name));
    QVERIFY(name != QString::fromStdString(second.temporary_path()));
    QFile library(name);
    QVERIFY(library.open(QIODevice::WriteOnly | QIODevice::Truncate));
    library.write("frames");
    library.close();
    first.commit();
    QCOMPARE(readAll(target), QByteArray("frames"));
    QVERIFY(!QFileInfo::exists(name));
}

// The old writers' fixed names ('<out>.part', '<out>.part.mp4') and a hidden one, each planted as
// a symlink to another file or as a folder: a save neither writes through them nor removes them.
void tst_AtomicFile::plantedLinksAndFoldersAreLeftAlone() {
    const QString victim = path(QStringLiteral("victim.txt"));
    write_file_atomically(victim.toStdString(), "precious");
    const QString target = path(QStringLiteral("d.png"));
    const QStringList links = {QStringLiteral("d.png.part"), QStringLiteral("d.png.part.mp4"),
                               QStringLiteral(".d.png")};
    for (const QString& link : links)
        QVERIFY(QFile::link(victim, path(link)));
    QVERIFY(QDir().mkpath(path(QStringLiteral("d.part/inside"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral(".d.png.part/inside"))));
    for (int i = 0; i < 20; ++i) {
        write_file_atomically(target.toStdString(), QByteArray::number(i).toStdString());
        AtomicFile named(target.toStdString());
        named.write("unfinished");
        QVERIFY(!named.temporary_path().empty());
    }
    QCOMPARE(readAll(target), QByteArray("19"));
    QCOMPARE(readAll(victim), QByteArray("precious"));
    for (const QString& link : links)
        QVERIFY2(QFileInfo(path(link)).isSymLink(), qPrintable(link));
    QVERIFY(QFileInfo(path(QStringLiteral("d.part/inside"))).isDir());
    QVERIFY(QFileInfo(path(QStringLiteral(".d.png.part/inside"))).isDir());
    QCOMPARE(entries(dir_->path()).size(), 7);
}

// Someone swaps the temporary name for a symlink while a library writes through it: the commit
// refuses, the target and the symlink's target stay as they were, and the symlink is not removed.
void tst_AtomicFile::replacedTemporaryIsRefused() {
    const QString victim = path(QStringLiteral("victim.txt"));
    write_file_atomically(victim.toStdString(), "precious");
    const QString target = path(QStringLiteral("video.mp4"));
    write_file_atomically(target.toStdString(), "old video");
    QString swapped;
    const QString message = messageOf([&] {
        AtomicFile file(target.toStdString());
        swapped = QString::fromStdString(file.temporary_path());
        QVERIFY(QFile::remove(swapped));
        QVERIFY(QFile::link(victim, swapped));
        file.commit();
    });
    QVERIFY2(message.startsWith(QStringLiteral("cannot write '%1': its temporary file '%2' was "
                                               "removed or replaced")
                                    .arg(target, swapped)),
             qPrintable(message));
    QCOMPARE(readAll(target), QByteArray("old video"));
    QCOMPARE(readAll(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(swapped).isSymLink());
}

void tst_AtomicFile::folderAsTargetIsRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("folder") << QStringLiteral("d.png");
    QTest::newRow("folder with a slash") << QStringLiteral("d.png/");
    QTest::newRow("symlink to a folder") << QStringLiteral("link.png");
}

// `--out d.png` where d.png is a folder: the message names it and says what is wrong (it used to
// say "cannot replace 'd.png': Success"), and the folder and its contents stay.
void tst_AtomicFile::folderAsTargetIsRefused() {
    QFETCH(QString, name);
    QVERIFY(QDir().mkpath(path(QStringLiteral("d.png/inside"))));
    QVERIFY(QFile::link(path(QStringLiteral("d.png")), path(QStringLiteral("link.png"))));
    const QString target = path(name);
    const QString message = messageOf([&] { write_file_atomically(target.toStdString(), "x"); });
    QCOMPARE(
        message,
        QStringLiteral("cannot write '%1': it is a folder; give the name of a file").arg(target));
    QVERIFY(QFileInfo(path(QStringLiteral("d.png/inside"))).isDir());
    QCOMPARE(entries(dir_->path()),
             (QStringList{QStringLiteral("d.png"), QStringLiteral("link.png")}));
}

void tst_AtomicFile::missingFolderIsRefused() {
    const QString target = path(QStringLiteral("no/such/model.csmodel"));
    QCOMPARE(messageOf([&] { write_file_atomically(target.toStdString(), "x"); }),
             QStringLiteral("cannot write '%1': the folder '%2' does not exist")
                 .arg(target, path(QStringLiteral("no/such"))));
    write_file_atomically(path(QStringLiteral("file")).toStdString(), "x");
    const QString underFile = path(QStringLiteral("file/model.csmodel"));
    QCOMPARE(messageOf([&] { write_file_atomically(underFile.toStdString(), "x"); }),
             QStringLiteral("cannot write '%1': '%2' is not a folder")
                 .arg(underFile, path(QStringLiteral("file"))));
    QCOMPARE(messageOf([&] { write_file_atomically("", "x"); }),
             QStringLiteral("cannot write '': no file name given"));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
}

// A write the system refuses (here: beyond the file-size limit, as a full disk would) names the
// system's reason, keeps the old file, and leaves no temporary file.
void tst_AtomicFile::writeErrorKeepsOldFileAndSaysWhy() {
    const QString target = path(QStringLiteral("big.bin"));
    write_file_atomically(target.toStdString(), "small");
    rlimit old{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = 4096;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString message =
        messageOf([&] { write_file_atomically(target.toStdString(), std::string(10000, 'z')); });
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QCOMPARE(message, QStringLiteral("cannot write '%1': File too large").arg(target));
    QCOMPARE(readAll(target), QByteArray("small"));
    QCOMPARE(entries(dir_->path()), QStringList{QStringLiteral("big.bin")});
}

// 50 SIGKILLs at random moments of a child saving 4 MB files in a loop: the file is always the
// old one or the new one, whole. Unnamed temporary files leave (almost) nothing behind: a name
// exists only between linking the finished file and renaming it.
void tst_AtomicFile::killedWhileSavingLeavesOldOrNew() {
    const QString target = path(QStringLiteral("save.bin"));
    QByteArray contents[2] = {QByteArray(4 << 20, 'a'), QByteArray(4 << 20, 'b')};
    for (int i = 0; i < contents[1].size(); i += 4096) // not one byte repeated: a torn copy shows
        contents[1][i] = static_cast<char>(i >> 12);
    const std::string file = target.toStdString();
    const auto save = [&](int k) {
        write_file_atomically(file, std::string_view(contents[k].constData(),
                                                     static_cast<std::size_t>(contents[k].size())));
    };
    save(0);
    QElapsedTimer timer;
    timer.start();
    save(1);
    save(0);
    const double saveMs = static_cast<double>(timer.nsecsElapsed()) / 2e6;
    const KillCounts counts = killWhileSaving(target, save, contents, saveMs, 50, 17);
    qInfo("%d kills (one save: %.1f ms): %d torn, %d times the new file, %d temporary files left",
          counts.kills, saveMs, counts.torn, counts.changes, counts.leftovers);
    QCOMPARE(counts.kills, 50);
    QVERIFY2(counts.torn == 0, qPrintable(counts.firstTorn));
    QVERIFY(counts.changes > 0); // the kills did fall after whole saves too
    QVERIFY2(counts.leftovers <= 5, qPrintable(counts.leftoverNames.join(QLatin1Char(' '))));
    if (!counts.leftoverNames.isEmpty())
        qInfo("left: %s", qPrintable(counts.leftoverNames.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
