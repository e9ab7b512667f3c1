// What the engine returns for a knowledge base and an answer set: weights and where they came
// from, scores and contributions, the recommendation, the reasons and the sensitivity analysis.
#pragma once

#include "core/kb/knowledge_base.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

enum class Verdict { Clear, Lean, CloseCall };
// Group: a group's weights combine its respondents' differing weights (see core/group_weights.h).
enum class WeightSource { Answers, Direct, Pairwise, Group };

std::string verdictId(Verdict v); // "clear", "lean", "close_call"
// The verdict for a margin and the winner's Monte Carlo probability (pass 1 to ignore it), by
// the thresholds in core/kb/score_model.h.
Verdict verdictFor(double margin, double winProbability);

// Which answer moved which criterion's (normalised) weight, and by how much.
struct WeightTraceEntry {
    std::size_t question = 0;
    std::size_t option = 0;
    std::size_t criterion = 0;
    double rawDelta = 0.0;    // the knowledge base's effect, before normalisation
    double weightDelta = 0.0; // its exact share of the change in the normalised weight
    bool fromDefault = false; // the question was unanswered and its default applied
};

struct AlternativeResult {
    std::size_t alternative = 0;
    std::vector<double> scores;        // 0..10 per criterion
    std::vector<double> contributions; // weight × score per criterion
    double situation = 0.0;            // the points the team's situation adds (its pull)
    double total = 0.0;                // the sum of contributions, plus the situation's points
    // The article's lens: the sum of the contributions alone.
    [[nodiscard]] double articleTotal() const { return total - situation; }
};

struct AnswerRef {
    std::size_t question = 0;
    std::size_t option = 0;
};

// One evidence item's part in the margin between the winner and the runner-up.
struct Reason {
    std::size_t evidence = 0;
    double impact = 0.0;                 // points of margin; positive supports the winner
    std::size_t favours = 0;             // the alternative this item rates highest
    std::vector<AnswerRef> emphasisedBy; // answers that made it count more (or less)
    bool groupAnswers = false;           // those answers are a group's, not one person's
    // Answers that made the item's criterion count for less (damp): a small load, say.
    std::vector<AnswerRef> dampedBy;
};

// One fact of the team's situation and its part in the margin between winner and runner-up.
struct SituationReason {
    std::size_t fact = 0; // index into KnowledgeBase::situation.facts
    double impact = 0.0;  // points of margin; positive supports the winner
    AnswerRef answer;     // the answer that asserts it ("your answer")
};

// What the team's situation adds to the decision, apart from the article's criteria.
struct SituationResult {
    double counts = 0.0;            // situation_counts in force: 0 (the article alone) to 1
    double cap = 0.0;               // the knowledge base's cap, in points
    std::vector<std::size_t> facts; // the facts in effect (indices into situation.facts)
    // Per alternative, how far its facts go towards the cap (0..1), before counting.
    std::vector<double> share;
    std::vector<SituationReason> reasons; // strongest first
    // The value of situation_counts in [0, 1] at which the winner changes, nearest the current
    // one, and who wins beyond it; nothing when no value would change it.
    std::optional<double> flipsAt;
    std::optional<std::size_t> newWinner;
    // A group's situation questions its respondents answer differently: a fact is the
    // project's, not a vote, so a disputed one counts for nothing until the group settles it.
    std::vector<std::size_t> disputed;

    // The alternative the situation favours most, and by how many points (counted) over the
    // next; nothing when it favours none.
    [[nodiscard]] std::optional<std::size_t> winner() const;
    [[nodiscard]] double pull() const;
};

// The decision as the article's criteria alone see it (the "article lens"): the same weights
// and scores without the situation.
struct ArticleLens {
    std::size_t winner = 0;
    std::size_t runnerUp = 0;
    double margin = 0.0;
    bool tied = false;
    Verdict verdict = Verdict::CloseCall;
};

struct Recommendation {
    std::size_t winner = 0;
    std::size_t runnerUp = 0;
    double margin = 0.0; // winner's total minus runner-up's, in score points (0..10 scale)
    // The top two totals are equal: nothing separates them, and `winner` is only the first of
    // them in knowledge-base order, never to be named as the recommendation.
    bool tied = false;
    Verdict verdict = Verdict::CloseCall;
    std::optional<std::string> hybrid;
    // Where the hybrid suggestion comes from (the article suggests none); empty for the generic
    // suggestion the engine words itself.
    std::optional<Citation> hybridSource;
    bool useCasesSplit = false;
};

