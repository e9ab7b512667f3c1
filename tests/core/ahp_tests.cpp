// AHP weights and consistency: exact on consistent matrices, a published worked example, and
// an inconsistent matrix whose faulty judgement must be the one named.
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/ahp.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace advisor;

namespace {

PairwiseJudgements consistentWith(const std::vector<double>& w) {
    PairwiseJudgements p;
    p.matrix.assign(w.size(), std::vector<double>(w.size(), 1.0));
    for (std::size_t i = 0; i < w.size(); ++i)
        for (std::size_t j = 0; j < w.size(); ++j)
            p.matrix[i][j] = w[i] / w[j];
    return p;
}

PairwiseJudgements fromUpperTriangle(std::size_t n, const std::vector<double>& upper) {
    PairwiseJudgements p;
    p.matrix.assign(n, std::vector<double>(n, 1.0));
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            p.matrix[i][j] = upper[k];
            p.matrix[j][i] = 1.0 / upper[k];
            ++k;
        }
    return p;
}

} // namespace

TEST_CASE("Saaty's random index table", "[ahp]") {
    // Saaty (1980), average random consistency index by matrix size.
    const double expected[] = {0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (std::size_t n = 0; n < std::size(expected); ++n) {
        INFO("n = " << n);
        CHECK(randomIndex(n) == Approx(expected[n]).margin(1e-12));
    }
}

TEST_CASE("a consistent matrix gives its weights exactly and a consistency ratio of 0", "[ahp]") {
    std::mt19937 rng(20250424);
    for (std::size_t n = 2; n <= 8; ++n)
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<double> w(n);
            double sum = 0.0;
            for (auto& x : w) {
                x = 0.05 + static_cast<double>(rng() % 1000) / 1000.0;
                sum += x;
            }
            for (auto& x : w)
                x /= sum;
            const auto result = analysePairwise(consistentWith(w));
            INFO("n = " << n << ", trial " << trial);
            REQUIRE(result.weights.size() == n);
            for (std::size_t i = 0; i < n; ++i)
                CHECK(result.weights[i] == Approx(w[i]).margin(1e-12));
            CHECK(result.lambdaMax == Approx(static_cast<double>(n)).margin(1e-9));
            CHECK(result.consistencyRatio < 1e-9);
            CHECK_FALSE(result.mostInconsistent.has_value());
        }
}

TEST_CASE("equal judgements give equal weights: a 2x2 judgement of 9 gives 0.9 / 0.1", "[ahp]") {
    const auto equal = analysePairwise(fromUpperTriangle(4, {1, 1, 1, 1, 1, 1}));
    for (double w : equal.weights)
        CHECK(w == Approx(0.25).margin(1e-12));
    const auto two = analysePairwise(fromUpperTriangle(2, {9}));
    CHECK(two.weights[0] == Approx(0.9).margin(1e-12));
    CHECK(two.weights[1] == Approx(0.1).margin(1e-12));
    CHECK(two.consistencyRatio == 0.0);
}

TEST_CASE("the AHP leader example: published criterion weights and consistency", "[ahp]") {
    // Wikipedia, "Analytic hierarchy process – leader example" (after Saaty's method): the
    // board compares Experience, Education, Charisma and Age as
    //   Experience: 4 × Education, 3 × Charisma, 7 × Age
    //   Education: 1/3 × Charisma, 3 × Age;   Charisma: 5 × Age
    // and publishes the priorities .547, .127, .270, .056. The principal eigenvector, computed
    // independently by power iteration in a python3 one-off, is 0.5476, 0.1266, 0.2699, 0.0559
    // with λmax = 4.1184 and CR = (λmax − 4) / 3 / 0.90 = 0.0439 (the article rounds to 0.044).
    const auto result = analysePairwise(fromUpperTriangle(4, {4, 3, 7, 1.0 / 3.0, 3, 5}));
    const double published[] = {0.547, 0.127, 0.270, 0.056};
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(result.weights[i] == Approx(published[i]).margin(0.0006));
    CHECK(result.weights[0] == Approx(0.5476).margin(0.00006));
    CHECK(result.weights[1] == Approx(0.1266).margin(0.00006));
    CHECK(result.weights[2] == Approx(0.2699).margin(0.00006));
    CHECK(result.weights[3] == Approx(0.0559).margin(0.00006));
    CHECK(result.lambdaMax == Approx(4.1184).margin(0.0001));
    CHECK(result.consistencyRatio == Approx(0.0439).margin(0.0001));
    CHECK(result.consistencyRatio <= kAcceptableConsistencyRatio);
    CHECK_FALSE(result.mostInconsistent.has_value());
}

