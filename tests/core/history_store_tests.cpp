// The history at any size (issue #16): the schema-3 migration of a database the previous build
// wrote, search through the full-text index, every sort order on an index, bulk actions in one
// transaction with their undo, cancelling a query, the export file and the synthetic history.
#include "core/base/iso_time.h"
#include "core/base/json_io.h"
#include "core/store/decision_archive.h"
#include "core/store/decision_schema.h"
#include "core/store/decision_search.h"
#include "core/store/sqlite_db.h"
#include "core/store/synthetic_history.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sqlite3.h>

namespace advisor::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> titles(const std::vector<DecisionSummary>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.title);
    return out;
}

std::vector<std::string> listed(const DecisionStore& store, const std::string& search,
                                SortColumn sort = SortColumn::Created,
                                SortOrder order = SortOrder::Ascending) {
    auto rows = store.list({search, sort, order, 0, 0});
    INFO((rows ? std::string() : rows.error().oneLine()));
    REQUIRE(rows.ok());
    return titles(*rows);
}

// Six decisions whose titles, notes, winners, verdicts, margins, confidences and revisit dates
// differ, saved in the order A to F.
struct SmallHistory {
    TempFolder folder;
    DecisionStore store = openStore(folder.file("decisions.sqlite3"));
    std::vector<std::int64_t> ids;

    SmallHistory() {
        const auto base = decisionFromAnswers("realtime-chat-js.json");
        struct Row {
            const char* title;
            const char* notes;
            bool python;
            const char* verdict;
            double margin;
            std::optional<double> confidence;
            std::optional<std::string> revisit;
        };
        const Row rows[] = {
            {"A chat backend", "socket fan-out", false, "clear", 4.0, 0.99, "2025-06-01"},
            {"b billing API", "Zürich office", true, "lean", 1.0, 0.70, std::nullopt},
            {"C ML platform", "notebooks \"first\"", true, "close_call", 0.1, std::nullopt,
             "2025-03-01"},
            {"d dashboard", "100% internal", false, "lean", 2.0, 0.80, std::nullopt},
            {"E Größe café", "for the platform team", true, "clear", 3.0, 0.95, "2026-01-01"},
            {"f feeds", "ab", false, "close_call", 0.2, 0.55, std::nullopt},
        };
        for (const auto& r : rows) {
            Decision d = base;
            d.title = r.title;
            d.notes = r.notes;
            d.winner = r.python ? "python" : "nodejs";
            d.winnerName = r.python ? "Python" : "Node.js";
            d.verdict = r.verdict;
            d.margin = r.margin;
            d.confidence = r.confidence;
            d.revisitOn = r.revisit;
            ids.push_back(store.save(d).value());
        }
    }
};

// EXPLAIN QUERY PLAN for the list's own statement, on the store's file.
std::string queryPlan(const std::string& path, const ListQuery& query) {
    const auto statement = search::listStatement(query);
    auto db = sqlite::openConnection(path, false);
    REQUIRE(db);
    auto s = sqlite::Statement::prepare(db->get(), "EXPLAIN QUERY PLAN " + statement.sql, path);
    REQUIRE(s);
    s->bind(1, std::int64_t{50}).bind(2, std::int64_t{0});
    if (statement.value)
        s->bind(3, *statement.value);
    std::string plan;
    for (;;) {
        auto row = s->step("plan");
        REQUIRE(row);
        if (!*row)
            return plan;
        plan += s->text(3) + "\n";
    }
}

} // namespace

TEST_CASE("history: a schema 2 database written by the previous build migrates and keeps every "
          "decision",
          "[store][migration]") {
    TempFolder folder;
    const std::string path = folder.file("decisions.sqlite3");
    fs::copy_file(dataPath("store/decisions-schema-v2.sqlite3"), path);

    auto store = openStore(path);
    CHECK(store.report().versionFound == 2);
    CHECK(store.report().version == schema::kCurrentVersion);
    CHECK_FALSE(store.report().movedAside);
    CHECK(store.count().value() == 3);

    const auto chat = store.get(1).value();
    CHECK(chat.title == "Realtime chat startup");
    CHECK(chat.winnerName == "Node.js");
    CHECK(chat.revisitOn == std::optional<std::string>("2025-06-01"));
    REQUIRE(chat.outcome);
    CHECK(chat.outcome->text == "Held up well");
    CHECK(chat.outcome->rating == 4);
    CHECK(chat.result["recommendation"]["winner"] == "nodejs");
    CHECK(store.get(2)->revisitOn == std::optional<std::string>("2026-01-15"));
    CHECK(store.get(3)->title == "Größe: Café backend");
    CHECK(store.loadDraft().value()->answers["title"] == "Half-finished");

    // The old rows are in the new full-text index: title, notes and winner, any case.
    CHECK(listed(store, "café") == std::vector<std::string>{"Größe: Café backend"});
    CHECK(listed(store, "ZÜRICH OFFICE") == std::vector<std::string>{"Größe: Café backend"});
    CHECK(listed(store, "python").size() == 2);
    CHECK(listed(store, "startup") == std::vector<std::string>{"Realtime chat startup"});
    CHECK(store.dueForRevisit("2025-12-31").value().empty()); // the due one has its outcome
    CHECK(store.dueForRevisit("2026-01-15").value().size() == 1);

    // New saves are indexed too, and ids go on after the old ones.
    auto next = decisionFromAnswers("mixed-realtime-ml.json");
    next.title = "Fourth, after the migration";
    CHECK(store.save(next).value() == 4);
    CHECK(listed(store, "after the migr") == std::vector<std::string>{next.title});
    CHECK(store.integrityCheck().value() == "ok");
}

