// The evaluation as JSON (the `evaluate --json` output and the heart of a JSON report).
// Key order is fixed and numbers are rounded, so the same input gives byte-identical output.
#pragma once

#include "core/answers.h"
#include "core/evaluation.h"
#include "core/knowledge_base.h"

#include <nlohmann/json.hpp>

namespace advisor {

inline constexpr int kEvaluationFormatVersion = 1;

nlohmann::ordered_json evaluationToJson(const KnowledgeBase& kb, const AnswerSet& answers,
                                        const Evaluation& ev);

} // namespace advisor
