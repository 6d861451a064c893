// LatestTask: the newest request wins, cancel() drops the result and stops the work, deleting the
// task waits for its work, `idle` follows the last result, and move-only results come through.
#include "common/LatestTask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>
#include <mutex>
#include <vector>

using convsight::widgets::CancelFlag;
using convsight::widgets::LatestTask;

namespace {

// What the requests of one test did: which started (on the worker) and which were delivered.
struct Log {
    std::mutex mutex;
    std::vector<int> started;
    std::vector<int> delivered; // GUI thread only

    void start(int request) {
        const std::scoped_lock lock(mutex);
        started.push_back(request);
    }
    std::vector<int> startedSoFar() {
        const std::scoped_lock lock(mutex);
        return started;
    }
};

} // namespace

class tst_LatestTask : public QObject {
    Q_OBJECT
private slots:
    void newestWins_data();
    void newestWins();
    void cancelDropsTheResultAndStopsTheWork();
    void destructionWaitsForTheRunningWork();
    void idleFollowsTheLastResult();
    void moveOnlyResults();
    void voidWork();
};

void tst_LatestTask::newestWins_data() {
    QTest::addColumn<int>("requests");
    QTest::newRow("two") << 2;
    QTest::newRow("three") << 3;
    QTest::newRow("five") << 5;
}

void tst_LatestTask::newestWins() {
    QFETCH(int, requests);
    LatestTask task;
    Log log;
    QSemaphore release; // holds the first request on the worker until the others are made
    for (int request = 0; request < requests; ++request)
        task.run(
            [&log, &release, request](const CancelFlag&) {
                log.start(request);
                if (request == 0)
                    release.acquire();
                return request;
            },
            [&log](int result) { log.delivered.push_back(result); });
    QVERIFY(task.isBusy());
    release.release();
    QTRY_VERIFY(!task.isBusy());
    // The first was running when the others came; of the waiting ones only the newest ran.
    QCOMPARE(log.startedSoFar(), (std::vector<int>{0, requests - 1}));
    QCOMPARE(log.delivered, std::vector<int>{requests - 1});
    QCOMPARE(task.latestGeneration(), quint64(requests));
}

void tst_LatestTask::cancelDropsTheResultAndStopsTheWork() {
    LatestTask task;
    QSemaphore running;
    std::atomic_bool sawCancel{false};
    bool delivered = false;
    task.run(
        [&](const CancelFlag& cancelled) {
            running.release();
            QDeadlineTimer deadline(10000);
            while (!cancelled && !deadline.hasExpired())
                QThread::msleep(1);
            sawCancel = cancelled.load();
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(running.tryAcquire(1, 10000));
    QSignalSpy idle(&task, &LatestTask::idle);
    task.cancel();
    QVERIFY(task.isBusy()); // until the work has stopped
    QTRY_COMPARE(idle.count(), 1);
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
    QVERIFY(!task.isBusy());
}

void tst_LatestTask::destructionWaitsForTheRunningWork() {
    auto task = std::make_unique<LatestTask>();
    QSemaphore running;
    std::atomic_bool finished{false};
    bool delivered = false;
    task->run(
        [&](const CancelFlag&) {
            running.release();
            QThread::msleep(100); // ignores the flag: the destructor must still wait
            finished = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(running.tryAcquire(1, 10000));
    task.reset();
    QVERIFY(finished);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void tst_LatestTask::idleFollowsTheLastResult() {
    LatestTask task;
    QSignalSpy idle(&task, &LatestTask::idle);
    int result = 0;
    bool idleBeforeResult = false;
    connect(&task, &LatestTask::idle, this, [&] { idleBeforeResult = result == 0; });
    for (int request = 1; request <= 3; ++request)
        task.run([request](const CancelFlag&) { return request; },
                 [&result](int value) { result = value; });
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(result, 3);
    QVERIFY(!idleBeforeResult);
    QTest::qWait(50); // no second idle for the requests that were dropped
    QCOMPARE(idle.count(), 1);
}

void tst_LatestTask::moveOnlyResults() {
    LatestTask task;
    std::unique_ptr<std::vector<int>> received;
    task.run(
        [](const CancelFlag&) { return std::make_unique<std::vector<int>>(3, 7); },
        [&received](std::unique_ptr<std::vector<int>> result) { received = std::move(result); });
    QTRY_VERIFY(received != nullptr);
    QCOMPARE(*received, (std::vector<int>{7, 7, 7}));
}

void tst_LatestTask::voidWork() {
    LatestTask task;
    std::atomic_int ran{0};
    bool done = false;
    task.run([&ran](const CancelFlag&) { ++ran; }, [&done] { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(ran.load(), 1);
}

QTEST_GUILESS_MAIN(tst_LatestTask)
#include "tst_latesttask.moc"
