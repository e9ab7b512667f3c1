#include "core/model/explanations.h"

#include "core/model/ahp.h"
#include "core/model/situation_explanations.h"

#include <cmath>

// Marks the templates for Qt's lupdate, which reads this file for the GUI's translations (the
// context is kPhraseContext). Core never includes Qt, so the macro is defined here, for this file.
#define QT_TRANSLATE_NOOP(context, text) text

namespace advisor {
namespace {

std::string lowerFirst(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' &&
        !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

} // namespace

std::string formatWeight(double w, const NumberFormat& numbers) {
    return formatFixed(w, 2, numbers);
}
std::string formatPercent(double p, const NumberFormat& numbers) {
    return formatFixed(p * 100.0, 0, numbers) + "%";
}
std::string formatScore(double s, const NumberFormat& numbers) {
    return formatFixed(s, 1, numbers);
}

Phrase verdictPhrase(Verdict v) {
    switch (v) {
    case Verdict::Clear:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "Clear"), {}};
    case Verdict::Lean:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "Lean"), {}};
    case Verdict::CloseCall:
        break;
    }
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "Close call"), {}};
}

// The en dash in "0–10" is split from the digits after it: "\u201310" would read as one
// escape to lupdate, which takes every hex digit after \u.
Phrase headlinePhrase(const KnowledgeBase& kb, const Evaluation& ev, const NumberFormat& numbers) {
    // When the team's situation turns the article's result, the headline says so first.
    if (auto lenses = lensesHeadlinePhrase(kb, ev, numbers))
        return *lenses;
    const auto& rec = ev.recommendation;
    if (rec.tied)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "No stack is ahead: %1 and %2 score the same, %3 points on a "
                                  "0\u2013"
                                  "10 scale. The answers decide it."),
                {literal(kb.alternatives[rec.winner].name),
                 literal(kb.alternatives[rec.runnerUp].name),
                 literal(formatFixed(ev.alternatives[rec.winner].total, 2, numbers))}};
    std::vector<Phrase> args{literal(kb.alternatives[rec.winner].name),
                             literal(kb.alternatives[rec.runnerUp].name),
                             literal(formatFixed(rec.margin, 2, numbers))};
    switch (rec.verdict) {
    case Verdict::Clear:
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 is the clear choice, ahead of %2 by %3 points on a 0\u2013"
                                  "10 scale."),
                std::move(args)};
    case Verdict::Lean:
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Lean towards %1: ahead of %2 by %3 points on a 0\u2013"
                                  "10 scale."),
                std::move(args)};
    case Verdict::CloseCall:
        break;
    }
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "Close call: %1 is ahead of %2 by only %3 points on a 0\u2013"
                              "10 scale."),
            std::move(args)};
}

Phrase flipPhrase(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                  const NumberFormat& numbers) {
    const Phrase criterion = literal(lowerFirst(kb.criteria[point.criterion].name));
    const Phrase now = literal(formatWeight(point.weightNow, numbers));
    if (point.tiedNow) {
        if (point.newWinner && point.winnerIfLess)
            return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                      "It is a tie now: %1 would win if %2 weighed more than %3, "
                                      "%4 if it weighed less."),
                    {literal(kb.alternatives[*point.newWinner].name), criterion, now,
                     literal(kb.alternatives[*point.winnerIfLess].name)}};
        if (point.newWinner)
            return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                      "It is a tie now: %1 would win if %2 weighed more than %3."),
                    {literal(kb.alternatives[*point.newWinner].name), criterion, now}};
        if (point.winnerIfLess)
            return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                      "It is a tie now: %1 would win if %2 weighed less than %3."),
                    {literal(kb.alternatives[*point.winnerIfLess].name), criterion, now}};
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "No weight on %1 would break the tie (now %2)."),
                {criterion, now}};
    }
    const Phrase winner = literal(kb.alternatives[ev.recommendation.winner].name);
    if ((!point.flipsAt || !point.newWinner) && point.tiesAt && point.tiesWith) {
        // The end of the range where all (or none) of the weight is on the criterion ties.
        const Phrase other = literal(kb.alternatives[*point.tiesWith].name);
        if (*point.tiesAt >= 1.0)
            return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                      "No weight on %1 would change the winner: %2 stays ahead "
                                      "from 0 to just below 1 (now %3); at 1, %2 and %4 tie."),
                    {criterion, winner, now, other}};
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "No weight on %1 would change the winner: %2 stays ahead from "
                                  "just above 0 to 1 (now %3); at 0, %2 and %4 tie."),
                {criterion, winner, now, other}};
    }
    if (!point.flipsAt || !point.newWinner)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "No weight on %1 would change the winner: %2 stays ahead from "
                                  "0 to 1 (now %3)."),
                {criterion, winner, now}};
    std::vector<Phrase> args{literal(kb.alternatives[*point.newWinner].name), criterion,
                             literal(formatWeight(*point.flipsAt, numbers)), now};
    if (*point.flipsAt < point.weightNow)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 would win if %2 weighed under %3 (now %4)."),
                std::move(args)};
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "%1 would win if %2 weighed over %3 (now %4)."),
            std::move(args)};
}

