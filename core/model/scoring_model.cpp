#include "core/model/scoring_model.h"

#include "core/kb/score_model.h"
#include "core/model/engine_steps.h"

#include <algorithm>

namespace advisor {

double ScoreTable::total(std::size_t a) const {
    return totalWith(a, weights);
}

double ScoreTable::totalWith(std::size_t a, const std::vector<double>& w) const {
    double sum = 0.0;
    for (std::size_t c = 0; c < criteria; ++c)
        sum += w[c] * scores[a * criteria + c];
    return sum;
}

std::size_t ScoreTable::winnerWith(const std::vector<double>& w) const {
    std::size_t best = 0;
    double bestTotal = totalWith(0, w);
    for (std::size_t a = 1; a < alternatives; ++a) {
        const double t = totalWith(a, w);
        if (t > bestTotal) {
            best = a;
            bestTotal = t;
        }
    }
    return best;
}

bool ScoreTable::leadTiedWith(const std::vector<double>& w) const {
    const std::size_t best = winnerWith(w);
    const double bestTotal = totalWith(best, w);
    for (std::size_t a = 0; a < alternatives; ++a)
        if (a != best && bestTotal - totalWith(a, w) <= kTieTolerance)
            return true;
    return false;
}

std::vector<double> ScoreTable::totals() const {
    std::vector<double> out(alternatives);
    for (std::size_t a = 0; a < alternatives; ++a)
        out[a] = total(a);
    return out;
}

Ranking rank(const std::vector<double>& totals) {
    Ranking r;
    for (std::size_t a = 1; a < totals.size(); ++a)
        if (totals[a] > totals[r.winner])
            r.winner = a;
    r.runnerUp = r.winner == 0 ? 1 : 0;
    for (std::size_t a = 0; a < totals.size(); ++a)
        if (a != r.winner && totals[a] > totals[r.runnerUp])
            r.runnerUp = a;
    r.margin = totals[r.winner] - totals[r.runnerUp];
    r.tied = r.margin <= kTieTolerance;
    if (r.tied)
        r.margin = 0.0;
    return r;
}

double Ranking::lead(const std::vector<double>& totals, std::size_t a) {
    double rival = -1e300;
    for (std::size_t b = 0; b < totals.size(); ++b)
        if (b != a)
            rival = std::max(rival, totals[b]);
    return totals[a] - rival;
}

ScoringModel::ScoringModel(const KnowledgeBase& kb) : kb_(kb) {
    const std::size_t nA = kb.alternatives.size();
    const std::size_t nC = kb.criteria.size();
    for (const auto& c : kb.criteria)
        baseRaw_.push_back(c.baseWeight);
    baseScores_.resize(nA * nC);
    for (std::size_t a = 0; a < nA; ++a)
        for (std::size_t c = 0; c < nC; ++c)
            baseScores_[a * nC + c] = baseScore(kb, a, c);
    options_.resize(kb.questions.size());
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        for (const auto& option : kb.questions[q].options) {
            CompiledOption compiled{option.effects.weightDeltas, std::vector<double>(nA * nC, 0.0)};
            for (const auto& [e, boost] : option.effects.emphasis) {
                const auto& item = kb.evidence[e];
                for (std::size_t a = 0; a < nA; ++a)
                    compiled.scoreShifts[a * nC + item.criterion] += emphasisShift(item, a, boost);
            }
            options_[q].push_back(std::move(compiled));
        }
}

const std::vector<std::size_t>& ScoringModel::effective(const Choices& choices,
                                                        std::size_t q) const {
    return choices[q] ? *choices[q] : kb_.questions[q].defaultOptions;
}

ScoreSums ScoringModel::sums(const Choices& choices) const {
    ScoreSums s{baseRaw_, baseScores_};
    for (std::size_t q = 0; q < options_.size(); ++q)
        for (auto o : effective(choices, q))
            add(s, q, o);
    return s;
}

void ScoringModel::add(ScoreSums& s, std::size_t q, std::size_t o, double sign) const {
    const auto& option = options_[q][o];
    for (std::size_t c = 0; c < s.raw.size(); ++c)
        s.raw[c] += sign * option.weightDeltas[c];
    for (std::size_t i = 0; i < s.scores.size(); ++i)
        s.scores[i] += sign * option.scoreShifts[i];
}

ScoreTable ScoringModel::table(const ScoreSums& s,
                               const std::vector<double>* weightOverride) const {
    ScoreTable table;
    table.alternatives = kb_.alternatives.size();
    table.criteria = kb_.criteria.size();
    if (weightOverride) {
        table.weights = *weightOverride;
    } else {
        table.weights = s.raw;
        double sum = 0.0;
        for (double w : table.weights)
            sum += w;
        for (double& w : table.weights)
            w /= sum;
    }
    table.scores = s.scores;
    return table;
}

std::vector<double> ScoringModel::rawWeights(const AnswerSet& answers) const {
    return sums(answers.choices).raw;
}

std::vector<double> ScoringModel::answerWeights(const AnswerSet& answers) const {
    return table(sums(answers.choices)).weights;
}

ScoreTable ScoringModel::score(const AnswerSet& answers,
                               const std::vector<double>* weightOverride) const {
    return table(sums(answers.choices), weightOverride);
}

ScoreTable ScoringModel::scoreShares(const OptionShares& shares,
                                     std::vector<double> weights) const {
    ScoreTable table;
    table.alternatives = kb_.alternatives.size();
    table.criteria = kb_.criteria.size();
    table.weights = std::move(weights);
    table.scores = baseScores_;
    // The same additions in the same order as score(), each scaled by its share (exactly 1 for
    // an option everyone has in effect).
    for (std::size_t q = 0; q < options_.size(); ++q)
        for (std::size_t o = 0; o < options_[q].size(); ++o) {
            const double share = shares.share[q][o];
            if (share == 0.0)
                continue;
            const auto& shifts = options_[q][o].scoreShifts;
            for (std::size_t i = 0; i < shifts.size(); ++i)
                table.scores[i] += share * shifts[i];
        }
    return table;
}

} // namespace advisor
