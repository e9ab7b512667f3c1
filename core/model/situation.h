// The team's situation as the second lens: the facts its answers assert (code that exists, an
// organisation's standard, the team's skills, a shared front end), how they pull the lead
// towards a stack, and where that pull changes the winner.
//
// How facts combine. Each fact f has a strength s_f in (0, 1). The facts that favour the same
// stack are independent reasons that switching away costs the team something, but they overlap
// (the team that wrote the Python code knows Python; an organisation on Python hires for it), so
// they are not added: each takes a share s_f of the room left below the cap,
//     share_a = 1 − Π_f (1 − s_f)      over the facts in effect that favour a,
// and the stack's total gains counts × cap × share_a. Two facts that say the same thing add less
// than either alone would twice; no number of them reaches the cap; the order does not matter;
// a fact never lowers the share of the stack it favours. Each fact's part of share_a is in
// proportion to −log(1 − s_f), the amount it contributes to −log(1 − share_a), so the parts add
// up to the share exactly.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "core/model/scoring_model.h"

#include <cstddef>
#include <vector>

namespace advisor {

// The situation's facts the choices assert (the options in effect), in knowledge-base order.
std::vector<std::size_t> factsInEffect(const KnowledgeBase& kb,
                                       const ScoringModel::Choices& choices);

// Per alternative: Π (1 − s_f) over the given facts that favour it (1 when none does).
std::vector<double> situationRoom(const KnowledgeBase& kb, const std::vector<std::size_t>& facts);

// Fills ev.situation once the totals (with the situation) and the recommendation are known:
// the facts and shares, each fact's part in the margin, and the value of situation_counts that
// would change the winner.
void judgeSituation(const KnowledgeBase& kb, const std::vector<std::size_t>& facts, double counts,
                    Evaluation& ev);

} // namespace advisor
