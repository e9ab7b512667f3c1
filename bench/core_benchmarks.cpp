#include "core_benchmarks.h"

#include "bench_harness.h"
#include "core/base/json_io.h"
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "core/model/scoring_model.h"
#include "core/model/sensitivity.h"

#include <random>
#include <string>

namespace advisor::bench {
namespace {

AnswerSet sampleAnswers(const KnowledgeBase& kb) {
    const auto json = nlohmann::json::parse(R"({"answers": {
        "app_type": ["collaboration", "ml"], "concurrency": "medium", "latency": "interactive",
        "workload": "mixed", "ml_libraries": "core", "team": "both", "time_to_market": "normal",
        "architecture": "microservices", "fullstack_js": "no", "growth": "steady"}})");
    return parseAnswers(json, kb, "bench").value();
}

// Twenty people with varied answers from a fixed seed: each question left open a quarter of
// the time, otherwise one option or a random subset; every fifth gives direct weights, every
// seventh pairwise judgements, voting weights 1 to 3.
AnswerSet groupOfTwenty(const KnowledgeBase& kb) {
    std::mt19937 rng(2026);
    auto group = AnswerSet::empty(kb);
    const std::size_t nC = kb.criteria.size();
    for (int i = 0; i < 20; ++i) {
        Respondent r;
        r.name = "Respondent " + std::to_string(i + 1);
        r.weight = 1.0 + static_cast<double>(rng() % 3);
        r.answers = AnswerSet::empty(kb);
        for (std::size_t q = 0; q < kb.questions.size(); ++q) {
            if (rng() % 4 == 0)
                continue;
            const auto& question = kb.questions[q];
            std::vector<std::size_t> chosen;
            if (question.kind == QuestionKind::Single)
                chosen.push_back(rng() % question.options.size());
            else
                for (std::size_t o = 0; o < question.options.size(); ++o)
                    if (rng() % 3 == 0)
                        chosen.push_back(o);
            r.answers.choices[q] = std::move(chosen);
        }
        if (i % 5 == 4) {
            std::vector<double> weights(nC);
            for (auto& w : weights)
                w = 1.0 + static_cast<double>(rng() % 9);
            r.answers.weights = weights;
        } else if (i % 7 == 6) {
            PairwiseJudgements judgements;
            judgements.matrix.assign(nC, std::vector<double>(nC, 1.0));
            for (std::size_t a = 0; a < nC; ++a)
                for (std::size_t b = a + 1; b < nC; ++b) {
                    const double j = 1.0 + static_cast<double>(rng() % 5);
                    judgements.matrix[a][b] = rng() % 2 ? j : 1.0 / j;
                    judgements.matrix[b][a] = 1.0 / judgements.matrix[a][b];
                }
            r.answers.pairwise = judgements;
        }
        group.respondents.push_back(std::move(r));
    }
    return group;
}

} // namespace

void runCoreBenchmarks() {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = sampleAnswers(kb);
    volatile double sink = 0;

    print(measure("evaluate_mc10k", 200,
                  [&] { sink = sink + evaluate(kb, answers).recommendation.margin; }));
    EngineOptions noSensitivity;
    noSensitivity.withSensitivity = false;
    print(measure("evaluate_without_sensitivity", 500, [&] {
        sink = sink + evaluate(kb, answers, noSensitivity).recommendation.margin;
    }));
    // A group of twenty: the group's result with 10,000 Monte Carlo samples and answer flips,
    // everyone's own result, the tally, the consensus and every disagreement tried.
    const auto group = groupOfTwenty(kb);
    print(measure("group_evaluate_20", 100,
                  [&] { sink = sink + evaluate(kb, group).recommendation.margin; }));
    // How the sampling cost grows with the number of samples.
    const ScoringModel model(kb);
    const auto table = model.score(answers);
    for (std::size_t samples : {1'000u, 10'000u, 100'000u}) {
        MonteCarloSettings settings;
        settings.samples = samples;
        print(measure("monte_carlo_" + std::to_string(samples / 1000) + "k",
                      samples > 10'000 ? 20 : 200,
                      [&] { sink = sink + monteCarlo(table, settings).winProbability[0]; }));
    }
    print(measure("flip_points", 2000,
                  [&] { sink = sink + static_cast<double>(flipPoints(table).size()); }));
    print(measure("answer_flips", 500, [&] {
        sink = sink + static_cast<double>(answerFlips(model, answers, nullptr, 0).size());
    }));
}

} // namespace advisor::bench
