// Analytic Hierarchy Process: criterion weights from pairwise judgements on Saaty's 1/9..9 scale.
//
// Weights are the principal eigenvector of the judgement matrix (power iteration), and the
// consistency ratio is CR = ((λmax − n) / (n − 1)) / RI(n) with Saaty's random indices.
#pragma once

#include "core/model/answers.h"
#include "core/model/evaluation.h"

namespace advisor {

inline constexpr double kAcceptableConsistencyRatio = 0.10;

// Saaty's random consistency index for an n×n matrix (n ≤ 10; 0 for n ≤ 2).
double randomIndex(std::size_t n);

AhpResult analysePairwise(const PairwiseJudgements& judgements);

} // namespace advisor
