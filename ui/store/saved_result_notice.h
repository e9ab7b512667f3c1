// What the window says when a reopened decision was saved with another knowledge base: the
// version it was made with and, where today's knowledge base gives another answer, both
// answers. A saved decision keeps its own result; nothing is re-scored without saying so.
#pragma once

#include <QString>

namespace advisor {
struct Decision;
struct Evaluation;
struct KnowledgeBase;
} // namespace advisor

namespace advisor::ui {

// Empty when the decision was saved with today's knowledge base.
[[nodiscard]] QString savedResultNotice(const Decision& saved, const KnowledgeBase& kb,
                                        const Evaluation& today);

} // namespace advisor::ui
