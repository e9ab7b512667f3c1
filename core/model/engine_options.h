// How evaluate() runs: the Monte Carlo settings, and whether to run the sensitivity analysis at
// all (the calibration walk and the benchmarks' baseline do without it).
#pragma once

#include "core/model/sensitivity.h"

namespace advisor {

struct EngineOptions {
    MonteCarloSettings monteCarlo;
    bool withSensitivity = true;
};

} // namespace advisor