TEST_CASE("history: the search matches any part of a title, notes or winner, ignoring case",
          "[store][search]") {
    SmallHistory h;
    // One or two characters: a scan; three or more: the full-text index. Same meaning.
    CHECK(listed(h.store, "ab") == std::vector<std::string>{"f feeds"});
    CHECK(listed(h.store, "aP") == std::vector<std::string>{"b billing API"});
    CHECK(listed(h.store, "chat b") == std::vector<std::string>{"A chat backend"});
    CHECK(listed(h.store, "AT BA") == std::vector<std::string>{"A chat backend"});
    CHECK(listed(h.store, "GRÖSSE").empty()); // ß is not "ss"
    CHECK(listed(h.store, "größe") == std::vector<std::string>{"E Größe café"});
    CHECK(listed(h.store, "CAFÉ") == std::vector<std::string>{"E Größe café"});
    CHECK(listed(h.store, "zürich") == std::vector<std::string>{"b billing API"});
    CHECK(listed(h.store, "\"first\"") == std::vector<std::string>{"C ML platform"});
    CHECK(listed(h.store, "\"fir") == std::vector<std::string>{"C ML platform"});
    CHECK(listed(h.store, "100%") == std::vector<std::string>{"d dashboard"});
    CHECK(listed(h.store, "0%").size() == 1); // LIKE's wildcards are literal characters
    CHECK(listed(h.store, "_").empty());
    CHECK(listed(h.store, "nodejs").size() == 3);  // the winner's id
    CHECK(listed(h.store, "Node.js").size() == 3); // and its name
    CHECK(listed(h.store, "platform") ==
          std::vector<std::string>{"C ML platform", "E Größe café"}); // title or notes
    CHECK(listed(h.store, "no such thing").empty());
    CHECK(h.store.count("platform").value() == 2);
    CHECK(h.store.count("ab").value() == 1);
    CHECK(h.store.count("").value() == 6);

    // A rename is searchable at once, and the old title no longer is.
    REQUIRE(h.store.rename(h.ids[0], "Gateway").ok());
    CHECK(listed(h.store, "chat").empty());
    CHECK(listed(h.store, "gatew") == std::vector<std::string>{"Gateway"});
}

TEST_CASE("history: every column sorts both ways, a missing value last, pages in order",
          "[store][sort]") {
    SmallHistory h;
    using V = std::vector<std::string>;
    auto asc = [&](SortColumn c) {
        return listed(h.store, "", c, SortOrder::Ascending);
    };
    auto desc = [&](SortColumn c) {
        return listed(h.store, "", c, SortOrder::Descending);
    };
    const V saved = {"A chat backend", "b billing API", "C ML platform",
                     "d dashboard",    "E Größe café",  "f feeds"};
    CHECK(asc(SortColumn::Created) == saved);
    CHECK(desc(SortColumn::Created) == V(saved.rbegin(), saved.rend()));
    CHECK(asc(SortColumn::Title) == saved); // case-insensitive
    CHECK(desc(SortColumn::Title) == V(saved.rbegin(), saved.rend()));
    CHECK(asc(SortColumn::Winner) == V{"A chat backend", "d dashboard", "f feeds", "b billing API",
                                       "C ML platform", "E Größe café"});
    CHECK(asc(SortColumn::Verdict) == V{"A chat backend", "E Größe café", "b billing API",
                                        "d dashboard", "C ML platform", "f feeds"});
    CHECK(asc(SortColumn::Margin) == V{"C ML platform", "f feeds", "b billing API", "d dashboard",
                                       "E Größe café", "A chat backend"});
    CHECK(asc(SortColumn::Confidence) == V{"f feeds", "b billing API", "d dashboard",
                                           "E Größe café", "A chat backend", "C ML platform"});
    CHECK(desc(SortColumn::Confidence) == V{"A chat backend", "E Größe café", "d dashboard",
                                            "b billing API", "f feeds", "C ML platform"});
    CHECK(asc(SortColumn::RevisitOn) == V{"C ML platform", "A chat backend", "E Größe café",
                                          "b billing API", "d dashboard", "f feeds"});
    CHECK(desc(SortColumn::RevisitOn) == V{"E Größe café", "A chat backend", "C ML platform",
                                           "f feeds", "d dashboard", "b billing API"});
    // Under a search too, and in pages that join up.
    CHECK(listed(h.store, "Python", SortColumn::Margin, SortOrder::Descending) ==
          V{"E Größe café", "b billing API", "C ML platform"});
    V paged;
    for (std::size_t offset = 0; offset < 6; offset += 4)
        for (const auto& t : titles(
                 h.store.list({"", SortColumn::Verdict, SortOrder::Descending, 4, offset}).value()))
            paged.push_back(t);
    CHECK(paged == desc(SortColumn::Verdict));
}

