// The answer space calibrate() walks: every way to answer each question (skipping counts as an
// answer; a multi-choice question takes up to a few options at a time), every answer set or a
// seeded uniform sample of them, and the words that name a walked set in a counterexample.
#pragma once

#include "core/base/random.h"
#include "core/engine/calibration.h"
#include "core/kb/knowledge_base.h"
#include "core/model/scoring_model.h"

#include <cstddef>
#include <string>
#include <vector>

namespace advisor::calibration_walk {

// An answer set as the walk holds it: per question, the chosen options, or nothing (skipped).
using Answers = ScoringModel::Choices;

// One way the walk answers a question: skipping it, or choosing these options.
struct Choice {
    bool skip = true;
    std::vector<std::size_t> options; // ascending
};

std::vector<std::vector<Choice>> answerSpace(const KnowledgeBase& kb, std::size_t maxMulti);

// The walked answer sets: every one, or a uniform seeded sample.
class Walk {
public:
    Walk(const std::vector<std::vector<Choice>>& space, const CalibrationOptions& options)
        : space_(space), rng_(options.seed) {
        size_ = 1.0;
        for (const auto& choices : space)
            size_ *= static_cast<double>(choices.size());
        exhaustive_ = size_ <= static_cast<double>(options.exhaustiveLimit);
        count_ = exhaustive_ ? static_cast<std::size_t>(size_) : options.sampleSize;
        digits_.assign(space.size(), 0);
    }

    [[nodiscard]] double size() const { return size_; }
    [[nodiscard]] bool exhaustive() const { return exhaustive_; }
    [[nodiscard]] std::size_t count() const { return count_; }

    // The next answer set; call count() times.
    Answers next() {
        if (exhaustive_) {
            if (started_)
                for (std::size_t q = 0; q < digits_.size(); ++q) {
                    if (++digits_[q] < space_[q].size())
                        break;
                    digits_[q] = 0;
                }
            started_ = true;
        } else {
            for (std::size_t q = 0; q < digits_.size(); ++q)
                digits_[q] = static_cast<std::size_t>(rng_.next() % space_[q].size());
        }
        Answers answers(space_.size());
        for (std::size_t q = 0; q < digits_.size(); ++q) {
            const auto& choice = space_[q][digits_[q]];
            if (!choice.skip)
                answers[q] = choice.options;
        }
        return answers;
    }

private:
    const std::vector<std::vector<Choice>>& space_;
    Xoshiro256 rng_;
    double size_ = 0.0;
    bool exhaustive_ = false;
    std::size_t count_ = 0;
    bool started_ = false;
    std::vector<std::size_t> digits_;
};

// What one answer set scores: the table's totals (the situation counted as much as the walk
// counts it) and who leads them, ranked as the engine ranks.
struct Outcome {
    std::vector<double> totals;
    Ranking ranking;

    [[nodiscard]] double lead(std::size_t a) const { return Ranking::lead(totals, a); }
};
Outcome outcomeOf(const ScoringModel& model, const ScoreSums& sums, double situationCounts);

// "app_type=chat+api, team=python (the rest skipped)", or "nothing answered".
std::string describe(const KnowledgeBase& kb, const Answers& answers);

// The answer set without one option: a multi-choice question loses it (and is skipped when
// nothing is left), a single-choice question is skipped.
Answers without(const Answers& answers, std::size_t q, std::size_t o);

} // namespace advisor::calibration_walk
