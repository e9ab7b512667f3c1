// The knowledge base's "situation": the facts about a team's code, skills and organisation that
// pull the lead towards a stack apart from the article's criteria, read and checked against the
// questions they name.
#pragma once

#include "core/base/json_io.h"
#include "core/kb/knowledge_base.h"

namespace advisor {

// `kb` holds everything loaded before (alternatives, questions). Fails (JsonCursor::fail) at the
// field to change: a fact naming a question that is not a situation question, a source inside
// the article, a cap at or above the margin of a clear verdict.
Situation loadSituation(const KnowledgeBase& kb, const JsonCursor& at);

} // namespace advisor