TEST_CASE("history: every list order without a search walks an index, never sorts the table",
          "[store][sort]") {
    SmallHistory h;
    for (const auto column :
         {SortColumn::Created, SortColumn::Updated, SortColumn::Title, SortColumn::Winner,
          SortColumn::Verdict, SortColumn::Margin, SortColumn::Confidence, SortColumn::RevisitOn,
          SortColumn::Respondents})
        for (const auto order : {SortOrder::Ascending, SortOrder::Descending}) {
            const std::string plan = queryPlan(h.store.path(), {"", column, order, 50, 0});
            INFO("column " << static_cast<int>(column) << ", order " << static_cast<int>(order)
                           << ":\n"
                           << plan);
            CHECK(plan.find("TEMP B-TREE") == std::string::npos);
        }
    // The newest first under a search reads the full-text index in its own order.
    const std::string plan =
        queryPlan(h.store.path(), {"platform", SortColumn::Created, SortOrder::Descending, 50, 0});
    INFO(plan);
    CHECK(plan.find("TEMP B-TREE") == std::string::npos);
    CHECK(plan.find("VIRTUAL TABLE") != std::string::npos);
}

TEST_CASE("history: deleting many is one transaction, undone in one, gone for good on purge",
          "[store][bulk]") {
    SmallHistory h;
    // All that match a search, including decisions no list has read.
    auto python = h.store.trash(DecisionTarget::matching("python"));
    REQUIRE(python.ok());
    CHECK(python->ids.size() == 3);
    CHECK(h.store.count().value() == 3);
    CHECK(listed(h.store, "python").empty());
    CHECK(h.store.count("python").value() == 0);
    CHECK(h.store.dueForRevisit("2030-01-01").value().size() == 1); // only A is left with a date
    // Then two listed ones; one of them already gone, which is no error.
    auto two = h.store.trash(DecisionTarget::of({h.ids[0], h.ids[1]}));
    REQUIRE(two.ok());
    CHECK(two->ids == std::vector<std::int64_t>{h.ids[0]});
    CHECK(two->batch != python->batch);
    CHECK(listed(h.store, "") == std::vector<std::string>{"d dashboard", "f feeds"});

    // Undo goes back one delete at a time.
    CHECK(h.store.restoreTrashed(two->batch).value() == std::vector<std::int64_t>{h.ids[0]});
    CHECK(h.store.count().value() == 3);
    CHECK(h.store.restoreTrashed(python->batch).value().size() == 3);
    CHECK(h.store.count().value() == 6);
    CHECK(listed(h.store, "python").size() == 3);

    // Everything, then emptied for good.
    auto all = h.store.trash(DecisionTarget::matching(""));
    REQUIRE(all.ok());
    CHECK(all->ids.size() == 6);
    CHECK(h.store.list().value().empty());
    CHECK(h.store.purgeTrash().value() == 6);
    CHECK(h.store.restoreTrashed(all->batch).value().empty());
    CHECK(h.store.count().value() == 0);
    CHECK(listed(h.store, "chat").empty()); // the index forgot them too
    CHECK(h.store.integrityCheck().value() == "ok");
}

