// A saved decision keeps its own result: a tie is stored without a winner, and a decision made
// with another knowledge base is recognised as such, with or without the same answer today.
#include "core/store/saved_result.h"
#include "store_test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::test;

TEST_CASE("a tie is saved without a winner and reads back the same", "[store][saved]") {
    TempFolder folder;
    auto store = openStore(folder.file("decisions.sqlite3"));
    const auto tie = decisionFromAnswers("all-defaults.json");
    CHECK(tie.winner.empty());
    CHECK(tie.winnerName.empty());
    CHECK_FALSE(tie.confidence.has_value());
    CHECK(tie.verdict == "close_call");
    const auto id = store.save(tie);
    REQUIRE(id.ok());
    const auto loaded = store.get(*id);
    REQUIRE(loaded.ok());
    CHECK(loaded->winner.empty());
    CHECK(loaded->result["recommendation"]["winner"].is_null());

    // Only a close call may lack a winner: anything else without one is a damaged record.
    auto broken = tie;
    broken.verdict = "clear";
    const auto refused = store.save(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().field, Catch::Contains("winner"));
}

TEST_CASE("a decision saved with another knowledge base is told apart", "[store][saved]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = loadTestAnswers("realtime-chat-js.json");
    const auto today = evaluate(kb, answers);
    auto saved = makeDecision(kb, answers, today, {});
    CHECK(checkSavedResult(saved, kb, today).sameKnowledgeBase);
    CHECK(checkSavedResult(saved, kb, today).sameAnswer);

    // What the first release recorded for the same answers: a clear Node.js, another hash.
    saved.kbVersion = "2025.04.1";
    saved.kbHash = "sha256:7c5911c91111bac3b6ca475d9f4058a65bc1c4def16958a437b6a3086da7a326";
    saved.margin = 4.65;
    const auto check = checkSavedResult(saved, kb, today);
    CHECK_FALSE(check.sameKnowledgeBase);
    CHECK(check.sameAnswer);

    // Nothing answered: the first release said "lean Node.js"; today it is a tie.
    const auto nothing = evaluate(kb, AnswerSet::empty(kb));
    saved.winner = "nodejs";
    saved.verdict = "lean";
    const auto changed = checkSavedResult(saved, kb, nothing);
    CHECK_FALSE(changed.sameKnowledgeBase);
    CHECK_FALSE(changed.sameAnswer);
}

TEST_CASE("reopened under another knowledge base, a decision says what changed reason by reason",
          "[store][saved][situation]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = loadTestAnswers("realtime-chat-js.json");
    const auto today = evaluate(kb, answers);
    auto saved = makeDecision(kb, answers, today, {});
    // Saved with today's knowledge base: nothing moved.
    CHECK(reasonChanges(saved, kb, today).empty());

    // The previous release counted team skills as an article-lens evidence item on ecosystem
    // (javascript_team) and weighed realtime_use_cases less; it had no situation facts.
    auto& reasons = saved.result["reasons"];
    for (auto& r : reasons)
        if (r["evidence"][0] == "realtime_use_cases")
            r["impact"] = 0.30;
    auto articleOnly = nlohmann::ordered_json::array();
    for (const auto& r : reasons)
        if (r["lens"] != "situation")
            articleOnly.push_back(r);
    reasons = std::move(articleOnly);
    reasons.push_back({{"evidence", {"javascript_team"}},
                       {"favours", "nodejs"},
                       {"impact", 0.12},
                       {"text", "Team familiarity."}});
    reasons.push_back({{"evidence", {"an_item_gone_for_good"}},
                       {"favours", "python"},
                       {"impact", -0.004},
                       {"text", "Too small to mention."}});
    const auto changes = reasonChanges(saved, kb, today);
    const auto find = [&](const std::string& id) {
        return std::find_if(changes.begin(), changes.end(),
                            [&](const ReasonChange& c) { return c.id == id; });
    };
    // The team fact keeps its id but moves into the situation, with today's part.
    const auto team = find("javascript_team");
    REQUIRE(team != changes.end());
    REQUIRE(team->before);
    REQUIRE(team->after);
    CHECK(team->before->points == Approx(0.12));
    CHECK(team->after->favours == "nodejs");
    const auto realtime = find("realtime_use_cases");
    REQUIRE(realtime != changes.end());
    CHECK(realtime->before->points == Approx(0.30));
    CHECK(realtime->after->points > 0.30);
    // The shared-front-end fact counts only today; a move under the threshold is not news.
    const auto shared = find("shared_language");
    REQUIRE(shared != changes.end());
    CHECK_FALSE(shared->before);
    CHECK(find("an_item_gone_for_good") == changes.end());
    // Largest move first.
    for (std::size_t i = 1; i < changes.size(); ++i)
        CHECK(changes[i - 1].size() >= changes[i].size());

    // A saved result without reasons (a damaged or foreign record) gives none, not a crash.
    saved.result.erase("reasons");
    for (const auto& c : reasonChanges(saved, kb, today))
        CHECK_FALSE(c.before);
}
