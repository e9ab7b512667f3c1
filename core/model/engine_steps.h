// The steps of evaluate() that a group's evaluation (core/group_engine.cpp) takes as well, so
// one person and a group are explained, ranked and given a hybrid suggestion by the same code.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/engine_options.h"
#include "core/model/evaluation.h"
#include "core/model/scoring_model.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace advisor {

// How far each option is in effect: 1 for the options one person answered (or whose question
// took its default), 0 otherwise; for a group, the share of the voting weight it is in effect
// for. The emphasis an option adds counts in proportion.
struct OptionShares {
    std::vector<std::vector<double>> share;  // [question][option]
    std::vector<std::vector<bool>> answered; // [question][option]: chosen, not a default
};

OptionShares optionShares(const KnowledgeBase& kb, const AnswerSet& answers);

// Each answer's exact share of the change from the base weights (answer-derived weights only).
std::vector<WeightTraceEntry> traceWeights(const KnowledgeBase& kb, const ScoringModel& model,
                                           const AnswerSet& answers);
// Each evidence item's part in the margin between winner and runner-up, supporting first, under
// the table's weights and damping.
std::vector<Reason> explain(const KnowledgeBase& kb, const OptionShares& shares,
                            const ScoreTable& table, std::size_t winner, std::size_t runnerUp);
// The alternatives the answered use-case options lean to, sorted.
std::vector<std::size_t> leanedAlternatives(const KnowledgeBase& kb, const AnswerSet& answers);
// Answered options the article is silent on (no effect, not the default).
std::vector<AnswerRef> silentAnswers(const KnowledgeBase& kb, const AnswerSet& answers);

// Fills ev.alternatives (scores, contributions, totals) and the recommendation's winner,
// runner-up, margin and tie from the table.
void rankAlternatives(const ScoreTable& table, Evaluation& ev);
// rankAlternatives, then (with options.withSensitivity) the flip points, the Monte Carlo and
// the answer changes `answerFlipsFor(winner, tied)` finds, and the verdict they give; and the
// article's lens: the same table without the situation's offsets, judged on the same samples.
void rankAndJudge(
    const ScoreTable& table, const EngineOptions& options,
    const std::function<std::vector<AnswerFlip>(std::size_t winner, bool tied)>& answerFlipsFor,
    Evaluation& ev);
// Sets useCasesSplit and the hybrid suggestion, once the verdict is known.
void recommendHybrid(const KnowledgeBase& kb, const std::vector<std::size_t>& leaned,
                     Recommendation& rec);

} // namespace advisor
