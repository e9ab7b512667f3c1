#include "core/model/scoring_model.h"

#include "core/kb/score_model.h"
#include "core/model/engine_steps.h"

#include <algorithm>
#include <cmath>

namespace advisor {

double ScoreTable::total(std::size_t a) const {
    return totalWith(a, weights);
}

double ScoreTable::totalWith(std::size_t a, const std::vector<double>& w) const {
    double sum = 0.0;
    for (std::size_t c = 0; c < criteria; ++c)
        sum += w[c] * scores[a * criteria + c];
    return sum + offset(a);
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
            CompiledOption compiled{option.effects.weightDeltas,
                                    std::vector<double>(nA * nC, 0.0),
                                    option.effects.damp,
                                    {},
                                    kb.questions[q].signalsUseCase,
                                    option.effects.amplify};
            for (const auto& [e, boost] : option.effects.emphasis) {
                const auto& item = kb.evidence[e];
                for (std::size_t a = 0; a < nA; ++a)
                    compiled.scoreShifts[a * nC + item.criterion] += emphasisShift(item, a, boost);
            }
            options_[q].push_back(std::move(compiled));
        }
    for (const auto& fact : kb.situation.facts)
        options_[fact.question][fact.option].facts.emplace_back(fact.favours, 1.0 - fact.strength);
}

const std::vector<std::size_t>& ScoringModel::effective(const Choices& choices,
                                                        std::size_t q) const {
    return choices[q] ? *choices[q] : kb_.questions[q].defaultOptions;
}

ScoreSums ScoringModel::sums(const Choices& choices) const {
    ScoreSums s;
    s.raw = baseRaw_;
    s.scores = baseScores_;
    s.damp.assign(baseRaw_.size(), 1.0);
    s.kindScores.assign(baseScores_.size(), 0.0);
    s.situationRoom.assign(kb_.alternatives.size(), 1.0);
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
    if (option.kindOfWork)
        for (std::size_t i = 0; i < s.kindScores.size(); ++i)
            s.kindScores[i] += sign * option.scoreShifts[i];
    s.amplify += sign * option.amplify;
    // Products, so taking an option away divides by what adding it multiplied.
    for (std::size_t c = 0; c < option.damp.size(); ++c)
        s.damp[c] = sign > 0 ? s.damp[c] * option.damp[c] : s.damp[c] / option.damp[c];
    for (const auto& [a, room] : option.facts)
        s.situationRoom[a] = sign > 0 ? s.situationRoom[a] * room : s.situationRoom[a] / room;
}

// Each damped criterion's scores move towards their mean across the alternatives: every gap
// between two alternatives shrinks by the same share, and the mean stays.
void ScoringModel::applyDamp(ScoreTable& table, const std::vector<double>& damp) const {
    if (std::all_of(damp.begin(), damp.end(), [](double d) { return d == 1.0; }))
        return;
    table.damp = damp;
    const std::size_t nA = table.alternatives;
    const std::size_t nC = table.criteria;
    for (std::size_t c = 0; c < nC; ++c) {
        if (damp[c] == 1.0)
            continue;
        double mean = 0.0;
        for (std::size_t a = 0; a < nA; ++a)
            mean += table.scores[a * nC + c];
        mean /= static_cast<double>(nA);
        for (std::size_t a = 0; a < nA; ++a) {
            double& score = table.scores[a * nC + c];
            score = mean + damp[c] * (score - mean);
        }
    }
}

std::vector<double> ScoringModel::situationOffsets(const std::vector<double>& room,
                                                   double counts) const {
    std::vector<double> offsets(room.size(), 0.0);
    for (std::size_t a = 0; a < room.size(); ++a)
        offsets[a] = counts * kb_.situation.cap * (1.0 - room[a]);
    return offsets;
}

ScoreTable ScoringModel::table(const ScoreSums& s, const std::vector<double>* weightOverride,
                               double situationCounts) const {
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
    // Amplified, the kinds of work's shifts count (1 + amplify) times: the extra share is added
    // on top, so without amplifying answers the scores are the plain sums, bit for bit.
    if (s.amplify != 0.0)
        for (std::size_t i = 0; i < table.scores.size(); ++i)
            table.scores[i] += s.amplify * s.kindScores[i];
    applyDamp(table, s.damp);
    if (situationCounts > 0.0 && std::any_of(s.situationRoom.begin(), s.situationRoom.end(),
                                             [](double room) { return room != 1.0; }))
        table.offsets = situationOffsets(s.situationRoom, situationCounts);
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
    return table(sums(answers.choices), weightOverride, situationCounts(kb_, answers));
}

ScoreTable ScoringModel::scoreArticle(const AnswerSet& answers,
                                      const std::vector<double>* weightOverride) const {
    return table(sums(answers.choices), weightOverride, 0.0);
}

ScoreTable ScoringModel::scoreShares(const OptionShares& shares,
                                     std::vector<double> weights) const {
    ScoreTable table;
    table.alternatives = kb_.alternatives.size();
    table.criteria = kb_.criteria.size();
    table.weights = std::move(weights);
    table.scores = baseScores_;
    // The same additions in the same order as score(), each scaled by its share (exactly 1 for
    // an option everyone has in effect); damping multiplies, so a share is a power.
    std::vector<double> damp(table.criteria, 1.0);
    std::vector<double> kindScores(table.scores.size(), 0.0);
    double amplify = 0.0;
    for (std::size_t q = 0; q < options_.size(); ++q)
        for (std::size_t o = 0; o < options_[q].size(); ++o) {
            const double share = shares.share[q][o];
            if (share == 0.0)
                continue;
            const auto& shifts = options_[q][o].scoreShifts;
            for (std::size_t i = 0; i < shifts.size(); ++i)
                table.scores[i] += share * shifts[i];
            if (options_[q][o].kindOfWork)
                for (std::size_t i = 0; i < shifts.size(); ++i)
                    kindScores[i] += share * shifts[i];
            amplify += share * options_[q][o].amplify;
            const auto& optionDamp = options_[q][o].damp;
            for (std::size_t c = 0; c < optionDamp.size(); ++c)
                damp[c] *= share == 1.0 ? optionDamp[c] : std::pow(optionDamp[c], share);
        }
    if (amplify != 0.0)
        for (std::size_t i = 0; i < table.scores.size(); ++i)
            table.scores[i] += amplify * kindScores[i];
    applyDamp(table, damp);
    return table;
}

} // namespace advisor
