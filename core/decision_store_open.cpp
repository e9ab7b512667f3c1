// DecisionStore::open: telling our database from a damaged, foreign or newer file, moving the
// unusable ones aside, configuring the connection and migrating the schema.
#include "core/app_paths.h"
#include "core/decision_schema.h"
#include "core/decision_store.h"
#include "core/iso_time.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

namespace advisor {
namespace {

namespace fs = std::filesystem;

// SQLite keeps these next to the database; they travel with it when it is moved aside.
constexpr const char* kCompanionSuffixes[] = {"-wal", "-shm", "-journal"};

bool hasSqliteHeader(const std::string& path) {
    static constexpr char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                        'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    std::ifstream in(path, std::ios::binary);
    char header[sizeof kMagic] = {};
    in.read(header, sizeof header);
    return in.gcount() == sizeof header && std::equal(header, header + sizeof header, kMagic);
}

// "20250424T093000Z": ISO 8601 basic format, no colons, so it is a valid file name anywhere.
std::string compactTimestamp(std::chrono::system_clock::time_point t) {
    std::string stamp = isoUtcTimestamp(t);
    std::erase(stamp, '-');
    std::erase(stamp, ':');
    return stamp;
}

Result<std::string> moveAside(const std::string& path, std::chrono::system_clock::time_point now,
                              const std::string& reason) {
    const std::string base = path + ".corrupt-" + compactTimestamp(now);
    std::string target = base;
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec) || fs::exists(target + "-wal", ec); ++n)
        target = base + "-" + std::to_string(n);
    fs::rename(path, target, ec);
    if (ec)
        return Error{path, "",
                     "cannot be read (" + reason + ") and could not be moved aside: " +
                         ec.message() + "; it was left as it is"};
    for (const char* suffix : kCompanionSuffixes) {
        const std::string companion = path + suffix;
        if (fs::exists(companion, ec))
            fs::rename(companion, target + suffix, ec); // best effort: the main file is safe
    }
    return target;
}

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
    if (path.empty())
        return Error{"", "--db", "no database file given"};
    std::error_code ec;
    const fs::path file(path);
    if (!file.parent_path().empty())
        if (auto ok = ensureDirectory(file.parent_path().string()); !ok)
            return ok.error();
    if (fs::is_directory(file, ec))
        return Error{path, "", "is a folder, expected a database file"};

    OpenReport report;
    report.path = path;
    if (fs::exists(file, ec) && fs::file_size(file, ec) > 0) {
        schema::Inspection found;
        if (!hasSqliteHeader(path)) {
            found.state = schema::FileState::Damaged;
            found.detail = "it is not a SQLite database";
        } else {
            auto db = sqlite::openConnection(path, false);
            if (!db)
                return db.error();
            sqlite3_busy_timeout(db->get(), options.busyTimeoutMs);
            auto inspected = schema::inspect(db->get(), path, options.checkIntegrityOnOpen);
            if (!inspected)
                return inspected.error();
            found = *inspected;
        }
        if (found.state == schema::FileState::Newer)
            return Error{path, "schema",
                         "was written by a newer Backend Advisor (schema version " +
                             std::to_string(found.version) + "; this build reads up to " +
                             std::to_string(schema::kCurrentVersion) +
                             "). It was left untouched: update Backend Advisor, or use --db "
                             "with another file"};
        if (found.state == schema::FileState::Damaged ||
            found.state == schema::FileState::Foreign) {
            auto moved = moveAside(path, options.clock(), found.detail);
            if (!moved)
                return moved.error();
            report.movedAside = *moved;
            report.movedAsideReason = found.detail;
        }
    }

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
    return open(*path, std::move(options));
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
