// Two saved decisions side by side, as rows of words: what each recommends, the weights, the
// scores and the answers that differ. Read from the saved records themselves (not re-evaluated),
// so a decision made with an older knowledge base still shows what it said then.
#pragma once

#include "core/store/decision_store.h"

#include <QString>
#include <vector>

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

struct ComparisonRow {
    QString label;
    QString left;
    QString right;
    bool differs = false;
};

struct ComparisonSection {
    QString title;
    std::vector<ComparisonRow> rows;
};

struct DecisionComparison {
    // Outcome, Weights, Scores, Answers that differ — in that order.
    std::vector<ComparisonSection> sections;
    int sameAnswers = 0; // questions answered alike (listed only as a count)
};

// `kb` names the questions, options and criteria; ids it does not know are shown as they are.
DecisionComparison compareDecisions(const KnowledgeBase& kb, const Decision& left,
                                    const Decision& right);

} // namespace advisor::ui
