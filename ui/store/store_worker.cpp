#include "ui/store/store_worker.h"

#include "ui/thread_placement.h"

namespace advisor::ui {

StoreWorker::~StoreWorker() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    abandonReads_ = true;
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

void StoreWorker::post(Job job, CancelToken cancel) {
    {
        const std::lock_guard lock(mutex_);
        if (stopping_)
            return;
        queue_.push_back({std::move(job), std::move(cancel)});
        ++unfinished_;
        if (!thread_.joinable())
            thread_ = std::thread([this] { loop(); });
    }
    wake_.notify_one();
}

bool StoreWorker::idle() const {
    // A job hands its result over before it counts as finished, so reading `unfinished_` first
    // leaves no moment in which both counts are zero while a result is still on its way.
    return unfinished_ == 0 && *undelivered_ == 0;
}

void StoreWorker::loop() {
    runBehindGuiThread();
    std::optional<DecisionStore> store;
    for (;;) {
        Entry entry;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty())
                break; // stopping, and every write has run
            entry = std::move(queue_.front());
            queue_.pop_front();
        }
        const CancelToken cancel = entry.cancel;
        const bool skip = cancel && (*cancel || abandonReads_);
        if (!skip) {
            if (store && cancel)
                store->setCancelCheck([cancel, this] { return *cancel || abandonReads_; });
            entry.job(store);
            if (store && cancel)
                store->setCancelCheck({});
        }
        --unfinished_;
    }
}

} // namespace advisor::ui
