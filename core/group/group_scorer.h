// A group's weights and scores: for its answers as given, and for its answers with one question
// changed for every voting respondent (what answer flips and disagreements ask). Respondents
// with a voting weight of 0 do not count here at all; the others are taken in order of name, so
// no floating-point sum depends on the order they were added in.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/engine_steps.h"
#include "core/model/evaluation.h"
#include "core/model/scoring_model.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace advisor {

// One question answered alike by every voter: with `choice` (nothing: left unanswered), or
// with `option` added to or dropped from each voter's multi-choice answer.
struct GroupAnswerChange {
    enum class Kind { Set, Add, Remove };
    Kind kind = Kind::Set;
    std::size_t question = 0;
    std::optional<std::vector<std::size_t>> choice;
    std::size_t option = 0;
};

class GroupScorer {
public:
    GroupScorer(const ScoringModel& model, const AnswerSet& decision);

    // Voting respondents (indices into decision.respondents), by name; everyone, counted
    // equally, if no one's weight is above 0 (the file parser refuses that).
    [[nodiscard]] const std::vector<std::size_t>& voters() const { return voters_; }
    // Their voting weights in the same order.
    [[nodiscard]] const std::vector<double>& votes() const { return votes_; }

    // The group's answers as given.
    [[nodiscard]] const ScoreTable& table() const { return table_; }
    [[nodiscard]] const OptionShares& shares() const { return shares_; }
    [[nodiscard]] WeightSource weightSource() const { return source_; }
    // The weight trace when the weights come from answers every voter shares.
    [[nodiscard]] std::vector<WeightTraceEntry> weightTrace() const;
    // The voters' pairwise judgements combined, and what AHP makes of them, when any gave them.
    [[nodiscard]] const std::optional<PairwiseJudgements>& judgements() const {
        return judgements_;
    }
    [[nodiscard]] const std::optional<AhpResult>& ahp() const { return ahp_; }

    // The group's situation: the facts its voters agree on (one value per question, whoever
    // answered it; a fact is the project's, not a vote), the questions they answer differently
    // (which count for nothing until settled), and how much it counts: the decision's own
    // value, or the voters' values by voting weight.
    [[nodiscard]] std::vector<std::size_t> situationFacts() const;
    [[nodiscard]] std::vector<std::size_t> disputedSituation() const;
    [[nodiscard]] double situationCounts() const { return situationCounts_; }

    // The table had every voter answered `change.question` as it says.
    [[nodiscard]] ScoreTable scoreWith(const GroupAnswerChange& change);
    // Whether every voter (or any) has `option` in effect for `question`.
    [[nodiscard]] bool everyoneHas(std::size_t question, std::size_t option) const;
    [[nodiscard]] bool someoneHas(std::size_t question, std::size_t option) const;
    // Whether every voter's answer to `question` is exactly `{option}` in effect.
    [[nodiscard]] bool everyoneAnswers(std::size_t question, std::size_t option) const;

private:
    void fillShares(std::size_t question, OptionShares& shares) const;
    // The agreed situation's choices (situation questions only) and the disputed questions.
    [[nodiscard]] ScoringModel::Choices situationChoices(std::vector<std::size_t>* disputed) const;
    void addSituation(ScoreTable& table) const;
    [[nodiscard]] std::vector<double> combinedWeights() const;
    void chooseWeightSource();

    const ScoringModel& model_;
    const KnowledgeBase& kb_;
    std::vector<std::size_t> voters_;
    std::vector<double> votes_;
    double totalVote_ = 0.0;
    // Each voter's answers; scoreWith changes one question in place and puts it back.
    std::vector<AnswerSet> scratch_;
    // Per voter: direct weights, or nothing when their answers decide their weights. Voters
    // who gave pairwise judgements count as one block (inPairwiseBlock_).
    std::vector<std::optional<std::vector<double>>> fixedWeights_;
    std::vector<bool> inPairwiseBlock_;
    double pairwiseVote_ = 0.0;
    std::optional<PairwiseJudgements> judgements_;
    std::optional<AhpResult> ahp_;
    WeightSource source_ = WeightSource::Group;
    double situationCounts_ = 0.0;
    OptionShares shares_;
    ScoreTable table_;
};

} // namespace advisor
