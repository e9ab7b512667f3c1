// The promises calibrate() checks about the two lenses and the answers that reweigh the article's
// claims: the team's situation never changes the article's lens and, counted at 0, is nothing;
// it never makes a clear verdict against the article's winner; a situation fact alone favours
// its stack; an answer that makes a criterion count for less only shrinks that criterion; an
// answer that moves the weights never weakens what a kind of work alone says.
#pragma once

#include "core/engine/calibration.h"
#include "core/engine/calibration_walk.h"
#include "core/model/scoring_model.h"

#include <string>
#include <vector>

namespace advisor {

// Marks a check broken by its first counterexample.
void fail(PropertyCheck& check, const std::string& counterexample);

class LensChecks {
public:
    LensChecks(const KnowledgeBase& kb, const ScoringModel& model, double situationCounts,
               const MonteCarloSettings& monteCarlo);

    // One walked answer set, its sums and its outcome with the situation counted.
    void visit(const calibration_walk::Answers& answers, const ScoreSums& sums,
               const calibration_walk::Outcome& out);
    // Every check, the ones that need only the single-answer cases included.
    [[nodiscard]] std::vector<PropertyCheck>
    results(const std::vector<SingleAnswerCase>& singles) const;

private:
    void checkArticleUnchanged(const calibration_walk::Answers& answers, const ScoreSums& sums);
    void checkCountsZero(const calibration_walk::Answers& answers);
    void checkNeverClearAgainst(const ScoreSums& sums, const calibration_walk::Outcome& out,
                                const calibration_walk::Answers& answers);
    void checkDampOnlyShrinks(const calibration_walk::Answers& answers, const ScoreSums& sums);
    [[nodiscard]] PropertyCheck weightMovesKeepKinds() const;
    [[nodiscard]] PropertyCheck articleRestsOnArticle() const;
    [[nodiscard]] PropertyCheck
    factsAloneFavourTheirStack(const std::vector<SingleAnswerCase>& singles) const;
    [[nodiscard]] bool answersSituation(const calibration_walk::Answers& answers) const;

    const KnowledgeBase& kb_;
    const ScoringModel& model_;
    double counts_ = 0.0;
    MonteCarloSettings monteCarlo_;
    std::size_t visited_ = 0;
    PropertyCheck articleUnchanged_;
    PropertyCheck countsZero_;
    PropertyCheck neverClearAgainst_;
    PropertyCheck dampOnlyShrinks_;
};

} // namespace advisor
