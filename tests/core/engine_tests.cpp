// The scoring engine's promises: normalised weights with an exact answer trace, contributions
// that add up (also as printed), determinism, any number of alternatives, monotone evidence
// emphasis, the three reference scenarios and cited reasons in the documented order.
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/kb/score_model.h"
#include "core/model/explanations.h"
#include "test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

using namespace advisor;
using nlohmann::json;

namespace {

EngineOptions fast() {
    EngineOptions options;
    options.withSensitivity = false;
    return options;
}

// Every option of every question alone, plus random answer sets from a fixed seed.
std::vector<AnswerSet> manyAnswerSets(const KnowledgeBase& kb, int randomCount = 300) {
    auto sets = test::singleOptionAnswerSets(kb);
    sets.push_back(AnswerSet::empty(kb));
    std::mt19937 rng(1234);
    for (int i = 0; i < randomCount; ++i)
        sets.push_back(test::randomAnswerSet(kb, rng));
    return sets;
}

// Three alternatives where "go" takes over Node.js's ratings and Node.js drops a point on
// every item, so go should win wherever Node.js used to.
KnowledgeBase goOvertakesNodeKnowledgeBase() {
    auto j = test::shippedKnowledgeBaseJson();
    j["alternatives"].push_back(
        {{"id", "go"}, {"name", "Go"}, {"color", "#00add8"}, {"summary", "test alternative"}});
    for (auto& e : j["evidence"]) {
        const double n = e["ratings"]["nodejs"];
        e["ratings"]["go"] = n;
        e["ratings"]["nodejs"] = std::max(0.0, n - 1.0);
        if (e.contains("figure") && e["figure"].contains("values"))
            e["figure"]["values"]["go"] = 1.0;
    }
    // With three alternatives the mean rating moves, and with it the emphasis shifts; halving
    // the boosts keeps every score within 0..10 as the loader requires. What leaned to Node.js
    // now leans to go, which took over its ratings.
    for (auto& q : j["questions"])
        for (auto& o : q["options"]) {
            if (o.contains("effects") && o["effects"].contains("evidence"))
                for (auto& [id, boost] : o["effects"]["evidence"].items())
                    boost = boost.get<double>() / 2.0;
            if (o.value("leans", "") == "nodejs")
                o["leans"] = "go";
        }
    for (auto& fact : j["situation"]["facts"])
        if (fact["favours"] == "nodejs")
            fact["favours"] = "go";
    auto kb = parseKnowledgeBase(j.dump(), "go-overtakes-node");
    INFO((kb ? std::string() : kb.error().oneLine()));
    REQUIRE(kb.ok());
    return std::move(kb).value();
}

long long micro(const json& value) {
    return std::llround(value.get<double>() * 1e6);
}

std::string describe(const KnowledgeBase& kb, const AnswerSet& answers) {
    return answersToJson(answers, kb).dump();
}

} // namespace

TEST_CASE("weights are positive and sum to 1 for every answer set", "[engine]") {
    for (const auto* kb : {&builtInKnowledgeBase()}) {
        for (const auto& answers : manyAnswerSets(*kb)) {
            const auto ev = evaluate(*kb, answers, fast());
            INFO(describe(*kb, answers));
            REQUIRE(ev.weights.size() == kb->criteria.size());
            CHECK(std::accumulate(ev.weights.begin(), ev.weights.end(), 0.0) ==
                  Approx(1.0).margin(1e-12));
            for (double w : ev.weights)
                CHECK(w > 0.0);
            CHECK(std::accumulate(ev.baseWeights.begin(), ev.baseWeights.end(), 0.0) ==
                  Approx(1.0).margin(1e-12));
        }
    }
}

