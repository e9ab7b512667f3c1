// One person's answers evaluated whole: the weights (from the answers, given directly, or from
// pairwise judgements) and where they came from, scores, ranking, verdict, hybrid suggestion,
// reasons, defaults and silent answers, and the sensitivity analysis. A group's evaluation
// (core/group) and evaluate() (core/engine) are built on it.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/engine_options.h"
#include "core/model/evaluation.h"

namespace advisor {

// `answers` must be one person's (not a group's); an Evidence Lab run in them is not applied
// here: evaluate() applies it to the knowledge base it passes in.
Evaluation evaluateRespondent(const KnowledgeBase& kb, const AnswerSet& answers,
                              const EngineOptions& options = {});

} // namespace advisor
