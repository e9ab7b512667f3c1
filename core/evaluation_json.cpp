#include "core/evaluation_json.h"

#include "core/explanations.h"

#include <cmath>

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double v, double scale = 1e4) {
    const double r = std::round(v * scale) / scale;
    return r == 0.0 ? 0.0 : r; // no "-0.0"
}

Json citationJson(const Citation& c) {
    return Json{{"title", c.title},
                {"date", c.date},
                {"section", c.section},
                {"publisher", c.publisher},
                {"text", c.text()}};
}

Json alternativesJson(const KnowledgeBase& kb, const Evaluation& ev) {
    Json list = Json::array();
    for (const auto& r : ev.alternatives) {
        Json scores;
        Json contributions;
        // Contributions are rounded to micro-points first and the total is their sum, so the
        // printed contributions add up exactly to the printed total.
        long long totalMicro = 0;
        for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
            scores[kb.criteria[c].id] = rounded(r.scores[c]);
            const auto micro = std::llround(r.contributions[c] * 1e6);
            totalMicro += micro;
            contributions[kb.criteria[c].id] = static_cast<double>(micro) / 1e6;
        }
        const auto& alt = kb.alternatives[r.alternative];
        list.push_back(Json{{"id", alt.id},
                            {"name", alt.name},
                            {"scores", std::move(scores)},
                            {"contributions", std::move(contributions)},
                            {"total", static_cast<double>(totalMicro) / 1e6}});
    }
    return list;
}

Json sensitivityJson(const KnowledgeBase& kb, const Evaluation& ev) {
    const auto& s = ev.sensitivity;
    Json flips = Json::array();
    for (const auto& p : s.flipPoints) {
        flips.push_back(Json{
            {"criterion", kb.criteria[p.criterion].id},
            {"weight_now", rounded(p.weightNow)},
            {"flips_at", p.flipsAt ? Json(rounded(*p.flipsAt)) : Json(nullptr)},
            {"new_winner", p.newWinner ? Json(kb.alternatives[*p.newWinner].id) : Json(nullptr)},
            {"sentence", flipSentence(kb, ev, p)}});
    }
    Json probability;
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
        probability[kb.alternatives[a].id] =
            a < s.monteCarlo.winProbability.size() ? rounded(s.monteCarlo.winProbability[a]) : 0.0;
    Json answerFlips = Json::array();
    for (const auto& f : s.answerFlips) {
        const auto& q = kb.questions[f.question];
        Json flip{{"question", q.id}, {"option", q.options[f.option].id}};
        if (q.kind == QuestionKind::Multi)
            flip["change"] = f.removes ? "remove" : "add";
        flip["new_winner"] = kb.alternatives[f.newWinner].id;
        flip["sentence"] = answerFlipSentence(kb, f);
        answerFlips.push_back(std::move(flip));
    }
    return Json{{"flip_points", std::move(flips)},
                {"monte_carlo", Json{{"samples", s.monteCarlo.samples},
                                     {"seed", s.monteCarlo.seed},
                                     {"concentration", s.monteCarlo.concentration},
                                     {"win_probability", std::move(probability)},
                                     {"sentence", confidenceSentence(kb, ev)}}},
                {"answer_flips", std::move(answerFlips)}};
}

std::string weightSourceId(WeightSource s) {
    switch (s) {
    case WeightSource::Answers:
        return "answers";
    case WeightSource::Direct:
        return "direct";
    case WeightSource::Pairwise:
        return "pairwise";
    }
    return "answers";
}

} // namespace