TEST_CASE("direct weights are normalised and used as given", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = test::answersFrom(
        kb,
        {{"answers", json::object()},
         {"weights", {{"performance", 4}, {"scalability", 3}, {"ecosystem", 2}, {"use_case", 1}}}});
    const auto ev = evaluate(kb, answers, fast());
    CHECK(ev.weightSource == WeightSource::Direct);
    CHECK(ev.weightTrace.empty());
    const double expected[] = {0.4, 0.3, 0.2, 0.1};
    for (std::size_t c = 0; c < 4; ++c)
        CHECK(ev.weights[c] == Approx(expected[c]).margin(1e-15));
}

TEST_CASE("scores stay within 0..10 for every answer set", "[engine]") {
    const auto three = test::threeAlternativeKnowledgeBase();
    for (const auto* kb : {&builtInKnowledgeBase(), &three})
        for (const auto& answers : manyAnswerSets(*kb))
            for (const auto& r : evaluate(*kb, answers, fast()).alternatives)
                for (double s : r.scores) {
                    INFO(describe(*kb, answers));
                    CHECK(s >= 0.0);
                    CHECK(s <= 10.0);
                }
}

TEST_CASE("contributions add up to the total, in memory and as printed", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& answers : manyAnswerSets(kb, 100)) {
        const auto ev = evaluate(kb, answers, fast());
        INFO(describe(kb, answers));
        for (const auto& r : ev.alternatives) {
            double sum = 0.0;
            double weighted = 0.0;
            for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
                CHECK(r.contributions[c] == Approx(ev.weights[c] * r.scores[c]).margin(1e-15));
                sum += r.contributions[c];
                weighted += ev.weights[c] * r.scores[c];
            }
            // The team's situation adds its points beside the criteria's contributions.
            CHECK(std::abs(sum + r.situation - r.total) <= 1e-12);
            CHECK(std::abs(weighted + r.situation - r.total) <= 1e-12);
            CHECK(std::abs(sum - r.articleTotal()) <= 1e-12);
        }
        const auto& w = ev.alternatives[ev.recommendation.winner];
        const auto& u = ev.alternatives[ev.recommendation.runnerUp];
        CHECK(std::abs(ev.recommendation.margin - (w.total - u.total)) <= 1e-12);

        // The JSON: printed contributions add up exactly to the printed total (micro-units).
        const auto out = json::parse(evaluationToJson(kb, answers, ev).dump(2));
        for (const auto& alternative : out["alternatives"]) {
            long long total = 0;
            for (const auto& [criterion, value] : alternative["contributions"].items())
                total += micro(value);
            total += micro(alternative["situation"]);
            CHECK(total == micro(alternative["total"]));
        }
    }
}

TEST_CASE("evaluation is deterministic", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& name : test::scenarioFileNames()) {
        INFO(name);
        const auto answers = test::scenarioAnswers(kb, name);
        const auto first = evaluationToJson(kb, answers, evaluate(kb, answers)).dump(2);
        const auto second = evaluationToJson(kb, answers, evaluate(kb, answers)).dump(2);
        CHECK(first == second);
        // A knowledge base loaded afresh from the file gives the same bytes too.
        const auto fresh = loadKnowledgeBase(ADVISOR_KB_JSON_PATH);
        REQUIRE(fresh.ok());
        const auto again = test::scenarioAnswers(*fresh, name);
        CHECK(evaluationToJson(*fresh, again, evaluate(*fresh, again)).dump(2) == first);
    }
}

