#include "core/store/synthetic_history.h"

#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/store/decision_rows.h"
#include "core/store/decision_store.h"
#include "core/store/sqlite_db.h"

#include <vector>

namespace advisor {
namespace {

// One evaluation per question, each with that question's last option: varied winners, margins
// and verdicts with real documents.
std::vector<Decision> shapes() {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    EngineOptions options;
    options.monteCarlo.samples = 1000; // the stored result's size matters here, not precision
    std::vector<Decision> out;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        AnswerSet answers = AnswerSet::empty(kb);
        answers.choices[q] = std::vector<std::size_t>{kb.questions[q].options.size() - 1};
        out.push_back(
            makeDecision(kb, answers, evaluate(kb, answers, options), options.monteCarlo));
    }
    return out;
}

// The rows are made by SQLite itself, in one INSERT ... SELECT per table, which is several times
// faster than a statement per row.
constexpr const char* kShapeTable =
    "CREATE TEMP TABLE shape (k INTEGER PRIMARY KEY, winner TEXT, winner_name TEXT, "
    "verdict TEXT, margin REAL, confidence REAL, kb_version TEXT, kb_hash TEXT, mc_seed TEXT, "
    "mc_samples INTEGER, answers_json TEXT, weights_json TEXT, result_json TEXT, "
    "respondents INTEGER)";

// Decision i: the subject (i % 8) and number in its title, its team in the notes, saved a
// minute after decision i - 1 from 2024-01-01, every fifth with a revisit date in 2025.
constexpr const char* kFillDecisions = R"sql(
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1)
INSERT INTO decisions (title, notes, winner, winner_name, verdict, margin, confidence,
                       kb_version, kb_hash, mc_seed, mc_samples, created_at, updated_at,
                       revisit_on, respondents)
SELECT CASE i % 8 WHEN 0 THEN 'Chat backend' WHEN 1 THEN 'Billing API'
                  WHEN 2 THEN 'ML platform' WHEN 3 THEN 'IoT ingestion'
                  WHEN 4 THEN 'Reporting service' WHEN 5 THEN 'Streaming gateway'
                  WHEN 6 THEN 'Admin dashboard' ELSE 'Search indexer' END || ' #' || i,
       'Option review number ' || i || ' for team ' || (i % 37),
       s.winner, s.winner_name, s.verdict, s.margin, s.confidence, s.kb_version, s.kb_hash,
       s.mc_seed, s.mc_samples,
       strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + 60 * i, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + 60 * i, 'unixepoch'),
       CASE WHEN i % 5 = 0 THEN printf('2025-%02d-15', 1 + i % 9) END, s.respondents
FROM n CROSS JOIN temp.shape s -- CROSS: n outside, so ids follow i
WHERE s.k = i % ?2
)sql";

constexpr const char* kFillDocuments = R"sql(
INSERT INTO decision_documents (decision_id, answers_json, weights_json, result_json)
SELECT d.id, s.answers_json, s.weights_json, s.result_json
FROM decisions d CROSS JOIN temp.shape s
WHERE s.k = (d.id - (SELECT min(id) FROM decisions)) % ?1
)sql";

} // namespace

Status writeSyntheticHistory(const std::string& path, const SyntheticHistory& spec) {
    {
        // The schema, exactly as the app creates it.
        auto store = DecisionStore::open(path);
        if (!store)
            return store.error();
        auto existing = store->count();
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error{path, "", "already holds decisions"};
    }
    auto db = sqlite::openConnection(path, false);
    if (!db)
        return db.error();
    // A throw-away file being filled: no journal, no flushes until the end, sorts in memory
    // and on two threads.
    for (const char* sql : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                            "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY",
                            "PRAGMA threads = 2", "PRAGMA foreign_keys = ON", kShapeTable})
        if (auto ok = sqlite::execute(db->get(), sql, path, "fill"); !ok)
            return ok;

    const std::vector<Decision> kinds = shapes();
    auto shape = sqlite::Statement::prepare(
        db->get(),
        "INSERT INTO temp.shape VALUES (?1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16)",
        path);
    if (!shape)
        return shape.error();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const Decision& d = kinds[k];
        rows::bindSummaryColumns(*shape, d); // ?2 and ?3 (title, notes) are not used here
        shape->bind(1, static_cast<std::int64_t>(k))
            .bind(13, rows::dumpJson(d.answers))
            .bind(14, rows::dumpJson(d.weights))
            .bind(15, spec.fullDocuments ? rows::dumpJson(d.result) : std::string("{}"));
        if (auto ok = shape->run("fill"); !ok)
            return ok;
        shape->reset();
    }

    if (auto ok = sqlite::execute(db->get(), "BEGIN", path, "fill"); !ok)
        return ok;
    // The table's indexes and triggers are set aside and made again once it is full: sorting
    // a million keys once is several times faster than inserting them one at a time in random
    // order, and the full-text index is built in one pass (below).
    std::vector<std::string> setAside;
    {
        auto listed = sqlite::Statement::prepare(
            db->get(),
            "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
            "tbl_name = 'decisions' AND sql IS NOT NULL",
            path);
        if (!listed)
            return listed.error();
        std::vector<std::string> drops;
        for (;;) {
            auto row = listed->step("fill");
            if (!row)
                return row.error();
            if (!*row)
                break;
            drops.push_back("DROP " + listed->text(0) + " \"" + listed->text(1) + "\"");
            setAside.push_back(listed->text(2));
        }
        for (const auto& drop : drops)
            if (auto ok = sqlite::execute(db->get(), drop, path, "fill"); !ok)
                return ok;
    }
    auto decisions = sqlite::Statement::prepare(db->get(), kFillDecisions, path);
    if (!decisions)
        return decisions.error();
    decisions->bind(1, static_cast<std::int64_t>(spec.decisions))
        .bind(2, static_cast<std::int64_t>(kinds.size()));
    if (auto ok = decisions->run("fill"); !ok)
        return ok;
    auto documents = sqlite::Statement::prepare(db->get(), kFillDocuments, path);
    if (!documents)
        return documents.error();
    documents->bind(1, static_cast<std::int64_t>(kinds.size()));
    if (auto ok = documents->run("fill"); !ok)
        return ok;
    for (const auto& sql : setAside)
        if (auto ok = sqlite::execute(db->get(), sql, path, "fill"); !ok)
            return ok;
    // The full-text index in one pass, its pending terms held in memory until the end (one
    // large segment instead of thousands merged along the way), then its usual settings back.
    for (const char* sql :
         {"INSERT INTO decisions_search (decisions_search, rank) VALUES ('hashsize', 268435456)",
          "INSERT INTO decisions_search (decisions_search, rank) VALUES ('automerge', 0)",
          "INSERT INTO decisions_search (decisions_search) VALUES ('rebuild')",
          "INSERT INTO decisions_search (decisions_search, rank) VALUES ('hashsize', 1048576)",
          "INSERT INTO decisions_search (decisions_search, rank) VALUES ('automerge', 4)"})
        if (auto ok = sqlite::execute(db->get(), sql, path, "fill"); !ok)
            return ok;
    if (auto ok = sqlite::execute(db->get(), "COMMIT", path, "fill"); !ok)
        return ok;
    return sqlite::execute(db->get(), "PRAGMA journal_mode = WAL", path, "fill");
}

} // namespace advisor