Phrase answerFlipPhrase(const KnowledgeBase& kb, const AnswerFlip& flip) {
    const auto& question = kb.questions[flip.question];
    const Phrase option = literal(question.options[flip.option].label);
    const Phrase text = literal(question.text);
    const Phrase winner = literal(kb.alternatives[flip.newWinner].name);
    if (question.kind == QuestionKind::Multi && flip.removes)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Dropping \u201c%1\u201d from \u201c%2\u201d would make %3 the "
                                  "winner."),
                {option, text, winner}};
    if (question.kind == QuestionKind::Multi)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Adding \u201c%1\u201d to \u201c%2\u201d would make %3 the "
                                  "winner."),
                {option, text, winner}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "Answering \u201c%1\u201d with \u201c%2\u201d would make %3 the "
                              "winner."),
            {text, option, winner}};
}

std::optional<Phrase> confidencePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                       const NumberFormat& numbers) {
    const auto& mc = ev.sensitivity.monteCarlo;
    if (mc.samples == 0 || mc.winProbability.empty())
        return std::nullopt;
    const auto& rec = ev.recommendation;
    const auto w = rec.winner;
    if (rec.tied && mc.tiedShare >= 1.0)
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "All %1 weightings drawn around the current weights leave "
                                        "them tied."),
                      {literal(formatCount(mc.samples, numbers))}};
    if (rec.tied)
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "Around the current weights, %1 wins %2 and %3 wins %4 of "
                                        "%5 weightings."),
                      {literal(kb.alternatives[w].name),
                       literal(formatPercent(mc.winProbability[w], numbers)),
                       literal(kb.alternatives[rec.runnerUp].name),
                       literal(formatPercent(mc.winProbability[rec.runnerUp], numbers)),
                       literal(formatCount(mc.samples, numbers))}};
    return Phrase{
        QT_TRANSLATE_NOOP("advisor::Sentences",
                          "%1 wins %2 of %3 weightings drawn around the current weights."),
        {literal(kb.alternatives[w].name), literal(formatPercent(mc.winProbability[w], numbers)),
         literal(formatCount(mc.samples, numbers))}};
}

Phrase measuredPhrase(const MeasuredEvidence& m) {
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "Measured on this machine on %1: %2"),
            {literal(m.measuredOn), literal(m.sentence)}};
}

Phrase measuredUsePhrase(const MeasuredEvidence& m, const NumberFormat& numbers) {
    if (!m.replaces)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "The measurement stands beside the article's claim, which "
                                  "still decides the score."),
                {}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "The measurement replaces the article's claim here: the claim "
                              "keeps %1 of its weight."),
            {literal(formatPercent(m.strength, numbers))}};
}

const MeasuredEvidence* measuredFor(const Evaluation& ev, std::size_t evidence) {
    for (const auto& m : ev.measured)
        if (m.evidence == evidence)
            return &m;
    return nullptr;
}

std::string measuredSentence(const MeasuredEvidence& m) {
    return render(measuredPhrase(m)) + ' ' + render(measuredUsePhrase(m));
}

Phrase outsideArticlePhrase() {
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "outside the article"), {}};
}

Phrase silentAnswerPhrase(const KnowledgeBase& kb, const AnswerRef& answer) {
    const auto& question = kb.questions[answer.question];
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "The article says nothing about \u201c%1\u201d for \u201c%2\u201d, "
                              "so that answer leaves the result as it is."),
            {literal(question.options[answer.option].label), literal(question.text)}};
}

Phrase joinedPhrases(const std::vector<Phrase>& items) {
    Phrase list = items.front();
    for (std::size_t i = 1; i + 1 < items.size(); ++i)
        list = {QT_TRANSLATE_NOOP("advisor::Sentences", "%1, %2"), {list, items[i]}};
    if (items.size() > 1)
        list = {QT_TRANSLATE_NOOP("advisor::Sentences", "%1 and %2"), {list, items.back()}};
    return list;
}

namespace {

// "“a”", "“a” and “b”", "“a”, “b” and “c”": each piece a template, so a translation can change
// the quotes and the words between them.
Phrase quotedAnswers(const KnowledgeBase& kb, const std::vector<AnswerRef>& answers) {
    std::vector<Phrase> quoted;
    for (const auto& ref : answers)
        quoted.push_back({QT_TRANSLATE_NOOP("advisor::Sentences", "\u201c%1\u201d"),
                          {literal(kb.questions[ref.question].options[ref.option].label)}});
    return joinedPhrases(quoted);
}

} // namespace