TEST_CASE("three alternatives: the engine is not hard-coded to two", "[engine]") {
    const auto between = test::threeAlternativeKnowledgeBase();
    const auto overtaking = goOvertakesNodeKnowledgeBase();
    std::set<std::string> winners;
    for (const auto* kb : {&between, &overtaking}) {
        std::vector<AnswerSet> sets;
        for (const auto& name : test::scenarioFileNames())
            sets.push_back(test::scenarioAnswers(*kb, name));
        std::mt19937 rng(3);
        for (int i = 0; i < 20; ++i)
            sets.push_back(test::randomAnswerSet(*kb, rng));
        for (const auto& answers : sets) {
            INFO(describe(*kb, answers));
            const auto ev = evaluate(*kb, answers);
            REQUIRE(ev.alternatives.size() == 3);
            std::size_t best = 0;
            for (std::size_t a = 1; a < 3; ++a)
                if (ev.alternatives[a].total > ev.alternatives[best].total)
                    best = a;
            CHECK(ev.recommendation.winner == best);
            CHECK(ev.recommendation.runnerUp != best);
            for (std::size_t a = 0; a < 3; ++a)
                if (a != best)
                    CHECK(ev.alternatives[ev.recommendation.runnerUp].total >=
                          ev.alternatives[a].total);
            winners.insert(kb->alternatives[best].id);
            CHECK(ev.sensitivity.flipPoints.size() == kb->criteria.size());
            REQUIRE(ev.sensitivity.monteCarlo.winProbability.size() == 3);
            const auto& p = ev.sensitivity.monteCarlo.winProbability;
            CHECK(p[0] + p[1] + p[2] == Approx(1.0).margin(1e-12));
            const auto out = evaluationToJson(*kb, answers, ev);
            CHECK(out["alternatives"].size() == 3);
            CHECK(out["sensitivity"]["monte_carlo"]["win_probability"].size() == 3);
            CHECK(out["sensitivity"]["monte_carlo"]["win_probability"].contains("go"));
        }
    }
    CHECK(winners.count("go") == 1); // the third alternative can win
    CHECK(winners.count("python") == 1);

    const auto chat =
        evaluate(overtaking, test::scenarioAnswers(overtaking, "realtime-chat-js.json"));
    CHECK(overtaking.alternatives[chat.recommendation.winner].id == "go");
    CHECK(overtaking.alternatives[chat.recommendation.runnerUp].id == "nodejs");
}

TEST_CASE("emphasising evidence that rates A highest never lowers A against any other",
          "[engine]") {
    const auto three = test::threeAlternativeKnowledgeBase();
    for (const auto* kb : {&builtInKnowledgeBase(), &three}) {
        const std::size_t nA = kb->alternatives.size();
        std::mt19937 rng(99);
        std::vector<AnswerSet> bases;
        bases.push_back(AnswerSet::empty(*kb));
        for (int i = 0; i < 60; ++i)
            bases.push_back(test::randomAnswerSet(*kb, rng));
        int compared = 0;
        for (auto base : bases) {
            base.weights = std::vector<double>(kb->criteria.size(), 1.0 / kb->criteria.size());
            for (std::size_t q = 0; q < kb->questions.size(); ++q) {
                const auto& question = kb->questions[q];
                const auto current = base.effective(*kb, q);
                // Single-choice: only compare against an option without effects, so the change
                // is purely "adding" the new option's emphasis.
                if (question.kind == QuestionKind::Single &&
                    (current.size() != 1 || hasEffects(question.options[current[0]])))
                    continue;
                for (std::size_t o = 0; o < question.options.size(); ++o) {
                    const auto& effects = question.options[o].effects;
                    if (effects.emphasis.empty() ||
                        std::find(current.begin(), current.end(), o) != current.end())
                        continue;
                    for (std::size_t a = 0; a < nA; ++a) {
                        const bool ratesAHighest = std::all_of(
                            effects.emphasis.begin(), effects.emphasis.end(), [&](const auto& eb) {
                                const auto& r = kb->evidence[eb.first].ratings;
                                return eb.second >= 0.0 &&
                                       r[a] == *std::max_element(r.begin(), r.end());
                            });
                        if (!ratesAHighest)
                            continue;
                        auto with = base;
                        auto choice = current;
                        if (question.kind == QuestionKind::Single)
                            choice = {o};
                        else
                            choice.insert(std::upper_bound(choice.begin(), choice.end(), o), o);
                        with.choices[q] = choice;
                        const auto before = evaluate(*kb, base, fast());
                        const auto after = evaluate(*kb, with, fast());
                        INFO(describe(*kb, with) << " alternative " << kb->alternatives[a].id);
                        for (std::size_t b = 0; b < nA; ++b) {
                            if (b == a)
                                continue;
                            for (std::size_t c = 0; c < kb->criteria.size(); ++c) {
                                const double gapBefore = before.alternatives[a].scores[c] -
                                                         before.alternatives[b].scores[c];
                                const double gapAfter = after.alternatives[a].scores[c] -
                                                        after.alternatives[b].scores[c];
                                CHECK(gapAfter >= gapBefore - 1e-12);
                            }
                            CHECK(after.alternatives[a].total - after.alternatives[b].total >=
                                  before.alternatives[a].total - before.alternatives[b].total -
                                      1e-12);
                            ++compared;
                        }
                    }
                }
            }
        }
        CHECK(compared > 100); // the property was exercised, not vacuously true
    }
}

