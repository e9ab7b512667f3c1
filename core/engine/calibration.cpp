#include "core/engine/calibration.h"

#include "core/base/random.h"
#include "core/engine/calibration_checks.h"
#include "core/engine/calibration_walk.h"
#include "core/engine/engine.h"
#include "core/kb/score_model.h"
#include "core/model/scoring_model.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace advisor {
namespace {

using namespace calibration_walk;

// Verdicts as the engine gives them. The Monte Carlo samples depend only on the weights, which
// few answers move, so each weight vector's samples are drawn once.
class VerdictJudge {
public:
    VerdictJudge(MonteCarloSettings settings, double situationCounts)
        : settings_(settings), counts_(situationCounts) {}

    Verdict operator()(const Outcome& out, const ScoringModel& model, const ScoreSums& sums) {
        if (out.ranking.tied || out.ranking.margin < kLeanMargin)
            return Verdict::CloseCall; // whatever the samples say
        return verdictFor(out.ranking.margin,
                          winProbability(out, model.table(sums, nullptr, counts_)));
    }

private:
    double winProbability(const Outcome& out, const ScoreTable& t) {
        // A winner ahead on every criterion (and on the situation's points) wins every sample:
        // no need to draw them.
        const std::size_t winner = out.ranking.winner;
        bool aheadEverywhere = true;
        for (std::size_t b = 0; aheadEverywhere && b < t.alternatives; ++b) {
            if (b != winner && t.offset(winner) < t.offset(b))
                aheadEverywhere = false;
            for (std::size_t c = 0; b != winner && c < t.criteria; ++c)
                if (t.score(winner, c) < t.score(b, c))
                    aheadEverywhere = false;
        }
        if (aheadEverywhere)
            return 1.0;
        auto it = samples_.find(t.weights);
        if (it == samples_.end())
            it = samples_.emplace(t.weights, weightSamples(t.weights, settings_)).first;
        return winShares(t, it->second)[winner];
    }

    MonteCarloSettings settings_;
    double counts_ = 0.0;
    std::map<std::vector<double>, std::vector<double>> samples_;
};

void count(WinCount& tally, const Outcome& out) {
    ++tally.sets;
    if (out.ranking.tied)
        ++tally.ties;
    else
        ++tally.wins[out.ranking.winner];
}

void count(VerdictMix& mix, Verdict v) {
    switch (v) {
    case Verdict::Clear:
        ++mix.clear;
        return;
    case Verdict::Lean:
        ++mix.lean;
        return;
    case Verdict::CloseCall:
        ++mix.closeCall;
        return;
    }
}

class Calibrator {
public:
    Calibrator(const KnowledgeBase& kb, const CalibrationOptions& options)
        : kb_(kb), options_(options), model_(kb),
          counts_(options.situationCounts.value_or(kb.situation.defaultCounts)),
          judge_(options.monteCarlo, counts_), lenses_(kb, model_, counts_, options.monteCarlo) {
        for (const auto& q : kb.questions) {
            std::vector<std::optional<std::size_t>> favoured;
            for (const auto& o : q.options)
                favoured.push_back(favouredAlternative(kb, o));
            favoured_.push_back(std::move(favoured));
        }
        // An answer that asserts a fact of the situation favours the fact's stack.
        for (const auto& fact : kb.situation.facts)
            favoured_[fact.question][fact.option] = fact.favours;
        leaningCheck_ = {"leaning_never_lowers",
                         "An answer that favours a stack never lowers that stack's lead "
                         "compared with leaving it out.",
                         true,
                         0,
                         {}};
        contextCheck_ = {"context_tips_only_close_calls",
                         "Context answers (the schedule) never overturn a lead of a lean or more "
                         "that the other answers give.",
                         true,
                         0,
                         {}};
    }

