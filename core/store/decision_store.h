// The decision store: saved decisions, their history, revisit dates, outcome reviews and the
// autosaved draft, in one SQLite file. Every write is one transaction with bound parameters.
// A file the user named is never moved, renamed or replaced: one that is not ours is refused.
// Only the app's own default database, when damaged, is moved aside (never deleted).
// One DecisionStore per thread; several processes may share the file (WAL, busy timeout).
#pragma once

#include "core/base/error.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"
#include "core/model/sensitivity.h"
#include "core/store/sqlite_db.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

// How the choice turned out, recorded when the decision is revisited.
struct OutcomeReview {
    std::string text;
    bool asExpected = true; // "did it turn out as expected?"
    int rating = 0;         // 1 (much worse than hoped) to 5 (much better); 0 when not rated
    std::string recordedOn; // YYYY-MM-DD; empty means "today" when recording
};

struct Decision {
    std::int64_t id = 0; // 0 until saved
    // Authoritative: the store keeps the copies inside `answers` and `result` in step.
    std::string title;
    std::string notes;
    nlohmann::ordered_json answers; // answersToJson
    nlohmann::ordered_json weights; // criterion id -> the weight used
    std::string kbVersion;
    std::string kbHash;
    std::uint64_t seed = 0; // the Monte Carlo settings, so the result can be reproduced
    std::size_t samples = 0;
    nlohmann::ordered_json result; // evaluationToJson
    std::string winner;            // alternative id; empty for a tie
    std::string winnerName;
    std::string verdict; // "clear", "lean", "close_call"
    double margin = 0.0;
    std::optional<double> confidence; // the winner's Monte Carlo win probability
    std::string createdAt;            // UTC ISO 8601, set by the store
    std::string updatedAt;
    std::optional<std::string> revisitOn; // YYYY-MM-DD
    std::optional<OutcomeReview> outcome;
};

// The people whose answers a stored answers document holds: a group's respondents, or one.
std::size_t respondentCount(const nlohmann::ordered_json& answers);

// A decision ready to save, from an evaluation.
Decision makeDecision(const KnowledgeBase& kb, const AnswerSet& answers, const Evaluation& ev,
                      const MonteCarloSettings& settings);

// What the history list shows: no JSON, so thousands of rows list in milliseconds.
struct DecisionSummary {
    std::int64_t id = 0;
    std::string title;
    std::string winner;
    std::string winnerName;
    std::string verdict;
    double margin = 0.0;
    std::optional<double> confidence;
    std::string createdAt;
    std::string updatedAt;
    std::optional<std::string> revisitOn;
    bool hasOutcome = false;
    std::size_t respondents = 1; // the people who answered: 1 for a one-person decision

    // The revisit date has come (on or before `today`, YYYY-MM-DD) and no outcome is recorded.
    [[nodiscard]] bool dueOn(const std::string& today) const;
};

// Created is the order decisions were saved in; Verdict goes from clear to close call; a
// missing confidence or revisit date comes last in either direction.
enum class SortColumn {
    Created,
    Updated,
    Title,
    Winner,
    Verdict,
    Margin,
    Confidence,
    RevisitOn,
    Respondents
};
enum class SortOrder { Ascending, Descending };

struct ListQuery {
    // Matches anywhere in the title, notes, winner id or winner name, ignoring case. Three or
    // more characters are looked up in the full-text index; one or two are scanned for in sort
    // order, which finds a page of a common letter at once but reads every row for a rare one.
    std::string search;
    SortColumn sort = SortColumn::Created;
    SortOrder order = SortOrder::Descending;
    std::size_t limit = 0; // 0: no limit
    std::size_t offset = 0;
};

// Which decisions a bulk action applies to: the listed ids, or every decision matching a search
// ("" for all) — what "select all" means in a list too long to have read.
struct DecisionTarget {
    std::vector<std::int64_t> ids;
    std::optional<std::string> allMatching;

    static DecisionTarget of(std::vector<std::int64_t> ids) { return {std::move(ids), {}}; }
    static DecisionTarget matching(std::string search) { return {{}, std::move(search)}; }
};

// A delete that can still be undone: its number in the trash and the decisions it took.
struct TrashedDecisions {
    std::int64_t batch = 0;
    std::vector<std::int64_t> ids;
};

// A decision's revisit date and update stamp before a bulk change, for undo.
struct RevisitDateBefore {
    std::int64_t id = 0;
    std::optional<std::string> revisitOn;
    std::string updatedAt;
};

struct Draft {
    nlohmann::ordered_json answers; // answersToJson
    std::string savedAt;            // UTC ISO 8601
};

// What open() does with a file it cannot use (not a SQLite database, another program's, or ours
// damaged).
enum class UnusableFile {
    // Refuse it and leave it exactly as it is: the file is the user's (--db, or opened in the
    // GUI), so it is theirs to repair or move. Inspecting it writes nothing, not even SQLite's
    // -wal and -shm companions.
    Refuse,
    // Rename it to "<path>.corrupt-<UTC timestamp>" and start a new database: only for the app's
    // own default database, which the user never named.
    MoveAside,
};

struct StoreOptions {
    UnusableFile unusableFile = UnusableFile::Refuse;
    // The store's clock, for created/updated stamps and moved-aside names; tests fix it.
    std::function<std::chrono::system_clock::time_point()> clock;
    int busyTimeoutMs = 5000;
    // PRAGMA quick_check at open: reads the whole file (about 1 ms per MiB here).
    bool checkIntegrityOnOpen = true;
    // A size quota in database pages; the tests use it to simulate a full disk.
    std::optional<int> maxPageCount;
};

