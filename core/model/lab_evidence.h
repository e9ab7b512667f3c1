// An Evidence Lab run as evidence in a decision. The knowledge base names, per item, the lab
// claim that measures it (`lab_claim`). Beside the article, a measurement is shown next to the
// article's figure and the article's ratings decide; replacing it, the item's ratings follow
// the measurement: the gap between them is scaled by how much of the claimed advantage this
// machine measured (all of it when the claim holds, none when it does not), never reversed.
// A claim the lab could not measure leaves the article's item as it is.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <vector>

namespace advisor {

std::vector<MeasuredEvidence> measuredEvidence(const KnowledgeBase& kb, const LabEvidence& lab);

// The knowledge base with the ratings of each replaced item scaled towards its mean by the
// measurement's strength; every score guarantee of the original still holds (the gaps only
// shrink).
KnowledgeBase withMeasuredRatings(const KnowledgeBase& kb,
                                  const std::vector<MeasuredEvidence>& measured);

} // namespace advisor
