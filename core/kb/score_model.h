// The scoring model's two formulas, shared by the engine and by knowledge-base validation.
//
// An alternative's score on a criterion is the relevance-weighted mean of its evidence ratings
// (its base score), plus one shift per emphasised evidence item. Emphasis widens the gap an item
// describes: each alternative moves by boost × (its rating − the item's mean rating) / 5, so an
// item that rates A above B always moves A's score up relative to B's, and never the reverse.
#pragma once

#include "core/kb/knowledge_base.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace advisor {

inline constexpr double kEmphasisScale = 5.0;
// Scores and ratings run from 0 to this.
inline constexpr double kMaxScore = 10.0;

// Verdict thresholds, on the 0..10 total-score scale and the Monte Carlo win probability.
// A clear verdict needs a margin of at least one point (a tenth of the scale, more than any
// single evidence item's weighted share usually moves) and a winner that survives 90% of
// reasonable weight disagreements; a lean needs 0.35 points and 70%. Anything less is a close
// call.
inline constexpr double kClearMargin = 1.0;
inline constexpr double kLeanMargin = 0.35;
inline constexpr double kClearProbability = 0.90;
inline constexpr double kLeanProbability = 0.70;

// Every alternative's score on a criterion none of whose evidence counts before an answer
// emphasises it: the middle of the scale, the same for all, so nothing is decided in advance.
inline constexpr double kNeutralScore = 5.0;

inline double meanRating(const EvidenceItem& e) {
    double sum = 0.0;
    for (double r : e.ratings)
        sum += r;
    return e.ratings.empty() ? 0.0 : sum / static_cast<double>(e.ratings.size());
}

inline double emphasisShift(const EvidenceItem& e, std::size_t alternative, double boost) {
    return boost * (e.ratings[alternative] - meanRating(e)) / kEmphasisScale;
}

// Share of evidence item e in its criterion's base score (relevance / total relevance); 0 when
// no item on the criterion counts before the answers.
inline double baseShare(const KnowledgeBase& kb, std::size_t e) {
    const auto c = kb.evidence[e].criterion;
    double total = 0.0;
    for (const auto& item : kb.evidence)
        if (item.criterion == c)
            total += item.baseRelevance;
    return total > 0.0 ? kb.evidence[e].baseRelevance / total : 0.0;
}

inline double baseScore(const KnowledgeBase& kb, std::size_t alternative, std::size_t criterion) {
    double weighted = 0.0;
    double total = 0.0;
    for (const auto& e : kb.evidence)
        if (e.criterion == criterion) {
            weighted += e.baseRelevance * e.ratings[alternative];
            total += e.baseRelevance;
        }
    return total > 0.0 ? weighted / total : kNeutralScore;
}

// The score shift choosing `option` adds, per alternative and criterion (row-major,
// alternative × criteria).
inline std::vector<double> optionShifts(const KnowledgeBase& kb, const Option& option) {
    const std::size_t nC = kb.criteria.size();
    std::vector<double> shifts(kb.alternatives.size() * nC, 0.0);
    for (const auto& [e, boost] : option.effects.emphasis) {
        const auto& item = kb.evidence[e];
        for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
            shifts[a * nC + item.criterion] += emphasisShift(item, a, boost);
    }
    return shifts;
}

// The alternative an option's emphasis favours on every criterion: on each, no other
// alternative gains more, and every other one gains less somewhere. Such an option can only
// widen that alternative's lead, whatever the weights; nothing when the emphasis points
// several ways or there is none.
inline std::optional<std::size_t> favouredAlternative(const KnowledgeBase& kb,
                                                      const Option& option) {
    if (option.effects.emphasis.empty())
        return std::nullopt;
    const std::size_t nC = kb.criteria.size();
    const auto shifts = optionShifts(kb, option);
    constexpr double kTolerance = 1e-12;
    for (std::size_t x = 0; x < kb.alternatives.size(); ++x) {
        bool favours = true;
        for (std::size_t o = 0; favours && o < kb.alternatives.size(); ++o) {
            if (o == x)
                continue;
            bool strictlySomewhere = false;
            for (std::size_t c = 0; c < nC; ++c) {
                const double lead = shifts[x * nC + c] - shifts[o * nC + c];
                if (lead < -kTolerance)
                    favours = false;
                if (lead > kTolerance)
                    strictlySomewhere = true;
            }
            favours = favours && strictlySomewhere;
        }
        if (favours)
            return x;
    }
    return std::nullopt;
}

// Whether choosing the option counts only evidence from outside the article.
inline bool restsOutsideArticle(const KnowledgeBase& kb, const Option& option) {
    if (option.effects.emphasis.empty())
        return false;
    for (const auto& [e, boost] : option.effects.emphasis)
        if (!kb.evidence[e].source.outsideArticle)
            return false;
    return true;
}

// Whether choosing the option changes anything at all: weights, claims, damping or amplifying.
inline bool hasEffects(const Option& option);

inline bool movesWeights(const Option& option) {
    for (double d : option.effects.weightDeltas)
        if (d != 0.0)
            return true;
    return false;
}

inline bool hasEffects(const Option& option) {
    return movesWeights(option) || !option.effects.emphasis.empty() ||
           !option.effects.damp.empty() || option.effects.amplify != 0.0;
}

} // namespace advisor
