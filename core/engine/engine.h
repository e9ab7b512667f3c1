// The scoring engine: from a knowledge base and an answer set to a full, explained Evaluation.
// Deterministic: the same inputs (and seed) always give the same result.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"
#include "core/model/sensitivity.h"

namespace advisor {

// Verdict thresholds, on the 0..10 total-score scale and the Monte Carlo win probability.
// A clear verdict needs a margin of at least one point (a tenth of the scale, more than any
// single evidence item's weighted share usually moves) and a winner that survives 90% of
// reasonable weight disagreements; a lean needs 0.35 points and 70%. Anything less is a close
// call.
inline constexpr double kClearMargin = 1.0;
inline constexpr double kLeanMargin = 0.35;
inline constexpr double kClearProbability = 0.90;
inline constexpr double kLeanProbability = 0.70;

struct EngineOptions {
    MonteCarloSettings monteCarlo;
    bool withSensitivity = true;
};

Evaluation evaluate(const KnowledgeBase& kb, const AnswerSet& answers,
                    const EngineOptions& options = {});

// The verdict for a margin and the winner's Monte Carlo probability (pass 1 to ignore it).
Verdict verdictFor(double margin, double winProbability);

} // namespace advisor
