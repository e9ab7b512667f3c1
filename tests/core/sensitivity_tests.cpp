// Sensitivity: closed-form flip points against brute force, the Monte Carlo's determinism,
// convergence and agreement with an independent Dirichlet sampler, the random number
// generators' distributions, and answer flips against an exhaustive search.
#include "core/base/random.h"
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/scoring_model.h"
#include "core/model/sensitivity.h"
#include "test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <tuple>

using namespace advisor;
using nlohmann::json;

namespace {

// Criterion k's weight set to t, the others keeping their proportions (sharing equally when
// they were all zero) — the one-way sensitivity the flip points describe.
std::vector<double> weightsAt(const std::vector<double>& w, std::size_t k, double t) {
    std::vector<double> out(w.size());
    const double rest = 1.0 - w[k];
    for (std::size_t c = 0; c < w.size(); ++c)
        out[c] = c == k         ? t
                 : rest > 1e-12 ? w[c] * (1.0 - t) / rest
                                : (1.0 - t) / static_cast<double>(w.size() - 1);
    return out;
}

// From a tie, each flip point says who leads just above and just below the current weight.
void checkTiedFlipPoints(const ScoreTable& table, const std::vector<FlipPoint>& points,
                         const std::string& label) {
    constexpr double kNudge = 1e-4;
    for (const auto& p : points) {
        INFO(label << " (tied), criterion " << p.criterion);
        CHECK(p.tiedNow);
        const double now = p.weightNow;
        const auto above = weightsAt(table.weights, p.criterion, std::min(1.0, now + kNudge));
        const auto below = weightsAt(table.weights, p.criterion, std::max(0.0, now - kNudge));
        if (p.newWinner) {
            CHECK_FALSE(table.leadTiedWith(above));
            CHECK(table.winnerWith(above) == *p.newWinner);
        } else if (now + kNudge <= 1.0) {
            CHECK(table.leadTiedWith(above));
        }
        if (p.winnerIfLess) {
            CHECK_FALSE(table.leadTiedWith(below));
            CHECK(table.winnerWith(below) == *p.winnerIfLess);
        } else if (now - kNudge >= 0.0) {
            CHECK(table.leadTiedWith(below));
        }
        CHECK(p.flipsAt.has_value() == (p.newWinner || p.winnerIfLess));
    }
}

// Checks every flip point of `table` against the winners on a grid of 20,001 weights.
void checkFlipPointsByBruteForce(const ScoreTable& table, const std::string& label) {
    const auto points = flipPoints(table);
    REQUIRE(points.size() == table.criteria);
    if (table.leadTied()) {
        checkTiedFlipPoints(table, points, label);
        return;
    }
    const std::size_t winner = table.winner();
    constexpr int kSteps = 20'000;
    constexpr double kStep = 1.0 / kSteps;
    for (const auto& p : points) {
        INFO(label << ", criterion " << p.criterion);
        CHECK(p.weightNow == table.weights[p.criterion]);
        // The nearest weight on the grid at which someone else wins.
        std::optional<double> nearest;
        std::size_t nearestWinner = winner;
        for (int i = 0; i <= kSteps; ++i) {
            const double t = i * kStep;
            const auto weights = weightsAt(table.weights, p.criterion, t);
            // Equal totals at one weight are where two lines meet, not a new winner.
            if (table.leadTiedWith(weights))
                continue;
            const auto w = table.winnerWith(weights);
            if (w != winner &&
                (!nearest || std::abs(t - p.weightNow) < std::abs(*nearest - p.weightNow))) {
                nearest = t;
                nearestWinner = w;
            }
        }
        if (!p.flipsAt) {
            CHECK_FALSE(p.newWinner.has_value());
            CHECK_FALSE(nearest.has_value());
            continue;
        }
        INFO("flips at " << *p.flipsAt << ", brute force " << (nearest ? *nearest : -1.0));
        CHECK(*p.flipsAt >= 0.0);
        CHECK(*p.flipsAt <= 1.0);
        REQUIRE(p.newWinner.has_value());
        CHECK(*p.newWinner != winner);
        // At the flip point the winner and the new winner tie.
        const auto atFlip = weightsAt(table.weights, p.criterion, *p.flipsAt);
        CHECK(table.totalWith(winner, atFlip) ==
              Approx(table.totalWith(*p.newWinner, atFlip)).margin(1e-9));
        if (nearest) {
            CHECK(std::abs(*nearest - *p.flipsAt) <= kStep + 1e-9);
            CHECK(nearestWinner == *p.newWinner);
        } else {
            // A crossing right at 0 or 1 that the grid only touches as a tie.
            CHECK((*p.flipsAt < kStep || *p.flipsAt > 1.0 - kStep));
        }
    }
}

std::vector<std::pair<std::string, AnswerSet>> labelledSets(const KnowledgeBase& kb,
                                                            int randomCount) {
    std::vector<std::pair<std::string, AnswerSet>> sets;
    for (const auto& name : test::scenarioFileNames())
        sets.emplace_back(name, test::scenarioAnswers(kb, name));
    std::mt19937 rng(2025);
    for (int i = 0; i < randomCount; ++i)
        sets.emplace_back("random set " + std::to_string(i), test::randomAnswerSet(kb, rng));
    return sets;
}

ScoreTable tableFor(const ScoringModel& model, const AnswerSet& answers) {
    const auto ev = evaluate(model.knowledgeBase(), answers, EngineOptions{{}, false});
    return model.score(answers, &ev.weights);
}

} // namespace

