#include "core/engine/evaluation_json.h"

#include "core/engine/group_json.h"
#include "core/group/group_result.h"
#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double v, double scale = 1e4) {
    const double r = std::round(v * scale) / scale;
    return r == 0.0 ? 0.0 : r; // no "-0.0"
}

Json citationJson(const Citation& c) {
    Json out{{"title", c.title},
             {"date", c.date},
             {"section", c.section},
             {"publisher", c.publisher},
             {"outside_article", c.outsideArticle}};
    if (c.outsideArticle)
        out["url"] = c.url;
    else
        out["quote"] = c.quote;
    out["text"] = citationText(c);
    return out;
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
        // The situation's points are a part of the total beside the criteria's contributions.
        const auto situationMicro = std::llround(r.situation * 1e6);
        totalMicro += situationMicro;
        const auto& alt = kb.alternatives[r.alternative];
        list.push_back(Json{{"id", alt.id},
                            {"name", alt.name},
                            {"scores", std::move(scores)},
                            {"contributions", std::move(contributions)},
                            {"situation", static_cast<double>(situationMicro) / 1e6},
                            {"total", static_cast<double>(totalMicro) / 1e6}});
    }
    return list;
}

Json sensitivityJson(const KnowledgeBase& kb, const Evaluation& ev) {
    const auto& s = ev.sensitivity;
    Json flips = Json::array();
    auto alternativeId = [&kb](const std::optional<std::size_t>& a) {
        return a ? Json(kb.alternatives[*a].id) : Json(nullptr);
    };
    for (const auto& p : s.flipPoints) {
        Json point{{"criterion", kb.criteria[p.criterion].id},
                   {"weight_now", rounded(p.weightNow)},
                   {"flips_at", p.flipsAt ? Json(rounded(*p.flipsAt)) : Json(nullptr)},
                   {"new_winner", alternativeId(p.newWinner)}};
        // From a tie, new_winner leads with more weight on the criterion and this one with less.
        if (p.tiedNow)
            point["winner_if_less"] = alternativeId(p.winnerIfLess);
        // No weight changes the winner, but at this end of the range it ties.
        if (p.tiesAt)
            point["ties_at"] = *p.tiesAt;
        point["sentence"] = flipSentence(kb, ev, p);
        flips.push_back(std::move(point));
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
                                     {"tied", rounded(s.monteCarlo.tiedShare)},
                                     {"sentence", confidenceSentence(kb, ev)}}},
                {"answer_flips", std::move(answerFlips)}};
}

// An article claim measured on the user's machine, as the reason citing it shows it.
Json measuredJson(const MeasuredEvidence* m) {
    return Json{{"claim", m->claim},
                {"verdict", m->verdict},
                {"measured_ratio",
                 m->measuredRatio ? Json(rounded(*m->measuredRatio, 100)) : Json(nullptr)},
                {"measured_on", m->measuredOn},
                {"use", m->replaces ? "replace" : "beside"},
                {"strength", rounded(m->strength)},
                {"sentence", measuredSentence(*m)}};
}
// The two lenses: the article's criteria alone, and the team's situation.
Json lensesJson(const KnowledgeBase& kb, const Evaluation& ev) {
    const auto& lens = ev.article;
    const auto situationWinner = ev.situation.winner();
    return Json{
        {"article",
         Json{{"winner", lens.tied ? Json(nullptr) : Json(kb.alternatives[lens.winner].id)},
              {"margin", rounded(lens.margin)},
              {"verdict", verdictId(lens.verdict)},
              {"sentence", articleLensSentence(kb, ev)}}},
        {"situation", Json{{"winner", situationWinner ? Json(kb.alternatives[*situationWinner].id)
                                                      : Json(nullptr)},
                           {"pull", rounded(ev.situation.pull())},
                           {"sentence", situationLensSentence(kb, ev)}}}};
}

