// The knowledge base compiled into flat arrays for fast, repeated scoring: the engine evaluates
// hundreds of variants of one answer set per change (answer flips, flip points, Monte Carlo).
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <cstddef>
#include <vector>

namespace advisor {

struct OptionShares; // core/engine_steps.h

// Weights and scores for one answer set; scores are row-major, alternatives × criteria.
struct ScoreTable {
    std::size_t alternatives = 0;
    std::size_t criteria = 0;
    std::vector<double> weights;
    std::vector<double> scores;

    [[nodiscard]] double score(std::size_t a, std::size_t c) const {
        return scores[a * criteria + c];
    }
    [[nodiscard]] double total(std::size_t a) const;
    [[nodiscard]] double totalWith(std::size_t a, const std::vector<double>& w) const;
    // The best alternative under the given weights; ties go to the earlier alternative.
    [[nodiscard]] std::size_t winner() const { return winnerWith(weights); }
    [[nodiscard]] std::size_t winnerWith(const std::vector<double>& w) const;
    // Whether the best alternative under the given weights shares the top with another: then
    // nothing separates them and no alternative should be called the winner.
    [[nodiscard]] bool leadTiedWith(const std::vector<double>& w) const;
    [[nodiscard]] bool leadTied() const { return leadTiedWith(weights); }
};

// Totals closer than this (on the 0..10 scale) are a tie: exact ties come out of the arithmetic
// with rounding noise far below it, real leads are far above it.
inline constexpr double kTieTolerance = 1e-9;

class ScoringModel {
public:
    explicit ScoringModel(const KnowledgeBase& kb);

    [[nodiscard]] const KnowledgeBase& knowledgeBase() const { return kb_; }

    // Raw (unnormalised) criterion weights implied by the answers.
    [[nodiscard]] std::vector<double> rawWeights(const AnswerSet& answers) const;
    // The same, normalised: the weights the answers imply when nothing overrides them.
    [[nodiscard]] std::vector<double> answerWeights(const AnswerSet& answers) const;
    // Weights in force: the override if one is given, else the normalised answer weights.
    [[nodiscard]] ScoreTable score(const AnswerSet& answers,
                                   const std::vector<double>* weightOverride = nullptr) const;
    // Scores with each option's emphasis counted by its share (a group's), under `weights`.
    // With every share 1 or 0 this is score() for the answers those shares describe.
    [[nodiscard]] ScoreTable scoreShares(const OptionShares& shares,
                                         std::vector<double> weights) const;

    [[nodiscard]] const std::vector<double>& weightDeltas(std::size_t q, std::size_t o) const {
        return options_[q][o].weightDeltas;
    }
    [[nodiscard]] double baseRaw(std::size_t c) const { return baseRaw_[c]; }

private:
    struct CompiledOption {
        std::vector<double> weightDeltas; // per criterion
        std::vector<double> scoreShifts;  // alternatives × criteria
    };

    const KnowledgeBase& kb_;
    std::vector<double> baseRaw_;
    std::vector<double> baseScores_;
    std::vector<std::vector<CompiledOption>> options_; // [question][option]
};

} // namespace advisor
