#include "core/store/database_file.h"

#include "core/base/iso_time.h"
#include "core/store/sqlite_db.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sqlite3.h>

namespace advisor::database_file {
namespace {

namespace fs = std::filesystem;

// SQLite keeps these next to the database; they travel with it when it is moved aside.
constexpr const char* kCompanionSuffixes[] = {"-wal", "-shm", "-journal"};

// The first 100 bytes of a SQLite file: the magic string and, big-endian at offset 68, the
// application id. Read as plain bytes, so looking costs the file nothing. In WAL mode the main
// file may lag behind its -wal file, but an id, once there, is never taken away.
struct RawHeader {
    bool sqlite = false;
    std::uint32_t applicationId = 0;
};

RawHeader readRawHeader(const std::string& path) {
    static constexpr unsigned char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    std::ifstream in(path, std::ios::binary);
    char header[100] = {};
    in.read(header, sizeof header);
    const auto byte = [&](std::size_t at) {
        return static_cast<unsigned char>(header[at]);
    };
    RawHeader raw;
    if (in.gcount() < static_cast<std::streamsize>(sizeof kMagic))
        return raw;
    for (std::size_t i = 0; i < sizeof kMagic; ++i)
        if (byte(i) != kMagic[i])
            return raw;
    raw.sqlite = true;
    if (in.gcount() == static_cast<std::streamsize>(sizeof header))
        raw.applicationId = static_cast<std::uint32_t>(byte(68)) << 24 |
                            static_cast<std::uint32_t>(byte(69)) << 16 |
                            static_cast<std::uint32_t>(byte(70)) << 8 |
                            static_cast<std::uint32_t>(byte(71));
    return raw;
}

bool hasCompanions(const std::string& path) {
    std::error_code ec;
    return std::any_of(std::begin(kCompanionSuffixes), std::end(kCompanionSuffixes),
                       [&](const char* suffix) { return fs::exists(path + suffix, ec); });
}

// "20250424T093000Z": ISO 8601 basic format, no colons, so it is a valid file name anywhere.
std::string compactTimestamp(std::chrono::system_clock::time_point t) {
    std::string stamp = isoUtcTimestamp(t);
    std::erase(stamp, '-');
    std::erase(stamp, ':');
    return stamp;
}

} // namespace

Status checkPath(const std::string& path) {
    if (path.empty())
        return Error{"", "--db", "no database file given"};
    std::error_code ec;
    const fs::path file(path);
    const auto status = fs::status(file, ec);
    if (fs::is_directory(status))
        return Error{path, "", "is a folder, expected a database file"};
    if (fs::exists(status) && !fs::is_regular_file(status))
        return Error{path, "",
                     "is not a regular file (a device, pipe or socket), expected a database "
                     "file; it was left as it is"};
    for (fs::path parent = file.parent_path(); !parent.empty(); parent = parent.parent_path()) {
        const auto parentStatus = fs::status(parent, ec);
        if (fs::exists(parentStatus)) {
            if (!fs::is_directory(parentStatus))
                return Error{parent.string(), "",
                             "is not a folder, so " + path + " cannot be created there"};
            break;
        }
        if (parent == parent.parent_path())
            break;
    }
    return Ok{};
}

Result<schema::Inspection> inspect(const std::string& path, const StoreOptions& options) {
    schema::Inspection found;
    std::error_code ec;
    if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0)
        return found; // Empty: a new database goes here
    const RawHeader raw = readRawHeader(path);
    if (!raw.sqlite) {
        found.state = schema::FileState::Damaged;
        found.detail = "it is not a SQLite database";
        return found;
    }
    if (raw.applicationId != 0 &&
        raw.applicationId != static_cast<std::uint32_t>(schema::kApplicationId)) {
        found.state = schema::FileState::Foreign;
        found.detail = "it is another program's database";
        return found;
    }
    // With companions present the main file alone may not hold the whole database: SQLite must
    // read them, as any reader of that database would.
    const bool untouched = options.unusableFile == UnusableFile::Refuse && !hasCompanions(path);
    auto db = untouched ? sqlite::openImmutable(path) : sqlite::openConnection(path, false);
    if (!db)
        return db.error();
    sqlite3_busy_timeout(db->get(), options.busyTimeoutMs);
    return schema::inspect(db->get(), path, options.checkIntegrityOnOpen);
}

Error refusal(const std::string& path, const schema::Inspection& found) {
    const std::string what = found.ours && found.state == schema::FileState::Damaged
                                 ? "is a damaged Backend Advisor database"
                                 : "is not a Backend Advisor database";
    return Error{path, "",
                 what + " (" + found.detail +
                     "); it was left as it is. Give another file, or none for the default "
                     "database"};
}

Error newerRefusal(const std::string& path, int version) {
    return Error{path, "schema",
                 "was written by a newer Backend Advisor (schema version " +
                     std::to_string(version) + "; this build reads up to " +
                     std::to_string(schema::kCurrentVersion) +
                     "). It was left untouched: update Backend Advisor, or use --db with another "
                     "file"};
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

} // namespace advisor::database_file