Json situationJson(const KnowledgeBase& kb, const Evaluation& ev) {
    const auto& s = ev.situation;
    Json facts = Json::array();
    for (auto f : s.facts)
        facts.push_back(kb.situation.facts[f].id);
    Json out{{"counts", rounded(s.counts)},
             {"cap", rounded(s.cap)},
             {"flips_at", s.flipsAt ? Json(rounded(*s.flipsAt)) : Json(nullptr)},
             {"new_winner", s.newWinner ? Json(kb.alternatives[*s.newWinner].id) : Json(nullptr)},
             {"facts", std::move(facts)},
             {"sentence", situationFlipSentence(kb, ev)}};
    if (ev.group) {
        Json disputed = Json::array();
        for (auto q : s.disputed)
            disputed.push_back(kb.questions[q].id);
        out["disputed"] = std::move(disputed);
    }
    return out;
}

Json situationReasonJson(const KnowledgeBase& kb, const Evaluation& ev, const SituationReason& r) {
    const auto& fact = kb.situation.facts[r.fact];
    const auto& rec = ev.recommendation;
    return Json{
        {"evidence", Json::array({fact.id})},
        {"lens", "situation"},
        {"criterion", nullptr},
        {"favours", kb.alternatives[fact.favours].id},
        {"supports_winner", !rec.tied && r.impact > 0},
        {"outside_article", true},
        {"impact", rounded(r.impact)},
        {"text", situationReasonSentence(kb, r, ev.group != nullptr)},
        {"figure", nullptr},
        {"because", Json::array({Json{
                        {"question", kb.questions[r.answer.question].id},
                        {"option", kb.questions[r.answer.question].options[r.answer.option].id}}})},
        {"citation", citationJson(fact.source)}};
}

} // namespace