TEST_CASE("flip points match brute force", "[sensitivity]") {
    const auto three = test::threeAlternativeKnowledgeBase();
    for (const auto* kb : {&builtInKnowledgeBase(), &three}) {
        const ScoringModel model(*kb);
        int flips = 0;
        for (const auto& [label, answers] : labelledSets(*kb, 60)) {
            const auto table = tableFor(model, answers);
            checkFlipPointsByBruteForce(table, label);
            for (const auto& p : flipPoints(table))
                flips += p.flipsAt.has_value();
        }
        CHECK(flips > 10); // crossings were found, so they were checked
    }
}

TEST_CASE("flip points from a tie match brute force", "[sensitivity]") {
    const auto& kb = builtInKnowledgeBase();
    const ScoringModel model(kb);
    // Nothing answered ties everywhere; chat + data ties with Node.js ahead on performance and
    // Python on the ecosystem.
    for (const json& answers : {json::object(), json{{"app_type", {"chat", "data"}}}}) {
        const auto set = test::answersFrom(kb, {{"answers", answers}});
        const auto table = tableFor(model, set);
        REQUIRE(table.leadTied());
        checkFlipPointsByBruteForce(table, answers.dump());
    }
}

TEST_CASE("flip points with all weight on one criterion, or none", "[sensitivity]") {
    const auto& kb = builtInKnowledgeBase();
    const ScoringModel model(kb);
    const json overrides[] = {
        {{"performance", 1}},
        {{"use_case", 1}},
        {{"performance", 0}, {"scalability", 1}, {"ecosystem", 1}, {"use_case", 1}},
        {{"ecosystem", 0}, {"scalability", 1}, {"performance", 1}, {"use_case", 1}},
    };
    for (const auto& name : test::scenarioFileNames())
        for (const auto& weights : overrides) {
            auto answers = test::scenarioAnswers(kb, name);
            answers.weights =
                test::answersFrom(kb, {{"answers", json::object()}, {"weights", weights}}).weights;
            const std::string label = name + " with " + weights.dump();
            INFO(label);
            const auto ev = evaluate(kb, answers);
            const auto table = model.score(answers, &ev.weights);
            checkFlipPointsByBruteForce(table, label);
            for (const auto& p : ev.sensitivity.flipPoints) {
                CHECK(std::isfinite(p.weightNow));
                if (p.flipsAt)
                    CHECK(std::isfinite(*p.flipsAt));
            }
            // The JSON stays valid and every sentence is written.
            const auto out = evaluationToJson(kb, answers, ev);
            for (const auto& p : out["sensitivity"]["flip_points"])
                CHECK_FALSE(p["sentence"].get<std::string>().empty());
            const auto& mc = ev.sensitivity.monteCarlo.winProbability;
            CHECK(mc[0] + mc[1] == Approx(1.0).margin(1e-12));
            CHECK(std::isfinite(mc[0]));
        }
}

