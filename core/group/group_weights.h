// How a group's weights and judgements are combined, and how far its respondents agree on the
// weights. Inputs come in a fixed order (core/group_engine.cpp sorts the respondents by name), so
// the floating-point sums never depend on the order people were added in; the first input is
// the anchor every other is measured against, so inputs that all agree give the first back
// exactly, bit for bit.
#pragma once

#include "core/group/group_result.h"
#include "core/model/answers.h"

#include <string>
#include <vector>

namespace advisor {

// The voting-weighted geometric mean of weight vectors, normalised:
//   g_c ∝ Π_r w_rc^(v_r / V),  V = Σ_r v_r
// computed as w_1c · exp(Σ_r v_r (ln w_rc − ln w_1c) / V). When every vector equals the first,
// the first is returned unchanged. `votes` are all above 0. A criterion anyone weighs 0 gets 0
// (a zero factor makes the product zero); if that leaves every criterion at 0, the
// voting-weighted arithmetic mean Σ_r v_r w_rc / V is returned instead.
std::vector<double> geometricMeanWeights(const std::vector<std::vector<double>>& weights,
                                         const std::vector<double>& votes);

// The same for judgement matrices, element by element above the diagonal (each reciprocal
// below it): the group's matrix (aggregation of individual judgements, AIJ).
PairwiseJudgements geometricMeanJudgements(const std::vector<const PairwiseJudgements*>& judgements,
                                           const std::vector<double>& votes);

// AHP-OS's relative homogeneity S of the weight vectors, from Shannon entropies (natural log):
//   H_α = Σ_r v_r H(w_r) / V          (alpha: the mean respondent's diversity)
//   H_γ = H(Σ_r v_r w_r / V)         (gamma: the pooled weights' diversity)
//   D_β = exp(H_γ − H_α)              (beta diversity: 1 when all agree, at most n)
//   S   = (1/D_β − 1/n) / (1 − 1/n)   (n criteria), in 0..1
// With equal votes this is exactly AHP-OS's S (Goepel, AhpGroup::relHomogeneity).
double relativeHomogeneity(const std::vector<std::vector<double>>& weights,
                           const std::vector<double>& votes);

// AHP-OS's words: very low up to 50%, low up to 62.5%, moderate up to 75%, high up to 87.5%,
// very high above.
ConsensusLevel consensusLevel(double value);
std::string consensusWords(ConsensusLevel level); // "very low", ..., "very high"

} // namespace advisor