std::optional<Phrase> emphasisPhrase(const KnowledgeBase& kb, const Reason& reason) {
    if (reason.emphasisedBy.empty())
        return std::nullopt;
    const Phrase list = quotedAnswers(kb, reason.emphasisedBy);
    if (reason.emphasisedBy.size() == 1)
        return Phrase{reason.groupAnswers
                          ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "It counts more here because of the group's answer "
                                              "%1.")
                          : QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "It counts more here because of your answer %1."),
                      {list}};
    return Phrase{reason.groupAnswers
                      ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                          "It counts more here because of the group's answers "
                                          "%1.")
                      : QT_TRANSLATE_NOOP("advisor::Sentences",
                                          "It counts more here because of your answers %1."),
                  {list}};
}

std::optional<Phrase> dampPhrase(const KnowledgeBase& kb, const Reason& reason) {
    if (reason.dampedBy.empty())
        return std::nullopt;
    const Phrase list = quotedAnswers(kb, reason.dampedBy);
    if (reason.dampedBy.size() == 1)
        return Phrase{reason.groupAnswers
                          ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "It counts for less here because of the group's "
                                              "answer %1.")
                          : QT_TRANSLATE_NOOP("advisor::Sentences",
                                              "It counts for less here because of your answer "
                                              "%1."),
                      {list}};
    return Phrase{reason.groupAnswers
                      ? QT_TRANSLATE_NOOP("advisor::Sentences",
                                          "It counts for less here because of the group's "
                                          "answers %1.")
                      : QT_TRANSLATE_NOOP("advisor::Sentences",
                                          "It counts for less here because of your answers %1."),
                  {list}};
}

std::optional<Phrase> ahpWarningPhrase(const KnowledgeBase& kb, const AhpResult& ahp,
                                       const std::vector<std::vector<double>>& judgements,
                                       const NumberFormat& numbers) {
    if (ahp.consistencyRatio <= kAcceptableConsistencyRatio || !ahp.mostInconsistent)
        return std::nullopt;
    const auto [i, j] = *ahp.mostInconsistent;
    auto judgement = [&numbers](double v) {
        return literal(
            v >= 1.0
                ? formatFixed(v, v == std::round(v) ? 0 : 1, numbers)
                : "1/" + formatFixed(1.0 / v, 1.0 / v == std::round(1.0 / v) ? 0 : 1, numbers));
    };
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                    "The pairwise judgements are inconsistent (consistency ratio "
                                    "%1, above %2). The least consistent is %3 vs %4 = %5; your "
                                    "other judgements imply about %6."),
                  {literal(formatFixed(ahp.consistencyRatio, 2, numbers)),
                   literal(formatFixed(kAcceptableConsistencyRatio, 2, numbers)),
                   literal(kb.criteria[i].name), literal(kb.criteria[j].name),
                   judgement(judgements[i][j]), judgement(ahp.suggestedJudgement)}};
}

std::string verdictLabel(Verdict v) {
    return render(verdictPhrase(v));
}

std::string headline(const KnowledgeBase& kb, const Evaluation& ev, const NumberFormat& numbers) {
    return render(headlinePhrase(kb, ev, numbers));
}

std::string flipSentence(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                         const NumberFormat& numbers) {
    return render(flipPhrase(kb, ev, point, numbers));
}

std::string answerFlipSentence(const KnowledgeBase& kb, const AnswerFlip& flip) {
    return render(answerFlipPhrase(kb, flip));
}

std::string confidenceSentence(const KnowledgeBase& kb, const Evaluation& ev,
                               const NumberFormat& numbers) {
    const auto phrase = confidencePhrase(kb, ev, numbers);
    return phrase ? render(*phrase) : std::string();
}

std::string citationText(const Citation& source) {
    if (source.outsideArticle)
        return render(outsideArticlePhrase()) + ": " + source.text();
    std::string text = source.text();
    if (!source.quote.empty()) {
        text += ": \u201c";
        text += source.quote;
        text += "\u201d";
    }
    return text;
}

std::string silentAnswerSentence(const KnowledgeBase& kb, const AnswerRef& answer) {
    return render(silentAnswerPhrase(kb, answer));
}

std::string reasonSentence(const KnowledgeBase& kb, const Reason& reason) {
    std::string text = kb.evidence[reason.evidence].summary;
    for (const auto& phrase : {emphasisPhrase(kb, reason), dampPhrase(kb, reason)})
        if (phrase) {
            // Two appends, not " " + render(...): GCC 12's -Wrestrict misfires on that at -O3.
            text += ' ';
            text += render(*phrase);
        }
    return text;
}

std::string ahpWarning(const KnowledgeBase& kb, const AhpResult& ahp,
                       const std::vector<std::vector<double>>& judgements,
                       const NumberFormat& numbers) {
    const auto phrase = ahpWarningPhrase(kb, ahp, judgements, numbers);
    return phrase ? render(*phrase) : std::string();
}

} // namespace advisor