TEST_CASE("a flip point sentence points the right way", "[sensitivity]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = test::scenarioAnswers(kb, "mixed-realtime-ml.json");
    const auto out = evaluationToJson(kb, answers, evaluate(kb, answers));
    for (const auto& p : out["sensitivity"]["flip_points"]) {
        INFO(p.dump());
        if (p["flips_at"].is_null())
            continue;
        const bool under = p["flips_at"].get<double>() < p["weight_now"].get<double>();
        CHECK_THAT(p["sentence"].get<std::string>(), Catch::Contains(under ? "under" : "over"));
    }
}

TEST_CASE("Monte Carlo is deterministic for a seed and converges", "[sensitivity]") {
    const auto& kb = builtInKnowledgeBase();
    const ScoringModel model(kb);
    const auto close = tableFor(model, test::scenarioAnswers(kb, "mixed-realtime-ml.json"));

    MonteCarloSettings settings;
    const auto first = monteCarlo(close, settings);
    const auto second = monteCarlo(close, settings);
    CHECK(first.winProbability == second.winProbability);
    CHECK(first.samples == 10'000);
    CHECK(first.seed == 42);
    CHECK(first.winProbability[0] + first.winProbability[1] == Approx(1.0).margin(1e-12));

    settings.seed = 43;
    const auto otherSeed = monteCarlo(close, settings);
    CHECK(otherSeed.winProbability != first.winProbability);
    CHECK(otherSeed.winProbability[0] + otherSeed.winProbability[1] == Approx(1.0).margin(1e-12));

    settings.seed = 42;
    settings.samples = 100'000;
    const auto many = monteCarlo(close, settings);
    CHECK(std::abs(many.winProbability[0] - first.winProbability[0]) < 0.02);
    CHECK(std::abs(many.winProbability[0] - otherSeed.winProbability[0]) < 0.02);
    // A close call really is uncertain.
    CHECK(many.winProbability[0] > 0.1);
    CHECK(many.winProbability[1] > 0.1);
}

TEST_CASE("Monte Carlo agrees with an independent Dirichlet sampler", "[sensitivity]") {
    // std::gamma_distribution on std::mt19937_64: a different generator and a different gamma
    // algorithm, so agreement checks the fast sampler's distribution, not its code.
    const auto& kb = builtInKnowledgeBase();
    const ScoringModel model(kb);
    for (const auto& name : test::scenarioFileNames()) {
        INFO(name);
        const auto table = tableFor(model, test::scenarioAnswers(kb, name));
        MonteCarloSettings settings;
        settings.samples = 100'000;
        const auto fast = monteCarlo(table, settings);

        std::mt19937_64 rng(7);
        std::vector<std::size_t> wins(table.alternatives, 0);
        std::vector<double> sample(table.criteria);
        for (std::size_t s = 0; s < settings.samples; ++s) {
            for (std::size_t c = 0; c < table.criteria; ++c) {
                std::gamma_distribution<double> gamma(
                    std::max(settings.concentration * table.weights[c], 0.05), 1.0);
                sample[c] = gamma(rng);
            }
            // Weights sum to 1: the situation's points are added to totals on that scale.
            const double sum = std::accumulate(sample.begin(), sample.end(), 0.0);
            for (double& w : sample)
                w /= sum;
            // A tied sample counts half for each.
            if (table.leadTiedWith(sample)) {
                wins[0] += 1;
                wins[1] += 1;
            } else {
                wins[table.winnerWith(sample)] += 2;
            }
        }
        for (std::size_t a = 0; a < table.alternatives; ++a)
            CHECK(fast.winProbability[a] ==
                  Approx(static_cast<double>(wins[a]) / (2.0 * settings.samples)).margin(0.01));
    }
}

TEST_CASE("a dominant winner wins nearly every Monte Carlo sample", "[sensitivity]") {
    const auto& kb = builtInKnowledgeBase();
    const auto chat = evaluate(kb, test::scenarioAnswers(kb, "realtime-chat-js.json"));
    CHECK(chat.sensitivity.monteCarlo.winProbability[*kb.alternativeIndex("nodejs")] > 0.99);
    const auto ml = evaluate(kb, test::scenarioAnswers(kb, "ml-platform-python.json"));
    CHECK(ml.sensitivity.monteCarlo.winProbability[*kb.alternativeIndex("python")] > 0.99);
}

TEST_CASE("the random number generators have the right distributions", "[sensitivity][random]") {
    constexpr int n = 400'000;
    SECTION("uniform on (0, 1)") {
        Xoshiro256 rng(1);
        double sum = 0.0;
        int below = 0;
        int outside = 0;
        for (int i = 0; i < n; ++i) {
            const double u = rng.uniform();
            outside += !(u > 0.0 && u < 1.0);
            sum += u;
            below += u < 0.1;
        }
        CHECK(outside == 0);
        CHECK(sum / n == Approx(0.5).margin(0.003));
        CHECK(static_cast<double>(below) / n == Approx(0.1).margin(0.003));
    }
    SECTION("the same seed gives the same stream, another seed another") {
        Xoshiro256 a(99), b(99), c(100);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const auto x = a.next();
            CHECK(x == b.next());
            differs = differs || x != c.next();
        }
        CHECK(differs);
    }
    SECTION("standard normal") {
        Xoshiro256 rng(2);
        double sum = 0.0;
        double squares = 0.0;
        int belowOne = 0;
        int belowMinusTwo = 0;
        int tail = 0; // beyond the ziggurat's base layer, r = 3.4426
        for (int i = 0; i < n; ++i) {
            const double x = standardNormal(rng);
            sum += x;
            squares += x * x;
            belowOne += x < 1.0;
            belowMinusTwo += x < -2.0;
            tail += std::abs(x) > 3.442619855899;
        }
        CHECK(sum / n == Approx(0.0).margin(0.008));
        CHECK(squares / n == Approx(1.0).margin(0.012));
        CHECK(static_cast<double>(belowOne) / n == Approx(0.841345).margin(0.003));
        CHECK(static_cast<double>(belowMinusTwo) / n == Approx(0.022750).margin(0.0012));
        CHECK(static_cast<double>(tail) / n == Approx(0.000576).margin(0.0002));
    }
    SECTION("gamma: mean, variance and one point of the distribution function") {
        struct Case {
            double shape;
            double x;   // a point where the CDF is known in closed form
            double cdf; // P(X < x)
        };
        const Case cases[] = {
            {0.5, 0.5, 0.682689}, // Gamma(1/2) = chi-square(1) / 2: P(|Z| < 1)
            {1.0, 1.0, 0.632121}, // exponential: 1 − e⁻¹
            {2.0, 1.0, 0.264241}, // 1 − 2e⁻¹
            {3.0, 2.0, 0.323324}, // 1 − e⁻²(1 + 2 + 2)
        };
        Xoshiro256 rng(3);
        for (const auto& c : cases) {
            INFO("shape " << c.shape);
            double sum = 0.0;
            double squares = 0.0;
            int below = 0;
            int invalid = 0;
            for (int i = 0; i < n; ++i) {
                const double g = gammaSample(rng, c.shape);
                invalid += !(g > 0.0 && std::isfinite(g));
                sum += g;
                squares += g * g;
                below += g < c.x;
            }
            CHECK(invalid == 0);
            const double mean = sum / n;
            const double variance = squares / n - mean * mean;
            CHECK(mean == Approx(c.shape).margin(6 * std::sqrt(c.shape / n)));
            CHECK(variance == Approx(c.shape).epsilon(0.03));
            CHECK(static_cast<double>(below) / n == Approx(c.cdf).margin(0.004));
        }
    }
    SECTION("gamma with a tiny shape, as for a zero weight") {
        Xoshiro256 rng(4);
        double sum = 0.0;
        int invalid = 0;
        for (int i = 0; i < n; ++i) {
            const double g = gammaSample(rng, 0.05);
            invalid += !(g >= 0.0 && std::isfinite(g));
            sum += g;
        }
        CHECK(invalid == 0);
        CHECK(sum / n == Approx(0.05).margin(0.003));
    }
}

