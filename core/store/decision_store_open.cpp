// DecisionStore::open: refusing or moving aside a file it cannot use (core/database_file.h),
// configuring the connection and migrating the schema.
#include "core/base/app_paths.h"
#include "core/store/database_file.h"
#include "core/store/decision_schema.h"
#include "core/store/decision_store.h"

#include <filesystem>
#include <sqlite3.h>

namespace advisor {
namespace {

namespace fs = std::filesystem;

Status configure(sqlite3* db, const std::string& path, const StoreOptions& options) {
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    // synchronous=FULL: a save that returned survives a power cut as well as a crash.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (auto ok = sqlite::execute(db, pragma, path, "configure"); !ok)
            return ok;
    if (options.maxPageCount) {
        // PRAGMA takes no parameters; the number comes from our own options, not from input.
        if (auto ok = sqlite::execute(
                db, "PRAGMA max_page_count = " + std::to_string(*options.maxPageCount), path,
                "configure");
            !ok)
            return ok;
    }
    if (sqlite3_db_readonly(db, "main") == 1)
        return Error{path, "",
                     "the database is read-only (check the file's and its folder's "
                     "permissions, or give another file with --db)"};
    auto wal = sqlite::Statement::prepare(db, "PRAGMA journal_mode = WAL", path);
    if (!wal)
        return wal.error();
    if (auto ok = wal->run("configure"); !ok)
        return ok;
    return Ok{};
}

} // namespace

std::string OpenReport::notice() const {
    if (!movedAside)
        return {};
    return "The decision database " + path + " could not be used (" + movedAsideReason +
           "). It was kept as " + *movedAside + " and a new, empty database was started.";
}

Result<DecisionStore> DecisionStore::open(const std::string& path, StoreOptions options) {
    if (!options.clock)
        options.clock = [] {
            return std::chrono::system_clock::now();
        };
    if (auto ok = database_file::checkPath(path); !ok)
        return ok.error();
    // Nothing is created before the file is known to be usable.
    auto found = database_file::inspect(path, options);
    if (!found)
        return found.error();
    if (found->state == schema::FileState::Newer)
        return database_file::newerRefusal(path, found->version);

    OpenReport report;
    report.path = path;
    if (found->state == schema::FileState::Damaged || found->state == schema::FileState::Foreign) {
        if (options.unusableFile == UnusableFile::Refuse)
            return database_file::refusal(path, *found);
        auto moved = database_file::moveAside(path, options.clock(), found->detail);
        if (!moved)
            return moved.error();
        report.movedAside = *moved;
        report.movedAsideReason = found->detail;
    }
    if (const fs::path parent = fs::path(path).parent_path(); !parent.empty())
        if (auto ok = ensureDirectory(parent.string()); !ok)
            return ok.error();

    auto db = sqlite::openConnection(path, true);
    if (!db)
        return db.error();
    if (auto ok = configure(db->get(), path, options); !ok)
        return ok.error();
    auto from = schema::migrate(db->get(), path);
    if (!from)
        return from.error();
    report.versionFound = *from;
    report.version = schema::kCurrentVersion;
    return DecisionStore(std::move(*db), std::move(report), std::move(options));
}

Result<DecisionStore> DecisionStore::openDefault(StoreOptions options) {
    auto path = defaultDatabasePath();
    if (!path)
        return path.error();
    options.unusableFile = UnusableFile::MoveAside;
    return open(*path, std::move(options));
}

Status DecisionStore::checkUsable(const std::string& path, const StoreOptions& options) {
    if (auto ok = database_file::checkPath(path); !ok)
        return ok;
    auto found = database_file::inspect(path, options);
    if (!found)
        return found.error();
    if (found->state == schema::FileState::Newer)
        return database_file::newerRefusal(path, found->version);
    const bool unusable =
        found->state == schema::FileState::Damaged || found->state == schema::FileState::Foreign;
    if (unusable && options.unusableFile == UnusableFile::Refuse)
        return database_file::refusal(path, *found);
    return Ok{};
}

DecisionStore::DecisionStore(sqlite::Connection db, OpenReport report, StoreOptions options)
    : db_(std::move(db)), report_(std::move(report)), options_(std::move(options)),
      cancelled_(std::make_unique<std::function<bool()>>()) {}

void DecisionStore::setCancelCheck(std::function<bool()> cancelled) {
    *cancelled_ = std::move(cancelled);
    if (!*cancelled_) {
        sqlite3_progress_handler(db_.get(), 0, nullptr, nullptr);
        return;
    }
    // A few thousand virtual-machine steps take well under a millisecond.
    sqlite3_progress_handler(
        db_.get(), 4000,
        [](void* check) { return (*static_cast<std::function<bool()>*>(check))() ? 1 : 0; },
        cancelled_.get());
}

} // namespace advisor
