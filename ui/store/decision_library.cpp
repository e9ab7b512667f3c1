#include "ui/store/decision_library.h"

#include "core/base/app_paths.h"
#include "core/store/decision_archive.h"

#include <spdlog/spdlog.h>

namespace advisor::ui {

DecisionLibrary::DecisionLibrary(QString path, QObject* parent, StoreOptions options)
    : QObject(parent), path_(std::move(path)), options_(std::move(options)), worker_(this) {}

DecisionLibrary::~DecisionLibrary() = default;

void DecisionLibrary::startOpening() {
    if (state_ != State::NotOpened)
        return;
    state_ = State::Opening;
    auto promise = std::make_shared<std::promise<Opened>>();
    opening_ = promise->get_future();
    worker_.post([this, path = path_.toStdString(), options = options_,
                  promise](std::optional<DecisionStore>& mine) mutable {
        Opened result;
        result.path = path;
        if (result.path.empty()) {
            auto defaultPath = defaultDatabasePath();
            if (!defaultPath) {
                result.store = defaultPath.error();
                promise->set_value(std::move(result));
                return;
            }
            result.path = *defaultPath;
            // Only the app's own database may be moved aside when damaged; a file the user
            // named (--db) is refused and left as it is.
            options.unusableFile = UnusableFile::MoveAside;
        }
        // The GUI's connection does the checking, moving aside and migrating; its report
        // tells the user what happened. The trash of an earlier run goes for good here.
        result.store = DecisionStore::open(result.path, options);
        if (result.store) {
            if (auto purged = result.store->purgeTrash(); !purged)
                spdlog::warn("emptying the trash: {}", purged.error().oneLine());
            StoreOptions second = options;
            second.checkIntegrityOnOpen = false; // just checked
            if (auto worker = DecisionStore::open(result.path, second))
                mine = std::move(worker).value();
            else
                result.store = worker.error();
        }
        promise->set_value(std::move(result));
        // Delivered to this library, which outlives its worker; state_ is only read there.
        worker_.deliver([this] {
            if (state_ == State::Opening)
                adopt(opening_.get());
        });
    });
}

DecisionStore* DecisionLibrary::store() {
    if (state_ == State::NotOpened)
        startOpening();
    if (state_ == State::Opening)
        adopt(opening_.get()); // waits for the worker; the queued adopt then finds it done
    return store_ ? &*store_ : nullptr;
}

void DecisionLibrary::adopt(Opened opened) {
    path_ = QString::fromStdString(opened.path);
    if (!opened.store) {
        state_ = State::Unavailable;
        openError_ = tr("The decision history is unavailable: %1")
                         .arg(QString::fromStdString(opened.store.error().oneLine()));
        emit problem(openError_);
        emit this->opened();
        return;
    }
    store_.emplace(std::move(opened.store).value());
    state_ = State::Open;
    const OpenReport& report = store_->report();
    if (report.movedAside) {
        movedAsideNotice_ =
            tr("The decision database %1 could not be read (%2). It was kept as %3 and a new, "
               "empty database was started.")
                .arg(path_, QString::fromStdString(report.movedAsideReason),
                     QString::fromStdString(*report.movedAside));
        emit problem(movedAsideNotice_);
    }
    emit this->opened();
}

void DecisionLibrary::reportError(const Error& error, const QString& what) {
    emit problem(tr("%1 failed: %2").arg(what, QString::fromStdString(error.oneLine())));
}

bool DecisionLibrary::check(const Status& status, const QString& what) {
    if (status)
        return true;
    reportError(status.error(), what);
    return false;
}

std::optional<std::int64_t> DecisionLibrary::save(const Decision& decision) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto id = s->save(decision);
    if (!id) {
        reportError(id.error(), tr("Saving the decision"));
        return std::nullopt;
    }
    emit decisionAdded(*id);
    return *id;
}

bool DecisionLibrary::update(const Decision& decision) {
    DecisionStore* s = store();
    if (!s || !check(s->update(decision), tr("Saving the decision")))
        return false;
    emit decisionChanged(decision.id);
    return true;
}

bool DecisionLibrary::rename(std::int64_t id, const QString& title) {
    DecisionStore* s = store();
    if (!s || !check(s->rename(id, title.toStdString()), tr("Renaming the decision")))
        return false;
    emit decisionChanged(id);
    return true;
}

std::optional<std::int64_t> DecisionLibrary::duplicate(std::int64_t id) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto copy = s->duplicate(id);
    if (!copy) {
        reportError(copy.error(), tr("Duplicating the decision"));
        return std::nullopt;
    }
    emit decisionAdded(*copy);
    return *copy;
}

bool DecisionLibrary::setRevisitDate(std::int64_t id, const std::optional<std::string>& date) {
    DecisionStore* s = store();
    if (!s || !check(s->setRevisitDate(id, date), tr("Setting the revisit date")))
        return false;
    emit decisionChanged(id);
    return true;
}

