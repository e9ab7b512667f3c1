#include "core/model/situation_explanations.h"

#include "core/model/explanations.h"

// Marks the templates for Qt's lupdate (context kPhraseContext); core never includes Qt.
#define QT_TRANSLATE_NOOP(context, text) text

namespace advisor {
namespace {

Phrase verdictWord(Verdict v) {
    switch (v) {
    case Verdict::Clear:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "clear"), {}};
    case Verdict::Lean:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "lean"), {}};
    case Verdict::CloseCall:
        break;
    }
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "close call"), {}};
}

Phrase name(const KnowledgeBase& kb, std::size_t alternative) {
    return literal(kb.alternatives[alternative].name);
}

// "a", "a and b", "a, b and c", each piece a template so a translation can change the words.
std::size_t factCount(const KnowledgeBase& kb, const Evaluation& ev, std::size_t alternative);

std::vector<std::size_t> factsFavouring(const KnowledgeBase& kb, const Evaluation& ev,
                                        std::size_t alternative) {
    std::vector<std::size_t> facts;
    for (auto f : ev.situation.facts)
        if (kb.situation.facts[f].favours == alternative)
            facts.push_back(f);
    return facts;
}

std::size_t factCount(const KnowledgeBase& kb, const Evaluation& ev, std::size_t alternative) {
    return factsFavouring(kb, ev, alternative).size();
}

} // namespace

bool lensesDiffer(const Evaluation& ev) {
    const auto& rec = ev.recommendation;
    const auto& lens = ev.article;
    if (rec.tied != lens.tied)
        return true;
    return !rec.tied && rec.winner != lens.winner;
}

std::optional<Phrase> situationFactsPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                           std::size_t alternative) {
    const auto facts = factsFavouring(kb, ev, alternative);
    if (facts.empty())
        return std::nullopt;
    std::vector<Phrase> names;
    for (auto f : facts)
        names.push_back({QT_TRANSLATE_NOOP("advisor::Sentences", "your %1"),
                         {literal(kb.situation.facts[f].shortName)}});
    return joinedPhrases(names);
}

std::optional<Phrase> lensesHeadlinePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                           const NumberFormat& numbers) {
    if (!lensesDiffer(ev))
        return std::nullopt;
    const auto& rec = ev.recommendation;
    const auto& lens = ev.article;
    const Phrase situation{QT_TRANSLATE_NOOP("advisor::Sentences", "your situation"), {}};
    if (rec.tied) {
        const auto facts = situationFactsPhrase(kb, ev, lens.runnerUp);
        const bool several = factCount(kb, ev, lens.runnerUp) > 1;
        return Phrase{several ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                                  "The article's criteria favour %1 (%2, %3); %4 "
                                                  "weigh as much here: no stack is ahead.")
                              : QT_TRANSLATE_NOOP("advisor::Sentences",
                                                  "The article's criteria favour %1 (%2, %3); %4 "
                                                  "weighs as much here: no stack is ahead."),
                      {name(kb, lens.winner), verdictWord(lens.verdict),
                       literal(formatFixed(lens.margin, 2, numbers)), facts.value_or(situation)}};
    }
    const Phrase facts = situationFactsPhrase(kb, ev, rec.winner).value_or(situation);
    const bool several = factCount(kb, ev, rec.winner) > 1;
    const Phrase result{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 (%2, %3)"),
                        {name(kb, rec.winner), verdictWord(rec.verdict),
                         literal(formatFixed(rec.margin, 2, numbers))}};
    if (lens.tied)
        return Phrase{several ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                                  "The article's criteria do not separate the "
                                                  "stacks; %1 decide it: %2.")
                              : QT_TRANSLATE_NOOP("advisor::Sentences",
                                                  "The article's criteria do not separate the "
                                                  "stacks; %1 decides it: %2."),
                      {facts, result}};
    return Phrase{several ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "The article's criteria favour %1 (%2, %3); %4 "
                                              "weigh more here: %5.")
                          : QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "The article's criteria favour %1 (%2, %3); %4 "
                                              "weighs more here: %5."),
                  {name(kb, lens.winner), verdictWord(lens.verdict),
                   literal(formatFixed(lens.margin, 2, numbers)), facts, result}};
}

Phrase articleLensPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                         const NumberFormat& numbers) {
    const auto& lens = ev.article;
    if (lens.tied)
        return {
            QT_TRANSLATE_NOOP("advisor::Sentences", "The article's criteria: no stack is ahead."),
            {}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "The article's criteria: %1, %2, ahead of %3 by %4."),
            {name(kb, lens.winner), verdictWord(lens.verdict), name(kb, lens.runnerUp),
             literal(formatFixed(lens.margin, 2, numbers))}};
}

