#include "core/report/text_summary.h"

#include "core/base/number_format.h"
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/kb/score_model.h"
#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"

#include <sstream>

namespace advisor {
namespace {

// A respondent's name, marked when their answers do not count.
std::string nameOf(const AnswerSet& decision, const GroupResult& group, std::size_t r) {
    return decision.respondents[r].name + (group.respondents[r].votes ? "" : " (not voting)");
}

// Who answered, with their own result, and the questions they answered differently: each
// answer with who gave it, and what it would do if everyone gave it.
void writeGroup(std::ostream& os, const KnowledgeBase& kb, const AnswerSet& decision,
                const GroupResult& group) {
    os << "\nWho answered (their own result):\n";
    for (std::size_t r = 0; r < decision.respondents.size(); ++r) {
        const auto& who = decision.respondents[r];
        const auto& own = group.respondents[r];
        os << "  " << who.name;
        if (!who.role.empty())
            os << " (" << who.role << ')';
        if (own.votes)
            os << ", voting weight " << formatVotingWeight(who.weight);
        else
            os << ", not voting";
        os << ": ";
        if (own.tied)
            os << "a tie";
        else
            os << kb.alternatives[own.winner].name << " by " << formatFixed(own.margin, 2);
        os << '\n';
    }
    if (group.disagreements.empty())
        return;
    os << "\nWhere the respondents differ (decisive first):\n";
    for (const auto& d : group.disagreements) {
        os << "  " << kb.questions[d.question].text << (d.decisive ? " (decisive)" : "") << '\n';
        for (const auto& a : d.answers) {
            os << "    " << render(groupAnswerPhrase(kb, d.question, a.choice)) << ": ";
            for (std::size_t i = 0; i < a.respondents.size(); ++i)
                os << (i ? ", " : "") << nameOf(decision, group, a.respondents[i]);
            os << '\n';
            if (const auto sentence = decisivePhrase(kb, d.question, a))
                os << "      " << render(*sentence) << '\n';
        }
    }
}

} // namespace

std::string textSummary(const KnowledgeBase& kb, const AnswerSet& answers, const Evaluation& ev) {
    std::ostringstream os;
    if (!answers.title.empty())
        os << answers.title << "\n\n";
    os << headline(kb, ev) << '\n';
    if (const auto confidence = confidenceSentence(kb, ev); !confidence.empty())
        os << confidence << '\n';
    if (ev.group) {
        os << tallySentence(kb, ev.group->tally, ev) << '\n';
        if (ev.group->consensus)
            os << consensusSentence(*ev.group->consensus) << '\n';
    }
    const auto& rec = ev.recommendation;
    if (rec.tied && kb.undecided)
        os << kb.undecided->text << "\n  [" << citationText(kb.undecided->source) << "]\n";
    if (rec.hybrid) {
        os << "Hybrid option (" << render(outsideArticlePhrase()) << "): " << *rec.hybrid << '\n';
        if (rec.hybridSource)
            os << "  [" << rec.hybridSource->text() << "]\n";
    }
    if (const auto advice = closeCallAdvicePhrase(kb, ev))
        os << render(*advice) << '\n';

    // Both lenses, always: what the article's criteria say, and what the situation adds.
    os << "\nTwo lenses:\n  " << articleLensSentence(kb, ev) << "\n  "
       << situationLensSentence(kb, ev) << "\n  " << situationFlipSentence(kb, ev) << '\n';
    if (const auto disputed = disputedSituationPhrase(kb, ev))
        os << "  " << render(*disputed) << '\n';

    os << "\nScores (0-10) and weights:\n";
    os << "  criterion        weight";
    for (const auto& a : ev.alternatives)
        os << "  " << kb.alternatives[a.alternative].name;
    os << '\n';
    for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
        std::string name = kb.criteria[c].name;
        name.resize(std::max<std::size_t>(name.size(), 16), ' ');
        os << "  " << name << " " << formatWeight(ev.weights[c]) << "  ";
        for (const auto& a : ev.alternatives)
            os << "  " << formatScore(a.scores[c]);
        os << '\n';
    }
    if (!ev.situation.facts.empty()) {
        os << "  your situation (points)";
        for (const auto& a : ev.alternatives)
            os << "  " << formatScore(a.situation);
        os << '\n';
    }
    os << "  total                  ";
    for (const auto& a : ev.alternatives)
        os << "  " << formatScore(a.total);
    // From a tie there is no winner to argue for: each reason says which stack it favours.
    os << (rec.tied ? "\n\nWhat pulls each way:\n" : "\n\nWhy:\n");
    for (const auto& r : ev.situation.reasons) {
        const auto& fact = kb.situation.facts[r.fact];
        if (rec.tied)
            os << "  " << kb.alternatives[fact.favours].name << ": ";
        else
            os << (r.impact > 0 ? "  + " : "  - ");
        os << situationReasonSentence(kb, r, ev.group != nullptr) << "\n      ["
           << citationText(fact.source) << "]\n";
    }
    int shown = 0;
    for (const auto& r : ev.reasons) {
        if (++shown > 6)
            break;
        if (rec.tied)
            os << "  " << kb.alternatives[r.favours].name << ": ";
        else
            os << (r.impact > 0 ? "  + " : "  - ");
        os << reasonSentence(kb, r) << "\n      [" << citationText(kb.evidence[r.evidence].source)
           << "]\n";
    }
    if (ev.reasons.empty() && ev.situation.reasons.empty())
        os << "  No answer yet makes any of the evidence count.\n";
    if (!ev.measured.empty()) {
        os << "\nMeasured on this machine (Evidence Lab):\n";
        for (const auto& m : ev.measured)
            os << "  " << kb.evidence[m.evidence].id << ": " << measuredSentence(m) << '\n';
    }
    for (const auto& a : ev.silentAnswers)
        os << "  " << silentAnswerSentence(kb, a) << '\n';
    if (!ev.sensitivity.flipPoints.empty()) {
        os << "\nWhat would change it:\n";
        for (const auto& p : ev.sensitivity.flipPoints)
            os << "  " << flipSentence(kb, ev, p) << '\n';
        for (const auto& f : ev.sensitivity.answerFlips)
            os << "  " << answerFlipSentence(kb, f) << '\n';
    }
    if (ev.group)
        writeGroup(os, kb, answers, *ev.group);
    if (!ev.defaultsUsed.empty()) {
        os << "\nUnanswered (neutral defaults used):";
        for (auto q : ev.defaultsUsed)
            os << ' ' << kb.questions[q].id;
        os << '\n';
    }
    return os.str();
}

