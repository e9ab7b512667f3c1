#include "core/model/respondent_evaluation.h"

#include "core/model/ahp.h"
#include "core/model/engine_steps.h"
#include "core/model/scoring_model.h"
#include "core/model/situation.h"

#include <numeric>

namespace advisor {
namespace {

std::vector<double> normalised(std::vector<double> values) {
    const double sum = std::accumulate(values.begin(), values.end(), 0.0);
    for (double& v : values)
        v /= sum;
    return values;
}

} // namespace

Evaluation evaluateRespondent(const KnowledgeBase& kb, const AnswerSet& answers,
                              const EngineOptions& options) {
    const ScoringModel model(kb);
    Evaluation ev;
    ev.baseWeights.resize(kb.criteria.size());
    for (std::size_t c = 0; c < kb.criteria.size(); ++c)
        ev.baseWeights[c] = model.baseRaw(c);
    ev.baseWeights = normalised(std::move(ev.baseWeights));

    std::optional<std::vector<double>> weightOverride;
    if (answers.pairwise) {
        ev.ahp = analysePairwise(*answers.pairwise);
        weightOverride = ev.ahp->weights;
        ev.weightSource = WeightSource::Pairwise;
    } else if (answers.weights) {
        weightOverride = normalised(*answers.weights);
        ev.weightSource = WeightSource::Direct;
    }
    const auto* override = weightOverride ? &*weightOverride : nullptr;
    const ScoreTable table = model.score(answers, override);
    ev.weights = table.weights;
    if (ev.weightSource == WeightSource::Answers)
        ev.weightTrace = traceWeights(kb, model, answers);

    rankAndJudge(
        table, options,
        [&](std::size_t winner, bool tied) {
            return answerFlips(model, answers, override, winner, tied);
        },
        ev);
    auto& rec = ev.recommendation;

    recommendHybrid(kb, leanedAlternatives(kb, answers), rec);
    ev.reasons = explain(kb, optionShares(kb, answers), table, rec.winner, rec.runnerUp);
    judgeSituation(kb, factsInEffect(kb, answers.choices), situationCounts(kb, answers), ev);
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        if (!answers.answered(q))
            ev.defaultsUsed.push_back(q);
    ev.silentAnswers = silentAnswers(kb, answers);
    return ev;
}

} // namespace advisor