TEST_CASE("emphasis moves scores by boost × (rating − mean rating) / 5", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    const auto base = evaluate(kb, AnswerSet::empty(kb), fast());
    const auto answers = test::answersFrom(kb, {{"answers", {{"architecture", "microservices"}}}});
    const auto ev = evaluate(kb, answers, fast());
    // microservices emphasises microservices_fit (8 vs 5) by 1.0: ±1 × (8 − 6.5) / 5 = ±0.3.
    const auto scalability = *kb.criterionIndex("scalability");
    CHECK(ev.alternatives[0].scores[scalability] - base.alternatives[0].scores[scalability] ==
          Approx(0.3).margin(1e-12));
    CHECK(ev.alternatives[1].scores[scalability] - base.alternatives[1].scores[scalability] ==
          Approx(-0.3).margin(1e-12));
    // No claim counts before an answer makes it apply: every score starts in the middle.
    for (std::size_t a = 0; a < 2; ++a)
        for (std::size_t c = 0; c < 4; ++c) {
            CHECK(base.alternatives[a].scores[c] == Approx(baseScore(kb, a, c)).margin(1e-12));
            CHECK(base.alternatives[a].scores[c] == kNeutralScore);
        }
}

TEST_CASE("the weight trace explains the weights exactly", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& answers : manyAnswerSets(kb)) {
        const auto ev = evaluate(kb, answers, fast());
        INFO(describe(kb, answers));
        std::vector<double> rebuilt = ev.baseWeights;
        for (const auto& t : ev.weightTrace) {
            rebuilt[t.criterion] += t.weightDelta;
            const auto& option = kb.questions[t.question].options[t.option];
            CHECK(t.rawDelta == option.effects.weightDeltas[t.criterion]);
            CHECK(t.fromDefault == !answers.answered(t.question));
            const auto& effective = answers.effective(kb, t.question);
            CHECK(std::find(effective.begin(), effective.end(), t.option) != effective.end());
        }
        for (std::size_t c = 0; c < kb.criteria.size(); ++c)
            CHECK(std::abs(rebuilt[c] - ev.weights[c]) <= 1e-12);
        // Every answer with a weight effect appears in the trace for the criteria it moves.
        for (std::size_t q = 0; q < kb.questions.size(); ++q)
            for (auto o : answers.effective(kb, q))
                for (std::size_t c = 0; c < kb.criteria.size(); ++c)
                    if (kb.questions[q].options[o].effects.weightDeltas[c] != 0.0)
                        CHECK(std::any_of(ev.weightTrace.begin(), ev.weightTrace.end(),
                                          [&](const WeightTraceEntry& t) {
                                              return t.question == q && t.option == o &&
                                                     t.criterion == c;
                                          }));
    }
}

