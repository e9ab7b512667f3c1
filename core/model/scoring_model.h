// The knowledge base compiled into flat arrays for fast, repeated scoring: the engine evaluates
// hundreds of variants of one answer set per change (answer flips, flip points, Monte Carlo).
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace advisor {

struct OptionShares; // core/engine_steps.h

// Weights and scores for one answer set; scores are row-major, alternatives × criteria.
struct ScoreTable {
    std::size_t alternatives = 0;
    std::size_t criteria = 0;
    std::vector<double> weights;
    std::vector<double> scores;
    // Per alternative, the points its total gets from outside the criteria: the team's
    // situation, as much as it counts (core/model/situation.h). Empty: the criteria alone.
    std::vector<double> offsets;
    // Per criterion, the share of its score gaps the answers keep (1: all); the scores above are
    // already damped. Empty: nothing damped.
    std::vector<double> damp;

    [[nodiscard]] double score(std::size_t a, std::size_t c) const {
        return scores[a * criteria + c];
    }
    [[nodiscard]] double offset(std::size_t a) const { return offsets.empty() ? 0.0 : offsets[a]; }
    [[nodiscard]] double total(std::size_t a) const;
    // With weights `w` that sum to 1: the criteria's contributions plus the offset.
    [[nodiscard]] double totalWith(std::size_t a, const std::vector<double>& w) const;
    // The best alternative under the given weights; ties go to the earlier alternative.
    [[nodiscard]] std::size_t winner() const { return winnerWith(weights); }
    [[nodiscard]] std::size_t winnerWith(const std::vector<double>& w) const;
    // Whether the best alternative under the given weights shares the top with another: then
    // nothing separates them and no alternative should be called the winner.
    [[nodiscard]] bool leadTiedWith(const std::vector<double>& w) const;
    [[nodiscard]] bool leadTied() const { return leadTiedWith(weights); }

    // The alternatives' totals under the table's weights, in knowledge-base order.
    [[nodiscard]] std::vector<double> totals() const;
};

// Who leads a table, by how much, and whether the top two tie.
struct Ranking {
    std::size_t winner = 0;   // the highest total; ties go to the earlier alternative
    std::size_t runnerUp = 0; // the highest of the others, likewise
    double margin = 0.0;      // 0 when tied
    bool tied = false;        // the top two are closer than kTieTolerance

    // An alternative's total minus the best of the others'.
    [[nodiscard]] static double lead(const std::vector<double>& totals, std::size_t a);
};
Ranking rank(const std::vector<double>& totals);

// Totals closer than this (on the 0..10 scale) are a tie: exact ties come out of the arithmetic
// with rounding noise far below it, real leads are far above it.
inline constexpr double kTieTolerance = 1e-9;

// An answer set's raw criterion weights and scores before the weights are normalised: the base
// plus the options' effects, so adding or taking away one option is one step (the calibration
// walk leaves each answer out in turn).
struct ScoreSums {
    std::vector<double> raw;    // per criterion
    std::vector<double> scores; // alternatives × criteria, before damping
    std::vector<double> damp;   // per criterion, the product of the damping options in effect
    // The shifts the kinds of work apply (questions that signal a use case), also included in
    // `scores`, and the share by which amplifying answers make them count more.
    std::vector<double> kindScores;
    double amplify = 0.0;
    // Per alternative, the product of (1 − strength) over the situation's facts in effect that
    // favour it: the room they leave below the cap (core/model/situation.h).
    std::vector<double> situationRoom;
};

class ScoringModel {
public:
    // Per question, the chosen options, or nothing when unanswered (AnswerSet::choices).
    using Choices = std::vector<std::optional<std::vector<std::size_t>>>;

    explicit ScoringModel(const KnowledgeBase& kb);

    [[nodiscard]] const KnowledgeBase& knowledgeBase() const { return kb_; }

    // The options in effect for a question: the choice, or the question's default.
    [[nodiscard]] const std::vector<std::size_t>& effective(const Choices& choices,
                                                            std::size_t q) const;
    // The sums for a set of choices: the options' effects added in question and option order,
    // weights and scores alike.
    [[nodiscard]] ScoreSums sums(const Choices& choices) const;
    // Adds (sign 1) or takes away (sign -1) one option's effects.
    void add(ScoreSums& sums, std::size_t q, std::size_t o, double sign = 1.0) const;
    // The table of the sums: weights normalised (or the override), scores damped, and the
    // situation's pull, counted `situationCounts` of the way (0: the article's criteria alone).
    [[nodiscard]] ScoreTable table(const ScoreSums& sums,
                                   const std::vector<double>* weightOverride = nullptr,
                                   double situationCounts = 0.0) const;

    // Raw (unnormalised) criterion weights implied by the answers.
    [[nodiscard]] std::vector<double> rawWeights(const AnswerSet& answers) const;
    // The same, normalised: the weights the answers imply when nothing overrides them.
    [[nodiscard]] std::vector<double> answerWeights(const AnswerSet& answers) const;
    // Weights in force: the override if one is given, else the normalised answer weights; the
    // situation counted as the answers say (situationCounts()).
    [[nodiscard]] ScoreTable score(const AnswerSet& answers,
                                   const std::vector<double>* weightOverride = nullptr) const;
    // The same without the situation: the article's lens.
    [[nodiscard]] ScoreTable
    scoreArticle(const AnswerSet& answers,
                 const std::vector<double>* weightOverride = nullptr) const;
    // Scores with each option's emphasis (and damping) counted by its share (a group's), under
    // `weights`, without the situation (a group's is one value: core/group). With every share 1
    // or 0 this is scoreArticle() for the answers those shares describe.
    [[nodiscard]] ScoreTable scoreShares(const OptionShares& shares,
                                         std::vector<double> weights) const;
    // The situation's pull per alternative for the given room (ScoreSums::situationRoom), counted
    // `counts` of the way: counts × cap × (1 − room).
    [[nodiscard]] std::vector<double> situationOffsets(const std::vector<double>& room,
                                                       double counts) const;

    [[nodiscard]] const std::vector<double>& weightDeltas(std::size_t q, std::size_t o) const {
        return options_[q][o].weightDeltas;
    }
    [[nodiscard]] double baseRaw(std::size_t c) const { return baseRaw_[c]; }

private:
    struct CompiledOption {
        std::vector<double> weightDeltas; // per criterion
        std::vector<double> scoreShifts;  // alternatives × criteria
        std::vector<double> damp;         // per criterion; empty when the option damps nothing
        std::vector<std::pair<std::size_t, double>> facts; // favoured alternative, 1 − strength
        bool kindOfWork = false; // its question signals a use case: amplifying answers count it
        double amplify = 0.0;
    };
    void applyDamp(ScoreTable& table, const std::vector<double>& damp) const;

    const KnowledgeBase& kb_;
    std::vector<double> baseRaw_;
    std::vector<double> baseScores_;
    std::vector<std::vector<CompiledOption>> options_; // [question][option]
};

} // namespace advisor
