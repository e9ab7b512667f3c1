#include "core/engine/calibration_checks.h"

#include "core/engine/engine.h"
#include "core/kb/score_model.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

using calibration_walk::Answers;
using calibration_walk::describe;
using calibration_walk::Outcome;
using calibration_walk::outcomeOf;

// The engine's full evaluation of a walked set is too slow for every one of them; this many
// walked sets that assert a fact are evaluated for the counts-0 check.
constexpr std::size_t kEvaluateEvery = 97;
constexpr double kGapTolerance = 1e-9;

std::string optionName(const KnowledgeBase& kb, std::size_t q, std::size_t o) {
    return kb.questions[q].id + "=" + kb.questions[q].options[o].id;
}

bool isDefault(const KnowledgeBase& kb, std::size_t q, std::size_t o) {
    const auto& d = kb.questions[q].defaultOptions;
    return std::find(d.begin(), d.end(), o) != d.end();
}

// The set without question q's answer: its default applies.
void leaveQuestionOut(const ScoringModel& model, const KnowledgeBase& kb, ScoreSums& sums,
                      const Answers& answers, std::size_t q) {
    for (auto o : *answers[q])
        model.add(sums, q, o, -1.0);
    for (auto d : kb.questions[q].defaultOptions)
        model.add(sums, q, d, 1.0);
}

} // namespace

void fail(PropertyCheck& check, const std::string& counterexample) {
    if (check.holds)
        check.counterexample = counterexample;
    check.holds = false;
}

LensChecks::LensChecks(const KnowledgeBase& kb, const ScoringModel& model, double situationCounts,
                       const MonteCarloSettings& monteCarlo)
    : kb_(kb), model_(model), counts_(situationCounts), monteCarlo_(monteCarlo) {
    articleUnchanged_ = {"situation_leaves_article_lens",
                         "Answers about the team's situation never change the article's lens: "
                         "its weights, scores and totals are the same with them or without.",
                         true,
                         0,
                         {}};
    countsZero_ = {"counts_zero_is_the_article",
                   "With situation_counts at 0 the result is exactly the article's lens: the "
                   "same winner, margin and verdict.",
                   true,
                   0,
                   {}};
    neverClearAgainst_ = {"situation_never_clear_against_article",
                          "The team's situation may overturn the article's winner, never into a "
                          "clear verdict (machine learning on NumPy-class libraries stays at most "
                          "a lean for Node.js, whatever the team's situation).",
                          true,
                          0,
                          {}};
    dampOnlyShrinks_ = {"damping_only_shrinks",
                        "An answer that makes a criterion count for less (few users, stable "
                        "growth, relaxed latency) only shrinks that criterion's gaps between the "
                        "stacks: less scale never raises the lead that scale claims give, and "
                        "every other criterion and weight stays as it was.",
                        true,
                        0,
                        {}};
}

bool LensChecks::answersSituation(const Answers& answers) const {
    for (std::size_t q = 0; q < answers.size(); ++q)
        if (answers[q] && kb_.questions[q].situation)
            return true;
    return false;
}

void LensChecks::visit(const Answers& answers, const ScoreSums& sums, const Outcome& out) {
    ++visited_;
    checkArticleUnchanged(answers, sums);
    checkNeverClearAgainst(sums, out, answers);
    checkDampOnlyShrinks(answers, sums);
    if (visited_ % kEvaluateEvery == 0)
        checkCountsZero(answers);
}

void LensChecks::checkArticleUnchanged(const Answers& answers, const ScoreSums& sums) {
    if (!answersSituation(answers))
        return;
    ScoreSums without = sums;
    for (std::size_t q = 0; q < answers.size(); ++q)
        if (answers[q] && kb_.questions[q].situation)
            leaveQuestionOut(model_, kb_, without, answers, q);
    const auto with = model_.table(sums, nullptr, 0.0);
    const auto alone = model_.table(without, nullptr, 0.0);
    ++articleUnchanged_.checked;
    if (with.weights != alone.weights || with.scores != alone.scores ||
        with.totals() != alone.totals())
        fail(articleUnchanged_, describe(kb_, answers) +
                                    " scores differently on the article's criteria than without "
                                    "its situation answers");
}