struct FlipPoint {
    std::size_t criterion = 0;
    double weightNow = 0.0;
    std::optional<double> flipsAt; // the weight at which the winner changes, if within [0, 1]
    std::optional<std::size_t> newWinner;
    // When the lead is tied now: who would lead if this criterion weighed more (newWinner) and
    // who if it weighed less (winnerIfLess); flipsAt is then the current weight. Neither is set
    // when no weight on this criterion breaks the tie.
    bool tiedNow = false;
    std::optional<std::size_t> winnerIfLess;
    // No weight changes the winner, but at this end of the range (0 or 1) it ties with
    // `tiesWith`: a criterion no answer touches scores everyone the same, so all the weight on
    // it is a tie, never a lead.
    std::optional<double> tiesAt;
    std::optional<std::size_t> tiesWith;
};

struct MonteCarloResult {
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    double concentration = 0.0;
    std::vector<double> winProbability; // per alternative; a tied sample is shared
    double tiedShare = 0.0;             // the samples in which the lead was tied
};

struct AnswerFlip {
    std::size_t question = 0;
    std::size_t option = 0; // the option chosen instead (single) or toggled (multi)
    bool removes = false;   // multi-choice: the option is dropped rather than added
    std::size_t newWinner = 0;
};

struct Sensitivity {
    std::vector<FlipPoint> flipPoints;
    MonteCarloResult monteCarlo;
    std::vector<AnswerFlip> answerFlips;
};

struct AhpResult {
    std::vector<double> weights;
    double consistencyRatio = 0.0;
    double lambdaMax = 0.0;
    // The judgement furthest from what the other judgements imply, when CR > 0.10.
    std::optional<std::pair<std::size_t, std::size_t>> mostInconsistent;
    double suggestedJudgement = 0.0; // what the weights imply for that pair
};

// An article claim measured by the decision's Evidence Lab run (answers.lab).
struct MeasuredEvidence {
    std::size_t evidence = 0;            // the article's item the claim belongs to
    std::string claim;                   // the lab claim's id ("throughput")
    std::string verdict;                 // "holds", "holds_partly", "does_not_hold", "not_measured"
    std::optional<double> measuredRatio; // Node.js's advantage measured (> 1: Node.js ahead)
    std::string sentence;                // the lab's comparison, in words
    std::string measuredOn;              // YYYY-MM-DD
    bool replaces = false; // the measurement decides the item's ratings, not the article
    // With `replaces`: the share of the article's gap between the ratings the measurement keeps
    // (1 when the claim holds, 0 when it does not); it never reverses the article's direction.
    double strength = 1.0;
};

struct GroupResult; // core/group_result.h

struct Evaluation {
    std::vector<double> weights; // per criterion, sums to 1
    WeightSource weightSource = WeightSource::Answers;
    std::vector<double> baseWeights; // normalised weights before any answer
    std::vector<WeightTraceEntry> weightTrace;
    std::vector<AlternativeResult> alternatives; // knowledge-base order
    Recommendation recommendation;
    std::vector<Reason> reasons;           // supporting the winner first, strongest first
    std::vector<std::size_t> defaultsUsed; // questions left unanswered
    // Answers the knowledge base attaches no effect to (the article is silent on them), other
    // than the neutral defaults: said in the result rather than silently ignored.
    std::vector<AnswerRef> silentAnswers;
    std::vector<MeasuredEvidence> measured; // empty without a lab run
    // The two lenses: the article's criteria alone, and the team's situation; the fields above
    // (totals, recommendation, sensitivity) are the two together.
    ArticleLens article;
    SituationResult situation;
    Sensitivity sensitivity;
    std::optional<AhpResult> ahp;
    // A group decision's own part (each respondent's result, consensus, disagreements); the
    // fields above are then the group's. Null for a one-person decision.
    std::shared_ptr<const GroupResult> group;
};

} // namespace advisor
