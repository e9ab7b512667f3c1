#include "core/engine/engine.h"

#include "core/group/group_engine.h"
#include "core/model/lab_evidence.h"
#include "core/model/respondent_evaluation.h"

#include <algorithm>

namespace advisor {
namespace {

Evaluation evaluateWith(const KnowledgeBase& kb, const AnswerSet& answers,
                        const EngineOptions& options) {
    return answers.isGroup() ? evaluateGroup(kb, answers, options)
                             : evaluateRespondent(kb, answers, options);
}

} // namespace

Evaluation evaluate(const KnowledgeBase& kb, const AnswerSet& answers,
                    const EngineOptions& options) {
    if (!answers.lab)
        return evaluateWith(kb, answers, options);
    // Measurements that replace the article's figures change those items' ratings for this
    // decision only (every respondent's too); the structure, and so every index, is the
    // knowledge base's.
    auto measured = measuredEvidence(kb, *answers.lab);
    const bool replaces =
        std::any_of(measured.begin(), measured.end(), [](const auto& m) { return m.replaces; });
    Evaluation ev = replaces ? evaluateWith(withMeasuredRatings(kb, measured), answers, options)
                             : evaluateWith(kb, answers, options);
    ev.measured = std::move(measured);
    return ev;
}

} // namespace advisor
