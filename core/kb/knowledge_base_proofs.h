// The guarantees the scoring model rests on, proved for a knowledge base as it loads, so the
// engine never clamps and every number decomposes exactly: weights stay above zero and scores
// within 0..10 whatever is answered, an option that leans to an alternative favours it on every
// criterion, and context answers can only tip a close call. Each failure is reported at the
// JSON field to change (JsonCursor::fail throws; the loader turns it into an Error).
#pragma once

#include "core/base/json_io.h"
#include "core/kb/knowledge_base.h"

namespace advisor::proofs {

// An answer either says how much a criterion matters (weights) or which claims apply (emphasis),
// and a context question moves no weight; a leaning option's emphasis favours what it leans to.
void checkOptionEffects(const KnowledgeBase& kb, const Option& option, const Question& question,
                        const JsonCursor& at);
void checkWeightsStayPositive(const KnowledgeBase& kb, const JsonCursor& root);
void checkScoresStayInRange(const KnowledgeBase& kb, const JsonCursor& root);
void checkContextStaysBelowLean(const KnowledgeBase& kb, const JsonCursor& root);

} // namespace advisor::proofs