TEST_CASE("the printed weight trace adds up to the printed weights", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& name : test::scenarioFileNames()) {
        INFO(name);
        const auto answers = test::scenarioAnswers(kb, name);
        const auto out = evaluationToJson(kb, answers, evaluate(kb, answers));
        if (out["weight_source"] != "answers") {
            CHECK(out["weight_trace"].empty()); // overridden weights owe nothing to answers
            continue;
        }
        for (const auto& [criterion, weight] : out["weights"].items()) {
            double sum = out["base_weights"][criterion].get<double>();
            int entries = 0;
            for (const auto& t : out["weight_trace"])
                if (t["criterion"] == criterion) {
                    sum += t["weight_delta"].get<double>();
                    ++entries;
                }
            // Each printed value is rounded to 1e-4, so the sum may drift by half of that each.
            CHECK(std::abs(sum - weight.get<double>()) <= 0.5e-4 * (entries + 2));
        }
    }
}

TEST_CASE("defaults_used lists exactly the unanswered questions", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& answers : manyAnswerSets(kb)) {
        const auto ev = evaluate(kb, answers, fast());
        std::vector<std::size_t> expected;
        for (std::size_t q = 0; q < kb.questions.size(); ++q)
            if (!answers.choices[q])
                expected.push_back(q);
        CHECK(ev.defaultsUsed == expected);
    }
    const auto explicitNull =
        test::answersFrom(kb, {{"answers", {{"team", nullptr}, {"growth", "rapid"}}}});
    const auto out = evaluationToJson(kb, explicitNull, evaluate(kb, explicitNull, fast()));
    CHECK(out["defaults_used"].size() == kb.questions.size() - 1);
    CHECK(std::find(out["defaults_used"].begin(), out["defaults_used"].end(), "team") !=
          out["defaults_used"].end());
    CHECK(std::find(out["defaults_used"].begin(), out["defaults_used"].end(), "growth") ==
          out["defaults_used"].end());
}

TEST_CASE("the reference scenarios give the article's answers", "[engine][scenario]") {
    const auto& kb = builtInKnowledgeBase();
    const auto nodejs = *kb.alternativeIndex("nodejs");
    const auto python = *kb.alternativeIndex("python");

    SECTION("a real-time chat startup with a JavaScript team: clearly Node.js") {
        const auto ev = evaluate(kb, test::scenarioAnswers(kb, "realtime-chat-js.json"));
        CHECK(ev.recommendation.winner == nodejs);
        CHECK(ev.recommendation.verdict == Verdict::Clear);
        CHECK(ev.recommendation.margin >= kClearMargin);
        CHECK_FALSE(ev.recommendation.hybrid.has_value());
        // An answers file from the first release: only the questions added since are defaulted.
        std::vector<std::string> defaulted;
        for (auto q : ev.defaultsUsed)
            defaulted.push_back(kb.questions[q].id);
        CHECK(defaulted == std::vector<std::string>{"priority", "existing_code", "org_standard"});
        // Its JavaScript team and front end agree with the article: both lenses say Node.js.
        CHECK(ev.article.winner == nodejs);
        CHECK(ev.situation.winner() == std::optional<std::size_t>(nodejs));
    }
    SECTION("an ML platform with a Python team: clearly Python") {
        const auto ev = evaluate(kb, test::scenarioAnswers(kb, "ml-platform-python.json"));
        CHECK(ev.recommendation.winner == python);
        CHECK(ev.recommendation.verdict == Verdict::Clear);
        CHECK(ev.recommendation.margin >= kClearMargin);
        CHECK_FALSE(ev.recommendation.hybrid.has_value());
    }
    SECTION("real-time collaboration with ML behind it: a close call with a hybrid") {
        const auto answers = test::scenarioAnswers(kb, "mixed-realtime-ml.json");
        const auto ev = evaluate(kb, answers);
        CHECK(ev.recommendation.verdict == Verdict::CloseCall);
        CHECK(ev.recommendation.useCasesSplit);
        REQUIRE(ev.recommendation.hybrid.has_value());
        CHECK_THAT(*ev.recommendation.hybrid, Catch::Contains("Node.js"));
        CHECK_THAT(*ev.recommendation.hybrid, Catch::Contains("Python"));
        const auto out = evaluationToJson(kb, answers, ev);
        CHECK(out["recommendation"]["verdict"] == "close_call");
        CHECK(out["recommendation"]["hybrid"].is_string());
    }
}

