// TrainingSession over a lesson of many runs: memory freed before a run ends stops counting in
// the resident set once the run has ended (glibc keeps freed heap pages for reuse otherwise, and
// the soak test saw the resident memory climb run after run while the heap in use stayed flat).
#include "common/TrainingSession.h"
#include "nn/Models.h"

#include <QFile>
#include <QTest>
#include <cstdlib>
#include <cstring>
#include <vector>

using convsight::widgets::TrainingSession;

class TestTrainingSessionMemory : public QObject {
    Q_OBJECT
private slots:
    void freedPagesLeaveWhenRunEnds();
};

namespace {

// The process's anonymous resident memory (the heap's pages, not the libraries'), MiB.
double residentAnonymousMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

} // namespace

void TestTrainingSessionMemory::freedPagesLeaveWhenRunEnds() {
#ifdef CONVSIGHT_SANITIZED // set by the sanitizer presets
    QSKIP("AddressSanitizer replaces glibc's allocator, whose kept pages this test is about");
#endif
#ifndef __GLIBC__
    QSKIP("the pages a freed heap keeps are glibc's; other allocators differ");
#endif
    if (residentAnonymousMb() < 0)
        QSKIP("no RssAnon in /proc/self/status");
    // Short runs on synthetic shapes; the first opens what every run holds (its data, the copies
    // of the model), so the second holds as much as the first did.
    TrainingSession session;
    TrainingSession::Setup setup;
    setup.architecture = convsight::nn::model_architecture("small");
    setup.limit = 32;
    setup.config.batch_size = 8;
    setup.config.epochs = 1;
    session.start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TrainingSession::State::Finished, 60000);
    const double afterFirst = residentAnonymousMb();

    // 96 MiB of 32 KiB blocks (below the mmap threshold, so from the heap) written to, then all
    // freed but the last, which keeps the heap's top where it is: the freed pages stay resident.
    constexpr std::size_t blockBytes = 32 * 1024;
    std::vector<void*> blocks(3072);
    for (void*& block : blocks) {
        block = std::malloc(blockBytes);
        QVERIFY(block);
        std::memset(block, 1, blockBytes);
    }
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i)
        std::free(blocks[i]);
    const double freed = residentAnonymousMb();
    QVERIFY2(freed - afterFirst > 80.0,
             qPrintable(QStringLiteral("%1 -> %2 MiB").arg(afterFirst).arg(freed)));

    // The second run ends holding what the first held: the freed pages have left.
    session.start(setup);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TrainingSession::State::Finished, 60000);
    const double afterSecond = residentAnonymousMb();
    QVERIFY2(afterSecond - afterFirst < 40.0,
             qPrintable(QStringLiteral("after the first run %1 MiB, freed %2 MiB, after the "
                                       "second run %3 MiB")
                            .arg(afterFirst)
                            .arg(freed)
                            .arg(afterSecond)));
    std::free(blocks.back());
}

QTEST_MAIN(TestTrainingSessionMemory)
#include "tst_trainingsessionmemory.moc"
