// The scoring model's guarantees, proved for every knowledge base as it loads.
#include "core/kb/knowledge_base_proofs.h"

#include "core/kb/score_model.h"

#include <algorithm>
#include <sstream>

namespace advisor::proofs {
namespace {

std::string formatNumber(double v) {
    std::ostringstream os;
    os.precision(3);
    os << v;
    return os.str();
}

// For each question, the extreme sum a criterion can receive from it: one option for a
// single-choice question, any subset for a multi-choice one.
template <typename PerOption>
std::pair<double, double> reachable(const Question& q, PerOption valueOf) {
    double low = 0.0;
    double high = 0.0;
    if (q.kind == QuestionKind::Single) {
        low = high = valueOf(q.options.front());
        for (const auto& o : q.options) {
            low = std::min(low, valueOf(o));
            high = std::max(high, valueOf(o));
        }
    } else {
        for (const auto& o : q.options) {
            low += std::min(0.0, valueOf(o));
            high += std::max(0.0, valueOf(o));
        }
    }
    return {low, high};
}

// The most weight each criterion can get from the answers (an upper bound: the largest raw
// weight over the smallest the other criteria can have together).
std::vector<double> largestWeights(const KnowledgeBase& kb) {
    const std::size_t nC = kb.criteria.size();
    std::vector<double> lowRaw(nC);
    std::vector<double> highRaw(nC);
    for (std::size_t c = 0; c < nC; ++c) {
        lowRaw[c] = highRaw[c] = kb.criteria[c].baseWeight;
        for (const auto& q : kb.questions) {
            const auto [lo, hi] =
                reachable(q, [&](const Option& o) { return o.effects.weightDeltas[c]; });
            lowRaw[c] += lo;
            highRaw[c] += hi;
        }
    }
    std::vector<double> largest(nC);
    for (std::size_t c = 0; c < nC; ++c) {
        double others = 0.0;
        for (std::size_t k = 0; k < nC; ++k)
            if (k != c)
                others += lowRaw[k];
        largest[c] = highRaw[c] / (highRaw[c] + others);
    }
    return largest;
}

} // namespace

// An answer either says how much a criterion matters (weights) or which claims apply to the
// project (emphasis), never both: an answer that applies claims favouring one alternative
// then can only widen that alternative's lead, whatever else is answered (moving weights
// too could shift them towards a criterion where its lead is smaller).
void checkOptionEffects(const KnowledgeBase& kb, const Option& option, const Question& q,
                        const JsonCursor& o) {
    const int kinds = (movesWeights(option) ? 1 : 0) + (option.effects.emphasis.empty() ? 0 : 1) +
                      (option.effects.damp.empty() ? 0 : 1);
    if (kinds > 1)
        o.at("effects").fail(
            "expected one kind of effect: weights, evidence emphasis or damp: an answer says how "
            "much a criterion matters, which claims apply to the project, or whose claims count "
            "for less");
    if (q.context && (movesWeights(option) || !option.effects.damp.empty()))
        o.at("effects").fail("a context question (schedule) may only apply claims: it may tip a "
                             "close call, never reweigh what the work needs");
    if (!option.leans)
        return;
    const auto favoured = favouredAlternative(kb, option);
    if (favoured != option.leans)
        o.at("leans").fail("the option leans to \"" + kb.alternatives[*option.leans].id +
                           "\" but its evidence emphasis does not favour it on every "
                           "criterion; emphasise only items that rate it highest");
}

// Weights are normalised by their sum, so each must stay above zero whatever is answered;
// that keeps the answer -> weight trace exact (no clamping).
void checkWeightsStayPositive(const KnowledgeBase& kb, const JsonCursor& root) {
    for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
        double lowest = kb.criteria[c].baseWeight;
        for (const auto& q : kb.questions)
            lowest +=
                reachable(q, [&](const Option& o) { return o.effects.weightDeltas[c]; }).first;
        if (lowest <= 0.0)
            root.at("criteria")
                .at(c)
                .at("base_weight")
                .fail("answers can push this criterion's weight to " + formatNumber(lowest) +
                      "; raise base_weight or soften negative weight effects so it stays above "
                      "0");
    }
}

// Scores are a base plus emphasis shifts; they must stay within 0..10 for every possible
// answer set, so the engine never has to clamp (clamping would break exact contributions).
void checkScoresStayInRange(const KnowledgeBase& kb, const JsonCursor& root) {
    // The kinds of work's claims count up to this many times over (amplify; damping only
    // shrinks gaps towards their mean, so it never leaves the range).
    double mostAmplified = 1.0;
    for (const auto& q : kb.questions)
        mostAmplified += reachable(q, [](const Option& o) { return o.effects.amplify; }).second;
    for (std::size_t c = 0; c < kb.criteria.size(); ++c)
        for (std::size_t a = 0; a < kb.alternatives.size(); ++a) {
            double low = baseScore(kb, a, c);
            double high = low;
            for (const auto& q : kb.questions) {
                const double times = q.signalsUseCase ? mostAmplified : 1.0;
                const auto [lo, hi] = reachable(q, [&](const Option& o) {
                    double shift = 0.0;
                    for (const auto& [e, boost] : o.effects.emphasis)
                        if (kb.evidence[e].criterion == c)
                            shift += emphasisShift(kb.evidence[e], a, boost);
                    return shift;
                });
                low += times * lo;
                high += times * hi;
            }
            if (low < -1e-9 || high > kMaxScore + 1e-9)
                root.at("criteria")
                    .at(c)
                    .fail("the score of \"" + kb.alternatives[a].id + "\" on \"" +
                          kb.criteria[c].id + "\" can range from " + formatNumber(low) + " to " +
                          formatNumber(high) +
                          " depending on the answers; soften the evidence emphasis so it stays "
                          "within 0..10");
        }
}

// Context answers (team, schedule) may tip a close call, never a lean: whatever they are,
// together they move any alternative's lead by less than the lean margin, so a winner the
// work answers give by a lean or more stays the winner.
void checkContextStaysBelowLean(const KnowledgeBase& kb, const JsonCursor& root) {
    const std::size_t nA = kb.alternatives.size();
    const std::size_t nC = kb.criteria.size();
    const auto wMax = largestWeights(kb);
    for (std::size_t a = 0; a < nA; ++a)
        for (std::size_t b = 0; b < nA; ++b) {
            if (a == b)
                continue;
            double pull = 0.0;
            for (const auto& q : kb.questions) {
                if (!q.context)
                    continue;
                pull += reachable(q, [&](const Option& o) {
                            const auto shifts = optionShifts(kb, o);
                            double gain = 0.0;
                            for (std::size_t c = 0; c < nC; ++c)
                                gain += wMax[c] *
                                        std::max(0.0, shifts[a * nC + c] - shifts[b * nC + c]);
                            return gain;
                        }).second;
            }
            if (pull >= kLeanMargin)
                root.at("questions")
                    .fail("the context questions together can move " + kb.alternatives[a].id +
                          "'s lead over " + kb.alternatives[b].id + " by up to " +
                          formatNumber(pull) + " points, as much as a lean (" +
                          formatNumber(kLeanMargin) +
                          "); soften their emphasis so they can only tip a close call");
        }
}

} // namespace advisor::proofs
