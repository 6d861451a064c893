// The kill test the writers' suites share: a child process saves one of two contents over the
// same file in a loop and is killed with SIGKILL at a random moment, again and again; after every
// kill the file must be one of the two contents, whole. Used by tst_atomicfile and tst_modelfile.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <chrono>
#include <csignal>
#include <functional>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

struct KillCounts {
    int kills{};         // children killed with SIGKILL
    int torn{};          // times the file was neither content, whole
    int changes{};       // kills after a save had completed: the file held the other content
    int leftovers{};     // files besides the target left in the folder, summed over the kills
    QString firstTorn{}; // what the first torn file looked like
    QStringList leftoverNames{};
};

// `save(k)` writes content k (0 or 1) over `target` (called in the child only, in a loop);
// `contents` are the two files' bytes. `saveMs` is how long one save takes, so the kills fall
// anywhere from before the first write to after the rename. The folder holds only the target
// to begin with (written with content 0 by the caller). The test process must have no other
// threads, so the child may allocate after fork().
inline KillCounts killWhileSaving(const QString& target, const std::function<void(int)>& save,
                                  const QByteArray (&contents)[2], double saveMs, int kills,
                                  unsigned seed) {
    KillCounts counts;
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> delayMs(0.0, 2.5 * saveMs + 1.0);
    const QString folder = QFileInfo(target).absolutePath();
    const QString name = QFileInfo(target).fileName();
    int current = 0; // the content in the file; the child saves the other one first
    for (int i = 0; i < kills; ++i) {
        const pid_t child = ::fork();
        if (child == 0) {
            for (int k = 1 - current;; k ^= 1)
                save(k);
        }
        if (child < 0)
            return counts;
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(delayMs(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            ++counts.kills;
        QFile file(target);
        const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (now != contents[0] && now != contents[1]) {
            if (counts.torn++ == 0)
                counts.firstTorn = QStringLiteral("%1 bytes").arg(now.size());
        } else if (now != contents[current]) {
            ++counts.changes;
            current = 1 - current;
        }
        QDir dir(folder);
        const QStringList others =
            dir.entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System |
                          QDir::NoDotAndDotDot)
                .filter(QRegularExpression(
                    QStringLiteral("^(?!%1$)").arg(QRegularExpression::escape(name))));
        counts.leftovers += static_cast<int>(others.size());
        counts.leftoverNames += others;
        for (const QString& other : others) // so that each kill counts only its own
            dir.remove(other);
    }
    return counts;
}