    Calibration run() {
        Calibration result;
        result.options = options_;
        result.situationCounts = counts_;
        const auto space = answerSpace(kb_, options_.maxMultiChoices);
        Walk walk(space, options_);
        result.spaceSize = walk.size();
        result.exhaustive = walk.exhaustive();
        result.walked = walk.count();
        result.overall.wins.assign(kb_.alternatives.size(), 0);
        if (options_.withVerdicts)
            result.verdicts = VerdictMix{};
        prepareTallies(result);

        for (std::size_t i = 0; i < walk.count(); ++i) {
            const Answers answers = walk.next();
            const ScoreSums sums = model_.sums(answers);
            const Outcome out = outcomeOf(model_, sums, counts_);
            count(result.overall, out);
            if (result.verdicts)
                count(*result.verdicts, judge_(out, model_, sums));
            tally(result.perWorkType, answers, out);
            tally(result.perSituationAnswer, answers, out);
            compareWithout(answers, sums, out);
            checkContext(answers, sums, out);
            lenses_.visit(answers, sums, out);
        }

        result.nothingAnswered = single(Answers(kb_.questions.size()), 0, 0);
        for (std::size_t q = 0; q < kb_.questions.size(); ++q)
            for (std::size_t o = 0; o < kb_.questions[q].options.size(); ++o)
                if (!isDefault(q, o)) {
                    Answers answers(kb_.questions.size());
                    answers[q] = std::vector<std::size_t>{o};
                    result.singleAnswers.push_back(single(answers, q, o));
                }
        result.movers = movers();
        result.properties = {nothingIsDecided(result.nothingAnswered),
                             workTypesFavourTheirStack(result.singleAnswers), leaningCheck_,
                             contextCheck_};
        for (auto& check : lenses_.results(result.singleAnswers))
            result.properties.push_back(std::move(check));
        return result;
    }

private:
    [[nodiscard]] bool isDefault(std::size_t q, std::size_t o) const {
        const auto& d = kb_.questions[q].defaultOptions;
        return std::find(d.begin(), d.end(), o) != d.end();
    }

    void prepareTallies(Calibration& result) {
        for (std::size_t q = 0; q < kb_.questions.size(); ++q) {
            std::vector<std::vector<double>> sums;
            for (std::size_t o = 0; o < kb_.questions[q].options.size(); ++o) {
                sums.emplace_back(kb_.alternatives.size(), 0.0);
                WinCount tally;
                tally.wins.assign(kb_.alternatives.size(), 0);
                if (kb_.questions[q].signalsUseCase && !isDefault(q, o))
                    result.perWorkType.push_back({{q, o}, tally});
                if (kb_.questions[q].situation && !isDefault(q, o))
                    result.perSituationAnswer.push_back({{q, o}, tally});
            }
            shiftSums_.push_back(std::move(sums));
            shiftCounts_.emplace_back(kb_.questions[q].options.size(), 0);
        }
    }

    static void tally(std::vector<std::pair<AnswerRef, WinCount>>& tallies, const Answers& answers,
                      const Outcome& out) {
        for (auto& [ref, tally] : tallies) {
            const auto& chosen = answers[ref.question];
            if (chosen && std::find(chosen->begin(), chosen->end(), ref.option) != chosen->end())
                count(tally, out);
        }
    }

    // The sums with options of question q left out; when none of its options is left, the
    // question counts as skipped and its default applies.
    void leaveOut(ScoreSums& sums, const Answers& answers, std::size_t q,
                  const std::vector<std::size_t>& removed) const {
        for (auto o : removed)
            model_.add(sums, q, o, -1.0);
        if (removed.size() == answers[q]->size())
            for (auto d : kb_.questions[q].defaultOptions)
                model_.add(sums, q, d, 1.0);
    }

    // Each chosen option against the same set without it: how far it moves each lead (for the
    // movers table), and whether it ever lowers the lead of the stack it favours.
    void compareWithout(const Answers& answers, const ScoreSums& sums, const Outcome& out) {
        for (std::size_t q = 0; q < answers.size(); ++q) {
            if (!answers[q])
                continue;
            for (auto o : *answers[q]) {
                ScoreSums fewer = sums;
                leaveOut(fewer, answers, q, {o});
                const Outcome before = outcomeOf(model_, fewer, counts_);
                auto& shiftSums = shiftSums_[q][o];
                for (std::size_t a = 0; a < shiftSums.size(); ++a)
                    shiftSums[a] += out.lead(a) - before.lead(a);
                ++shiftCounts_[q][o];
                if (const auto favoured = favoured_[q][o]) {
                    ++leaningCheck_.checked;
                    if (out.lead(*favoured) < before.lead(*favoured) - kTieTolerance)
                        fail(leaningCheck_, kb_.questions[q].id + "=" +
                                                kb_.questions[q].options[o].id + " lowers " +
                                                kb_.alternatives[*favoured].name +
                                                "'s lead in: " + describe(kb_, answers));
                }
            }
        }
    }

    // The same answers with some left out (`reduced`) must give the same winner whenever the
    // reduced set leads by a lean or more.
    void checkOverturn(PropertyCheck& check, const Answers& answers, const Answers& reduced,
                       const ScoreSums& reducedSums, const Outcome& out) {
        const Ranking base = outcomeOf(model_, reducedSums, counts_).ranking;
        if (base.tied || base.margin < kLeanMargin)
            return;
        ++check.checked;
        if (out.ranking.tied || out.ranking.winner != base.winner)
            fail(check, describe(kb_, answers) + " overturns " +
                            kb_.alternatives[base.winner].name + "'s lead from " +
                            describe(kb_, reduced));
    }

