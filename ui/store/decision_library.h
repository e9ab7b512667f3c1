// The decision store as the GUI sees it. Opening and checking the file happen on a worker
// thread (StoreWorker), started after the first paint or on first use, so neither start-up nor
// the window ever waits for the integrity check. Small writes and reads of one decision then
// run on the GUI thread's own connection; the history's queries, bulk actions and exports run
// on the worker's. Every successful write is announced so the history and the session stay in
// step, and every failure turns into one sentence for the window's notice strip.
#pragma once

#include "core/store/decision_store.h"
#include "ui/store/store_worker.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace advisor::ui {

class DecisionLibrary : public QObject {
    Q_OBJECT

public:
    enum class State { NotOpened, Opening, Open, Unavailable };

    // `path` empty: the platform's default database (core/app_paths.h).
    explicit DecisionLibrary(QString path, QObject* parent = nullptr, StoreOptions options = {});
    ~DecisionLibrary() override;

    // Starts opening the store on the worker thread, if nobody has yet; opened() follows.
    void startOpening();
    [[nodiscard]] State state() const { return state_; }
    // The GUI thread's connection, opening the store first if needed — and waiting for that,
    // so callers that need it now (a save) get it; null when it cannot be opened.
    DecisionStore* store();
    bool isOpen() { return store() != nullptr; }
    // Why the store could not be opened; empty when it is open (or not tried yet).
    [[nodiscard]] QString openError() const { return openError_; }
    // Set when a damaged file was moved aside at open: where it went, in a sentence.
    [[nodiscard]] QString movedAsideNotice() const { return movedAsideNotice_; }
    // The database file in use (or that failed), for messages.
    [[nodiscard]] QString path() const { return path_; }

    // Writes of one decision. Each announces itself on success and reports a problem() on
    // failure.
    std::optional<std::int64_t> save(const Decision& decision);
    bool update(const Decision& decision);
    bool rename(std::int64_t id, const QString& title);
    std::optional<std::int64_t> duplicate(std::int64_t id);
    bool setRevisitDate(std::int64_t id, const std::optional<std::string>& date);
    bool recordOutcome(std::int64_t id, const OutcomeReview& review);

    // For callers that failed on the library's behalf (a saved decision that will not load).
    void reportProblem(const QString& text) { emit problem(text); }

    // Reads of one decision; failures are reported and give an empty answer.
    std::optional<Decision> get(std::int64_t id);

    // The autosaved draft: one slot.
    bool saveDraft(const nlohmann::ordered_json& answers);
    std::optional<Draft> loadDraft();
    void clearDraft();

    // Runs a read on the worker once the store is open and hands the result to `done` on
    // `context`; a failure is handed over too (the caller decides whether it is worth saying).
    template <typename T>
    void read(QObject* context, std::function<Result<T>(const DecisionStore&)> work,
              std::function<void(Result<T>)> done, CancelToken cancel = {}) {
        startOpening();
        worker_.run<Result<T>>(
            context, [work = std::move(work)](DecisionStore& s) { return work(s); },
            std::move(done), Result<T>(Error{path_.toStdString(), "", "not open"}),
            std::move(cancel));
    }

    // Bulk actions, each one transaction on the worker; announced when done. What an action
    // did goes into its record, which is only ever read and written on the worker: an undo or
    // a redo posted at any moment runs after the action and finds it there. Run again with a
    // filled record, an action takes the same decisions as the first time, not `target` anew.
    struct RevisitRecord {
        bool ran = false;
        std::vector<RevisitDateBefore> before;
    };
    void trash(const DecisionTarget& target, std::shared_ptr<TrashedDecisions> record);
    void restoreTrashed(std::shared_ptr<const TrashedDecisions> record);
    void setRevisitDates(const DecisionTarget& target, const std::optional<std::string>& date,
                         std::shared_ptr<RevisitRecord> record);
    void restoreRevisitDates(std::shared_ptr<const RevisitRecord> record);
    // Writes the decisions in `target` to one JSON file (core/decision_archive.h).
    void exportDecisions(const DecisionTarget& target, const QString& file);

    // Bulk actions posted and not yet done.
    [[nodiscard]] bool isBusy() const { return pendingWrites_ > 0; }
    // Every job handed to the worker has run (for tests and benchmarks).
    [[nodiscard]] bool workerIdle() const { return worker_.idle(); }

signals:
    // The store opened (or could not be: state() says which, problem() says why).
    void opened();
    void decisionAdded(std::int64_t id); // saved or duplicated
    void decisionChanged(std::int64_t id);
    void decisionsRemoved(const std::vector<std::int64_t>& ids);
    void decisionsRestored(const std::vector<std::int64_t>& ids);
    void decisionsChanged(const std::vector<std::int64_t>& ids);
    void exported(int count, const QString& file);
    void busyChanged(bool busy);
    // Something the user should read: a failed write, or the database was moved aside.
    void problem(const QString& text);

private:
    // What the opening job hands back: the database file and the GUI thread's connection.
    struct Opened {
        std::string path;
        Result<DecisionStore> store = Error{};
    };
    void adopt(Opened opened);
    bool check(const Status& status, const QString& what);
    void reportError(const Error& error, const QString& what);
    // A bulk action: `work` on the worker, `finish` with its result on this thread.
    void write(std::function<Status(DecisionStore&)> work, std::function<void()> finish,
               const QString& what);

    QString path_;
    StoreOptions options_;
    State state_ = State::NotOpened;
    std::optional<DecisionStore> store_;
    std::future<Opened> opening_;
    QString openError_;
    QString movedAsideNotice_;
    int pendingWrites_ = 0;
    StoreWorker worker_; // last: its thread stops before the rest goes
};

} // namespace advisor::ui