TEST_CASE("answer flips are exactly the single changes that change the winner, or from a tie "
          "decide it",
          "[sensitivity]") {
    const auto three = test::threeAlternativeKnowledgeBase();
    for (const auto* kb : {&builtInKnowledgeBase(), &three}) {
        auto sets = labelledSets(*kb, 40);
        // Fixed weights too: then only the scores move.
        for (std::size_t i = 0; i < 4; ++i) {
            auto fixed = sets[i].second;
            fixed.pairwise.reset();
            fixed.weights = std::vector<double>{0.4, 0.1, 0.3, 0.2};
            sets.emplace_back(sets[i].first + " with fixed weights", fixed);
        }
        std::size_t reportedTotal = 0;
        for (const auto& [label, answers] : sets) {
            INFO(label);
            // A group's answers are its respondents'; which of them can change the group's winner
            // is the group tests' business (tests/core/group_tests.cpp).
            if (answers.isGroup())
                continue;
            const auto ev = evaluate(*kb, answers);
            const auto winner = ev.recommendation.winner;
            const bool tied = ev.recommendation.tied;

            using Flip = std::tuple<std::size_t, std::size_t, bool, std::size_t>;
            std::set<Flip> reported;
            for (const auto& f : ev.sensitivity.answerFlips)
                reported.insert({f.question, f.option, f.removes, f.newWinner});
            CHECK(reported.size() == ev.sensitivity.answerFlips.size());
            reportedTotal += reported.size();

            // Every single change, applied through the answers file format as a user would.
            std::set<Flip> found;
            const auto asJson = answersToJson(answers, *kb);
            for (std::size_t q = 0; q < kb->questions.size(); ++q) {
                const auto& question = kb->questions[q];
                const auto& current = answers.effective(*kb, q);
                for (std::size_t o = 0; o < question.options.size(); ++o) {
                    const bool chosen =
                        std::find(current.begin(), current.end(), o) != current.end();
                    json changed = asJson;
                    if (question.kind == QuestionKind::Single) {
                        if (chosen)
                            continue;
                        changed["answers"][question.id] = question.options[o].id;
                    } else {
                        auto list = json::array();
                        for (auto c : current)
                            if (c != o)
                                list.push_back(question.options[c].id);
                        if (!chosen)
                            list.push_back(question.options[o].id);
                        changed["answers"][question.id] = list;
                    }
                    const auto variant = test::answersFrom(*kb, changed);
                    const auto result =
                        evaluate(*kb, variant, EngineOptions{{}, false}).recommendation;
                    const auto newWinner = result.winner;
                    // Ending in a tie decides nothing; from a tie, any lead decides it.
                    if (!result.tied && (tied || newWinner != winner))
                        found.insert(
                            {q, o, question.kind == QuestionKind::Multi && chosen, newWinner});
                }
            }
            CHECK(found == reported);
        }
        CHECK(reportedTotal > 10);
    }
}