bool DecisionLibrary::recordOutcome(std::int64_t id, const OutcomeReview& review) {
    DecisionStore* s = store();
    if (!s || !check(s->recordOutcome(id, review), tr("Recording the outcome")))
        return false;
    emit decisionChanged(id);
    return true;
}

std::optional<Decision> DecisionLibrary::get(std::int64_t id) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto decision = s->get(id);
    if (!decision) {
        reportError(decision.error(), tr("Reading the decision"));
        return std::nullopt;
    }
    return std::move(decision).value();
}

bool DecisionLibrary::saveDraft(const nlohmann::ordered_json& answers) {
    DecisionStore* s = store();
    return s && check(s->saveDraft(answers), tr("Autosaving the draft"));
}

std::optional<Draft> DecisionLibrary::loadDraft() {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto draft = s->loadDraft();
    if (!draft) {
        reportError(draft.error(), tr("Reading the autosaved draft"));
        return std::nullopt;
    }
    return std::move(draft).value();
}

void DecisionLibrary::clearDraft() {
    if (DecisionStore* s = store())
        check(s->clearDraft(), tr("Clearing the autosaved draft"));
}

void DecisionLibrary::write(std::function<Status(DecisionStore&)> work,
                            std::function<void()> finish, const QString& what) {
    startOpening();
    if (pendingWrites_++ == 0)
        emit busyChanged(true);
    worker_.run<Status>(
        this, std::move(work),
        [this, finish = std::move(finish), what](const Status& status) {
            // Announced before the busy state ends, so a listener that refreshes is already
            // busy itself when a waiter sees the library idle.
            if (check(status, what))
                finish();
            if (--pendingWrites_ == 0)
                emit busyChanged(false);
        },
        Status(Error{path_.toStdString(), "", "the database is not open"}));
}

void DecisionLibrary::trash(const DecisionTarget& target,
                            std::shared_ptr<TrashedDecisions> record) {
    auto removed = std::make_shared<std::vector<std::int64_t>>();
    write(
        [target, record, removed](DecisionStore& s) -> Status {
            auto done = s.trash(record->batch != 0 ? DecisionTarget::of(record->ids) : target);
            if (!done)
                return done.error();
            *record = std::move(done).value();
            *removed = record->ids; // the GUI thread's own copy
            return Ok{};
        },
        [this, removed] {
            if (!removed->empty())
                emit decisionsRemoved(*removed);
        },
        tr("Deleting decisions"));
}

void DecisionLibrary::restoreTrashed(std::shared_ptr<const TrashedDecisions> record) {
    auto restored = std::make_shared<std::vector<std::int64_t>>();
    write(
        [record, restored](DecisionStore& s) -> Status {
            auto done = s.restoreTrashed(record->batch);
            if (!done)
                return done.error();
            *restored = std::move(done).value();
            return Ok{};
        },
        [this, restored] {
            if (!restored->empty())
                emit decisionsRestored(*restored);
        },
        tr("Restoring decisions"));
}

namespace {

std::vector<std::int64_t> idsOf(const std::vector<RevisitDateBefore>& before) {
    std::vector<std::int64_t> ids;
    ids.reserve(before.size());
    for (const auto& b : before)
        ids.push_back(b.id);
    return ids;
}

} // namespace

void DecisionLibrary::setRevisitDates(const DecisionTarget& target,
                                      const std::optional<std::string>& date,
                                      std::shared_ptr<RevisitRecord> record) {
    auto changed = std::make_shared<std::vector<std::int64_t>>();
    write(
        [target, date, record, changed](DecisionStore& s) -> Status {
            auto done = s.setRevisitDates(
                record->ran ? DecisionTarget::of(idsOf(record->before)) : target, date);
            if (!done)
                return done.error();
            record->ran = true;
            record->before = std::move(done).value();
            *changed = idsOf(record->before);
            return Ok{};
        },
        [this, changed] { emit decisionsChanged(*changed); }, tr("Setting the revisit date"));
}

void DecisionLibrary::restoreRevisitDates(std::shared_ptr<const RevisitRecord> record) {
    auto changed = std::make_shared<std::vector<std::int64_t>>();
    write(
        [record, changed](DecisionStore& s) -> Status {
            *changed = idsOf(record->before);
            return s.restoreRevisitDates(record->before);
        },
        [this, changed] { emit decisionsChanged(*changed); }, tr("Restoring revisit dates"));
}

void DecisionLibrary::exportDecisions(const DecisionTarget& target, const QString& file) {
    auto count = std::make_shared<std::size_t>(0);
    write(
        [target, file = file.toStdString(), count](DecisionStore& s) -> Status {
            auto written =
                advisor::exportDecisions(s, target, file, std::chrono::system_clock::now());
            if (!written)
                return written.error();
            *count = *written;
            return Ok{};
        },
        [this, count, file] { emit exported(static_cast<int>(*count), file); },
        tr("Exporting decisions"));
}

} // namespace advisor::ui
