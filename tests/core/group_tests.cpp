// Group decisions (issue #14): the required properties over many random groups (respondent
// order changes nothing, N identical respondents give the one-person result exactly, a
// zero-weight respondent changes nothing), the consensus figure against independently computed
// values, the aggregation of weights and pairwise judgements, the tally and its "split", and
// decisive disagreements against brute force.
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/group/group_explanations.h"
#include "core/group/group_input.h"
#include "core/group/group_result.h"
#include "core/group/group_weights.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/ahp.h"
#include "test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace advisor;
using nlohmann::json;

namespace {

const KnowledgeBase& kb() {
    return builtInKnowledgeBase();
}

// Fewer Monte Carlo samples than the default keep hundreds of evaluations quick; the
// properties do not depend on the count.
EngineOptions quick() {
    EngineOptions options;
    options.monteCarlo.samples = 400;
    return options;
}

// "P3". Not "P" + std::to_string(i): GCC 12's optimiser warns (-Wrestrict) about its own
// inlined insert there, and the release build treats warnings as errors.
std::string numbered(const char* prefix, std::size_t i) {
    std::string name(prefix);
    name += std::to_string(i);
    return name;
}

Respondent person(const std::string& name, AnswerSet answers, double weight = 1.0) {
    Respondent r;
    r.name = name;
    r.weight = weight;
    r.answers = std::move(answers);
    return r;
}

AnswerSet groupOf(std::vector<Respondent> people) {
    auto group = AnswerSet::empty(kb());
    group.respondents = std::move(people);
    return group;
}

// Random judgements on Saaty's scale, reciprocal.
PairwiseJudgements randomJudgements(std::mt19937& rng) {
    const std::size_t n = kb().criteria.size();
    PairwiseJudgements p;
    p.matrix.assign(n, std::vector<double>(n, 1.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double v = 1.0 + static_cast<double>(rng() % 9);
            p.matrix[i][j] = rng() % 2 ? v : 1.0 / v;
            p.matrix[j][i] = 1.0 / p.matrix[i][j];
        }
    return p;
}

// Random answers, and now and then direct weights or pairwise judgements instead of the
// answers' own weights.
AnswerSet randomPerson(std::mt19937& rng) {
    auto answers = test::randomAnswerSet(kb(), rng);
    switch (rng() % 5) {
    case 0: {
        // Now and then a criterion weighed 0.
        std::vector<double> w(kb().criteria.size());
        for (auto& x : w)
            x = static_cast<double>(rng() % 6);
        w.front() += 1.0;
        answers.weights = w;
        break;
    }
    case 1:
        answers.pairwise = randomJudgements(rng);
        break;
    default:
        break;
    }
    return answers;
}

// A random group of 2..6 people with voting weights 0.5..3 (all voting).
AnswerSet randomGroup(std::mt19937& rng) {
    std::vector<Respondent> people;
    const std::size_t n = 2 + rng() % 5;
    for (std::size_t i = 0; i < n; ++i)
        people.push_back(
            person(numbered("P", i), randomPerson(rng), 0.5 * static_cast<double>(1 + rng() % 6)));
    return groupOf(std::move(people));
}

// The --json document without what only a group has.
std::string withoutGroupFields(const AnswerSet& answers, const Evaluation& ev) {
    auto doc = evaluationToJson(kb(), answers, ev);
    for (const char* key : {"respondents", "tally", "consensus", "disagreements"})
        doc.erase(key);
    // A group's situation also lists the facts its respondents dispute.
    doc["situation"].erase("disputed");
    return doc.dump(2);
}

// A group's document as one person's would say it: its reasons name "the group's answers".
std::string inOnePersonsWords(std::string doc) {
    const std::string group = "because of the group's answer";
    const std::string one = "because of your answer";
    bool replaced = false;
    for (auto at = doc.find(group); at != std::string::npos; at = doc.find(group, at)) {
        doc.replace(at, group.size(), one);
        replaced = true;
    }
    // Every document the test compares has reasons with answers behind them, or none.
    if (!replaced)
        CHECK(doc.find(one) == std::string::npos);
    return doc;
}

// Everything of the result that must be identical, compared exactly (no rounding).
void requireSameResult(const Evaluation& a, const Evaluation& b) {
    REQUIRE(a.weights == b.weights);
    REQUIRE(a.weightSource == b.weightSource);
    REQUIRE(a.recommendation.winner == b.recommendation.winner);
    REQUIRE(a.recommendation.tied == b.recommendation.tied);
    REQUIRE(a.recommendation.margin == b.recommendation.margin);
    REQUIRE(a.recommendation.verdict == b.recommendation.verdict);
    REQUIRE(a.alternatives.size() == b.alternatives.size());
    for (std::size_t i = 0; i < a.alternatives.size(); ++i) {
        REQUIRE(a.alternatives[i].alternative == b.alternatives[i].alternative);
        REQUIRE(a.alternatives[i].scores == b.alternatives[i].scores);
        REQUIRE(a.alternatives[i].total == b.alternatives[i].total);
    }
    REQUIRE(a.reasons.size() == b.reasons.size());
    for (std::size_t i = 0; i < a.reasons.size(); ++i) {
        REQUIRE(a.reasons[i].evidence == b.reasons[i].evidence);
        REQUIRE(a.reasons[i].impact == b.reasons[i].impact);
    }
    const auto& fa = a.sensitivity.answerFlips;
    const auto& fb = b.sensitivity.answerFlips;
    REQUIRE(fa.size() == fb.size());
    for (std::size_t i = 0; i < fa.size(); ++i) {
        REQUIRE(fa[i].question == fb[i].question);
        REQUIRE(fa[i].option == fb[i].option);
        REQUIRE(fa[i].removes == fb[i].removes);
        REQUIRE(fa[i].newWinner == fb[i].newWinner);
    }
    REQUIRE(a.sensitivity.monteCarlo.winProbability == b.sensitivity.monteCarlo.winProbability);
}

// A disagreement's answers by content, who gave each by name (sorted), so two orders of the
// same people compare equal.
struct AnswerKey {
    std::optional<std::vector<std::size_t>> choice;
    std::vector<std::string> names;
    std::size_t winnerIfAll;
    bool tiedIfAll;
    double leadIfAll;
    bool changesResult;
    bool operator==(const AnswerKey&) const = default;
};

std::vector<AnswerKey> answerKeys(const AnswerSet& decision, const Disagreement& d) {
    std::vector<AnswerKey> keys;
    for (const auto& a : d.answers) {
        std::vector<std::string> names;
        for (auto r : a.respondents)
            names.push_back(decision.respondents[r].name);
        std::sort(names.begin(), names.end());
        keys.push_back({a.choice, names, a.winnerIfAll, a.tiedIfAll, a.leadIfAll, a.changesResult});
    }
    return keys;
}

const RespondentResult& ownResultOf(const AnswerSet& decision, const Evaluation& ev,
                                    const std::string& name) {
    for (std::size_t i = 0; i < decision.respondents.size(); ++i)
        if (decision.respondents[i].name == name)
            return ev.group->respondents[i];
    FAIL("no respondent named " << name);
    return ev.group->respondents.front();
}

AnswerSet scenario(const std::string& file) {
    return test::scenarioAnswers(kb(), file);
}

} // namespace

TEST_CASE("respondent order changes nothing", "[group]") {
    std::mt19937 rng(14);
    for (int round = 0; round < 40; ++round) {
        const auto group = randomGroup(rng);
        auto shuffled = group;
        std::shuffle(shuffled.respondents.begin(), shuffled.respondents.end(), rng);
        std::reverse(shuffled.respondents.begin(), shuffled.respondents.end());
        INFO("round " << round << ", " << group.respondents.size() << " respondents");
        const auto a = evaluate(kb(), group, quick());
        const auto b = evaluate(kb(), shuffled, quick());
        requireSameResult(a, b);
        REQUIRE(withoutGroupFields(group, a) == withoutGroupFields(shuffled, b));

        const auto& ta = a.group->tally;
        const auto& tb = b.group->tally;
        REQUIRE(ta.favour == tb.favour);
        REQUIRE(ta.favourWeight == tb.favourWeight);
        REQUIRE(ta.undecided == tb.undecided);
        REQUIRE(ta.majority == tb.majority);
        REQUIRE(ta.split == tb.split);
        REQUIRE(a.group->consensus.has_value() == b.group->consensus.has_value());
        if (a.group->consensus)
            REQUIRE(a.group->consensus->value == b.group->consensus->value);
        for (const auto& r : group.respondents) {
            const auto& oa = ownResultOf(group, a, r.name);
            const auto& ob = ownResultOf(shuffled, b, r.name);
            REQUIRE(oa.weights == ob.weights);
            REQUIRE(oa.margin == ob.margin);
        }
        REQUIRE(a.group->disagreements.size() == b.group->disagreements.size());
        for (std::size_t i = 0; i < a.group->disagreements.size(); ++i) {
            const auto& da = a.group->disagreements[i];
            const auto& db = b.group->disagreements[i];
            REQUIRE(da.question == db.question);
            REQUIRE(da.decisive == db.decisive);
            REQUIRE(da.swing == db.swing);
            REQUIRE(answerKeys(group, da) == answerKeys(shuffled, db));
        }
    }
}

TEST_CASE("N identical respondents give the one-person result exactly", "[group]") {
    std::mt19937 rng(1400);
    std::vector<AnswerSet> people;
    for (const auto& file : test::scenarioFileNames()) {
        const auto answers = scenario(file);
        if (!answers.isGroup() && !answers.lab)
            people.push_back(answers);
    }
    for (int i = 0; i < 60; ++i)
        people.push_back(randomPerson(rng));
    for (std::size_t p = 0; p < people.size(); ++p) {
        auto one = people[p];
        one.title.clear();
        one.notes.clear();
        const auto alone = evaluate(kb(), one, quick());
        for (std::size_t n : {1u, 2u, 3u, 5u}) {
            std::vector<Respondent> copies;
            for (std::size_t i = 0; i < n; ++i)
                copies.push_back(
                    person(numbered("P", i), one, 0.5 * static_cast<double>(1 + rng() % 6)));
            const auto group = groupOf(std::move(copies));
            INFO("person " << p << ", " << n << " copies");
            const auto together = evaluate(kb(), group, quick());
            requireSameResult(alone, together);
            // Word for word, but for whose answers the reasons name: the group's, not "your".
            REQUIRE(withoutGroupFields(one, alone) ==
                    inOnePersonsWords(withoutGroupFields(group, together)));
            REQUIRE(together.group->disagreements.empty());
            REQUIRE(together.group->tally.favour[alone.recommendation.winner] ==
                    (alone.recommendation.tied ? 0 : n));
            if (n >= 2)
                REQUIRE(together.group->consensus->value == 1.0);
        }
    }
}

TEST_CASE("a respondent with voting weight 0 changes nothing", "[group]") {
    std::mt19937 rng(1401);
    for (int round = 0; round < 40; ++round) {
        const auto group = randomGroup(rng);
        auto withObserver = group;
        const auto at = rng() % (group.respondents.size() + 1);
        withObserver.respondents.insert(withObserver.respondents.begin() +
                                            static_cast<std::ptrdiff_t>(at),
                                        person("Observer", randomPerson(rng), 0.0));
        INFO("round " << round);
        const auto a = evaluate(kb(), group, quick());
        const auto b = evaluate(kb(), withObserver, quick());
        requireSameResult(a, b);
        REQUIRE(withoutGroupFields(group, a) == withoutGroupFields(withObserver, b));
        REQUIRE(a.group->tally.favour == b.group->tally.favour);
        REQUIRE(a.group->tally.voters == b.group->tally.voters);
        REQUIRE(a.group->tally.split == b.group->tally.split);
        REQUIRE(a.group->consensus->value == b.group->consensus->value);
        REQUIRE_FALSE(ownResultOf(withObserver, b, "Observer").votes);
        // Every answer a voter gave is still there, with the same effect had everyone given it.
        for (const auto& da : a.group->disagreements) {
            const auto db =
                std::find_if(b.group->disagreements.begin(), b.group->disagreements.end(),
                             [&](const Disagreement& d) { return d.question == da.question; });
            REQUIRE(db != b.group->disagreements.end());
            for (const auto& answer : da.answers) {
                const auto match =
                    std::find_if(db->answers.begin(), db->answers.end(),
                                 [&](const GroupAnswer& g) { return g.choice == answer.choice; });
                REQUIRE(match != db->answers.end());
                REQUIRE(match->winnerIfAll == answer.winnerIfAll);
                REQUIRE(match->leadIfAll == answer.leadIfAll);
                REQUIRE(match->changesResult == answer.changesResult);
            }
        }
    }
}

TEST_CASE("relative homogeneity matches the independent reference", "[group]") {
    // Values from tests/core/consensus_reference.py, written from AHP-OS's definition
    // independently of core/group_weights.cpp:
    //   python3 tests/core/consensus_reference.py
    struct Case {
        const char* name;
        std::vector<std::vector<double>> weights;
        std::vector<double> votes;
        double expected;
    };
    const std::vector<Case> cases = {
        {"two who agree", {{0.4, 0.3, 0.2, 0.1}, {0.4, 0.3, 0.2, 0.1}}, {1, 1}, 1.000000000000},
        {"two opposite", {{0.7, 0.1, 0.1, 0.1}, {0.1, 0.1, 0.1, 0.7}}, {1, 1}, 0.701851979606},
        {"three mixed",
         {{0.4, 0.3, 0.2, 0.1}, {0.25, 0.25, 0.25, 0.25}, {0.1, 0.2, 0.3, 0.4}},
         {1, 1, 1},
         0.908665423114},
        {"each on one criterion",
         {{0.97, 0.01, 0.01, 0.01},
          {0.01, 0.97, 0.01, 0.01},
          {0.01, 0.01, 0.97, 0.01},
          {0.01, 0.01, 0.01, 0.97}},
         {1, 1, 1, 1},
         0.060860805916},
        {"weighted votes",
         {{0.5, 0.2, 0.2, 0.1}, {0.1, 0.2, 0.3, 0.4}, {0.3, 0.3, 0.2, 0.2}},
         {2.0, 1.0, 0.5},
         0.874654337286},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        REQUIRE(relativeHomogeneity(c.weights, c.votes) == Approx(c.expected).margin(1e-11));
    }
}

TEST_CASE("a group's consensus is the reference value of its respondents' weights", "[group]") {
    // "engine: direct weights, votes 2/1/1" in tests/core/consensus_reference.py.
    auto direct = [](std::vector<double> w) {
        auto answers = AnswerSet::empty(kb());
        answers.weights = std::move(w);
        return answers;
    };
    const auto group =
        groupOf({person("Ana", direct({4, 3, 2, 1}), 2.0), person("Ben", direct({1, 2, 3, 4})),
                 person("Chloé", direct({1, 1, 1, 1}))});
    const auto ev = evaluate(kb(), group, quick());
    REQUIRE(ev.group->consensus);
    REQUIRE(ev.group->consensus->value == Approx(0.905442322581).margin(1e-11));
    REQUIRE(ev.group->consensus->level == ConsensusLevel::VeryHigh);
    // One voter alone has no consensus to speak of.
    const auto alone = evaluate(kb(), groupOf({person("Ana", direct({4, 3, 2, 1}))}), quick());
    REQUIRE_FALSE(alone.group->consensus);
}

TEST_CASE("consensus words change at AHP-OS's boundaries", "[group]") {
    const std::vector<std::pair<double, ConsensusLevel>> cases = {
        {0.0, ConsensusLevel::VeryLow},     {0.5, ConsensusLevel::VeryLow},
        {0.5001, ConsensusLevel::Low},      {0.625, ConsensusLevel::Low},
        {0.6251, ConsensusLevel::Moderate}, {0.75, ConsensusLevel::Moderate},
        {0.7501, ConsensusLevel::High},     {0.875, ConsensusLevel::High},
        {0.8751, ConsensusLevel::VeryHigh}, {1.0, ConsensusLevel::VeryHigh},
    };
    for (const auto& [value, level] : cases) {
        INFO(value);
        REQUIRE(consensusLevel(value) == level);
    }
    REQUIRE(consensusWords(ConsensusLevel::VeryLow) == "very low");
    REQUIRE(consensusWords(ConsensusLevel::Low) == "low");
    REQUIRE(consensusWords(ConsensusLevel::Moderate) == "moderate");
    REQUIRE(consensusWords(ConsensusLevel::High) == "high");
    REQUIRE(consensusWords(ConsensusLevel::VeryHigh) == "very high");
    REQUIRE(consensusSentence({0.72, ConsensusLevel::Moderate}) ==
            "Agreement on the weights: 72% (moderate).");
}

TEST_CASE("group weights are the voting-weighted geometric mean, normalised", "[group]") {
    auto direct = [](std::vector<double> w) {
        auto answers = AnswerSet::empty(kb());
        answers.weights = std::move(w);
        return answers;
    };
    const std::vector<std::vector<double>> given = {
        {0.4, 0.3, 0.2, 0.1}, {0.1, 0.2, 0.3, 0.4}, {0.25, 0.25, 0.4, 0.1}};
    const std::vector<double> votes = {1.0, 3.0, 0.5};
    const auto ev = evaluate(
        kb(),
        groupOf({person("A", direct(given[0]), votes[0]), person("B", direct(given[1]), votes[1]),
                 person("C", direct(given[2]), votes[2])}),
        quick());
    std::vector<double> expected(4);
    double sum = 0.0;
    for (std::size_t c = 0; c < 4; ++c) {
        expected[c] = std::pow(given[0][c], 1.0 / 4.5) * std::pow(given[1][c], 3.0 / 4.5) *
                      std::pow(given[2][c], 0.5 / 4.5);
        sum += expected[c];
    }
    REQUIRE(ev.weightSource == WeightSource::Group);
    for (std::size_t c = 0; c < 4; ++c)
        REQUIRE(ev.weights[c] == Approx(expected[c] / sum).epsilon(1e-12));
}

TEST_CASE("a criterion one respondent weighs 0 weighs 0 for the group", "[group]") {
    auto direct = [](std::vector<double> w) {
        auto answers = AnswerSet::empty(kb());
        answers.weights = std::move(w);
        return answers;
    };
    SECTION("the geometric mean of a zero is zero") {
        const auto ev = evaluate(
            kb(),
            groupOf({person("A", direct({2, 1, 1, 0})), person("B", direct({1, 1, 1, 1}), 3.0)}),
            quick());
        const std::vector<double> expected = {std::pow(0.5, 0.25) * std::pow(0.25, 0.75),
                                              std::pow(0.25, 0.25) * std::pow(0.25, 0.75),
                                              std::pow(0.25, 0.25) * std::pow(0.25, 0.75), 0.0};
        const double sum = expected[0] + expected[1] + expected[2];
        for (std::size_t c = 0; c < 4; ++c)
            REQUIRE(ev.weights[c] == Approx(expected[c] / sum).margin(1e-12));
        REQUIRE(std::isfinite(ev.recommendation.margin));
    }
    SECTION("every criterion zeroed by someone: the voting-weighted arithmetic mean") {
        const auto ev = evaluate(
            kb(),
            groupOf({person("A", direct({1, 1, 0, 0})), person("B", direct({0, 0, 1, 1}), 3.0)}),
            quick());
        const std::vector<double> expected = {0.125, 0.125, 0.375, 0.375};
        for (std::size_t c = 0; c < 4; ++c)
            REQUIRE(ev.weights[c] == Approx(expected[c]).margin(1e-12));
        REQUIRE(std::isfinite(ev.recommendation.margin));
    }
}

TEST_CASE("pairwise judgements are combined by weighted geometric mean, with the group's CR",
          "[group]") {
    std::mt19937 rng(1402);
    for (int round = 0; round < 20; ++round) {
        const auto first = randomJudgements(rng);
        const auto second = randomJudgements(rng);
        auto answersWith = [](const PairwiseJudgements& p) {
            auto answers = AnswerSet::empty(kb());
            answers.pairwise = p;
            return answers;
        };
        const auto group =
            groupOf({person("A", answersWith(first), 1.0), person("B", answersWith(second), 2.0),
                     person("C", answersWith(randomJudgements(rng)), 0.0)});
        const auto ev = evaluate(kb(), group, quick());
        INFO("round " << round);
        REQUIRE(ev.weightSource == WeightSource::Pairwise);
        REQUIRE(ev.group->judgements);
        PairwiseJudgements expected = first;
        for (std::size_t i = 0; i < 4; ++i)
            for (std::size_t j = 0; j < 4; ++j)
                expected.matrix[i][j] =
                    std::cbrt(first.matrix[i][j] * second.matrix[i][j] * second.matrix[i][j]);
        for (std::size_t i = 0; i < 4; ++i)
            for (std::size_t j = 0; j < 4; ++j)
                REQUIRE(ev.group->judgements->matrix[i][j] ==
                        Approx(expected.matrix[i][j]).epsilon(1e-12));
        const auto ahp = analysePairwise(expected);
        REQUIRE(ev.ahp);
        REQUIRE(ev.ahp->consistencyRatio == Approx(ahp.consistencyRatio).margin(1e-12));
        for (std::size_t c = 0; c < 4; ++c)
            REQUIRE(ev.weights[c] == Approx(ahp.weights[c]).margin(1e-12));
        const auto doc = evaluationToJson(kb(), group, ev);
        REQUIRE(doc.at("ahp").at("consistency_ratio").get<double>() ==
                Approx(ahp.consistencyRatio).margin(1e-4));
    }
}

TEST_CASE("the tally counts who favours what, and a split group is called split", "[group]") {
    const auto js = scenario("realtime-chat-js.json");
    const auto mild = test::answersFrom(kb(), json{{"answers", {{"priority", "algorithms"}}}});

    SECTION("three of five for Node.js: split, though the aggregate is clear") {
        const auto group = groupOf({person("JS1", js), person("JS2", js), person("JS3", js),
                                    person("Py1", mild), person("Py2", mild)});
        const auto ev = evaluate(kb(), group);
        REQUIRE(kb().alternatives[ev.recommendation.winner].id == "nodejs");
        REQUIRE(ev.recommendation.verdict == Verdict::Clear);
        const auto& t = ev.group->tally;
        REQUIRE(t.voters == 5);
        REQUIRE(t.split);
        REQUIRE_FALSE(t.majority);
        REQUIRE(tallySentence(kb(), t, ev) ==
                "The group is split: 3 of 5 favour Node.js and 2 favour Python.");
    }
    SECTION("four of five: united, not split") {
        const auto group = groupOf({person("JS1", js), person("JS2", js), person("JS3", js),
                                    person("JS4", js), person("Py1", mild)});
        const auto ev = evaluate(kb(), group, quick());
        const auto& t = ev.group->tally;
        REQUIRE_FALSE(t.split);
        REQUIRE(t.majority == ev.recommendation.winner);
        REQUIRE(tallySentence(kb(), t, ev) == "4 of 5 favour Node.js and 1 favours Python.");
    }
    SECTION("voting weight, not heads: two thirds of the weight unite the group") {
        const auto group =
            groupOf({person("JS1", js, 4.0), person("Py1", mild), person("Py2", mild)});
        const auto ev = evaluate(kb(), group, quick());
        REQUIRE_FALSE(ev.group->tally.split);
        REQUIRE(ev.group->tally.favourWeight[*ev.group->tally.majority] ==
                Approx(4.0 / 6.0).epsilon(1e-12));
    }
    SECTION("the team file: 3 of 5 voters favour Node.js; the observer is not counted") {
        const auto group = scenario("team-group.json");
        const auto ev = evaluate(kb(), group, quick());
        REQUIRE(ev.group->tally.voters == 5);
        REQUIRE(tallySentence(kb(), ev.group->tally, ev) ==
                "3 of 5 favour Node.js and 2 favour Python.");
    }
}

TEST_CASE("a disagreement is decisive exactly when everyone giving one of its answers changes "
          "the result",
          "[group]") {
    std::mt19937 rng(1403);
    EngineOptions plain;
    plain.withSensitivity = false;
    int decisiveSeen = 0;
    std::vector<AnswerSet> groups = {scenario("team-group.json")};
    for (int i = 0; i < 25; ++i)
        groups.push_back(randomGroup(rng));
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& group = groups[g];
        const auto ev = evaluate(kb(), group, quick());
        const auto& rec = ev.recommendation;
        // The disagreements are exactly the questions answered differently in effect.
        std::set<std::size_t> differing;
        for (std::size_t q = 0; q < kb().questions.size(); ++q)
            for (const auto& r : group.respondents)
                if (r.answers.effective(kb(), q) !=
                    group.respondents.front().answers.effective(kb(), q))
                    differing.insert(q);
        std::set<std::size_t> listed;
        bool decisiveDone = false;
        for (const auto& d : ev.group->disagreements) {
            listed.insert(d.question);
            INFO("group " << g << ", question " << kb().questions[d.question].id);
            // Decisive first.
            if (!d.decisive)
                decisiveDone = true;
            REQUIRE((d.decisive ? !decisiveDone : true));
            bool anyChanges = false;
            for (const auto& a : d.answers) {
                auto everyone = group;
                for (auto& r : everyone.respondents)
                    r.answers.choices[d.question] = a.choice;
                const auto brute = evaluate(kb(), everyone, plain).recommendation;
                const bool changes =
                    brute.tied != rec.tied || (!rec.tied && brute.winner != rec.winner);
                REQUIRE(a.changesResult == changes);
                REQUIRE(a.tiedIfAll == brute.tied);
                if (!brute.tied)
                    REQUIRE(a.winnerIfAll == brute.winner);
                anyChanges = anyChanges || changes;
            }
            REQUIRE(d.decisive == anyChanges);
            decisiveSeen += d.decisive ? 1 : 0;
        }
        REQUIRE(listed == differing);
    }
    // The check must have seen decisive disagreements, not only harmless ones.
    REQUIRE(decisiveSeen >= 3);
}

