// Group decisions in the store (issue #14, item 7): every respondent is kept, the history counts
// them, and databases written before the count existed migrate with their decisions intact.
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/store/decision_schema.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>

namespace advisor::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::size_t> respondentCounts(const DecisionStore& store, SortColumn sort,
                                          SortOrder order) {
    auto rows = store.list({"", sort, order, 0, 0});
    INFO((rows ? std::string() : rows.error().oneLine()));
    REQUIRE(rows.ok());
    std::vector<std::size_t> counts;
    for (const auto& r : *rows)
        counts.push_back(r.respondents);
    return counts;
}

// A stored decision's answers read back, as the app does on reopening.
AnswerSet storedAnswers(const Decision& d) {
    auto answers = parseAnswers(nlohmann::json::parse(d.answers.dump()), builtInKnowledgeBase(),
                                "stored decision");
    INFO((answers ? std::string() : answers.error().oneLine()));
    REQUIRE(answers.ok());
    return std::move(answers).value();
}

// ... and evaluated again with the Monte Carlo settings it was saved with.
Evaluation reevaluated(const Decision& d) {
    EngineOptions options;
    options.monteCarlo.seed = d.seed;
    options.monteCarlo.samples = d.samples;
    return evaluate(builtInKnowledgeBase(), storedAnswers(d), options);
}

} // namespace

TEST_CASE("store: a group decision keeps every respondent, and the history counts them",
          "[store][group]") {
    TempFolder folder;
    auto store = openStore(folder.file("decisions.sqlite3"));
    const auto one = decisionFromAnswers("realtime-chat-js.json");
    const auto team = decisionFromAnswers("team-group.json");
    const auto oneId = store.save(one).value();
    const auto teamId = store.save(team).value();

    CHECK(respondentCounts(store, SortColumn::Created, SortOrder::Ascending) ==
          std::vector<std::size_t>{1, 6});
    CHECK(respondentCounts(store, SortColumn::Respondents, SortOrder::Descending) ==
          std::vector<std::size_t>{6, 1});

    // Reopened, the group is the group that was saved: every person, role, voting weight and
    // answer, and it evaluates to the result that was stored.
    const auto stored = store.get(teamId).value();
    CHECK(stored.answers == team.answers);
    REQUIRE(stored.answers["respondents"].size() == 6);
    CHECK(stored.answers["respondents"][5]["name"] == "Fei");
    CHECK(stored.answers["respondents"][5]["weight"] == 0.0);
    const auto& kb = builtInKnowledgeBase();
    const auto again = reevaluated(stored);
    CHECK(again.group != nullptr);
    CHECK(evaluationToJson(kb, storedAnswers(stored), again) == stored.result);

    // Saving the decision again with fewer people updates the count with the answers.
    Decision smaller = stored;
    smaller.answers["respondents"].erase(smaller.answers["respondents"].begin() + 3,
                                         smaller.answers["respondents"].end());
    REQUIRE(store.update(smaller).ok());
    CHECK(respondentCounts(store, SortColumn::Created, SortOrder::Ascending) ==
          std::vector<std::size_t>{1, 3});
    CHECK(store.get(oneId)->answers == one.answers);
}

TEST_CASE("store: a schema 3 database, written before respondents were counted, migrates with "
          "every decision intact",
          "[store][group][migration]") {
    TempFolder folder;
    const std::string path = folder.file("decisions.sqlite3");
    // Written by evaluate --save (the build before this migration): a one-person decision, a
    // group of six, another one-person decision, and a row whose answers are damaged.
    fs::copy_file(dataPath("store/decisions-schema-v3.sqlite3"), path);

    auto store = openStore(path);
    CHECK(store.report().versionFound == 3);
    CHECK(store.report().version == schema::kCurrentVersion);
    CHECK_FALSE(store.report().movedAside);
    // The damaged row does not stop the migration; it counts as one person.
    CHECK(respondentCounts(store, SortColumn::Created, SortOrder::Ascending) ==
          std::vector<std::size_t>{1, 6, 1, 1});

    const auto team = store.get(2).value();
    CHECK(team.title == "Realtime analytics backend (team)");
    CHECK(team.notes == "Kept through the migration: notes, dates and results");
    CHECK(team.revisitOn == std::optional<std::string>("2027-03-01"));
    CHECK_FALSE(team.createdAt.empty());
    CHECK(team.answers["respondents"].size() == 6);
    // Its saved result stays the one it was saved with, under that knowledge base's hash;
    // today's knowledge base still evaluates its answers (the app shows both when they differ).
    CHECK(team.result["recommendation"]["winner"] == team.winner);
    CHECK(team.result["knowledge_base"]["hash"] == team.kbHash);
    const auto today =
        evaluationToJson(builtInKnowledgeBase(), storedAnswers(team), reevaluated(team));
    CHECK(today["recommendation"]["verdict"].is_string());
    CHECK(store.get(1)->title == "Realtime chat startup");
    CHECK(store.get(3)->title == "ML platform");
    CHECK_FALSE(store.get(4).ok()); // damaged answers: an error, not a crash
    CHECK(store.integrityCheck().value() == "ok");
}

TEST_CASE("store: a schema 2 database from the current release migrates through to the count",
          "[store][group][migration]") {
    TempFolder folder;
    const std::string path = folder.file("decisions.sqlite3");
    fs::copy_file(dataPath("store/decisions-schema-v2.sqlite3"), path);
    auto store = openStore(path);
    CHECK(store.report().versionFound == 2);
    CHECK(respondentCounts(store, SortColumn::Respondents, SortOrder::Ascending) ==
          std::vector<std::size_t>{1, 1, 1});
    // Each reopens with its answers and saved result as they were.
    for (std::int64_t id = 1; id <= 3; ++id) {
        const auto d = store.get(id).value();
        INFO("decision " << id);
        CHECK(d.answers.contains("answers"));
        CHECK(d.result["recommendation"]["winner"] == d.winner);
    }
}

} // namespace advisor::test