Json evaluationToJson(const KnowledgeBase& kb, const AnswerSet& answers, const Evaluation& ev) {
    Json out;
    out["format"] = "backend-advisor/evaluation";
    out["format_version"] = kEvaluationFormatVersion;
    out["title"] = answers.title;
    out["knowledge_base"] = Json{{"version", kb.version}, {"hash", kb.hash}};

    Json weights;
    for (std::size_t c = 0; c < kb.criteria.size(); ++c)
        weights[kb.criteria[c].id] = rounded(ev.weights[c]);
    out["weights"] = std::move(weights);
    out["weight_source"] = weightSourceId(ev.weightSource);
    Json base;
    for (std::size_t c = 0; c < kb.criteria.size(); ++c)
        base[kb.criteria[c].id] = rounded(ev.baseWeights[c]);
    out["base_weights"] = std::move(base);
    Json trace = Json::array();
    for (const auto& t : ev.weightTrace) {
        const auto& q = kb.questions[t.question];
        trace.push_back(Json{{"question", q.id},
                             {"option", q.options[t.option].id},
                             {"criterion", kb.criteria[t.criterion].id},
                             {"raw_delta", rounded(t.rawDelta)},
                             {"weight_delta", rounded(t.weightDelta)},
                             {"default", t.fromDefault}});
    }
    out["weight_trace"] = std::move(trace);
    out["alternatives"] = alternativesJson(kb, ev);

    const auto& rec = ev.recommendation;
    const auto& mc = ev.sensitivity.monteCarlo;
    out["recommendation"] = Json{{"winner", kb.alternatives[rec.winner].id},
                                 {"runner_up", kb.alternatives[rec.runnerUp].id},
                                 {"margin", rounded(rec.margin)},
                                 {"verdict", verdictId(rec.verdict)},
                                 {"confidence", rec.winner < mc.winProbability.size()
                                                    ? Json(rounded(mc.winProbability[rec.winner]))
                                                    : Json(nullptr)},
                                 {"use_cases_split", rec.useCasesSplit},
                                 {"hybrid", rec.hybrid ? Json(*rec.hybrid) : Json(nullptr)},
                                 {"headline", headline(kb, ev)}};

    Json reasons = Json::array();
    for (const auto& r : ev.reasons) {
        const auto& item = kb.evidence[r.evidence];
        Json because = Json::array();
        for (const auto& ref : r.emphasisedBy)
            because.push_back(Json{{"question", kb.questions[ref.question].id},
                                   {"option", kb.questions[ref.question].options[ref.option].id}});
        reasons.push_back(Json{{"evidence", Json::array({item.id})},
                               {"criterion", kb.criteria[item.criterion].id},
                               {"favours", kb.alternatives[r.favours].id},
                               {"supports_winner", r.impact > 0},
                               {"impact", rounded(r.impact)},
                               {"text", reasonSentence(kb, r)},
                               {"figure", item.figure ? Json(item.figure->text) : Json(nullptr)},
                               {"because", std::move(because)},
                               {"citation", citationJson(item.source)}});
    }
    out["reasons"] = std::move(reasons);

    Json defaults = Json::array();
    for (auto q : ev.defaultsUsed)
        defaults.push_back(kb.questions[q].id);
    out["defaults_used"] = std::move(defaults);
    out["sensitivity"] = sensitivityJson(kb, ev);
    if (ev.ahp && answers.pairwise) {
        Json ahp{{"consistency_ratio", rounded(ev.ahp->consistencyRatio)},
                 {"lambda_max", rounded(ev.ahp->lambdaMax)},
                 {"acceptable", ev.ahp->consistencyRatio <= 0.10}};
        if (ev.ahp->mostInconsistent) {
            const auto [i, j] = *ev.ahp->mostInconsistent;
            ahp["most_inconsistent"] =
                Json{{"pair", kb.criteria[i].id + "/" + kb.criteria[j].id},
                     {"judgement", rounded(answers.pairwise->matrix[i][j])},
                     {"implied", rounded(ev.ahp->suggestedJudgement)},
                     {"warning", ahpWarning(kb, *ev.ahp, answers.pairwise->matrix)}};
        } else {
            ahp["most_inconsistent"] = nullptr;
        }
        out["ahp"] = std::move(ahp);
    }
    return out;
}

} // namespace advisor
