#include "core/engine/group_json.h"

#include "core/engine/evaluation_json.h"
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/group/group_weights.h"

#include <cmath>

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double v) {
    const double r = std::round(v * 1e4) / 1e4;
    return r == 0.0 ? 0.0 : r; // no "-0.0"
}

Json choiceJson(const KnowledgeBase& kb, std::size_t question,
                const std::optional<std::vector<std::size_t>>& choice) {
    if (!choice)
        return nullptr;
    const auto& q = kb.questions[question];
    if (q.kind == QuestionKind::Single)
        return q.options[choice->front()].id;
    Json list = Json::array();
    for (auto o : *choice)
        list.push_back(q.options[o].id);
    return list;
}

Json respondentsJson(const KnowledgeBase& kb, const AnswerSet& decision, const GroupResult& g) {
    Json list = Json::array();
    for (std::size_t i = 0; i < decision.respondents.size(); ++i) {
        const auto& who = decision.respondents[i];
        const auto& own = g.respondents[i];
        Json weights;
        for (std::size_t c = 0; c < kb.criteria.size(); ++c)
            weights[kb.criteria[c].id] = rounded(own.weights[c]);
        Json person{{"name", who.name},
                    {"role", who.role},
                    {"weight", who.weight},
                    {"votes", own.votes},
                    {"winner", own.tied ? Json(nullptr) : Json(kb.alternatives[own.winner].id)},
                    {"tied", own.tied},
                    {"margin", rounded(own.margin)},
                    {"weights", std::move(weights)},
                    {"weight_source", weightSourceId(own.weightSource)}};
        if (own.consistencyRatio)
            person["consistency_ratio"] = rounded(*own.consistencyRatio);
        person["answers"] = choicesToJson(who.answers, kb);
        list.push_back(std::move(person));
    }
    return list;
}

Json tallyJson(const KnowledgeBase& kb, const GroupResult& g, const Evaluation& ev) {
    Json favour;
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
        favour[kb.alternatives[a].id] = g.tally.favour[a];
    return Json{{"voters", g.tally.voters},
                {"favour", std::move(favour)},
                {"undecided", g.tally.undecided},
                {"majority",
                 g.tally.majority ? Json(kb.alternatives[*g.tally.majority].id) : Json(nullptr)},
                {"split", g.tally.split},
                {"sentence", tallySentence(kb, g.tally, ev)}};
}

Json disagreementsJson(const KnowledgeBase& kb, const AnswerSet& decision, const GroupResult& g) {
    Json list = Json::array();
    for (const auto& d : g.disagreements) {
        Json answers = Json::array();
        for (const auto& a : d.answers) {
            Json by = Json::array();
            for (auto r : a.respondents)
                by.push_back(decision.respondents[r].name);
            Json answer{{"answer", choiceJson(kb, d.question, a.choice)},
                        {"by", std::move(by)},
                        {"winner_if_all",
                         a.tiedIfAll ? Json(nullptr) : Json(kb.alternatives[a.winnerIfAll].id)},
                        {"changes_result", a.changesResult}};
            if (const auto sentence = decisivePhrase(kb, d.question, a))
                answer["sentence"] = render(*sentence);
            answers.push_back(std::move(answer));
        }
        list.push_back(Json{{"question", kb.questions[d.question].id},
                            {"decisive", d.decisive},
                            {"swing", rounded(d.swing)},
                            {"answers", std::move(answers)}});
    }
    return list;
}

} // namespace

void appendGroupJson(Json& out, const KnowledgeBase& kb, const AnswerSet& decision,
                     const Evaluation& ev) {
    if (!ev.group || ev.group->respondents.size() != decision.respondents.size())
        return;
    const auto& g = *ev.group;
    out["respondents"] = respondentsJson(kb, decision, g);
    out["tally"] = tallyJson(kb, g, ev);
    out["consensus"] = g.consensus ? Json{{"value", rounded(g.consensus->value)},
                                          {"words", consensusWords(g.consensus->level)},
                                          {"sentence", consensusSentence(*g.consensus)}}
                                   : Json(nullptr);
    out["disagreements"] = disagreementsJson(kb, decision, g);
}

} // namespace advisor
