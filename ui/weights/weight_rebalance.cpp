#include "ui/weights/weight_rebalance.h"

#include <algorithm>
#include <numeric>

namespace advisor::ui {

std::vector<double> rebalanceWeights(std::vector<double> weights, std::size_t changed,
                                     double value) {
    const std::size_t n = weights.size();
    if (changed >= n)
        return weights;
    if (n == 1) {
        weights[0] = 1.0; // a single criterion carries all the weight whatever the slider says
        return weights;
    }
    value = std::clamp(value, 0.0, 1.0);
    const double othersBefore =
        std::accumulate(weights.begin(), weights.end(), 0.0) - weights[changed];
    const double othersAfter = 1.0 - value;
    for (std::size_t c = 0; c < n; ++c) {
        if (c == changed)
            continue;
        // Sums below this are rounding noise, not a proportion worth keeping.
        weights[c] = othersBefore > 1e-12 ? std::max(weights[c], 0.0) * othersAfter / othersBefore
                                          : othersAfter / static_cast<double>(n - 1);
    }
    weights[changed] = value;
    return weights;
}

} // namespace advisor::ui
