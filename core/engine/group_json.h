// A group's part of the `evaluate --json` document: respondents (each with their own winner,
// margin and answers), the tally, the consensus on the weights and the disagreements.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <nlohmann/json.hpp>

namespace advisor {

// Appends "respondents", "tally", "consensus" and "disagreements" to `out` when `ev` is a
// group's; leaves a one-person document as it is.
void appendGroupJson(nlohmann::ordered_json& out, const KnowledgeBase& kb,
                     const AnswerSet& decision, const Evaluation& ev);

} // namespace advisor
