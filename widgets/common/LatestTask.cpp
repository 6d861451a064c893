// LatestTask: at most one job on the thread pool, one waiting, and only the newest delivered.
#include "common/LatestTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convsight::widgets {

LatestTask::LatestTask(QObject* parent)
    : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<std::function<void()>>::finished, this,
            &LatestTask::collect);
}

LatestTask::~LatestTask() {
    pending_.reset();
    if (cancel_)
        cancel_->store(true);
    watcher_.waitForFinished();
}

quint64 LatestTask::submit(Job job) {
    ++generation_;
    if (running_) {
        cancel_->store(true);
        pending_ = std::move(job);
    } else {
        start(std::move(job));
    }
    return generation_;
}

void LatestTask::cancel() {
    ++generation_;
    pending_.reset();
    if (cancel_)
        cancel_->store(true);
}

void LatestTask::start(Job job) {
    running_ = true;
    runningGeneration_ = generation_;
    cancel_ = std::make_shared<CancelFlag>(false);
    watcher_.setFuture(
        QtConcurrent::run([job = std::move(job), cancelled = cancel_] { return job(*cancelled); }));
}

void LatestTask::collect() {
    std::function<void()> deliver = watcher_.result();
    const bool newest = runningGeneration_ == generation_;
    running_ = false;
    if (pending_) {
        Job next = std::move(*pending_);
        pending_.reset();
        start(std::move(next));
    }
    if (newest && deliver)
        deliver();
    if (!isBusy())
        emit idle();
}

} // namespace convsight::widgets