void LensChecks::checkCountsZero(const Answers& answers) {
    if (kb_.situation.empty() || !answersSituation(answers))
        return;
    AnswerSet set = AnswerSet::empty(kb_);
    set.choices = answers;
    EngineOptions options;
    options.monteCarlo = monteCarlo_;
    const Evaluation counted = evaluate(kb_, set, options);
    set.situationCounts = 0.0;
    const Evaluation alone = evaluate(kb_, set, options);
    ++countsZero_.checked;
    const auto& lens = counted.article;
    const auto& rec = alone.recommendation;
    if (rec.tied != lens.tied || (!rec.tied && rec.winner != lens.winner) ||
        rec.margin != lens.margin || rec.verdict != lens.verdict)
        fail(countsZero_, describe(kb_, answers) +
                              ": situation_counts 0 gives another result than the article's lens");
}

void LensChecks::checkNeverClearAgainst(const ScoreSums& sums, const Outcome& out,
                                        const Answers& answers) {
    if (kb_.situation.empty() || counts_ <= 0.0)
        return;
    const Ranking article = rank(model_.table(sums, nullptr, 0.0).totals());
    if (article.tied || out.ranking.tied || out.ranking.winner == article.winner)
        return;
    ++neverClearAgainst_.checked;
    // A clear verdict needs a margin of kClearMargin first of all.
    if (out.ranking.margin >= kClearMargin)
        fail(neverClearAgainst_, describe(kb_, answers) + " overturns the article's " +
                                     kb_.alternatives[article.winner].name + " into a margin of " +
                                     std::to_string(out.ranking.margin) + " for " +
                                     kb_.alternatives[out.ranking.winner].name);
}

void LensChecks::checkDampOnlyShrinks(const Answers& answers, const ScoreSums& sums) {
    for (std::size_t q = 0; q < answers.size(); ++q) {
        if (!answers[q])
            continue;
        // The criteria the answer makes count for less: damped, or weighed down.
        std::vector<bool> lowers(kb_.criteria.size(), false);
        bool any = false;
        for (auto o : *answers[q]) {
            const auto& effects = kb_.questions[q].options[o].effects;
            for (std::size_t c = 0; c < lowers.size(); ++c) {
                const bool lower = (!effects.damp.empty() && effects.damp[c] < 1.0) ||
                                   effects.weightDeltas[c] < 0.0;
                lowers[c] = lowers[c] || lower;
                any = any || lower;
            }
        }
        if (!any)
            continue;
        ScoreSums without = sums;
        leaveQuestionOut(model_, kb_, without, answers, q);
        const auto with = model_.table(sums, nullptr, 0.0);
        const auto alone = model_.table(without, nullptr, 0.0);
        ++dampOnlyShrinks_.checked;
        // Each criterion's part of every pairwise lead: weight times score gap.
        bool holds = true;
        for (std::size_t c = 0; holds && c < with.criteria; ++c)
            for (std::size_t a = 0; holds && a < with.alternatives; ++a)
                for (std::size_t b = a + 1; holds && b < with.alternatives; ++b) {
                    const double now = with.weights[c] * (with.score(a, c) - with.score(b, c));
                    const double before =
                        alone.weights[c] * (alone.score(a, c) - alone.score(b, c));
                    holds = lowers[c] ? std::abs(now) <= std::abs(before) + kGapTolerance &&
                                            now * before >= 0.0
                                      : std::abs(now - before) <= kGapTolerance;
                }
        if (!holds)
            fail(dampOnlyShrinks_, describe(kb_, answers) + ": " + kb_.questions[q].id +
                                       " changes more than the part of the criteria it makes "
                                       "count for less");
    }
}

