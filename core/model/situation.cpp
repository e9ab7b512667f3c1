#include "core/model/situation.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

// The value of situation_counts at which `rival` would draw level with `leader`, when that lies
// in [0, 1] and is a real change of winner (not a tie that only holds at an end of the range).
std::optional<double> crossing(const Evaluation& ev, std::size_t leader, std::size_t rival,
                               double cap) {
    const auto& s = ev.situation;
    const double articleGap =
        ev.alternatives[leader].articleTotal() - ev.alternatives[rival].articleTotal();
    const double slope = cap * (s.share[leader] - s.share[rival]);
    if (slope == 0.0)
        return std::nullopt;
    const double k = -articleGap / slope;
    if (k < 0.0 || k > 1.0)
        return std::nullopt;
    // Level with each other only where the range ends: the article's criteria tie (at 0) or
    // the two are even with the situation in full (at 1). Neither is a change of winner.
    if (std::abs(articleGap) <= kTieTolerance || std::abs(articleGap + slope) <= kTieTolerance)
        return std::nullopt;
    return k;
}

} // namespace

std::vector<std::size_t> factsInEffect(const KnowledgeBase& kb,
                                       const ScoringModel::Choices& choices) {
    std::vector<std::size_t> facts;
    for (std::size_t f = 0; f < kb.situation.facts.size(); ++f) {
        const auto& fact = kb.situation.facts[f];
        const auto& chosen = choices[fact.question] ? *choices[fact.question]
                                                    : kb.questions[fact.question].defaultOptions;
        if (std::find(chosen.begin(), chosen.end(), fact.option) != chosen.end())
            facts.push_back(f);
    }
    return facts;
}

std::vector<double> situationRoom(const KnowledgeBase& kb, const std::vector<std::size_t>& facts) {
    std::vector<double> room(kb.alternatives.size(), 1.0);
    for (auto f : facts) {
        const auto& fact = kb.situation.facts[f];
        room[fact.favours] *= 1.0 - fact.strength;
    }
    return room;
}

void judgeSituation(const KnowledgeBase& kb, const std::vector<std::size_t>& facts, double counts,
                    Evaluation& ev) {
    auto& s = ev.situation;
    s.counts = kb.situation.empty() ? 0.0 : counts;
    s.cap = kb.situation.cap;
    s.facts = facts;
    const auto room = situationRoom(kb, facts);
    s.share.clear();
    for (double r : room)
        s.share.push_back(1.0 - r);

    // Each fact's part of its stack's share, and so of the margin.
    const auto& rec = ev.recommendation;
    std::vector<double> logRoom(kb.alternatives.size(), 0.0);
    for (auto f : facts) {
        const auto& fact = kb.situation.facts[f];
        logRoom[fact.favours] += std::log(1.0 - fact.strength);
    }
    s.reasons.clear();
    for (auto f : facts) {
        const auto& fact = kb.situation.facts[f];
        const double part =
            s.share[fact.favours] * std::log(1.0 - fact.strength) / logRoom[fact.favours];
        const double points = s.counts * s.cap * part;
        double impact = 0.0;
        if (fact.favours == rec.winner)
            impact = points;
        else if (fact.favours == rec.runnerUp)
            impact = -points;
        if (std::abs(impact) >= 0.005)
            s.reasons.push_back({f, impact, {fact.question, fact.option}});
    }
    std::stable_sort(s.reasons.begin(), s.reasons.end(),
                     [](const SituationReason& a, const SituationReason& b) {
                         if ((a.impact > 0) != (b.impact > 0))
                             return a.impact > 0;
                         return std::abs(a.impact) > std::abs(b.impact);
                     });

    // Where situation_counts would change the winner, nearest its value now.
    s.flipsAt.reset();
    s.newWinner.reset();
    if (rec.tied || s.facts.empty())
        return;
    double nearest = 2.0;
    for (std::size_t b = 0; b < kb.alternatives.size(); ++b) {
        if (b == rec.winner)
            continue;
        const auto k = crossing(ev, rec.winner, b, s.cap);
        if (k && std::abs(*k - s.counts) < nearest) {
            nearest = std::abs(*k - s.counts);
            s.flipsAt = *k;
            s.newWinner = b;
        }
    }
}

} // namespace advisor
