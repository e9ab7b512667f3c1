// Human-readable renderings for the terminal: the evaluation summary and the questionnaire.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <nlohmann/json.hpp>
#include <string>

namespace advisor {

// What `evaluate` prints without --json.
std::string textSummary(const KnowledgeBase& kb, const AnswerSet& answers, const Evaluation& ev);

// What `questions` prints: topics, questions, options (with help) and defaults.
nlohmann::ordered_json questionnaireToJson(const KnowledgeBase& kb);

} // namespace advisor
