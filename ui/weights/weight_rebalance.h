// How the weight sliders stay normalised: setting one criterion's weight rescales the others so
// that all still add up to 1.
#pragma once

#include <cstddef>
#include <vector>

namespace advisor::ui {

// Sets weights[changed] to `value` (clamped to 0..1) and rescales the other weights so they keep
// their proportions and the total stays 1. When the others are all zero they share the rest
// equally, so moving a slider down from 1 never leaves weight unassigned.
std::vector<double> rebalanceWeights(std::vector<double> weights, std::size_t changed,
                                     double value);

} // namespace advisor::ui