TEST_CASE("verdict thresholds", "[engine]") {
    CHECK(verdictFor(kClearMargin, kClearProbability) == Verdict::Clear);
    CHECK(verdictFor(5.0, kClearProbability - 0.01) == Verdict::Lean);
    CHECK(verdictFor(kClearMargin - 0.01, 1.0) == Verdict::Lean);
    CHECK(verdictFor(kLeanMargin, kLeanProbability) == Verdict::Lean);
    CHECK(verdictFor(kLeanMargin - 0.01, 1.0) == Verdict::CloseCall);
    CHECK(verdictFor(5.0, kLeanProbability - 0.01) == Verdict::CloseCall);
    CHECK(verdictId(Verdict::CloseCall) == "close_call");
}

TEST_CASE("a hybrid is suggested only where the kinds of work point to both stacks",
          "[engine][issue20]") {
    // Issue #20, item 9: a close call is no reason to run two stacks.
    const auto& kb = builtInKnowledgeBase();
    std::mt19937 rng(5);
    int closeCallsWithoutSplit = 0;
    for (int i = 0; i < 300; ++i) {
        const auto answers = test::randomAnswerSet(kb, rng);
        const auto ev = evaluate(kb, answers);
        INFO(describe(kb, answers));
        const auto& rec = ev.recommendation;
        CHECK(rec.hybrid.has_value() == rec.useCasesSplit);
        const auto out = evaluationToJson(kb, answers, ev);
        if (rec.hybrid) {
            REQUIRE(rec.hybridSource.has_value());
            CHECK(rec.hybridSource->outsideArticle);
            CHECK(out["recommendation"]["hybrid_source"]["outside_article"] == true);
        }
        if (rec.verdict == Verdict::CloseCall && !rec.tied && !rec.useCasesSplit) {
            ++closeCallsWithoutSplit;
            // Either fits; what would decide it is said instead.
            CHECK_THAT(out["recommendation"]["close_call"].get<std::string>(),
                       Catch::StartsWith("Either stack fits"));
        }
    }
    CHECK(closeCallsWithoutSplit > 0);
    // A Python team's small CRUD monolith: a close call, and no second runtime suggested.
    const auto crud = test::answersFrom(
        kb, {{"answers", {{"app_type", {"crud"}}, {"concurrency", "low"}, {"team", "python"}}}});
    const auto ev = evaluate(kb, crud);
    CHECK(kb.alternatives[ev.recommendation.winner].id == "python");
    CHECK_FALSE(ev.recommendation.hybrid.has_value());
}

TEST_CASE("nothing answered is a tie that names no winner and asks for answers", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    const auto ev = evaluate(kb, AnswerSet::empty(kb));
    const auto& rec = ev.recommendation;
    CHECK(rec.tied);
    CHECK(rec.margin == 0.0);
    CHECK(rec.verdict == Verdict::CloseCall);
    // Nothing points either way yet, so splitting the work would be advice without a reason.
    CHECK_FALSE(rec.hybrid.has_value());
    CHECK(ev.reasons.empty());
    // Every weighting around the current weights ties too: no side wins a sample.
    CHECK(ev.sensitivity.monteCarlo.tiedShare == 1.0);
    CHECK(ev.sensitivity.monteCarlo.winProbability[0] == 0.5);
    CHECK(ev.sensitivity.monteCarlo.winProbability[1] == 0.5);
    for (const auto& p : ev.sensitivity.flipPoints) {
        CHECK(p.tiedNow);
        CHECK_FALSE(p.flipsAt.has_value());
    }
    // Every answer that gives a side the lead is listed as one that would decide it.
    CHECK(ev.sensitivity.answerFlips.size() > 10);
    const auto out = evaluationToJson(kb, AnswerSet::empty(kb), ev);
    CHECK(out["recommendation"]["winner"].is_null());
    CHECK(out["recommendation"]["tied"] == json::array({"nodejs", "python"}));
    CHECK(out["recommendation"]["confidence"].is_null());
    CHECK_THAT(out["recommendation"]["headline"].get<std::string>(),
               Catch::StartsWith("No stack is ahead"));
    CHECK_THAT(out["recommendation"]["undecided"]["citation"]["quote"].get<std::string>(),
               Catch::Contains("depends on the specific needs of your project"));
}