Phrase situationLensPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                           const NumberFormat& numbers) {
    const auto& s = ev.situation;
    if (kb.situation.empty())
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Your situation: this knowledge base does not weigh it."),
                {}};
    if (s.counts <= 0.0)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Your situation: set to count for nothing, so the result is the "
                                  "article's alone."),
                {}};
    const auto winner = s.winner();
    if (!winner)
        return {s.facts.empty()
                    ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "Your situation: nothing in it favours a stack yet.")
                    : QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "Your situation: its facts pull both ways equally."),
                {}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "Your situation: %1, by %2 points (%3)."),
            {name(kb, *winner), literal(formatFixed(s.pull(), 2, numbers)),
             *situationFactsPhrase(kb, ev, *winner)}};
}

Phrase situationFlipPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                           const NumberFormat& numbers) {
    const auto& s = ev.situation;
    const auto& rec = ev.recommendation;
    const Phrase now = literal(formatFixed(s.counts, 2, numbers));
    if (s.facts.empty())
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Nothing in your situation favours a stack, so how much it "
                                  "counts changes nothing."),
                {}};
    if (rec.tied)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "It is a tie with your situation counted as it is (%1)."),
                {now}};
    if (s.flipsAt && s.newWinner) {
        const Phrase at = literal(formatFixed(*s.flipsAt, 2, numbers));
        if (*s.flipsAt < s.counts)
            return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                      "%1 stays ahead while your situation counts for more than "
                                      "%2 (now %3); below that, %4 wins."),
                    {name(kb, rec.winner), at, now, name(kb, *s.newWinner)}};
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 would win if your situation counted for more than %2 (now "
                                  "%3)."),
                {name(kb, *s.newWinner), at, now}};
    }
    if (ev.article.tied)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 leads as soon as your situation counts at all (now %2); at "
                                  "0 the article's criteria leave a tie."),
                {name(kb, rec.winner), now}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "However much your situation counts, %1 stays ahead (from 0 to 1; "
                              "now %2)."),
            {name(kb, rec.winner), now}};
}

Phrase situationReasonPhrase(const KnowledgeBase& kb, const SituationReason& reason,
                             bool groupAnswers) {
    const auto& fact = kb.situation.facts[reason.fact];
    const Phrase answer{QT_TRANSLATE_NOOP("advisor::Sentences", "\u201c%1\u201d"),
                        {literal(kb.questions[fact.question].options[fact.option].label)}};
    return {groupAnswers ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                             "%1 It counts here because of the group's answer "
                                             "%2.")
                         : QT_TRANSLATE_NOOP("advisor::Sentences",
                                             "%1 It counts here because of your answer %2."),
            {literal(fact.summary), answer}};
}

std::optional<Phrase> disputedSituationPhrase(const KnowledgeBase& kb, const Evaluation& ev) {
    if (ev.situation.disputed.empty())
        return std::nullopt;
    std::vector<Phrase> questions;
    for (auto q : ev.situation.disputed)
        questions.push_back({QT_TRANSLATE_NOOP("advisor::Sentences", "\u201c%1\u201d"),
                             {literal(kb.questions[q].text)}});
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                    "The respondents answer %1 differently. A fact is the "
                                    "project's, not a vote, so it counts for nothing until the "
                                    "group settles it."),
                  {joinedPhrases(questions)}};
}

std::optional<Phrase> closeCallAdvicePhrase(const KnowledgeBase& kb, const Evaluation& ev) {
    const auto& rec = ev.recommendation;
    if (rec.tied || rec.verdict != Verdict::CloseCall || rec.hybrid)
        return std::nullopt;
    if (const auto winner = ev.situation.winner())
        return Phrase{factCount(kb, ev, *winner) > 1
                          ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "Either stack fits what the article weighs here; "
                                              "%1 point to %2. The answers that would change "
                                              "the result are listed with the sensitivity.")
                          : QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "Either stack fits what the article weighs here; "
                                              "%1 points to %2. The answers that would change "
                                              "the result are listed with the sensitivity."),
                      {*situationFactsPhrase(kb, ev, *winner), name(kb, *winner)}};
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                    "Either stack fits what the article weighs here. What would "
                                    "decide it is your situation (code you already run, your "
                                    "organisation's standard, your team's skills) and the "
                                    "answers listed with the sensitivity."),
                  {}};
}

std::string situationLensSentence(const KnowledgeBase& kb, const Evaluation& ev) {
    return render(situationLensPhrase(kb, ev));
}
std::string articleLensSentence(const KnowledgeBase& kb, const Evaluation& ev) {
    return render(articleLensPhrase(kb, ev));
}
std::string situationFlipSentence(const KnowledgeBase& kb, const Evaluation& ev) {
    return render(situationFlipPhrase(kb, ev));
}
std::string situationReasonSentence(const KnowledgeBase& kb, const SituationReason& reason,
                                    bool groupAnswers) {
    return render(situationReasonPhrase(kb, reason, groupAnswers));
}

} // namespace advisor
