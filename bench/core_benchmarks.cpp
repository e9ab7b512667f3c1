#include "core_benchmarks.h"

#include "bench_harness.h"
#include "core/answers.h"
#include "core/engine.h"
#include "core/json_io.h"
#include "core/knowledge_base_loader.h"
#include "core/scoring_model.h"
#include "core/sensitivity.h"

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
