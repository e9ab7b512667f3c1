#include "core/sensitivity.h"

#include "core/random.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

// Totals of every alternative as a line a + b·t in criterion k's weight t.
struct Line {
    double atZero = 0.0;
    double atOne = 0.0;
    [[nodiscard]] double at(double t) const { return atZero + (atOne - atZero) * t; }
};

std::vector<Line> linesFor(const ScoreTable& table, std::size_t k) {
    const std::size_t nC = table.criteria;
    const double rest = 1.0 - table.weights[k];
    std::vector<Line> lines(table.alternatives);
    for (std::size_t a = 0; a < table.alternatives; ++a) {
        double others = 0.0;
        if (rest > 1e-12) {
            for (std::size_t c = 0; c < nC; ++c)
                if (c != k)
                    others += table.weights[c] * table.score(a, c) / rest;
        } else if (nC > 1) {
            // All weight on k: "the others in proportion" is undefined, so share equally.
            for (std::size_t c = 0; c < nC; ++c)
                if (c != k)
                    others += table.score(a, c) / static_cast<double>(nC - 1);
        } else {
            others = table.score(a, k);
        }
        lines[a] = {others, table.score(a, k)};
    }
    return lines;
}

} // namespace

std::vector<FlipPoint> flipPoints(const ScoreTable& table) {
    std::vector<FlipPoint> points;
    const std::size_t winner = table.winner();
    for (std::size_t k = 0; k < table.criteria; ++k) {
        FlipPoint point;
        point.criterion = k;
        point.weightNow = table.weights[k];
        const auto lines = linesFor(table, k);
        const double now = point.weightNow;
        // The winner keeps winning on an interval around `now`; its nearest end inside [0, 1] is
        // where the answer changes. Each rival's line crosses the winner's at most once.
        double nearestDistance = 2.0;
        for (std::size_t b = 0; b < table.alternatives; ++b) {
            if (b == winner)
                continue;
            const double d0 = lines[winner].atZero - lines[b].atZero;
            const double d1 = lines[winner].atOne - lines[b].atOne;
            if (d0 == d1)
                continue; // parallel: never crosses
            const double t = d0 / (d0 - d1);
            if (t < 0.0 || t > 1.0)
                continue;
            const double distance = std::abs(t - now);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                point.flipsAt = t;
                point.newWinner = b;
            }
        }
        points.push_back(point);
    }
    return points;
}

MonteCarloResult monteCarlo(const ScoreTable& table, const MonteCarloSettings& settings) {
    MonteCarloResult result;
    result.samples = settings.samples;
    result.seed = settings.seed;
    result.concentration = settings.concentration;
    const std::size_t nA = table.alternatives;
    const std::size_t nC = table.criteria;
    std::vector<std::size_t> wins(nA, 0);
    // A shape of 0 is not a distribution; a tiny floor lets a zero weight wobble slightly.
    std::vector<double> shapes(nC);
    for (std::size_t c = 0; c < nC; ++c)
        shapes[c] = std::max(settings.concentration * table.weights[c], 0.05);

    Xoshiro256 rng(settings.seed);
    std::vector<double> gamma(nC);
    for (std::size_t s = 0; s < settings.samples; ++s) {
        // The Dirichlet sample is gamma / sum(gamma); the winner does not change under that
        // positive scaling, so the division is skipped.
        for (std::size_t c = 0; c < nC; ++c)
            gamma[c] = gammaSample(rng, shapes[c]);
        wins[table.winnerWith(gamma)] += 1;
    }
    result.winProbability.resize(nA);
    for (std::size_t a = 0; a < nA; ++a)
        result.winProbability[a] =
            settings.samples ? static_cast<double>(wins[a]) / static_cast<double>(settings.samples)
                             : 0.0;
    return result;
}

std::vector<AnswerFlip> answerFlips(const ScoringModel& model, const AnswerSet& answers,
                                    const std::vector<double>* weightOverride,
                                    std::size_t currentWinner) {
    const auto& kb = model.knowledgeBase();
    std::vector<AnswerFlip> flips;
    AnswerSet variant = answers;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        const auto& question = kb.questions[q];
        const auto& current = answers.effective(kb, q);
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            const auto it = std::find(current.begin(), current.end(), o);
            const bool chosen = it != current.end();
            std::vector<std::size_t> choice;
            if (question.kind == QuestionKind::Single) {
                if (chosen)
                    continue;
                choice = {o};
            } else {
                // A single toggle: add an option that is not chosen, or drop one that is.
                choice = current;
                if (chosen)
                    choice.erase(choice.begin() + (it - current.begin()));
                else
                    choice.insert(std::upper_bound(choice.begin(), choice.end(), o), o);
            }
            variant.choices[q] = std::move(choice);
            const auto winner = model.score(variant, weightOverride).winner();
            if (winner != currentWinner)
                flips.push_back({q, o, question.kind == QuestionKind::Multi && chosen, winner});
        }
        variant.choices[q] = answers.choices[q];
    }
    return flips;
}

} // namespace advisor

namespace advisor {

std::vector<std::pair<double, double>> totalLines(const ScoreTable& table, std::size_t criterion) {
    std::vector<std::pair<double, double>> ends;
    if (criterion >= table.criteria)
        return ends;
    for (const Line& line : linesFor(table, criterion))
        ends.emplace_back(line.atZero, line.atOne);
    return ends;
}

std::vector<std::pair<double, double>> totalLines(const Evaluation& ev, std::size_t criterion) {
    ScoreTable table;
    table.alternatives = ev.alternatives.size();
    table.criteria = ev.weights.size();
    table.weights = ev.weights;
    for (const auto& alternative : ev.alternatives)
        table.scores.insert(table.scores.end(), alternative.scores.begin(),
                            alternative.scores.end());
    return totalLines(table, criterion);
}

} // namespace advisor