TEST_CASE("a tie between answers that pull both ways says who each weight would favour",
          "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    // Chat and data analysis apply mirror-image claims on use-case fit, and the rest of each
    // lands on another criterion: Node.js on performance, Python on the ecosystem.
    const auto answers = test::answersFrom(kb, {{"answers", {{"app_type", {"chat", "data"}}}}});
    const auto ev = evaluate(kb, answers);
    REQUIRE(ev.recommendation.tied);
    CHECK(ev.recommendation.hybrid.has_value()); // the use cases split
    const auto performance = *kb.criterionIndex("performance");
    const auto ecosystem = *kb.criterionIndex("ecosystem");
    const auto& p = ev.sensitivity.flipPoints[performance];
    CHECK(p.tiedNow);
    REQUIRE(p.newWinner.has_value());
    REQUIRE(p.winnerIfLess.has_value());
    CHECK(kb.alternatives[*p.newWinner].id == "nodejs");
    CHECK(kb.alternatives[*p.winnerIfLess].id == "python");
    const auto& e = ev.sensitivity.flipPoints[ecosystem];
    CHECK(kb.alternatives[*e.newWinner].id == "python");
    CHECK(flipSentence(kb, ev, p) == "It is a tie now: Node.js would win if performance weighed "
                                     "more than 0.25, Python if it weighed less.");
    // The samples around equal weights split between the two.
    const auto& mc = ev.sensitivity.monteCarlo;
    CHECK(mc.winProbability[0] > 0.3);
    CHECK(mc.winProbability[1] > 0.3);
}

TEST_CASE("an answer the article is silent on is said to change nothing", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = test::answersFrom(
        kb, {{"answers", {{"architecture", "serverless"}, {"app_type", {"crud", "chat"}}}}});
    const auto ev = evaluate(kb, answers);
    REQUIRE(ev.silentAnswers.size() == 2);
    CHECK(kb.questions[ev.silentAnswers[0].question].id == "app_type");
    const auto out = evaluationToJson(kb, answers, ev);
    REQUIRE(out["silent_answers"].size() == 2);
    CHECK(out["silent_answers"][1]["option"] == "serverless");
    CHECK_THAT(
        out["silent_answers"][1]["sentence"].get<std::string>(),
        Catch::StartsWith("The article says nothing about \u201cServerless functions\u201d"));
    // Neutral defaults answered explicitly are not "silent": they are the neutral choice.
    const auto neutral = test::answersFrom(kb, {{"answers", {{"architecture", "monolith"}}}});
    CHECK(evaluate(kb, neutral, fast()).silentAnswers.empty());
}

