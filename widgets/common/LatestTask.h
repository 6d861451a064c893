// The one way to run work off the GUI thread: the newest request wins. A request made while one
// runs waits (replacing any request already waiting) and the running one is asked to stop; only
// the newest request's result is delivered, on the owner's thread. Deleting the LatestTask waits
// for the running work, so a result never reaches a widget that is gone.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace convsight::widgets {

// Set when a newer request or cancel() makes the running work's result useless: long work checks
// it between steps (batches, rows) and returns early; its result is dropped either way.
using CancelFlag = std::atomic_bool;

class LatestTask : public QObject {
    Q_OBJECT
public:
    explicit LatestTask(QObject* parent = nullptr);
    ~LatestTask() override;

    // Runs `work(const CancelFlag&)` on the thread pool and then `done(result)` on this object's
    // thread, unless a newer request or cancel() came first. Returns the request's generation.
    // `work` must not throw: it catches and returns the problem as part of its result.
    template <typename Work, typename Done>
    quint64 run(Work work, Done done);

    // Drops the waiting request and the running one's result, and asks the running work to stop.
    void cancel();
    // Working or waiting to: a result may still come.
    bool isBusy() const { return running_ || pending_.has_value(); }
    quint64 latestGeneration() const { return generation_; }

signals:
    // After each delivered result (and after a cancelled run ends with nothing to deliver).
    void idle();

private:
    // The work, type-erased: runs on the worker and returns what delivers its result.
    using Job = std::function<std::function<void()>(const CancelFlag&)>;

    quint64 submit(Job job);
    void start(Job job);
    void collect();

    QFutureWatcher<std::function<void()>> watcher_;
    std::optional<Job> pending_;
    std::shared_ptr<CancelFlag> cancel_; // the running work's flag
    bool running_{false};
    quint64 runningGeneration_{0};
    quint64 generation_{0};
};

template <typename Work, typename Done>
quint64 LatestTask::run(Work work, Done done) {
    return submit([work = std::move(work),
                   done = std::move(done)](const CancelFlag& cancelled) -> std::function<void()> {
        using Result = std::invoke_result_t<Work&, const CancelFlag&>;
        if constexpr (std::is_void_v<Result>) {
            work(cancelled);
            return [done] { done(); };
        } else {
            // shared_ptr: std::function needs a copyable closure, results may be move-only.
            auto result = std::make_shared<Result>(work(cancelled));
            return [done, result] { done(std::move(*result)); };
        }
    });
}

} // namespace convsight::widgets