// What open() found and did, for the caller to tell the user.
struct OpenReport {
    std::string path;
    std::optional<std::string> movedAside; // where a damaged or foreign file was moved
    std::string movedAsideReason;          // why, in words
    int versionFound = 0;                  // the schema version before migrating (0: new)
    int version = 0;                       // the schema version now

    // "The database ... could not be read (...); it was moved to ... and a new one started."
    [[nodiscard]] std::string notice() const;
};

class DecisionStore {
public:
    // Opens or creates the database at `path`, creating missing folders. A file it cannot use
    // is refused or moved aside as `options.unusableFile` says (see report()); a database from
    // a newer build is always refused and left untouched.
    static Result<DecisionStore> open(const std::string& path, StoreOptions options = {});
    // The same at defaultDatabasePath() (core/app_paths.h), moving an unusable file aside.
    static Result<DecisionStore> openDefault(StoreOptions options = {});
    // Whether open(path, options) would refuse the file, found without creating, changing or
    // locking anything: a command checks this before it writes anything else, and opens the
    // store last. A missing file (and missing folders) is fine: open() creates them.
    static Status checkUsable(const std::string& path, const StoreOptions& options = {});

    DecisionStore(DecisionStore&&) noexcept = default;
    DecisionStore& operator=(DecisionStore&&) noexcept = default;

    [[nodiscard]] const OpenReport& report() const { return report_; }
    [[nodiscard]] const std::string& path() const { return report_.path; }

    // Saves a new decision and returns its id; `id`, `createdAt` and `updatedAt` are set here.
    Result<std::int64_t> save(const Decision& decision);
    // Saves many in one transaction (imports, tests): all or none.
    Result<std::vector<std::int64_t>> saveAll(const std::vector<Decision>& decisions);
    // Replaces a decision's content (everything but its id, creation time, revisit date and
    // outcome, which have their own calls) and stamps `updatedAt`.
    Status update(const Decision& decision);
    [[nodiscard]] Result<Decision> get(std::int64_t id) const;

    // Decisions in the trash are in none of these reads.
    [[nodiscard]] Result<std::vector<DecisionSummary>> list(const ListQuery& query = {}) const;
    [[nodiscard]] Result<std::size_t> count(const std::string& search = {}) const;
    // Every decision in `target`, whole, in the order they were saved, read in one statement
    // (one consistent snapshot); stops at the first error `visit` returns.
    Status forEachDecision(const DecisionTarget& target,
                           const std::function<Status(const Decision&)>& visit) const;

    Status rename(std::int64_t id, const std::string& title);
    // A copy titled "<title> (copy)", new id and times, without revisit date or outcome.
    Result<std::int64_t> duplicate(std::int64_t id);
    // Deletes every decision in `target` in one transaction by moving it to the trash, where it
    // can be restored until purgeTrash() (the app purges at its next start). Deleting nothing
    // is not an error: the batch then holds no ids.
    Result<TrashedDecisions> trash(const DecisionTarget& target);
    // Undoes one trash() in one transaction; returns the ids brought back (none when the trash
    // was purged meanwhile).
    Result<std::vector<std::int64_t>> restoreTrashed(std::int64_t batch);
    // Deletes the trash for good; returns how many decisions it held.
    Result<std::size_t> purgeTrash();

    Status setRevisitDate(std::int64_t id, const std::optional<std::string>& date);
    // Sets (or clears) the revisit date of every decision in `target` in one transaction and
    // returns what each had before; restoreRevisitDates() puts that back, also in one.
    Result<std::vector<RevisitDateBefore>> setRevisitDates(const DecisionTarget& target,
                                                           const std::optional<std::string>& date);
    Status restoreRevisitDates(const std::vector<RevisitDateBefore>& before);
    Status recordOutcome(std::int64_t id, const OutcomeReview& review);
    Status clearOutcome(std::int64_t id);
    // Decisions whose revisit date is on or before `today` (YYYY-MM-DD) and that have no
    // outcome yet, earliest first.
    [[nodiscard]] Result<std::vector<DecisionSummary>>
    dueForRevisit(const std::string& today) const;

    // The autosaved answers of the decision being edited: one slot, replaced on each save.
    Status saveDraft(const nlohmann::ordered_json& answers);
    [[nodiscard]] Result<std::optional<Draft>> loadDraft() const;
    Status clearDraft();

    // PRAGMA integrity_check: "ok", or SQLite's first complaint.
    [[nodiscard]] Result<std::string> integrityCheck() const;

    // While set, a running statement stops with an error as soon as `cancelled` returns true
    // (asked every few thousand SQLite instructions): a search the user has typed past need not
    // finish. Empty: statements run to the end.
    void setCancelCheck(std::function<bool()> cancelled);

private:
    DecisionStore(sqlite::Connection db, OpenReport report, StoreOptions options);
    [[nodiscard]] std::string now() const;
    Result<std::int64_t> insert(const Decision& decision);
    [[nodiscard]] Error notFound(std::int64_t id, const std::string& operation) const;
    // A statement over the live decisions in `target`: `around` builds its SQL around a
    // subquery of their ids ("SELECT d.id FROM ..."), whose search, if any, is bound at
    // ?`parameter`. A target that lists ids fills the connection's temporary id table first.
    Result<sqlite::Statement>
    targetStatement(const DecisionTarget& target, int parameter,
                    const std::function<std::string(const std::string& ids)>& around) const;

    sqlite::Connection db_;
    OpenReport report_;
    StoreOptions options_;
    // Heap-held, so the address SQLite's progress handler keeps survives a move of the store.
    std::unique_ptr<std::function<bool()>> cancelled_;
};

} // namespace advisor
