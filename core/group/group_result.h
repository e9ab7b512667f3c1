// What a group decision adds to its evaluation: each respondent's own result, who favours what,
// how far they agree on the weights, and the questions they answered differently.
#pragma once

#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace advisor {

// AHP-OS's words for a consensus percentage (at most 50, 62.5, 75, 87.5, 100).
enum class ConsensusLevel { VeryLow, Low, Moderate, High, VeryHigh };

// Relative homogeneity of the respondents' weights, 0..1 (see core/group_weights.h).
struct Consensus {
    double value = 1.0;
    ConsensusLevel level = ConsensusLevel::VeryHigh;
};

// One respondent's own result, from their answers alone.
struct RespondentResult {
    std::vector<double> weights; // per criterion, sums to 1
    WeightSource weightSource = WeightSource::Answers;
    std::optional<double> consistencyRatio; // when they gave pairwise judgements
    std::size_t winner = 0;                 // meaningless when tied
    std::size_t runnerUp = 0;
    double margin = 0.0;
    bool tied = false;
    bool votes = true; // weight above 0
};

// Who favours what, among the respondents who vote (weight above 0).
struct GroupTally {
    std::size_t voters = 0;
    std::vector<std::size_t> favour;  // per alternative: voters whose own result it wins
    std::size_t undecided = 0;        // voters whose own result is a tie
    std::vector<double> favourWeight; // per alternative: its voters' share of the voting weight
    std::optional<std::size_t>
        majority; // the alternative at least kUnitedShare of the weight favours
    // No alternative is favoured by kUnitedShare of the voting weight: the group is split,
    // whatever the aggregate says.
    bool split = false;
};

// The share of the voting weight that makes a group united behind an alternative.
inline constexpr double kUnitedShare = 2.0 / 3.0;

// One answer given to a question, who gave it, and the group's result had everyone given it.
struct GroupAnswer {
    std::optional<std::vector<std::size_t>> choice; // nothing: left unanswered (default applies)
    std::vector<std::size_t> respondents;           // indices, in the decision's order
    std::size_t winnerIfAll = 0;
    bool tiedIfAll = false;
    // The group's current leader's lead over the best of the rest, had everyone answered so
    // (negative when it would lose).
    double leadIfAll = 0.0;
    bool changesResult = false; // another winner, or a tie, or (from a tie) a winner
};

// A question the respondents answered differently (in effect, after defaults).
struct Disagreement {
    std::size_t question = 0;
    std::vector<GroupAnswer> answers; // most voting weight first
    bool decisive = false;            // one of the answers, given by everyone, changes the result
    double swing = 0.0;               // the largest change of the leader's lead among the answers
};

struct GroupResult {
    std::vector<RespondentResult> respondents; // the decision's order
    GroupTally tally;
    std::optional<Consensus> consensus; // with two or more voting respondents
    // Decisive first, then by swing, then in questionnaire order.
    std::vector<Disagreement> disagreements;
    // The judgements of the voting respondents who gave pairwise comparisons, combined by
    // weighted geometric mean; the group's `ahp` describes this matrix.
    std::optional<PairwiseJudgements> judgements;
};

// The judgements an evaluation's `ahp` describes: a group's combined ones, or one person's.
inline const PairwiseJudgements* judgementsBehind(const AnswerSet& answers, const Evaluation& ev) {
    if (ev.group)
        return ev.group->judgements ? &*ev.group->judgements : nullptr;
    return answers.pairwise ? &*answers.pairwise : nullptr;
}

} // namespace advisor