TEST_CASE("a file without respondent.name is named after the file", "[group]") {
    auto answers = AnswerSet::empty(kb());
    REQUIRE(respondentNameFor(answers, "/some/where/Ana Lima.json") == "Ana Lima");
    REQUIRE(respondentNameFor(answers, "ben.JSON.json") == "ben.JSON");
    answers.respondent = RespondentInfo{"Chloé", "Data scientist"};
    REQUIRE(respondentNameFor(answers, "/x/whatever.json") == "Chloé");
}

TEST_CASE("bad groups are refused with the file and the field", "[group]") {
    test::TempDir dir;
    const auto ana = dir.write("ana.json", R"({"respondent": {"name": "Ana"},
        "answers": {"team": "python"}})");
    const auto ana2 = dir.write("ana-again.json", R"({"respondent": {"name": "Ana"},
        "answers": {"team": "javascript"}})");
    SECTION("the same name twice across files") {
        const auto group = loadGroup({ana, ana2}, kb());
        REQUIRE_FALSE(group);
        REQUIRE(group.error().file == ana2);
        REQUIRE(group.error().field == "/respondent/name");
    }
    SECTION("every voting weight 0") {
        const auto zero = dir.write("zero.json", R"({"respondents": [
            {"name": "A", "weight": 0, "answers": {}}, {"name": "B", "weight": 0, "answers": {}}]})");
        const auto answers = loadAnswers(zero, kb());
        REQUIRE_FALSE(answers);
        REQUIRE(answers.error().file == zero);
        REQUIRE(answers.error().field == "/respondents");
    }
    SECTION("more than 100 respondents across files") {
        json many = {{"respondents", json::array()}};
        for (int i = 0; i < 60; ++i)
            many["respondents"].push_back(
                {{"name", numbered("R", i)}, {"answers", json::object()}});
        const auto first = dir.write("first.json", many.dump());
        for (auto& r : many["respondents"])
            r["name"] = std::string("S").append(r["name"].get<std::string>());
        const auto second = dir.write("second.json", many.dump());
        const auto group = loadGroup({first, second}, kb());
        REQUIRE_FALSE(group);
        REQUIRE(group.error().file == second);
        REQUIRE(group.error().field == "respondents");
    }
    SECTION("a question the knowledge base does not have, in a respondent's answers") {
        const auto unknown = dir.write("unknown.json", R"({"respondents": [
            {"name": "A", "answers": {"team": "python"}},
            {"name": "B", "answers": {"language": "rust"}}]})");
        const auto answers = loadAnswers(unknown, kb());
        REQUIRE_FALSE(answers);
        REQUIRE(answers.error().file == unknown);
        REQUIRE(answers.error().field == "/respondents/1/answers/language");
    }
}
