// How stable a recommendation is: the exact weight at which each criterion would change the
// winner, the winner's probability under Dirichlet-perturbed weights, and the single answers
// whose change alone would flip it.
#pragma once

#include "core/model/answers.h"
#include "core/model/evaluation.h"
#include "core/model/scoring_model.h"

#include <cstdint>

namespace advisor {

struct MonteCarloSettings {
    std::size_t samples = 10'000;
    std::uint64_t seed = 42;
    // Dirichlet concentration κ: samples have mean w and variance w(1 − w)/(κ + 1), so for a
    // weight of 0.25 the standard deviation is about 0.08 — a reasonable disagreement.
    double concentration = 30.0;
};

// One-way sensitivity. Moving criterion k's weight to t while the others keep their proportions
// makes each total linear in t, so every crossover has a closed form. From a tie, each point says
// who would lead with more and with less weight on its criterion.
std::vector<FlipPoint> flipPoints(const ScoreTable& table);

MonteCarloResult monteCarlo(const ScoreTable& table, const MonteCarloSettings& settings);
// The same over samples already drawn with weightSamples(table.weights, settings): the overall
// result and the article's lens share them.
MonteCarloResult monteCarlo(const ScoreTable& table, const MonteCarloSettings& settings,
                            const std::vector<double>& samples);
// Its two halves, for callers that score many tables under the same weights: the unnormalised
// Dirichlet samples (samples × criteria, row-major) drawn around `weights`, and each
// alternative's share of the samples it wins, a sample it ties in shared (and, if asked, the
// share of samples with a tied lead).
std::vector<double> weightSamples(const std::vector<double>& weights,
                                  const MonteCarloSettings& settings);
std::vector<double> winShares(const ScoreTable& table, const std::vector<double>& samples,
                              double* tiedShare = nullptr);

// Answers that, changed alone, change the winner (or, from a tie, give one alternative the
// lead). When weights are overridden they stay fixed; otherwise the changed answer moves the
// weights as well as the scores.
std::vector<AnswerFlip> answerFlips(const ScoringModel& model, const AnswerSet& answers,
                                    const std::vector<double>* weightOverride,
                                    std::size_t currentWinner, bool tiedNow = false);

} // namespace advisor

namespace advisor {

// The lines flipPoints crosses, for drawing them: per alternative, its total when criterion k's
// weight is 0 and when it is 1, the other weights keeping their proportions. In between the
// total is the straight line joining the two.
std::vector<std::pair<double, double>> totalLines(const ScoreTable& table, std::size_t criterion);
// The same from an evaluation's weights and per-criterion scores.
std::vector<std::pair<double, double>> totalLines(const Evaluation& ev, std::size_t criterion);

} // namespace advisor