nlohmann::ordered_json questionnaireToJson(const KnowledgeBase& kb) {
    using Json = nlohmann::ordered_json;
    Json topics = Json::array();
    for (const auto& t : kb.topics)
        topics.push_back(Json{{"id", t.id}, {"title", t.title}, {"intro", t.intro}});
    Json questions = Json::array();
    for (const auto& q : kb.questions) {
        Json options = Json::array();
        for (const auto& o : q.options)
            options.push_back(Json{{"id", o.id},
                                   {"label", o.label},
                                   {"help", o.help},
                                   {"outside_article", restsOutsideArticle(kb, o)}});
        Json def;
        if (q.kind == QuestionKind::Single) {
            def = q.options[q.defaultOptions.front()].id;
        } else {
            def = Json::array();
            for (auto d : q.defaultOptions)
                def.push_back(q.options[d].id);
        }
        questions.push_back(Json{{"id", q.id},
                                 {"topic", q.topic},
                                 {"kind", q.kind == QuestionKind::Single ? "single" : "multi"},
                                 {"text", q.text},
                                 {"help", q.help},
                                 {"context", q.context},
                                 {"situation", q.situation},
                                 {"options", std::move(options)},
                                 {"default", std::move(def)}});
    }
    return Json{{"knowledge_base", Json{{"version", kb.version}, {"hash", kb.hash}}},
                {"topics", std::move(topics)},
                {"questions", std::move(questions)}};
}

} // namespace advisor
