// A thread of its own, holding its own connection to the decision store, that runs the store's
// slow work one job after another: opening and checking the file, the history's queries, bulk
// actions and exports. The window hands work over and carries on painting; each result comes
// back as a queued call on the object that asked, and is dropped if that object is gone.
#pragma once

#include "core/store/decision_store.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace advisor::ui {

// Set to stop a read the caller no longer wants: a queued one is skipped, a running one stops
// at SQLite's next progress check (DecisionStore::setCancelCheck).
using CancelToken = std::shared_ptr<std::atomic<bool>>;
inline CancelToken newCancelToken() {
    return std::make_shared<std::atomic<bool>>(false);
}

class StoreWorker {
public:
    // Results are delivered through `home`, an object on the GUI thread that outlives this
    // worker (its owner), so that objects which asked are only ever looked at on that thread.
    explicit StoreWorker(QObject* home) : home_(home) {}
    // Finishes the running job and every queued write; queued reads are dropped.
    ~StoreWorker();
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    // The worker's connection: empty until a job opens it (jobs run in order, so those posted
    // after the opening job find it open, or still empty if opening failed).
    using Job = std::function<void(std::optional<DecisionStore>& store)>;

    // A write always runs, even while the worker shuts down; a read with a token is skipped or
    // stopped once the token is set.
    void post(Job job, CancelToken cancel = {});

    // Runs `work` with the open store on the worker thread and hands its result to `done` on
    // `context`'s thread. Without an open store, `done` gets `whenClosed`.
    template <typename T>
    void run(QObject* context, std::function<T(DecisionStore&)> work, std::function<void(T)> done,
             T whenClosed, CancelToken cancel = {}) {
        post(
            [this, context = QPointer<QObject>(context), work = std::move(work),
             done = std::move(done),
             whenClosed = std::move(whenClosed)](std::optional<DecisionStore>& store) mutable {
                auto result = std::make_shared<T>(store ? work(*store) : std::move(whenClosed));
                deliver([context, done = std::move(done), result] {
                    if (context)
                        done(*result);
                });
            },
            std::move(cancel));
    }

    // Calls `call` on the GUI thread (through `home`), from a job. The call counts as
    // undelivered until it has returned, so whatever it starts (a list re-read after a bulk
    // delete) is posted before idle() can say true.
    void deliver(std::function<void()> call) const {
        ++*undelivered_;
        QMetaObject::invokeMethod(
            home_,
            [undelivered = undelivered_, call = std::move(call)] {
                call();
                --*undelivered;
            },
            Qt::QueuedConnection);
    }

    // True once every job posted so far has run and every result it handed back has been
    // delivered: nothing the worker was asked for is still on its way.
    [[nodiscard]] bool idle() const;

private:
    struct Entry {
        Job job;
        CancelToken cancel;
    };
    void loop();

    QObject* home_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Entry> queue_;
    bool stopping_ = false;
    std::atomic<int> unfinished_{0};
    // Calls handed to the GUI thread and not yet returned; shared with them, which may outlive
    // this worker in the event queue.
    std::shared_ptr<std::atomic<int>> undelivered_ = std::make_shared<std::atomic<int>>(0);
    std::atomic<bool> abandonReads_{false};
    std::thread thread_; // started by the first post, so an unused library costs no thread
};

} // namespace advisor::ui