TEST_CASE("history: a revisit date for many is one transaction, and undone exactly",
          "[store][bulk]") {
    SmallHistory h;
    const auto before = h.store.list().value();
    auto changed = h.store.setRevisitDates(DecisionTarget::matching("platform"), "2027-02-01");
    REQUIRE(changed.ok());
    REQUIRE(changed->size() == 2); // "C ML platform", and "E Größe café" by its notes
    CHECK(h.store.get(h.ids[2])->revisitOn == std::optional<std::string>("2027-02-01"));
    CHECK(h.store.get(h.ids[4])->revisitOn == std::optional<std::string>("2027-02-01"));
    CHECK(h.store.get(h.ids[0])->revisitOn == std::optional<std::string>("2025-06-01"));

    REQUIRE(h.store.restoreRevisitDates(*changed).ok());
    const auto after = h.store.list().value();
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].revisitOn == before[i].revisitOn);
        CHECK(after[i].updatedAt == before[i].updatedAt);
    }
    // Clearing, for listed ids; a bad date changes nothing.
    REQUIRE(h.store.setRevisitDates(DecisionTarget::of({h.ids[0], h.ids[2]}), std::nullopt).ok());
    CHECK_FALSE(h.store.get(h.ids[0])->revisitOn);
    CHECK_FALSE(h.store.get(h.ids[2])->revisitOn);
    CHECK(h.store.setRevisitDates(DecisionTarget::matching(""), "2027-02-30").error().field ==
          "revisit_on");
    CHECK(h.store.get(h.ids[4])->revisitOn == std::optional<std::string>("2026-01-01"));
}

TEST_CASE("history: a query stops when its caller no longer wants it", "[store][cancel]") {
    TempFolder folder;
    const std::string path = folder.file("synthetic.sqlite3");
    REQUIRE(writeSyntheticHistory(path, {2'000, false}).ok());
    auto store = openStore(path);
    bool cancelled = true;
    store.setCancelCheck([&] { return cancelled; });
    // A one-letter search reads every row: long enough for SQLite to ask.
    auto stopped = store.count("q");
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.find("cancelled") != std::string::npos);
    cancelled = false;
    CHECK(store.count("q").ok());
    store.setCancelCheck({});
    CHECK(store.count("q").ok());
}

TEST_CASE("history: exporting decisions writes them whole into one JSON file", "[store][export]") {
    SmallHistory h;
    REQUIRE(h.store.recordOutcome(h.ids[0], {"Went well", true, 5, "2025-07-01"}).ok());
    const std::string path = h.folder.file("export.json");
    auto written = exportDecisions(h.store, DecisionTarget::matching("python"), path, fixedTime());
    REQUIRE(written.ok());
    CHECK(*written == 3);
    auto json = parseJson(readFile(path), path);
    REQUIRE(json.ok());
    CHECK((*json)["format"] == kDecisionArchiveFormat);
    CHECK((*json)["format_version"] == 1);
    CHECK((*json)["exported_at"] == "2025-04-24T09:30:00Z");
    REQUIRE((*json)["decisions"].size() == 3);
    const auto& first = (*json)["decisions"][0];
    CHECK(first["title"] == "b billing API");
    CHECK(first["winner"] == "python");
    CHECK(first["answers"]["answers"].is_object());
    CHECK(first["result"]["recommendation"].is_object());
    CHECK(first["settings"]["samples"].is_number());

    auto listedIds = exportDecisions(h.store, DecisionTarget::of({h.ids[0]}), path, fixedTime());
    REQUIRE(listedIds.ok());
    CHECK(*listedIds == 1);
    const auto one = nlohmann::json::parse(readFile(path));
    CHECK(one["decisions"][0]["outcome"]["text"] == "Went well");
    CHECK(one["decisions"][0]["outcome"]["rating"] == 5);

    // A folder that does not exist: an error naming the file, and nothing written.
    const std::string nowhere = h.folder.file("missing/export.json");
    auto failed = exportDecisions(h.store, DecisionTarget::matching(""), nowhere, fixedTime());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().file == nowhere);
}

TEST_CASE("history: the synthetic history is a real store of the size asked for",
          "[store][synthetic]") {
    TempFolder folder;
    const std::string path = folder.file("synthetic.sqlite3");
    REQUIRE(writeSyntheticHistory(path, {2'000, false}).ok());
    auto store = openStore(path);
    CHECK(store.count().value() == 2'000);
    CHECK(store.count("team 3").value() > 0);
    const auto newest = store.list({"", SortColumn::Created, SortOrder::Descending, 1, 0}).value();
    REQUIRE(newest.size() == 1);
    CHECK(newest.front().title == "Search indexer #1999");
    CHECK(store.get(newest.front().id).ok());
    CHECK(store.count("Search indexer #1999").value() == 1);
    // The triggers set aside while filling are back: a new decision is found by its title.
    auto next = decisionFromAnswers("realtime-chat-js.json");
    next.title = "Saved after the fill";
    REQUIRE(store.save(next).ok());
    CHECK(store.count("after the fill").value() == 1);
    REQUIRE(store.rename(newest.front().id, "Renamed after the fill").ok());
    CHECK(store.count("Search indexer #1999").value() == 0);
    CHECK(store.integrityCheck().value() == "ok");
    CHECK_FALSE(writeSyntheticHistory(path, {10, true}).ok()); // not over existing decisions
}

} // namespace advisor::test
