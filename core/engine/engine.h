// The scoring engine: from a knowledge base and an answer set (one person's or a group's, with
// or without an Evidence Lab run) to a full, explained Evaluation. Deterministic: the same
// inputs (and seed) always give the same result.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/engine_options.h"
#include "core/model/evaluation.h"

namespace advisor {

Evaluation evaluate(const KnowledgeBase& kb, const AnswerSet& answers,
                    const EngineOptions& options = {});

} // namespace advisor
