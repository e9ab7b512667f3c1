// How a saved decision's recorded result compares with what the knowledge base in use gives
// for the same answers today. A saved decision keeps its own result; reopening one made with
// another knowledge base says so, and shows both when they disagree, instead of re-scoring it
// silently.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "core/store/decision_store.h"

namespace advisor {

struct SavedResultCheck {
    bool sameKnowledgeBase = true; // the record's hash is today's
    bool sameAnswer = true;        // the same winner (or both a tie) and the same verdict
};

SavedResultCheck checkSavedResult(const Decision& saved, const KnowledgeBase& kb,
                                  const Evaluation& today);

} // namespace advisor
