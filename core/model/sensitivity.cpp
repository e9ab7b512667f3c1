#include "core/model/sensitivity.h"

#include "core/base/random.h"

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
        lines[a] = {others + table.offset(a), table.score(a, k) + table.offset(a)};
    }
    return lines;
}

} // namespace

namespace {

// A tie now: the tied alternatives' lines meet at the current weight, so who leads on either side
// of it follows from their slopes. Nothing is set when the steepest (or flattest) are parallel.
FlipPoint tiedFlipPoint(const ScoreTable& table, std::size_t k, const std::vector<Line>& lines) {
    FlipPoint point;
    point.criterion = k;
    point.weightNow = table.weights[k];
    point.tiedNow = true;
    const std::size_t leader = table.winner();
    const double top = table.total(leader);
    std::vector<std::size_t> tied;
    for (std::size_t a = 0; a < table.alternatives; ++a)
        if (top - table.total(a) <= kTieTolerance)
            tied.push_back(a);
    auto slope = [&](std::size_t a) {
        return lines[a].atOne - lines[a].atZero;
    };
    auto uniqueExtreme = [&](bool steepest) -> std::optional<std::size_t> {
        std::size_t best = tied.front();
        for (auto a : tied)
            if (steepest ? slope(a) > slope(best) : slope(a) < slope(best))
                best = a;
        for (auto a : tied)
            if (a != best && std::abs(slope(a) - slope(best)) <= kTieTolerance)
                return std::nullopt;
        return best;
    };
    // A weight of 1 cannot grow, nor one of 0 shrink.
    if (point.weightNow < 1.0 - 1e-12)
        point.newWinner = uniqueExtreme(true);
    if (point.weightNow > 1e-12)
        point.winnerIfLess = uniqueExtreme(false);
    if (point.newWinner || point.winnerIfLess)
        point.flipsAt = point.weightNow;
    return point;
}

} // namespace

std::vector<FlipPoint> flipPoints(const ScoreTable& table) {
    std::vector<FlipPoint> points;
    const std::size_t winner = table.winner();
    const bool tied = table.leadTied();
    for (std::size_t k = 0; k < table.criteria; ++k) {
        const auto lines = linesFor(table, k);
        if (tied) {
            points.push_back(tiedFlipPoint(table, k, lines));
            continue;
        }
        FlipPoint point;
        point.criterion = k;
        point.weightNow = table.weights[k];
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
            // Meeting only at an end of the range (all weight on k, or none) is a tie there,
            // never a lead: criteria no answer touches score everyone the same.
            if ((t >= 1.0 - 1e-12 && std::abs(d1) <= kTieTolerance) ||
                (t <= 1e-12 && std::abs(d0) <= kTieTolerance)) {
                if (!point.tiesAt) {
                    point.tiesAt = t >= 1.0 - 1e-12 ? 1.0 : 0.0;
                    point.tiesWith = b;
                }
                continue;
            }
            const double distance = std::abs(t - now);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                point.flipsAt = t;
                point.newWinner = b;
            }
        }
        if (point.flipsAt) { // a real change of winner says more than a tie at an end
            point.tiesAt.reset();
            point.tiesWith.reset();
        }
        points.push_back(point);
    }
    return points;
}

std::vector<double> weightSamples(const std::vector<double>& weights,
                                  const MonteCarloSettings& settings) {
    const std::size_t nC = weights.size();
    // A shape of 0 is not a distribution; a tiny floor lets a zero weight wobble slightly.
    std::vector<double> shapes(nC);
    for (std::size_t c = 0; c < nC; ++c)
        shapes[c] = std::max(settings.concentration * weights[c], 0.05);
    Xoshiro256 rng(settings.seed);
    std::vector<double> samples(settings.samples * nC);
    // The Dirichlet sample is gamma / sum(gamma); the winner does not change under that positive
    // scaling, so the division is skipped.
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = gammaSample(rng, shapes[i % nC]);
    return samples;
}

