// A saved decision keeps its own result: a tie is stored without a winner, and a decision made
// with another knowledge base is recognised as such, with or without the same answer today.
#include "core/store/saved_result.h"
#include "store_test_support.h"

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
