// What a file named as the decision database is, found without changing it, and what may be
// done with one that cannot be used: refused when the user named it, moved aside when it is the
// app's own default database.
#pragma once

#include "core/base/error.h"
#include "core/store/decision_schema.h"
#include "core/store/decision_store.h"

#include <chrono>
#include <string>

namespace advisor::database_file {

// The path itself, before anything is read or created: not empty, not a folder, not a FIFO,
// socket or device (reading one could block for ever), and the nearest existing ancestor a
// folder (missing ones are created when the store opens).
Status checkPath(const std::string& path);

// Our schema at some version, another program's database, a damaged file, or nothing yet.
// With UnusableFile::Refuse nothing at all is written: another program's file is told from its
// header bytes alone, and the rest is read through an immutable connection, so not even SQLite's
// -wal and -shm companions appear. Returns an Error only when the file could not be read.
Result<schema::Inspection> inspect(const std::string& path, const StoreOptions& options);

// Why a file the user named is not used, in one line that says it was left as it is.
Error refusal(const std::string& path, const schema::Inspection& found);
// Why a database from a newer build is not used (it is never touched either).
Error newerRefusal(const std::string& path, int version);

// Renames the app's own unusable database (and its companions) to
// "<path>.corrupt-<UTC timestamp>", never over an earlier one; returns the new name.
Result<std::string> moveAside(const std::string& path, std::chrono::system_clock::time_point now,
                              const std::string& reason);

} // namespace advisor::database_file
