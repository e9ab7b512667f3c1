// An Evidence Lab run as evidence in a decision: beside the article's claims it changes no
// score; replacing them, each claim counts as much as the machine confirmed it, never reversed;
// the decision keeps the run, and every output says what was measured.
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/kb/score_model.h"
#include "core/model/explanations.h"
#include "core/model/lab_evidence.h"
#include "core/report/markdown_report.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace advisor;
using nlohmann::json;

namespace {

json recordedRun() {
    return json::parse(test::readFile(test::dataPath("lab/lab-run.json")));
}

AnswerSet withLab(const KnowledgeBase& kb, const char* use) {
    return test::answersFrom(kb, {{"answers", {{"app_type", {"api"}}, {"concurrency", "massive"}}},
                                  {"lab", {{"use", use}, {"run", recordedRun()}}}});
}

const MeasuredEvidence& measuredOf(const Evaluation& ev, const KnowledgeBase& kb, const char* id) {
    const auto* m = measuredFor(ev, *kb.evidenceIndex(id));
    REQUIRE(m != nullptr);
    return *m;
}

} // namespace

TEST_CASE("a lab run measures the claims the knowledge base links to it", "[lab][evidence]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = withLab(kb, "replace");
    const auto measured = measuredEvidence(kb, *answers.lab);
    REQUIRE(measured.size() == 3); // throughput, JSON response time, interpreted Python
    const auto ev = evaluate(kb, answers);
    // 14× against a claimed 4×: holds, all of the article's gap kept.
    const auto& throughput = measuredOf(ev, kb, "throughput_figures");
    CHECK(throughput.verdict == "holds");
    CHECK(throughput.strength == 1.0);
    CHECK(throughput.replaces);
    CHECK(throughput.measuredOn == "2026-12-03");
    // 0.88× against a claimed 2–3×: does not hold here, so it counts for nothing.
    const auto& jsonTime = measuredOf(ev, kb, "json_response_time");
    CHECK(jsonTime.verdict == "does_not_hold");
    CHECK(jsonTime.strength == 0.0);
    const auto scaled = withMeasuredRatings(kb, measured);
    const auto& jsonItem = scaled.evidence[*kb.evidenceIndex("json_response_time")];
    CHECK(jsonItem.ratings[0] == jsonItem.ratings[1]);
    CHECK(scaled.evidence[*kb.evidenceIndex("throughput_figures")].ratings ==
          kb.evidence[*kb.evidenceIndex("throughput_figures")].ratings);
}

TEST_CASE("replacing the article's claims changes the score: beside them it does not",
          "[lab][evidence]") {
    const auto& kb = builtInKnowledgeBase();
    auto plain = withLab(kb, "beside");
    plain.lab.reset();
    const auto without = evaluate(kb, plain);
    const auto beside = evaluate(kb, withLab(kb, "beside"));
    const auto replace = evaluate(kb, withLab(kb, "replace"));
    // Beside: the same numbers, and the measurements are there to read.
    CHECK(beside.recommendation.margin == without.recommendation.margin);
    CHECK(beside.measured.size() == 3);
    CHECK_FALSE(beside.measured.front().replaces);
    // Replacing: the API's JSON claim did not hold on this machine, so Node.js's lead shrinks;
    // the measurement never turns a claim around.
    CHECK(replace.recommendation.winner == without.recommendation.winner);
    CHECK(replace.recommendation.margin < without.recommendation.margin);
    for (const auto& m : replace.measured) {
        CHECK(m.strength >= 0.0);
        CHECK(m.strength <= 1.0);
    }
}

TEST_CASE("a decision keeps its lab run and says what was measured", "[lab][evidence]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = withLab(kb, "replace");
    // The answers document carries the run and reads back to the same evaluation.
    const auto document = answersToJson(answers, kb);
    CHECK(document["lab"]["use"] == "replace");
    const auto again = test::answersFrom(kb, json::parse(document.dump()));
    const auto first = evaluationToJson(kb, answers, evaluate(kb, answers)).dump(2);
    CHECK(evaluationToJson(kb, again, evaluate(kb, again)).dump(2) == first);

    const auto out = json::parse(first);
    REQUIRE(out["lab"].is_object());
    CHECK(out["lab"]["use"] == "replace");
    CHECK(out["lab"]["claims"].size() == 3);
    bool cited = false;
    for (const auto& r : out["reasons"])
        if (r.contains("measured")) {
            cited = true;
            CHECK_THAT(r["measured"]["sentence"].get<std::string>(),
                       Catch::StartsWith("Measured on this machine on 2026-12-03"));
        }
    CHECK(cited);
    // Without a run the JSON has no lab section at all (one-person files stay as they were).
    auto plain = answers;
    plain.lab.reset();
    CHECK_FALSE(evaluationToJson(kb, plain, evaluate(kb, plain)).contains("lab"));

    const auto ev = evaluate(kb, answers);
    const auto md = markdownReport({kb, answers, ev, {}, {}});
    CHECK_THAT(md, Catch::Contains("## Measured on this machine"));
    CHECK_THAT(md, Catch::Contains("*(measured on this machine, 2026-12-03)*"));
    CHECK_THAT(md, Catch::Contains("the claim keeps 0% of its weight"));
}

TEST_CASE("a bad lab block is refused with its field", "[lab][evidence]") {
    const auto& kb = builtInKnowledgeBase();
    auto run = recordedRun();
    auto refuse = [&](const json& lab, const std::string& field) {
        const auto parsed =
            parseAnswers({{"answers", json::object()}, {"lab", lab}}, kb, "answers.json");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().file == "answers.json");
        CHECK(parsed.error().field == field);
    };
    refuse({{"use", "instead"}, {"run", run}}, "/lab/use");
    refuse({{"run", run}}, "/lab/use");
    refuse({{"use", "beside"}}, "/lab/run");
    run["claims"][0]["verdict"] = "maybe";
    refuse({{"use", "beside"}, {"run", run}}, "/lab/run/claims/0/verdict");
}
