// A group decision evaluated: one result for the group from everyone's answers and weights
// (every field of a one-person evaluation, now the group's), and what a group adds: each
// respondent's own result, who favours what, the consensus on the weights and the questions
// answered differently. docs/group-decisions.md gives the formulas.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/engine_options.h"
#include "core/model/evaluation.h"

namespace advisor {

// `decision.respondents` must not be empty (evaluate() sends group decisions here).
Evaluation evaluateGroup(const KnowledgeBase& kb, const AnswerSet& decision,
                         const EngineOptions& options = {});

} // namespace advisor
