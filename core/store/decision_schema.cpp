#include "core/store/decision_schema.h"

#include "core/store/sqlite_db.h"

#include <array>
#include <set>
#include <sqlite3.h>
#include <string_view>

namespace advisor::schema {
namespace {

struct Migration {
    int version;
    std::string_view sql;
};

// Append only: a released migration never changes, because databases out there already ran it.
// The light `decisions` table keeps the history list fast; the large JSON lives in
// `decision_documents`. AUTOINCREMENT keeps ids from being reused, so an undone delete can
// always restore a decision under its old id.
constexpr std::array<Migration, 4> kMigrations{{
    {1, R"sql(
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    winner      TEXT NOT NULL,
    winner_name TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    margin      REAL NOT NULL,
    confidence  REAL,
    kb_version  TEXT NOT NULL,
    kb_hash     TEXT NOT NULL,
    mc_seed     TEXT NOT NULL,
    mc_samples  INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE decision_documents (
    decision_id  INTEGER PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
    answers_json TEXT NOT NULL,
    weights_json TEXT NOT NULL,
    result_json  TEXT NOT NULL
);
CREATE INDEX decisions_by_created ON decisions(created_at);
CREATE INDEX decisions_by_updated ON decisions(updated_at);
CREATE TABLE draft (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    answers_json TEXT NOT NULL,
    saved_at     TEXT NOT NULL
);
PRAGMA application_id = 1111573590;
)sql"},
    {2, R"sql(
ALTER TABLE decisions ADD COLUMN revisit_on TEXT;
ALTER TABLE decisions ADD COLUMN outcome_text TEXT;
ALTER TABLE decisions ADD COLUMN outcome_rating INTEGER;
ALTER TABLE decisions ADD COLUMN outcome_as_expected INTEGER;
ALTER TABLE decisions ADD COLUMN outcome_recorded_on TEXT;
CREATE INDEX decisions_due ON decisions(revisit_on)
    WHERE revisit_on IS NOT NULL AND outcome_recorded_on IS NULL;
)sql"},
    // The history at any size: SQLite searches and sorts, the list fetches a page at a time.
    // decisions_search: a trigram full-text index of what the search box matches, so any three
    // or more characters are found anywhere in a title, the notes or the winner, case-
    // insensitively, without reading every row. Triggers keep it in step with the table.
    // decision_trash: a deleted decision waits here, under the number of the delete that took
    // it, until the app that deleted it starts again. Deleting thousands, and undoing that, is
    // then writing or removing a few bytes per decision rather than rewriting its row. One
    // index per sortable column keeps every order a walk down an index; the creation order is
    // the id's, so its index is the table itself.
    {3, R"sql(
CREATE VIRTUAL TABLE decisions_search USING fts5(
    title, notes, winner, winner_name,
    content = 'decisions', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO decisions_search (decisions_search) VALUES ('rebuild');
CREATE TRIGGER decisions_search_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO decisions_search (rowid, title, notes, winner, winner_name)
    VALUES (new.id, new.title, new.notes, new.winner, new.winner_name);
END;
CREATE TRIGGER decisions_search_delete AFTER DELETE ON decisions BEGIN
    INSERT INTO decisions_search (decisions_search, rowid, title, notes, winner, winner_name)
    VALUES ('delete', old.id, old.title, old.notes, old.winner, old.winner_name);
END;
CREATE TRIGGER decisions_search_update AFTER UPDATE OF title, notes, winner, winner_name
ON decisions BEGIN
    INSERT INTO decisions_search (decisions_search, rowid, title, notes, winner, winner_name)
    VALUES ('delete', old.id, old.title, old.notes, old.winner, old.winner_name);
    INSERT INTO decisions_search (rowid, title, notes, winner, winner_name)
    VALUES (new.id, new.title, new.notes, new.winner, new.winner_name);
END;
CREATE TABLE decision_trash (
    decision_id INTEGER PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
    batch       INTEGER NOT NULL
);
CREATE INDEX decision_trash_by_batch ON decision_trash(batch);
DROP INDEX decisions_by_created;
DROP INDEX decisions_by_updated;
CREATE INDEX decisions_by_updated ON decisions(updated_at);
CREATE INDEX decisions_by_title ON decisions(title COLLATE NOCASE);
CREATE INDEX decisions_by_winner ON decisions(winner_name COLLATE NOCASE);
CREATE INDEX decisions_by_verdict ON decisions(
    CASE verdict WHEN 'clear' THEN 0 WHEN 'lean' THEN 1 WHEN 'close_call' THEN 2 ELSE 3 END);
CREATE INDEX decisions_by_margin ON decisions(margin);
CREATE INDEX decisions_by_confidence ON decisions(confidence);
CREATE INDEX decisions_by_confidence_nulls_last ON decisions(confidence IS NULL, confidence);
CREATE INDEX decisions_by_revisit ON decisions(revisit_on);
CREATE INDEX decisions_by_revisit_nulls_last ON decisions(revisit_on IS NULL, revisit_on);
)sql"},
    // Group decisions: how many people answered, for the history list. Every decision saved
    // before groups existed had one; a group's count is read from its stored answers, and a
    // document that is not valid JSON (a damaged row) still migrates, counted as one.
    {4, R"sql(
ALTER TABLE decisions ADD COLUMN respondents INTEGER NOT NULL DEFAULT 1;
UPDATE decisions SET respondents = max(1, coalesce((
    SELECT json_array_length(doc.answers_json, '$.respondents')
    FROM decision_documents doc
    WHERE doc.decision_id = decisions.id AND json_valid(doc.answers_json)), 1));
CREATE INDEX decisions_by_respondents ON decisions(respondents);
)sql"},
}};

static_assert(kMigrations.back().version == kCurrentVersion);
static_assert(kApplicationId == 1111573590, "the v1 migration writes this number");

// The tables each version must have for us to trust the file.
const std::set<std::string> kRequiredTables = {"decisions", "decision_documents", "draft"};

Result<std::int64_t> pragmaInteger(sqlite3* db, const std::string& file, const char* sql,
                                   int* code) {
    auto stmt = sqlite::Statement::prepare(db, sql, file);
    if (!stmt) {
        *code = sqlite3_errcode(db);
        return stmt.error();
    }
    auto row = stmt->step("inspect");
    *code = stmt->lastCode();
    if (!row)
        return row.error();
    return *row ? stmt->integer(0) : 0;
}

} // namespace

Result<Inspection> inspect(sqlite3* db, const std::string& file, bool quickCheck) {
    Inspection result;
    int code = SQLITE_OK;
    auto damaged = [&](std::string detail) -> Result<Inspection> {
        result.state = FileState::Damaged;
        result.detail = std::move(detail);
        return result;
    };

    const auto appId = pragmaInteger(db, file, "PRAGMA application_id", &code);
    if (!appId)
        return sqlite::isCorruption(code) ? damaged("it is not a SQLite database")
                                          : Result<Inspection>(appId.error());
    const auto version = pragmaInteger(db, file, "PRAGMA user_version", &code);
    if (!version)
        return sqlite::isCorruption(code) ? damaged("it is not a SQLite database")
                                          : Result<Inspection>(version.error());
    result.version = static_cast<int>(*version);
    result.ours = *appId == kApplicationId;

    std::set<std::string> tables;
    {
        auto stmt = sqlite::Statement::prepare(
            db, "SELECT name FROM sqlite_schema WHERE type = 'table'", file);
        if (!stmt)
            return sqlite::isCorruption(sqlite3_errcode(db)) ? damaged("its schema is unreadable")
                                                             : Result<Inspection>(stmt.error());
        for (;;) {
            auto row = stmt->step("inspect");
            if (!row)
                return sqlite::isCorruption(stmt->lastCode()) ? damaged("its schema is unreadable")
                                                              : Result<Inspection>(row.error());
            if (!*row)
                break;
            tables.insert(stmt->text(0));
        }
    }

    if (*appId == kApplicationId && result.version > kCurrentVersion) {
        result.state = FileState::Newer;
        return result;
    }
    if (*appId != kApplicationId) {
        if (*appId != 0 || result.version != 0 || !tables.empty()) {
            result.state = FileState::Foreign;
            result.detail = "it is another program's database";
            return result;
        }
        result.state = FileState::Empty;
        return result;
    }
    for (const auto& name : kRequiredTables)
        if (!tables.count(name))
            return damaged("the table \"" + name + "\" is missing");

    if (quickCheck) {
        auto stmt = sqlite::Statement::prepare(db, "PRAGMA quick_check(1)", file);
        if (!stmt)
            return sqlite::isCorruption(sqlite3_errcode(db)) ? damaged("the integrity check failed")
                                                             : Result<Inspection>(stmt.error());
        auto row = stmt->step("integrity check");
        if (!row)
            return sqlite::isCorruption(stmt->lastCode()) ? damaged("the integrity check failed")
                                                          : Result<Inspection>(row.error());
        if (*row && stmt->text(0) != "ok")
            return damaged("the integrity check failed: " + stmt->text(0));
    }
    result.state = result.version == 0 ? FileState::Empty : FileState::Ours;
    return result;
}

Result<int> migrate(sqlite3* db, const std::string& file) {
    auto tx = sqlite::Transaction::begin(db, file, "migrate");
    if (!tx)
        return tx.error();
    // Read the version inside the write transaction: another process may have just migrated.
    int code = SQLITE_OK;
    const auto found = pragmaInteger(db, file, "PRAGMA user_version", &code);
    if (!found)
        return found.error();
    const int from = static_cast<int>(*found);
    if (from > kCurrentVersion)
        return Error{file, "schema", "written by a newer Backend Advisor"};
    for (const auto& m : kMigrations) {
        if (m.version <= from)
            continue;
        if (auto ok = sqlite::execute(db, std::string(m.sql), file,
                                      "migrate to schema " + std::to_string(m.version));
            !ok)
            return ok.error();
        // PRAGMA takes no parameters; the number is our own constant, never user input.
        if (auto ok = sqlite::execute(db, "PRAGMA user_version = " + std::to_string(m.version),
                                      file, "migrate");
            !ok)
            return ok.error();
    }
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return from;
}

} // namespace advisor::schema