TEST_CASE("reasons: supporting first, strongest first, each cited", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    auto sets = manyAnswerSets(kb, 100);
    for (const auto& name : test::scenarioFileNames())
        sets.push_back(test::scenarioAnswers(kb, name));
    for (const auto& answers : sets) {
        const auto ev = evaluate(kb, answers, fast());
        INFO(describe(kb, answers));
        // Only a set that applies no claim at all has nothing to give as a reason.
        // A group applies the claims its voters' answers apply.
        std::vector<const AnswerSet*> voters{&answers};
        for (const auto& r : answers.respondents)
            if (r.weight > 0.0)
                voters.push_back(&r.answers);
        bool appliesClaims = false;
        for (const auto* voter : voters)
            for (std::size_t q = 0; q < kb.questions.size(); ++q)
                for (auto o : voter->effective(kb, q))
                    appliesClaims =
                        appliesClaims || !kb.questions[q].options[o].effects.emphasis.empty();
        if (!appliesClaims) {
            CHECK(ev.reasons.empty());
            continue;
        }
        REQUIRE_FALSE(ev.reasons.empty());
        bool supporting = true;
        double previous = INFINITY;
        for (const auto& r : ev.reasons) {
            if (supporting && r.impact <= 0) {
                supporting = false;
                previous = INFINITY;
            }
            CHECK((r.impact > 0) == supporting); // no supporting reason after an opposing one
            CHECK(std::abs(r.impact) <= previous);
            previous = std::abs(r.impact);
            const auto& item = kb.evidence[r.evidence];
            CHECK_FALSE(item.source.title.empty());
            CHECK((item.source.outsideArticle ? item.source.url : item.source.quote).size() > 0);
            for (const auto& ref : r.emphasisedBy) {
                // A group's answers are its voters': one of them answered the question.
                CHECK(std::any_of(voters.begin(), voters.end(), [&](const AnswerSet* voter) {
                    return voter->answered(ref.question);
                }));
                // The answer applied the claim, or made the kinds of work's claims count more.
                const auto& effects = kb.questions[ref.question].options[ref.option].effects;
                CHECK((effects.amplify > 0.0 ||
                       std::any_of(effects.emphasis.begin(), effects.emphasis.end(),
                                   [&](const auto& eb) { return eb.first == r.evidence; })));
            }
        }
        // The reasons explain the margin: the article's and the situation's impacts add up to
        // it (items below the 0.005 reporting threshold aside).
        double sum = 0.0;
        for (const auto& r : ev.reasons)
            sum += r.impact;
        for (const auto& r : ev.situation.reasons)
            sum += r.impact;
        CHECK(sum == Approx(ev.recommendation.margin)
                         .margin(0.005 * (kb.evidence.size() + kb.situation.facts.size())));
    }
}

TEST_CASE("reasons in the JSON carry evidence ids and a full citation", "[engine]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = test::scenarioAnswers(kb, "realtime-chat-js.json");
    const auto out = evaluationToJson(kb, answers, evaluate(kb, answers));
    REQUIRE_FALSE(out["reasons"].empty());
    CHECK(out["reasons"][0]["supports_winner"] == true);
    for (const auto& r : out["reasons"]) {
        INFO(r.dump());
        REQUIRE(r["evidence"].is_array());
        REQUIRE_FALSE(r["evidence"].empty());
        const auto id = r["evidence"][0].get<std::string>();
        // The article's lens cites its evidence; the situation's, a fact from another source.
        if (r["lens"] == "situation") {
            CHECK(kb.factIndex(id).has_value());
            CHECK(r["criterion"].is_null());
            CHECK(r["outside_article"] == true);
            CHECK(r["because"].size() == 1);
        } else {
            CHECK(r["lens"] == "article");
            CHECK(kb.evidenceIndex(id).has_value());
        }
        CHECK_FALSE(r["text"].get<std::string>().empty());
        CHECK(r["outside_article"] == r["citation"]["outside_article"]);
        if (r["outside_article"] == true) {
            // Team familiarity: another source, named, and marked wherever it is cited.
            CHECK_THAT(r["citation"]["url"].get<std::string>(), Catch::StartsWith("https://"));
            CHECK_THAT(r["citation"]["text"].get<std::string>(),
                       Catch::StartsWith("outside the article: "));
            continue;
        }
        CHECK(r["citation"]["title"] == "Node.js vs Python Backend: Which One Should You Choose?");
        CHECK(r["citation"]["date"] == "2025-04-24");
        CHECK_FALSE(r["citation"]["section"].get<std::string>().empty());
        const auto quote = r["citation"]["quote"].get<std::string>();
        CHECK(quote.size() >= 20);
        CHECK_THAT(r["citation"]["text"].get<std::string>(), Catch::Contains("2025-04-24"));
        CHECK_THAT(r["citation"]["text"].get<std::string>(), Catch::Contains(quote));
    }
}
