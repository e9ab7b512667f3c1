#include "core/group/group_engine.h"

#include "core/group/group_result.h"
#include "core/group/group_scorer.h"
#include "core/group/group_weights.h"
#include "core/model/engine_steps.h"
#include "core/model/respondent_evaluation.h"
#include "core/model/sensitivity.h"
#include "core/model/situation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace advisor {
namespace {

// The leader's lead over the best of the rest under a table (negative when it trails).
double leadOf(const ScoreTable& table, std::size_t leader) {
    double best = -1e300;
    for (std::size_t a = 0; a < table.alternatives; ++a)
        if (a != leader)
            best = std::max(best, table.total(a));
    return table.total(leader) - best;
}

RespondentResult ownResult(const Evaluation& ev, bool votes) {
    RespondentResult r;
    r.weights = ev.weights;
    r.weightSource = ev.weightSource;
    if (ev.ahp)
        r.consistencyRatio = ev.ahp->consistencyRatio;
    r.winner = ev.recommendation.winner;
    r.runnerUp = ev.recommendation.runnerUp;
    r.margin = ev.recommendation.margin;
    r.tied = ev.recommendation.tied;
    r.votes = votes;
    return r;
}

// Answer flips for a group: one question answered alike by every voter. A single-choice
// option everyone has already, or a multi-choice option everyone has (to add) or no one has (to
// drop), changes nothing and is not tried, so a group whose voters all answered alike gets
// exactly their answer flips.
std::vector<AnswerFlip> groupAnswerFlips(const KnowledgeBase& kb, GroupScorer& scorer,
                                         std::size_t winner, bool tiedNow) {
    std::vector<AnswerFlip> flips;
    auto tryChange = [&](const GroupAnswerChange& change, std::size_t option, bool removes) {
        const auto table = scorer.scoreWith(change);
        const auto newWinner = table.winner();
        if (!table.leadTied() && (tiedNow || newWinner != winner))
            flips.push_back({change.question, option, removes, newWinner});
    };
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        const auto& question = kb.questions[q];
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            if (question.kind == QuestionKind::Single) {
                if (!scorer.everyoneAnswers(q, o))
                    tryChange({GroupAnswerChange::Kind::Set, q, std::vector<std::size_t>{o}, o}, o,
                              false);
                continue;
            }
            if (!scorer.everyoneHas(q, o))
                tryChange({GroupAnswerChange::Kind::Add, q, std::nullopt, o}, o, false);
            if (scorer.someoneHas(q, o))
                tryChange({GroupAnswerChange::Kind::Remove, q, std::nullopt, o}, o, true);
        }
    }
    return flips;
}

// Who favours what among the voters, and whether that leaves the group split.
GroupTally tallyOf(const KnowledgeBase& kb, const GroupScorer& scorer,
                   const std::vector<RespondentResult>& own) {
    GroupTally tally;
    const std::size_t nA = kb.alternatives.size();
    tally.favour.assign(nA, 0);
    tally.favourWeight.assign(nA, 0.0);
    double total = 0.0;
    std::vector<double> weight(nA, 0.0);
    for (std::size_t i = 0; i < scorer.voters().size(); ++i) {
        const auto& r = own[scorer.voters()[i]];
        total += scorer.votes()[i];
        ++tally.voters;
        if (r.tied) {
            ++tally.undecided;
            continue;
        }
        ++tally.favour[r.winner];
        weight[r.winner] += scorer.votes()[i];
    }
    std::size_t stances = tally.undecided > 0 ? 1 : 0;
    for (std::size_t a = 0; a < nA; ++a) {
        tally.favourWeight[a] = weight[a] / total;
        stances += tally.favour[a] > 0 ? 1 : 0;
        // A hair of rounding must not turn two thirds into less.
        if (tally.favourWeight[a] >= kUnitedShare - 1e-12)
            tally.majority = a;
    }
    tally.split = !tally.majority && stances >= 2;
    return tally;
}

