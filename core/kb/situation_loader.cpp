#include "core/kb/situation_loader.h"

#include "core/kb/knowledge_base_fields.h"
#include "core/kb/score_model.h"

#include <set>

namespace advisor {
namespace {

using namespace kb_fields;

SituationFact loadFact(const KnowledgeBase& kb, const JsonCursor& item) {
    item.allowOnly(
        {"id", "question", "option", "favours", "strength", "short", "summary", "source"});
    SituationFact f;
    f.id = idOf(item.at("id"));
    const auto question = item.at("question");
    const auto q = kb.questionIndex(question.string());
    if (!q)
        question.fail("unknown question " + describeValue(question.json()));
    if (!kb.questions[*q].situation)
        question.fail("a fact belongs to a situation question (\"situation\": true), and \"" +
                      kb.questions[*q].id + "\" is about the work");
    f.question = *q;
    const auto option = item.at("option");
    const auto o = kb.questions[*q].optionIndex(option.string());
    if (!o)
        option.fail("unknown option " + describeValue(option.json()) + " for question \"" +
                    kb.questions[*q].id + "\"");
    f.option = *o;
    const auto favours = item.at("favours");
    const auto a = kb.alternativeIndex(favours.string());
    if (!a)
        favours.fail("unknown alternative " + describeValue(favours.json()));
    f.favours = *a;
    const auto strength = item.at("strength");
    f.strength = strength.numberIn(0.0, 1.0);
    // Below 1: one fact alone never takes the whole room, so several facts that say the same
    // thing always add something, and never reach the cap.
    if (f.strength <= 0.0 || f.strength >= 1.0)
        strength.fail("expected a strength above 0 and below 1");
    f.shortName = item.at("short").nonEmptyString();
    f.summary = item.at("summary").nonEmptyString();
    f.source = citation(item.at("source"));
    if (!f.source.outsideArticle)
        item.at("source").fail("a fact about the team's situation rests on a source outside the "
                               "article (outside_article, with its title and url)");
    return f;
}

} // namespace

Situation loadSituation(const KnowledgeBase& kb, const JsonCursor& at) {
    at.allowOnly({"cap", "default_counts", "facts"});
    Situation s;
    const auto cap = at.at("cap");
    s.cap = cap.numberIn(0.0, 10.0);
    // The line the situation may not cross: on its own it never makes a clear verdict against
    // what the article's criteria say about the project (docs/situation.md).
    if (s.cap <= 0.0 || s.cap >= kClearMargin)
        cap.fail("expected a cap above 0 and below the margin of a clear verdict (" +
                 std::to_string(kClearMargin).substr(0, 4) +
                 " points), so the team's situation alone never makes a clear verdict against "
                 "the article");
    s.defaultCounts = at.has("default_counts") ? at.at("default_counts").numberIn(0.0, 1.0) : 1.0;
    const auto facts = at.at("facts");
    std::set<std::pair<std::size_t, std::size_t>> asserted;
    for (const auto& item : facts.items()) {
        auto fact = loadFact(kb, item);
        if (!asserted.insert({fact.question, fact.option}).second)
            item.at("option").fail("another fact already says what this answer asserts");
        s.facts.push_back(std::move(fact));
    }
    requireUniqueIds(s.facts, facts);
    return s;
}

} // namespace advisor
