// The scoring model's two formulas, shared by the engine and by knowledge-base validation.
//
// An alternative's score on a criterion is the relevance-weighted mean of its evidence ratings
// (its base score), plus one shift per emphasised evidence item. Emphasis widens the gap an item
// describes: each alternative moves by boost × (its rating − the item's mean rating) / 5, so an
// item that rates A above B always moves A's score up relative to B's, and never the reverse.
#pragma once

#include "core/knowledge_base.h"

#include <cstddef>

namespace advisor {

inline constexpr double kEmphasisScale = 5.0;

inline double meanRating(const EvidenceItem& e) {
    double sum = 0.0;
    for (double r : e.ratings)
        sum += r;
    return e.ratings.empty() ? 0.0 : sum / static_cast<double>(e.ratings.size());
}

inline double emphasisShift(const EvidenceItem& e, std::size_t alternative, double boost) {
    return boost * (e.ratings[alternative] - meanRating(e)) / kEmphasisScale;
}

// Share of evidence item e in its criterion's base score (relevance / total relevance).
inline double baseShare(const KnowledgeBase& kb, std::size_t e) {
    const auto c = kb.evidence[e].criterion;
    double total = 0.0;
    for (const auto& item : kb.evidence)
        if (item.criterion == c)
            total += item.baseRelevance;
    return kb.evidence[e].baseRelevance / total;
}

inline double baseScore(const KnowledgeBase& kb, std::size_t alternative, std::size_t criterion) {
    double weighted = 0.0;
    double total = 0.0;
    for (const auto& e : kb.evidence)
        if (e.criterion == criterion) {
            weighted += e.baseRelevance * e.ratings[alternative];
            total += e.baseRelevance;
        }
    return weighted / total;
}

} // namespace advisor
