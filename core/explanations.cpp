#include "core/explanations.h"

#include "core/ahp.h"

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

Phrase headlinePhrase(const KnowledgeBase& kb, const Evaluation& ev, const NumberFormat& numbers) {
    const auto& rec = ev.recommendation;
    std::vector<std::string> args{kb.alternatives[rec.winner].name,
                                  kb.alternatives[rec.runnerUp].name,
                                  formatFixed(rec.margin, 2, numbers)};
    switch (rec.verdict) {
    case Verdict::Clear:
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 is the clear choice, ahead of %2 by %3 points on a "
                                  "0\u201310 scale."),
                std::move(args)};
    case Verdict::Lean:
        return {
            QT_TRANSLATE_NOOP("advisor::Sentences",
                              "Lean towards %1: ahead of %2 by %3 points on a 0\u201310 scale."),
            std::move(args)};
    case Verdict::CloseCall:
        break;
    }
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "Close call: %1 is ahead of %2 by only %3 points on a 0\u201310 "
                              "scale."),
            std::move(args)};
}

Phrase flipPhrase(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                  const NumberFormat& numbers) {
    const std::string criterion = lowerFirst(kb.criteria[point.criterion].name);
    const std::string now = formatWeight(point.weightNow, numbers);
    if (!point.flipsAt || !point.newWinner)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "No weight on %1 would change the winner: %2 stays ahead from "
                                  "0 to 1 (now %3)."),
                {criterion, kb.alternatives[ev.recommendation.winner].name, now}};
    std::vector<std::string> args{kb.alternatives[*point.newWinner].name, criterion,
                                  formatWeight(*point.flipsAt, numbers), now};
    if (*point.flipsAt < point.weightNow)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1 would win if %2 weighed under %3 (now %4)."),
                std::move(args)};
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "%1 would win if %2 weighed over %3 (now %4)."),
            std::move(args)};
}

Phrase answerFlipPhrase(const KnowledgeBase& kb, const AnswerFlip& flip) {
    const auto& question = kb.questions[flip.question];
    const auto& option = question.options[flip.option];
    const auto& winner = kb.alternatives[flip.newWinner].name;
    if (question.kind == QuestionKind::Multi && flip.removes)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Dropping \u201c%1\u201d from \u201c%2\u201d would make %3 the "
                                  "winner."),
                {option.label, question.text, winner}};
    if (question.kind == QuestionKind::Multi)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "Adding \u201c%1\u201d to \u201c%2\u201d would make %3 the "
                                  "winner."),
                {option.label, question.text, winner}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences",
                              "Answering \u201c%1\u201d with \u201c%2\u201d would make %3 the "
                              "winner."),
            {question.text, option.label, winner}};
}

std::optional<Phrase> confidencePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                       const NumberFormat& numbers) {
    const auto& mc = ev.sensitivity.monteCarlo;
    if (mc.samples == 0 || mc.winProbability.empty())
        return std::nullopt;
    const auto w = ev.recommendation.winner;
    return Phrase{
        QT_TRANSLATE_NOOP("advisor::Sentences",
                          "%1 wins %2 of %3 weightings drawn around the current weights."),
        {kb.alternatives[w].name, formatPercent(mc.winProbability[w], numbers),
         formatCount(mc.samples, numbers)}};
}

std::optional<Phrase> emphasisPhrase(const KnowledgeBase& kb, const Reason& reason) {
    std::vector<std::string> labels;
    for (const auto& ref : reason.emphasisedBy)
        labels.push_back(kb.questions[ref.question].options[ref.option].label);
    switch (labels.size()) {
    case 0:
        return std::nullopt;
    case 1:
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "It counts more here because of your answer "
                                        "\u201c%1\u201d."),
                      std::move(labels)};
    case 2:
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "It counts more here because of your answers "
                                        "\u201c%1\u201d and \u201c%2\u201d."),
                      std::move(labels)};
    default:
        break;
    }
    // Three or more: all but the last two go into the first slot, closing and reopening the
    // quotes between them, so "“a”, “b”, “c” and “d”" comes out of the three-answer template.
    std::string first = labels[0];
    for (std::size_t i = 1; i + 2 < labels.size(); ++i)
        first += "\u201d, \u201c" + labels[i];
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                    "It counts more here because of your answers \u201c%1\u201d, "
                                    "\u201c%2\u201d and \u201c%3\u201d."),
                  {first, labels[labels.size() - 2], labels.back()}};
}

std::optional<Phrase> ahpWarningPhrase(const KnowledgeBase& kb, const AhpResult& ahp,
                                       const std::vector<std::vector<double>>& judgements,
                                       const NumberFormat& numbers) {
    if (ahp.consistencyRatio <= kAcceptableConsistencyRatio || !ahp.mostInconsistent)
        return std::nullopt;
    const auto [i, j] = *ahp.mostInconsistent;
    auto judgement = [&numbers](double v) {
        return v >= 1.0
                   ? formatFixed(v, v == std::round(v) ? 0 : 1, numbers)
                   : "1/" + formatFixed(1.0 / v, 1.0 / v == std::round(1.0 / v) ? 0 : 1, numbers);
    };
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                    "The pairwise judgements are inconsistent (consistency ratio "
                                    "%1, above %2). The least consistent is %3 vs %4 = %5; your "
                                    "other judgements imply about %6."),
                  {formatFixed(ahp.consistencyRatio, 2, numbers),
                   formatFixed(kAcceptableConsistencyRatio, 2, numbers), kb.criteria[i].name,
                   kb.criteria[j].name, judgement(judgements[i][j]),
                   judgement(ahp.suggestedJudgement)}};
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

std::string reasonSentence(const KnowledgeBase& kb, const Reason& reason) {
    std::string text = kb.evidence[reason.evidence].summary;
    if (const auto emphasis = emphasisPhrase(kb, reason)) {
        // Two appends, not " " + render(...): GCC 12's -Wrestrict misfires on that at -O3.
        text += ' ';
        text += render(*emphasis);
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
