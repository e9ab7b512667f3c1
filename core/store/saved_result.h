// How a saved decision's recorded result compares with what the knowledge base in use gives
// for the same answers today. A saved decision keeps its own result; reopening one made with
// another knowledge base says so, and shows both when they disagree, instead of re-scoring it
// silently.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "core/store/decision_store.h"

#include <optional>
#include <string>
#include <vector>

namespace advisor {

struct SavedResultCheck {
    bool sameKnowledgeBase = true; // the record's hash is today's
    bool sameAnswer = true;        // the same winner (or both a tie) and the same verdict
};

SavedResultCheck checkSavedResult(const Decision& saved, const KnowledgeBase& kb,
                                  const Evaluation& today);

// A reason's part in a result: its points of margin and the alternative (id) it favours.
struct ReasonShare {
    double points = 0.0;
    std::string favours;
};

// One reason whose part is not what it was when the decision was saved: an evidence item of the
// article's or a fact of the team's situation, by id. `before` is empty for a reason that counts
// only today, `after` for one that no longer counts (an item the knowledge base dropped, or
// moved into the team's situation).
struct ReasonChange {
    std::string id;
    std::string text; // its paraphrase: today's, or the saved one when it is gone
    std::optional<ReasonShare> before;
    std::optional<ReasonShare> after;
    [[nodiscard]] double size() const; // how far its part moved, in points
};

// The reasons whose part moved by at least `threshold` points, largest move first. Reads the
// saved result's "reasons" (any format that gives ids, impact and favours); a saved result
// without them gives nothing.
std::vector<ReasonChange> reasonChanges(const Decision& saved, const KnowledgeBase& kb,
                                        const Evaluation& today, double threshold = 0.01);

} // namespace advisor