namespace {

// Two alternatives: the same count on the one difference that matters, the gap on each
// criterion, which the hundreds of thousands of sets a calibration walk judges need fast.
std::vector<double> twoWayWinShares(const ScoreTable& table, const std::vector<double>& samples,
                                    std::size_t count, double* tiedShare) {
    const std::size_t nC = table.criteria;
    std::vector<double> gap(nC);
    for (std::size_t c = 0; c < nC; ++c)
        gap[c] = table.score(0, c) - table.score(1, c);
    const double offsetGap = table.offset(0) - table.offset(1);
    double firstWins = 0.0;
    std::size_t tiedSamples = 0;
    for (std::size_t s = 0; s < count; ++s) {
        const double* w = samples.data() + s * nC;
        double scale = 0.0;
        double lead = 0.0;
        for (std::size_t c = 0; c < nC; ++c) {
            scale += w[c];
            lead += w[c] * gap[c];
        }
        // The weights are not normalised, so neither are the offsets.
        if (offsetGap != 0.0)
            lead += scale * offsetGap;
        // The tolerance scales with the unnormalised weights' sum, like the totals; a tie is
        // shared.
        const double tolerance = kTieTolerance * scale;
        const bool tied = lead <= tolerance && lead >= -tolerance;
        tiedSamples += tied ? 1 : 0;
        firstWins += lead > tolerance ? 1.0 : (tied ? 0.5 : 0.0);
    }
    if (tiedShare)
        *tiedShare = count ? static_cast<double>(tiedSamples) / static_cast<double>(count) : 0.0;
    if (count == 0)
        return {0.0, 0.0};
    const double n = static_cast<double>(count);
    return {firstWins / n, (n - firstWins) / n}; // whole and half counts: exact
}

} // namespace

std::vector<double> winShares(const ScoreTable& table, const std::vector<double>& samples,
                              double* tiedShare) {
    const std::size_t nA = table.alternatives;
    const std::size_t nC = table.criteria;
    const std::size_t count = nC ? samples.size() / nC : 0;
    if (nA == 2)
        return twoWayWinShares(table, samples, count, tiedShare);
    // Doubles, because a sample in which several alternatives tie is shared between them.
    std::vector<double> wins(nA, 0.0);
    std::vector<double> totals(nA);
    std::size_t tiedSamples = 0;
    for (std::size_t s = 0; s < count; ++s) {
        const double* w = samples.data() + s * nC;
        double scale = 0.0;
        for (std::size_t c = 0; c < nC; ++c)
            scale += w[c];
        for (std::size_t a = 0; a < nA; ++a) {
            double total = 0.0;
            for (std::size_t c = 0; c < nC; ++c)
                total += w[c] * table.score(a, c);
            totals[a] = table.offsets.empty() ? total : total + scale * table.offset(a);
        }
        const double best = *std::max_element(totals.begin(), totals.end());
        // The tolerance scales with the unnormalised weights' sum, like the totals.
        const double tolerance = kTieTolerance * scale;
        std::size_t leaders = 0;
        for (std::size_t a = 0; a < nA; ++a)
            leaders += best - totals[a] <= tolerance ? 1 : 0;
        tiedSamples += leaders > 1 ? 1 : 0;
        for (std::size_t a = 0; a < nA; ++a)
            if (best - totals[a] <= tolerance)
                wins[a] += 1.0 / static_cast<double>(leaders);
    }
    for (double& w : wins)
        w = count ? w / static_cast<double>(count) : 0.0;
    if (tiedShare)
        *tiedShare = count ? static_cast<double>(tiedSamples) / static_cast<double>(count) : 0.0;
    return wins;
}

MonteCarloResult monteCarlo(const ScoreTable& table, const MonteCarloSettings& settings) {
    return monteCarlo(table, settings, weightSamples(table.weights, settings));
}

MonteCarloResult monteCarlo(const ScoreTable& table, const MonteCarloSettings& settings,
                            const std::vector<double>& samples) {
    MonteCarloResult result;
    result.samples = settings.samples;
    result.seed = settings.seed;
    result.concentration = settings.concentration;
    result.winProbability = winShares(table, samples, &result.tiedShare);
    return result;
}

std::vector<AnswerFlip> answerFlips(const ScoringModel& model, const AnswerSet& answers,
                                    const std::vector<double>* weightOverride,
                                    std::size_t currentWinner, bool tiedNow) {
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
            // A change that ends in a tie decides nothing; from a tie, any change that gives
            // one alternative the lead decides it.
            const auto table = model.score(variant, weightOverride);
            const auto winner = table.winner();
            if (!table.leadTied() && (tiedNow || winner != currentWinner))
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
    for (const auto& alternative : ev.alternatives) {
        table.scores.insert(table.scores.end(), alternative.scores.begin(),
                            alternative.scores.end());
        table.offsets.push_back(alternative.situation);
    }
    return totalLines(table, criterion);
}

} // namespace advisor
