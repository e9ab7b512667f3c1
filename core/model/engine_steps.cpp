#include "core/model/engine_steps.h"

#include "core/kb/score_model.h"
#include "core/model/sensitivity.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace advisor {

// Splits the change from the base weights into one exact share per answer. With raw weights
// r = b + Σ d_k, base sum S0 and answered sum S, the normalised weight changes by
// Σ_k [d_kc / S − b_c · D_k / (S · S0)] where D_k is answer k's total raw delta.
std::vector<WeightTraceEntry> traceWeights(const KnowledgeBase& kb, const ScoringModel& model,
                                           const AnswerSet& answers) {
    const std::size_t nC = kb.criteria.size();
    std::vector<double> base(nC);
    for (std::size_t c = 0; c < nC; ++c)
        base[c] = model.baseRaw(c);
    const double s0 = std::accumulate(base.begin(), base.end(), 0.0);
    const auto raw = model.rawWeights(answers);
    const double s = std::accumulate(raw.begin(), raw.end(), 0.0);

    std::vector<WeightTraceEntry> trace;
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        for (auto o : answers.effective(kb, q)) {
            const auto& deltas = model.weightDeltas(q, o);
            const double total = std::accumulate(deltas.begin(), deltas.end(), 0.0);
            if (std::all_of(deltas.begin(), deltas.end(), [](double d) { return d == 0.0; }))
                continue;
            for (std::size_t c = 0; c < nC; ++c) {
                const double share = deltas[c] / s - base[c] * total / (s * s0);
                if (deltas[c] == 0.0 && std::abs(share) < 1e-12)
                    continue;
                trace.push_back({q, o, c, deltas[c], share, !answers.answered(q)});
            }
        }
    return trace;
}

OptionShares optionShares(const KnowledgeBase& kb, const AnswerSet& answers) {
    OptionShares shares;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        const std::size_t n = kb.questions[q].options.size();
        shares.share.emplace_back(n, 0.0);
        shares.answered.emplace_back(n, false);
        for (auto o : answers.effective(kb, q)) {
            shares.share[q][o] = 1.0;
            shares.answered[q][o] = answers.answered(q);
        }
    }
    return shares;
}

std::vector<Reason> explain(const KnowledgeBase& kb, const OptionShares& shares,
                            const ScoreTable& table, std::size_t winner, std::size_t runnerUp) {
    const auto& weights = table.weights;
    // Answers that make the kinds of work's claims count more ("a first version out"), and by
    // how much together.
    double amplify = 0.0;
    std::vector<AnswerRef> amplifiers;
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        for (std::size_t o = 0; o < shares.share[q].size(); ++o)
            if (const double a = kb.questions[q].options[o].effects.amplify;
                a != 0.0 && shares.share[q][o] != 0.0) {
                amplify += shares.share[q][o] * a;
                if (shares.answered[q][o])
                    amplifiers.push_back({q, o});
            }
    std::vector<Reason> reasons;
    for (std::size_t e = 0; e < kb.evidence.size(); ++e) {
        const auto& item = kb.evidence[e];
        // The item's exact part of each alternative's criterion score: its base share plus the
        // shifts from answers that emphasise it.
        double forWinner = baseShare(kb, e) * item.ratings[winner];
        double forRunnerUp = baseShare(kb, e) * item.ratings[runnerUp];
        Reason reason;
        reason.evidence = e;
        bool amplified = false;
        // Each option counts as far as it is in effect: fully for one person's answers, by its
        // share of the voting weight for a group's.
        for (std::size_t q = 0; q < kb.questions.size(); ++q)
            for (std::size_t o = 0; o < shares.share[q].size(); ++o) {
                const double share = shares.share[q][o];
                if (share == 0.0)
                    continue;
                const double times = kb.questions[q].signalsUseCase ? 1.0 + amplify : 1.0;
                for (const auto& [emphasised, boost] : kb.questions[q].options[o].effects.emphasis)
                    if (emphasised == e) {
                        forWinner += times * share * emphasisShift(item, winner, boost);
                        forRunnerUp += times * share * emphasisShift(item, runnerUp, boost);
                        if (shares.answered[q][o])
                            reason.emphasisedBy.push_back({q, o});
                        amplified = amplified || times != 1.0;
                    }
            }
        if (amplified)
            reason.emphasisedBy.insert(reason.emphasisedBy.end(), amplifiers.begin(),
                                       amplifiers.end());
        // A damped criterion keeps that share of every gap (ScoringModel::applyDamp).
        const double damp = table.damp.empty() ? 1.0 : table.damp[item.criterion];
        reason.impact = weights[item.criterion] * damp * (forWinner - forRunnerUp);
        if (damp != 1.0)
            for (std::size_t q = 0; q < kb.questions.size(); ++q)
                for (std::size_t o = 0; o < shares.share[q].size(); ++o) {
                    const auto& optionDamp = kb.questions[q].options[o].effects.damp;
                    if (shares.share[q][o] > 0.0 && shares.answered[q][o] && !optionDamp.empty() &&
                        optionDamp[item.criterion] < 1.0)
                        reason.dampedBy.push_back({q, o});
                }
        reason.favours = static_cast<std::size_t>(
            std::max_element(item.ratings.begin(), item.ratings.end()) - item.ratings.begin());
        if (std::abs(reason.impact) >= 0.005)
            reasons.push_back(std::move(reason));
    }
    // Supporting reasons first, each group strongest first; evidence order breaks ties so the
    // order is deterministic.
    std::stable_sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) {
        const bool aSupports = a.impact > 0;
        const bool bSupports = b.impact > 0;
        if (aSupports != bSupports)
            return aSupports;
        return std::abs(a.impact) > std::abs(b.impact);
    });
    return reasons;
}

