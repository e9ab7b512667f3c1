// The evaluation as JSON (the `evaluate --json` output and the heart of a JSON report).
// Key order is fixed and numbers are rounded, so the same input gives byte-identical output.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <nlohmann/json.hpp>

namespace advisor {

// 2: a tie names no winner (null), citations carry the article's quote or mark a source outside
// it, figures may hold ranges, and answers the article is silent on are listed.
inline constexpr int kEvaluationFormatVersion = 3;

// "answers", "direct", "pairwise" or "group".
std::string weightSourceId(WeightSource source);

nlohmann::ordered_json evaluationToJson(const KnowledgeBase& kb, const AnswerSet& answers,
                                        const Evaluation& ev);

} // namespace advisor