// The questions answered differently (in effect), each answer tried as everyone's.
std::vector<Disagreement> disagreementsOf(const KnowledgeBase& kb, const AnswerSet& decision,
                                          GroupScorer& scorer, const Evaluation& ev) {
    const auto& people = decision.respondents;
    const auto& rec = ev.recommendation;
    // Leads measured from the table the group has now, so every answer is compared alike.
    const double leadNow = leadOf(scorer.table(), rec.winner);
    // Weight sums in the voters' fixed order, so the answers' order does not depend on the
    // order people were added in.
    std::vector<double> vote(people.size(), 0.0);
    for (std::size_t i = 0; i < scorer.voters().size(); ++i)
        vote[scorer.voters()[i]] = scorer.votes()[i];

    std::vector<Disagreement> list;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        const auto& first = people.front().answers.effective(kb, q);
        if (std::all_of(people.begin(), people.end(),
                        [&](const Respondent& r) { return r.answers.effective(kb, q) == first; }))
            continue;
        Disagreement d;
        d.question = q;
        std::map<std::optional<std::vector<std::size_t>>, std::vector<std::size_t>> byChoice;
        for (std::size_t r = 0; r < people.size(); ++r)
            byChoice[people[r].answers.choices[q]].push_back(r);
        std::vector<std::pair<double, GroupAnswer>> ranked;
        for (auto& [choice, who] : byChoice) {
            GroupAnswer answer;
            answer.choice = choice;
            answer.respondents = who;
            const auto table = scorer.scoreWith({GroupAnswerChange::Kind::Set, q, choice, 0});
            answer.tiedIfAll = table.leadTied();
            answer.winnerIfAll = table.winner();
            answer.leadIfAll = leadOf(table, rec.winner);
            answer.changesResult =
                answer.tiedIfAll != rec.tied || (!rec.tied && answer.winnerIfAll != rec.winner);
            d.decisive = d.decisive || answer.changesResult;
            d.swing = std::max(d.swing, std::abs(answer.leadIfAll - leadNow));
            double weight = 0.0;
            for (auto v : scorer.voters())
                if (std::find(who.begin(), who.end(), v) != who.end())
                    weight += vote[v];
            ranked.emplace_back(weight, std::move(answer));
        }
        // Most voting weight first, then most people; the map already put the choices in order.
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            if (a.first != b.first)
                return a.first > b.first;
            return a.second.respondents.size() > b.second.respondents.size();
        });
        for (auto& [weight, answer] : ranked)
            d.answers.push_back(std::move(answer));
        list.push_back(std::move(d));
    }
    std::stable_sort(list.begin(), list.end(), [](const Disagreement& a, const Disagreement& b) {
        if (a.decisive != b.decisive)
            return a.decisive;
        return a.swing > b.swing;
    });
    return list;
}

} // namespace

Evaluation evaluateGroup(const KnowledgeBase& kb, const AnswerSet& decision,
                         const EngineOptions& options) {
    const ScoringModel model(kb);
    GroupScorer scorer(model, decision);
    auto group = std::make_shared<GroupResult>();

    // Everyone's own result, from their answers alone (no sensitivity: only the winner and the
    // margin are shown; selecting a respondent in the GUI evaluates them in full).
    EngineOptions ownOptions = options;
    ownOptions.withSensitivity = false;
    for (const auto& r : decision.respondents)
        group->respondents.push_back(
            ownResult(evaluateRespondent(kb, r.answers, ownOptions), r.weight > 0.0));

    Evaluation ev;
    ev.baseWeights.resize(kb.criteria.size());
    for (std::size_t c = 0; c < kb.criteria.size(); ++c)
        ev.baseWeights[c] = model.baseRaw(c);
    const double baseSum = std::accumulate(ev.baseWeights.begin(), ev.baseWeights.end(), 0.0);
    for (double& w : ev.baseWeights)
        w /= baseSum;

    const ScoreTable& table = scorer.table();
    ev.weights = table.weights;
    ev.weightSource = scorer.weightSource();
    ev.weightTrace = scorer.weightTrace();
    ev.ahp = scorer.ahp();
    rankAndJudge(
        table, options,
        [&](std::size_t winner, bool tied) { return groupAnswerFlips(kb, scorer, winner, tied); },
        ev);
    auto& rec = ev.recommendation;

    // What every voter's answers point to, together.
    std::vector<std::size_t> leaned;
    std::vector<AnswerRef> silent;
    std::vector<bool> answeredBySomeone(kb.questions.size(), false);
    for (auto v : scorer.voters()) {
        const auto& answers = decision.respondents[v].answers;
        for (auto a : leanedAlternatives(kb, answers))
            leaned.push_back(a);
        for (const auto& s : silentAnswers(kb, answers))
            silent.push_back(s);
        for (std::size_t q = 0; q < kb.questions.size(); ++q)
            answeredBySomeone[q] = answeredBySomeone[q] || answers.answered(q);
    }
    std::sort(leaned.begin(), leaned.end());
    leaned.erase(std::unique(leaned.begin(), leaned.end()), leaned.end());
    recommendHybrid(kb, leaned, rec);
    ev.reasons = explain(kb, scorer.shares(), table, rec.winner, rec.runnerUp);
    for (auto& reason : ev.reasons)
        reason.groupAnswers = true;
    judgeSituation(kb, scorer.situationFacts(), scorer.situationCounts(), ev);
    ev.situation.disputed = scorer.disputedSituation();
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        if (!answeredBySomeone[q])
            ev.defaultsUsed.push_back(q);
    auto byAnswer = [](const AnswerRef& a, const AnswerRef& b) {
        return a.question != b.question ? a.question < b.question : a.option < b.option;
    };
    std::sort(silent.begin(), silent.end(), byAnswer);
    silent.erase(std::unique(silent.begin(), silent.end(),
                             [&](const AnswerRef& a, const AnswerRef& b) {
                                 return !byAnswer(a, b) && !byAnswer(b, a);
                             }),
                 silent.end());
    ev.silentAnswers = std::move(silent);

    group->tally = tallyOf(kb, scorer, group->respondents);
    if (scorer.voters().size() >= 2) {
        std::vector<std::vector<double>> weights;
        for (auto v : scorer.voters())
            weights.push_back(group->respondents[v].weights);
        const double value = relativeHomogeneity(weights, scorer.votes());
        group->consensus = Consensus{value, consensusLevel(value)};
    }
    group->disagreements = disagreementsOf(kb, decision, scorer, ev);
    group->judgements = scorer.judgements();
    ev.group = std::move(group);
    return ev;
}

} // namespace advisor
