// The decision database's schema: its versions, the ordered migrations between them, and the
// checks that tell our database from a damaged or foreign file before anything is written.
#pragma once

#include "core/base/error.h"

#include <cstdint>
#include <string>

struct sqlite3;

namespace advisor::schema {

// Written to PRAGMA application_id so a database of another program is never mistaken for ours
// (the bytes spell "BADV").
inline constexpr std::int32_t kApplicationId = 0x42414456;

// The schema this build writes. Each version is one migration (see decision_schema.cpp):
//   1  decisions (light columns for the history list), decision_documents (the answers and
//      result JSON, one row per decision), draft (the autosaved answers);
//   2  revisit date and outcome review columns, with an index for "due for revisit";
//   3  full-text search (FTS5, trigram), the trash (decision_trash), an index per sort order.
inline constexpr int kCurrentVersion = 4;

enum class FileState {
    Empty,   // no schema yet (a new or zero-length file): create ours
    Ours,    // our schema at some version <= kCurrentVersion: migrate if older
    Newer,   // ours, but written by a newer build: refuse, leave untouched
    Foreign, // a valid SQLite database of another program
    Damaged, // not a database, or fails the integrity check
};

struct Inspection {
    FileState state = FileState::Empty;
    int version = 0;    // PRAGMA user_version
    bool ours = false;  // the file carries our application id (even if damaged)
    std::string detail; // why it is Foreign or Damaged, in words
};

// Reads the header, application id, version, tables and (when asked) runs PRAGMA quick_check.
// Writes nothing. Returns an Error only for a failure that says nothing about the file itself
// (such as a locked database), so a busy database is never mistaken for a damaged one.
Result<Inspection> inspect(sqlite3* db, const std::string& file, bool quickCheck);

// Applies every migration newer than the database's version in one transaction, together with
// the new user_version, so a failure or crash leaves the database exactly as it was.
// Returns the version found before migrating.
Result<int> migrate(sqlite3* db, const std::string& file);

} // namespace advisor::schema