PropertyCheck LensChecks::weightMovesKeepKinds() const {
    PropertyCheck check{"reweighing_keeps_kinds_of_work",
                        "An answer that reweighs the article's claims (getting a first version "
                        "out) never weakens what a kind of work chosen alone says: each leans to "
                        "its stack at least as much with it.",
                        true,
                        0,
                        {}};
    for (std::size_t wq = 0; wq < kb_.questions.size(); ++wq)
        for (std::size_t wo = 0; wo < kb_.questions[wq].options.size(); ++wo) {
            const auto& reweighs = kb_.questions[wq].options[wo];
            if (!movesWeights(reweighs) && reweighs.effects.amplify == 0.0)
                continue;
            for (std::size_t uq = 0; uq < kb_.questions.size(); ++uq) {
                if (!kb_.questions[uq].signalsUseCase || uq == wq)
                    continue;
                for (std::size_t uo = 0; uo < kb_.questions[uq].options.size(); ++uo) {
                    const auto leans = kb_.questions[uq].options[uo].leans;
                    if (!leans || isDefault(kb_, uq, uo))
                        continue;
                    Answers alone(kb_.questions.size());
                    alone[uq] = std::vector<std::size_t>{uo};
                    Answers with = alone;
                    with[wq] = std::vector<std::size_t>{wo};
                    const auto before = outcomeOf(model_, model_.sums(alone), counts_);
                    const auto after = outcomeOf(model_, model_.sums(with), counts_);
                    ++check.checked;
                    if (after.lead(*leans) < before.lead(*leans) - kTieTolerance)
                        fail(check, optionName(kb_, wq, wo) + " weakens " +
                                        optionName(kb_, uq, uo) + "'s lead for " +
                                        kb_.alternatives[*leans].name);
                }
            }
        }
    return check;
}

PropertyCheck LensChecks::articleRestsOnArticle() const {
    PropertyCheck check{"article_lens_rests_on_the_article",
                        "The article's lens rests on the article alone: no answer applies a "
                        "claim from outside it to the four criteria (the team's situation, "
                        "which rests on other sources, stands apart).",
                        true,
                        0,
                        {}};
    for (std::size_t q = 0; q < kb_.questions.size(); ++q)
        for (std::size_t o = 0; o < kb_.questions[q].options.size(); ++o)
            for (const auto& [e, boost] : kb_.questions[q].options[o].effects.emphasis) {
                ++check.checked;
                if (kb_.evidence[e].source.outsideArticle)
                    fail(check, optionName(kb_, q, o) + " applies " + kb_.evidence[e].id +
                                    ", which rests on a source outside the article");
            }
    return check;
}

PropertyCheck
LensChecks::factsAloneFavourTheirStack(const std::vector<SingleAnswerCase>& singles) const {
    PropertyCheck check{"situation_facts_alone_favour_their_stack",
                        "Each fact of the team's situation answered alone favours its stack, "
                        "with at least a lean where its pull alone reaches a lean's margin "
                        "(existing code in one stack leans to that stack).",
                        true,
                        0,
                        {}};
    if (counts_ <= 0.0)
        return check;
    for (const auto& fact : kb_.situation.facts)
        for (const auto& c : singles) {
            if (c.question != fact.question || c.option != fact.option)
                continue;
            ++check.checked;
            const std::string name = optionName(kb_, c.question, c.option);
            if (c.tied || c.winner != fact.favours)
                fail(check, name + " alone does not favour " + kb_.alternatives[fact.favours].name);
            else if (counts_ * kb_.situation.cap * fact.strength >= kLeanMargin &&
                     c.verdict == Verdict::CloseCall)
                fail(check, name + " alone is only a close call");
        }
    return check;
}

std::vector<PropertyCheck> LensChecks::results(const std::vector<SingleAnswerCase>& singles) const {
    std::vector<PropertyCheck> out{articleRestsOnArticle(), articleUnchanged_, countsZero_};
    if (!kb_.situation.empty())
        out.push_back(factsAloneFavourTheirStack(singles));
    out.push_back(neverClearAgainst_);
    out.push_back(dampOnlyShrinks_);
    out.push_back(weightMovesKeepKinds());
    return out;
}

} // namespace advisor
