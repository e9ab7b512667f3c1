#include "core/group/group_weights.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

double totalVote(const std::vector<double>& votes) {
    double total = 0.0;
    for (double v : votes)
        total += v;
    return total;
}

// ln(first) + Σ v_r (ln x_r − ln first) / V, back from logs: x_1 · exp(mean deviation). Sets
// `moved` when any deviation is not exactly zero. A zero among values that differ makes the
// product, and so the mean, zero (the logs would give NaN).
double anchoredGeometricMean(const std::vector<double>& values, const std::vector<double>& votes,
                             double total, bool& moved) {
    const double anchor = values.front();
    if (std::find(values.begin(), values.end(), 0.0) != values.end()) {
        moved =
            moved || std::any_of(values.begin(), values.end(), [](double x) { return x != 0.0; });
        return 0.0;
    }
    const double logAnchor = std::log(anchor);
    double deviation = 0.0;
    for (std::size_t r = 1; r < values.size(); ++r)
        if (values[r] != anchor)
            deviation += votes[r] * (std::log(values[r]) - logAnchor);
    if (deviation == 0.0)
        return anchor;
    moved = true;
    return anchor * std::exp(deviation / total);
}

double shannonEntropy(const std::vector<double>& p) {
    double h = 0.0;
    for (double x : p)
        if (x > 0.0)
            h -= x * std::log(x);
    return h;
}

} // namespace

std::vector<double> geometricMeanWeights(const std::vector<std::vector<double>>& weights,
                                         const std::vector<double>& votes) {
    const std::size_t nC = weights.front().size();
    const double total = totalVote(votes);
    std::vector<double> column(weights.size());
    std::vector<double> mean(nC);
    bool moved = false;
    for (std::size_t c = 0; c < nC; ++c) {
        for (std::size_t r = 0; r < weights.size(); ++r)
            column[r] = weights[r][c];
        mean[c] = anchoredGeometricMean(column, votes, total, moved);
    }
    if (!moved)
        return weights.front(); // everyone agrees: their weights, not a re-normalised copy
    double sum = 0.0;
    for (double g : mean)
        sum += g;
    if (sum == 0.0) {
        // Every criterion weighed 0 by someone: the geometric mean leaves nothing, so the
        // voting-weighted arithmetic mean stands in.
        for (std::size_t c = 0; c < nC; ++c) {
            mean[c] = 0.0;
            for (std::size_t r = 0; r < weights.size(); ++r)
                mean[c] += votes[r] * weights[r][c];
            sum += mean[c];
        }
    }
    for (double& g : mean)
        g /= sum;
    return mean;
}

PairwiseJudgements geometricMeanJudgements(const std::vector<const PairwiseJudgements*>& judgements,
                                           const std::vector<double>& votes) {
    PairwiseJudgements group = *judgements.front();
    const std::size_t n = group.matrix.size();
    const double total = totalVote(votes);
    std::vector<double> cell(judgements.size());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            for (std::size_t r = 0; r < judgements.size(); ++r)
                cell[r] = judgements[r]->matrix[i][j];
            bool moved = false;
            const double mean = anchoredGeometricMean(cell, votes, total, moved);
            if (!moved)
                continue; // the anchor's own pair, reciprocal included
            group.matrix[i][j] = mean;
            group.matrix[j][i] = 1.0 / mean;
        }
    return group;
}

double relativeHomogeneity(const std::vector<std::vector<double>>& weights,
                           const std::vector<double>& votes) {
    const std::size_t n = weights.front().size();
    if (n < 2)
        return 1.0;
    // Respondents who all agree agree completely; the entropies below would leave rounding.
    if (std::all_of(weights.begin(), weights.end(),
                    [&](const std::vector<double>& w) { return w == weights.front(); }))
        return 1.0;
    const double total = totalVote(votes);
    double alpha = 0.0;
    std::vector<double> pooled(n, 0.0);
    for (std::size_t r = 0; r < weights.size(); ++r) {
        alpha += votes[r] * shannonEntropy(weights[r]);
        for (std::size_t c = 0; c < n; ++c)
            pooled[c] += votes[r] * weights[r][c];
    }
    alpha /= total;
    for (double& p : pooled)
        p /= total;
    const double beta = std::exp(shannonEntropy(pooled) - alpha);
    const double floor = 1.0 / static_cast<double>(n);
    const double s = (1.0 / beta - floor) / (1.0 - floor);
    // Rounding can put agreeing respondents a hair above 1.
    return std::clamp(s, 0.0, 1.0);
}

ConsensusLevel consensusLevel(double value) {
    const double percent = value * 100.0;
    if (percent <= 50.0)
        return ConsensusLevel::VeryLow;
    if (percent <= 62.5)
        return ConsensusLevel::Low;
    if (percent <= 75.0)
        return ConsensusLevel::Moderate;
    if (percent <= 87.5)
        return ConsensusLevel::High;
    return ConsensusLevel::VeryHigh;
}

std::string consensusWords(ConsensusLevel level) {
    switch (level) {
    case ConsensusLevel::VeryLow:
        return "very low";
    case ConsensusLevel::Low:
        return "low";
    case ConsensusLevel::Moderate:
        return "moderate";
    case ConsensusLevel::High:
        return "high";
    case ConsensusLevel::VeryHigh:
        break;
    }
    return "very high";
}

} // namespace advisor
