#include "core/model/ahp.h"

#include <array>
#include <cmath>

namespace advisor {

double randomIndex(std::size_t n) {
    // Saaty (1980), The Analytic Hierarchy Process, table of average random indices.
    static constexpr std::array<double, 11> kRandomIndex = {0.0,  0.0,  0.0,  0.58, 0.90, 1.12,
                                                            1.24, 1.32, 1.41, 1.45, 1.49};
    return n < kRandomIndex.size() ? kRandomIndex[n] : 1.49;
}

AhpResult analysePairwise(const PairwiseJudgements& judgements) {
    const auto& m = judgements.matrix;
    const std::size_t n = m.size();
    AhpResult result;
    std::vector<double> w(n, 1.0 / static_cast<double>(n));
    std::vector<double> next(n);
    // Power iteration converges fast for positive reciprocal matrices (Perron–Frobenius).
    for (int iteration = 0; iteration < 1000; ++iteration) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                next[i] += m[i][j] * w[j];
            sum += next[i];
        }
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        if (change < 1e-13)
            break;
    }
    double lambda = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double row = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            row += m[i][j] * w[j];
        lambda += row / w[i];
    }
    lambda /= static_cast<double>(n);
    result.weights = w;
    result.lambdaMax = lambda;
    const double ri = randomIndex(n);
    result.consistencyRatio =
        (n > 2 && ri > 0.0)
            ? std::max(0.0, (lambda - static_cast<double>(n)) / static_cast<double>(n - 1) / ri)
            : 0.0;
    if (result.consistencyRatio > kAcceptableConsistencyRatio) {
        // The judgement that deviates most from the ratio the weights imply, on a log scale so
        // that 1/3-vs-3 counts the same in either direction.
        double worst = -1.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double implied = w[i] / w[j];
                const double deviation = std::abs(std::log(m[i][j] / implied));
                if (deviation > worst) {
                    worst = deviation;
                    result.mostInconsistent = std::make_pair(i, j);
                    result.suggestedJudgement = implied;
                }
            }
    }
    return result;
}

} // namespace advisor