    void checkContext(const Answers& answers, const ScoreSums& sums, const Outcome& out) {
        Answers reduced = answers;
        ScoreSums reducedSums = sums;
        for (std::size_t q = 0; q < reduced.size(); ++q)
            if (kb_.questions[q].context && answers[q]) {
                leaveOut(reducedSums, answers, q, *answers[q]);
                reduced[q].reset();
            }
        if (reduced != answers)
            checkOverturn(contextCheck_, answers, reduced, reducedSums, out);
    }

    SingleAnswerCase single(const Answers& answers, std::size_t q, std::size_t o) {
        const ScoreSums sums = model_.sums(answers);
        const Outcome out = outcomeOf(model_, sums, counts_);
        return {q,
                o,
                out.ranking.tied,
                out.ranking.winner,
                out.ranking.margin,
                judge_(out, model_, sums)};
    }

    [[nodiscard]] std::vector<MarginMover> movers() const {
        std::vector<MarginMover> list;
        for (std::size_t q = 0; q < shiftSums_.size(); ++q)
            for (std::size_t o = 0; o < shiftSums_[q].size(); ++o) {
                const auto n = shiftCounts_[q][o];
                if (n == 0)
                    continue;
                const auto& sums = shiftSums_[q][o];
                const auto best = static_cast<std::size_t>(
                    std::max_element(sums.begin(), sums.end()) - sums.begin());
                list.push_back({q, o, n, best, sums[best] / static_cast<double>(n)});
            }
        std::stable_sort(list.begin(), list.end(), [](const MarginMover& a, const MarginMover& b) {
            return std::abs(a.meanShift) > std::abs(b.meanShift);
        });
        return list;
    }

    [[nodiscard]] PropertyCheck nothingIsDecided(const SingleAnswerCase& nothing) const {
        PropertyCheck check{"nothing_answered_is_close",
                            "With nothing answered the result is a close call.",
                            true,
                            1,
                            {}};
        if (nothing.verdict != Verdict::CloseCall)
            fail(check, "nothing answered gives " + verdictId(nothing.verdict) + " for " +
                            kb_.alternatives[nothing.winner].name);
        return check;
    }

    [[nodiscard]] PropertyCheck
    workTypesFavourTheirStack(const std::vector<SingleAnswerCase>& singles) const {
        PropertyCheck check{"work_types_favour_their_stack",
                            "Each kind of work chosen alone favours the stack it leans to; a kind "
                            "that leans to neither stays a close call.",
                            true,
                            0,
                            {}};
        for (const auto& c : singles) {
            const auto& question = kb_.questions[c.question];
            if (!question.signalsUseCase)
                continue;
            ++check.checked;
            const auto& option = question.options[c.option];
            const std::string name = question.id + "=" + option.id;
            if (option.leans && (c.tied || c.winner != *option.leans))
                fail(check,
                     name + " alone does not favour " + kb_.alternatives[*option.leans].name);
            if (!option.leans && c.verdict != Verdict::CloseCall)
                fail(check,
                     name + " alone, which leans to neither stack, gives " + verdictId(c.verdict));
        }
        return check;
    }

    const KnowledgeBase& kb_;
    CalibrationOptions options_;
    ScoringModel model_;
    double counts_ = 0.0;
    VerdictJudge judge_;
    LensChecks lenses_;
    std::vector<std::vector<std::optional<std::size_t>>> favoured_;
    std::vector<std::vector<std::vector<double>>> shiftSums_; // [q][o][alternative]
    std::vector<std::vector<std::size_t>> shiftCounts_;
    PropertyCheck leaningCheck_;
    PropertyCheck contextCheck_;
};

} // namespace

double WinCount::share(std::size_t alternative) const {
    return sets ? static_cast<double>(wins[alternative]) / static_cast<double>(sets) : 0.0;
}

double WinCount::tieShare() const {
    return sets ? static_cast<double>(ties) / static_cast<double>(sets) : 0.0;
}

bool Calibration::allPropertiesHold() const {
    return std::all_of(properties.begin(), properties.end(),
                       [](const PropertyCheck& p) { return p.holds; });
}

Calibration calibrate(const KnowledgeBase& kb, const CalibrationOptions& options) {
    return Calibrator(kb, options).run();
}

} // namespace advisor