std::vector<std::size_t> leanedAlternatives(const KnowledgeBase& kb, const AnswerSet& answers) {
    std::vector<std::size_t> leaned;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        if (!kb.questions[q].signalsUseCase || !answers.answered(q))
            continue;
        for (auto o : *answers.choices[q])
            if (const auto lean = kb.questions[q].options[o].leans;
                lean && std::find(leaned.begin(), leaned.end(), *lean) == leaned.end())
                leaned.push_back(*lean);
    }
    std::sort(leaned.begin(), leaned.end());
    return leaned;
}

namespace {

void suggestHybrid(const KnowledgeBase& kb, std::size_t first, std::size_t second,
                   Recommendation& rec) {
    for (const auto& pattern : kb.hybrids) {
        const auto& p = pattern.alternatives;
        if ((p[0] == first && p[1] == second) || (p[0] == second && p[1] == first)) {
            rec.hybrid = pattern.text;
            rec.hybridSource = pattern.source;
            return;
        }
    }
    rec.hybrid = "Both stacks fit parts of this project: build the core in " +
                 kb.alternatives[first].name + " and run the parts that suit " +
                 kb.alternatives[second].name + " as a separate service behind a clear interface.";
}

} // namespace

// Answered options that carry no effect and are not the question's neutral default: the article
// says nothing about them, and the result says so.
std::vector<AnswerRef> silentAnswers(const KnowledgeBase& kb, const AnswerSet& answers) {
    std::vector<AnswerRef> silent;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        // The article is silent on the team's situation by design: those answers count there.
        if (!answers.answered(q) || kb.questions[q].situation)
            continue;
        const auto& question = kb.questions[q];
        for (auto o : *answers.choices[q]) {
            const auto& option = question.options[o];
            const bool isDefault =
                std::find(question.defaultOptions.begin(), question.defaultOptions.end(), o) !=
                question.defaultOptions.end();
            if (!isDefault && !hasEffects(option))
                silent.push_back({q, o});
        }
    }
    return silent;
}

void rankAlternatives(const ScoreTable& table, Evaluation& ev) {
    for (std::size_t a = 0; a < table.alternatives; ++a) {
        AlternativeResult r;
        r.alternative = a;
        for (std::size_t c = 0; c < table.criteria; ++c) {
            r.scores.push_back(table.score(a, c));
            r.contributions.push_back(table.weights[c] * table.score(a, c));
        }
        r.total = std::accumulate(r.contributions.begin(), r.contributions.end(), 0.0);
        r.situation = table.offset(a);
        if (r.situation != 0.0)
            r.total += r.situation;
        ev.alternatives.push_back(std::move(r));
    }

    std::vector<double> totals;
    for (const auto& r : ev.alternatives)
        totals.push_back(r.total);
    const Ranking ranking = rank(totals);
    auto& rec = ev.recommendation;
    rec.winner = ranking.winner;
    rec.runnerUp = ranking.runnerUp;
    rec.margin = ranking.margin;
    rec.tied = ranking.tied;
}

void rankAndJudge(
    const ScoreTable& table, const EngineOptions& options,
    const std::function<std::vector<AnswerFlip>(std::size_t winner, bool tied)>& answerFlipsFor,
    Evaluation& ev) {
    rankAlternatives(table, ev);
    auto& rec = ev.recommendation;
    double winProbability = 1.0;
    std::vector<double> samples;
    if (options.withSensitivity) {
        samples = weightSamples(table.weights, options.monteCarlo);
        ev.sensitivity.flipPoints = flipPoints(table);
        ev.sensitivity.monteCarlo = monteCarlo(table, options.monteCarlo, samples);
        ev.sensitivity.answerFlips = answerFlipsFor(rec.winner, rec.tied);
        winProbability = ev.sensitivity.monteCarlo.winProbability[rec.winner];
    }
    rec.verdict = rec.tied ? Verdict::CloseCall : verdictFor(rec.margin, winProbability);

    // The article's lens: the criteria alone. Without a situation it is the result itself.
    auto& lens = ev.article;
    if (table.offsets.empty()) {
        lens = {rec.winner, rec.runnerUp, rec.margin, rec.tied, rec.verdict};
        return;
    }
    ScoreTable article = table;
    article.offsets.clear();
    const Ranking ranking = rank(article.totals());
    double articleProbability = 1.0;
    if (options.withSensitivity)
        articleProbability = winShares(article, samples)[ranking.winner];
    lens = {ranking.winner, ranking.runnerUp, ranking.margin, ranking.tied,
            ranking.tied ? Verdict::CloseCall : verdictFor(ranking.margin, articleProbability)};
}

void recommendHybrid(const KnowledgeBase& kb, const std::vector<std::size_t>& leaned,
                     Recommendation& rec) {
    rec.useCasesSplit = leaned.size() >= 2;
    if (rec.useCasesSplit) {
        // Pair the winner with the other side the use cases point to.
        const bool winnerLeaned =
            std::find(leaned.begin(), leaned.end(), rec.winner) != leaned.end();
        const std::size_t first = winnerLeaned ? rec.winner : leaned[0];
        std::size_t second = leaned[0] == first ? leaned[1] : leaned[0];
        suggestHybrid(kb, first, second, rec);
    }
    // A close call alone is no reason to run two stacks: two runtimes cost a team more than a
    // small margin is worth. The split is suggested only where the kinds of work point to both.
}

} // namespace advisor