std::string weightSourceId(WeightSource s) {
    switch (s) {
    case WeightSource::Answers:
        return "answers";
    case WeightSource::Direct:
        return "direct";
    case WeightSource::Pairwise:
        return "pairwise";
    case WeightSource::Group:
        return "group";
    }
    return "answers";
}

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
    // A tie names no winner: `winner` and `runner_up` are null and `tied` lists who shares the
    // lead, so no reader takes the first alternative for a recommendation.
    Json tied = Json::array();
    if (rec.tied)
        tied = Json::array({kb.alternatives[rec.winner].id, kb.alternatives[rec.runnerUp].id});
    Json recommendation{
        {"winner", rec.tied ? Json(nullptr) : Json(kb.alternatives[rec.winner].id)},
        {"runner_up", rec.tied ? Json(nullptr) : Json(kb.alternatives[rec.runnerUp].id)},
        {"tied", std::move(tied)},
        {"margin", rounded(rec.margin)},
        {"verdict", verdictId(rec.verdict)},
        {"confidence", !rec.tied && rec.winner < mc.winProbability.size()
                           ? Json(rounded(mc.winProbability[rec.winner]))
                           : Json(nullptr)},
        {"use_cases_split", rec.useCasesSplit},
        {"hybrid", rec.hybrid ? Json(*rec.hybrid) : Json(nullptr)},
        // The article suggests no hybrid: the suggestion says where it comes from.
        {"hybrid_source",
         rec.hybridSource ? citationJson(*rec.hybridSource)
         : rec.hybrid ? Json{{"outside_article", true}, {"text", render(outsideArticlePhrase())}}
                      : Json(nullptr)},
        {"headline", headline(kb, ev)}};
    if (const auto advice = closeCallAdvicePhrase(kb, ev))
        recommendation["close_call"] = render(*advice);
    if (rec.tied && kb.undecided)
        recommendation["undecided"] =
            Json{{"text", kb.undecided->text}, {"citation", citationJson(kb.undecided->source)}};
    out["recommendation"] = std::move(recommendation);
    out["lenses"] = lensesJson(kb, ev);
    out["situation"] = situationJson(kb, ev);

    // The article's reasons and the situation's, strongest first within supporting and against.
    std::vector<std::pair<double, Json>> reasonList;
    for (const auto& r : ev.reasons) {
        const auto& item = kb.evidence[r.evidence];
        Json because = Json::array();
        for (const auto& ref : r.emphasisedBy)
            because.push_back(Json{{"question", kb.questions[ref.question].id},
                                   {"option", kb.questions[ref.question].options[ref.option].id}});
        Json reason{{"evidence", Json::array({item.id})},
                    {"lens", "article"},
                    {"criterion", kb.criteria[item.criterion].id},
                    {"favours", kb.alternatives[r.favours].id},
                    {"supports_winner", !rec.tied && r.impact > 0},
                    {"outside_article", item.source.outsideArticle},
                    {"impact", rounded(r.impact)},
                    {"text", reasonSentence(kb, r)},
                    {"figure", item.figure ? Json(item.figure->text) : Json(nullptr)},
                    {"because", std::move(because)},
                    {"citation", citationJson(item.source)}};
        // Only a decision with an Evidence Lab run says how its measurement used the claim.
        if (const auto* m = measuredFor(ev, r.evidence))
            reason["measured"] = measuredJson(m);
        reasonList.emplace_back(r.impact, std::move(reason));
    }
    for (const auto& r : ev.situation.reasons)
        reasonList.emplace_back(r.impact, situationReasonJson(kb, ev, r));
    std::stable_sort(reasonList.begin(), reasonList.end(), [](const auto& a, const auto& b) {
        if ((a.first > 0) != (b.first > 0))
            return a.first > 0;
        return std::abs(a.first) > std::abs(b.first);
    });
    Json reasons = Json::array();
    for (auto& [impact, reason] : reasonList)
        reasons.push_back(std::move(reason));
    out["reasons"] = std::move(reasons);

    Json defaults = Json::array();
    for (auto q : ev.defaultsUsed)
        defaults.push_back(kb.questions[q].id);
    out["defaults_used"] = std::move(defaults);
    if (answers.lab) {
        Json measured = Json::array();
        for (const auto& m : ev.measured) {
            Json entry{{"evidence", kb.evidence[m.evidence].id}};
            entry.update(measuredJson(&m));
            measured.push_back(std::move(entry));
        }
        const auto& machine = answers.lab->run.machine;
        out["lab"] =
            Json{{"use", answers.lab->use == LabEvidenceUse::Replace ? "replace" : "beside"},
                 {"measured_on", answers.lab->run.startedAt},
                 {"machine", Json{{"cpu", machine.cpu}, {"logical_cores", machine.logicalCores}}},
                 {"claims", std::move(measured)}};
    }
    Json silent = Json::array();
    for (const auto& a : ev.silentAnswers)
        silent.push_back(Json{{"question", kb.questions[a.question].id},
                              {"option", kb.questions[a.question].options[a.option].id},
                              {"sentence", silentAnswerSentence(kb, a)}});
    out["silent_answers"] = std::move(silent);
    out["sensitivity"] = sensitivityJson(kb, ev);
    // A group's judgements are its voters' combined (core/group_result.h).
    if (const auto* judgements = judgementsBehind(answers, ev); ev.ahp && judgements) {
        Json ahp{{"consistency_ratio", rounded(ev.ahp->consistencyRatio)},
                 {"lambda_max", rounded(ev.ahp->lambdaMax)},
                 {"acceptable", ev.ahp->consistencyRatio <= 0.10}};
        if (ev.ahp->mostInconsistent) {
            const auto [i, j] = *ev.ahp->mostInconsistent;
            ahp["most_inconsistent"] =
                Json{{"pair", kb.criteria[i].id + "/" + kb.criteria[j].id},
                     {"judgement", rounded(judgements->matrix[i][j])},
                     {"implied", rounded(ev.ahp->suggestedJudgement)},
                     {"warning", ahpWarning(kb, *ev.ahp, judgements->matrix)}};
        } else {
            ahp["most_inconsistent"] = nullptr;
        }
        out["ahp"] = std::move(ahp);
    }
    appendGroupJson(out, kb, answers, ev);
    return out;
}

} // namespace advisor