TEST_CASE("an inconsistent matrix names its most inconsistent judgement", "[ahp]") {
    SECTION("one judgement reversed in an otherwise consistent matrix") {
        // Weights 0.4, 0.3, 0.2, 0.1 imply criterion 0 is 4 × criterion 3; the matrix says 1/4.
        auto p = consistentWith({0.4, 0.3, 0.2, 0.1});
        p.matrix[0][3] = 0.25;
        p.matrix[3][0] = 4.0;
        const auto result = analysePairwise(p);
        // Checked with a python3 power iteration: CR 0.4026, the 0/3 judgement deviates by
        // |ln| 1.195, the next ones by 0.939.
        CHECK(result.consistencyRatio == Approx(0.4026).margin(0.0001));
        REQUIRE(result.mostInconsistent.has_value());
        CHECK(*result.mostInconsistent == std::make_pair(std::size_t{0}, std::size_t{3}));
        CHECK(result.suggestedJudgement == Approx(0.8263).margin(0.0001));
    }
    SECTION("Saaty-scale judgements with one out of line") {
        // performance/use_case = 1/3 contradicts performance ≫ scalability ≫ use_case.
        const auto result = analysePairwise(fromUpperTriangle(4, {3, 5, 1.0 / 3.0, 3, 5, 3}));
        CHECK(result.consistencyRatio == Approx(0.8405).margin(0.0001));
        REQUIRE(result.mostInconsistent.has_value());
        CHECK(*result.mostInconsistent == std::make_pair(std::size_t{0}, std::size_t{3}));
    }
}

TEST_CASE("pairwise answers drive the engine's weights and the ahp JSON", "[ahp]") {
    const auto& kb = builtInKnowledgeBase();
    SECTION("the leader example as answers") {
        const auto answers = test::answersFrom(kb, {{"answers", nlohmann::json::object()},
                                                    {"pairwise",
                                                     {{"performance/scalability", 4},
                                                      {"performance/ecosystem", 3},
                                                      {"performance/use_case", 7},
                                                      {"scalability/ecosystem", 1.0 / 3.0},
                                                      {"scalability/use_case", 3},
                                                      {"use_case/ecosystem", 0.2}}}});
        const auto ev = evaluate(kb, answers);
        CHECK(ev.weightSource == WeightSource::Pairwise);
        CHECK(ev.weightTrace.empty());
        CHECK(ev.weights[0] == Approx(0.5476).margin(0.00006));
        CHECK(ev.weights[3] == Approx(0.0559).margin(0.00006));
        const auto json = evaluationToJson(kb, answers, ev);
        REQUIRE(json.contains("ahp"));
        CHECK(json["ahp"]["consistency_ratio"].get<double>() == Approx(0.0439).margin(0.0001));
        CHECK(json["ahp"]["acceptable"] == true);
        CHECK(json["ahp"]["most_inconsistent"].is_null());
        CHECK(json["weight_source"] == "pairwise");
    }
    SECTION("an inconsistent set warns and names the pair") {
        const auto answers = test::answersFrom(kb, {{"answers", nlohmann::json::object()},
                                                    {"pairwise",
                                                     {{"performance/scalability", 3},
                                                      {"performance/ecosystem", 5},
                                                      {"performance/use_case", 1.0 / 3.0},
                                                      {"scalability/ecosystem", 3},
                                                      {"scalability/use_case", 5},
                                                      {"ecosystem/use_case", 3}}}});
        const auto json = evaluationToJson(kb, answers, evaluate(kb, answers));
        CHECK(json["ahp"]["acceptable"] == false);
        CHECK(json["ahp"]["most_inconsistent"]["pair"] == "performance/use_case");
        CHECK_THAT(json["ahp"]["most_inconsistent"]["warning"].get<std::string>(),
                   Catch::Contains("Performance vs Use-case fit = 1/3"));
    }
}
