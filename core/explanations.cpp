#include "core/explanations.h"

#include "core/ahp.h"

#include <cmath>

namespace advisor {
namespace {

std::string quoted(const std::string& text) {
    return "\u201c" + text + "\u201d";
}

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

std::string verdictLabel(Verdict v) {
    switch (v) {
    case Verdict::Clear:
        return "Clear";
    case Verdict::Lean:
        return "Lean";
    case Verdict::CloseCall:
        return "Close call";
    }
    return "Close call";
}

std::string headline(const KnowledgeBase& kb, const Evaluation& ev, const NumberFormat& numbers) {
    const auto& rec = ev.recommendation;
    const auto& winner = kb.alternatives[rec.winner].name;
    const auto& runnerUp = kb.alternatives[rec.runnerUp].name;
    const std::string margin = formatFixed(rec.margin, 2, numbers) + " points on a 0\u201310 scale";
    switch (rec.verdict) {
    case Verdict::Clear:
        return winner + " is the clear choice, ahead of " + runnerUp + " by " + margin + ".";
    case Verdict::Lean:
        return "Lean towards " + winner + ": ahead of " + runnerUp + " by " + margin + ".";
    case Verdict::CloseCall:
        return "Close call: " + winner + " is ahead of " + runnerUp + " by only " + margin + ".";
    }
    return {};
}

std::string flipSentence(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                         const NumberFormat& numbers) {
    const auto& criterion = lowerFirst(kb.criteria[point.criterion].name);
    const std::string now = " (now " + formatWeight(point.weightNow, numbers) + ")";
    if (!point.flipsAt || !point.newWinner)
        return "No weight on " + criterion +
               " would change the winner: " + kb.alternatives[ev.recommendation.winner].name +
               " stays ahead from 0 to 1" + now + ".";
    const std::string direction = *point.flipsAt < point.weightNow ? "under " : "over ";
    return kb.alternatives[*point.newWinner].name + " would win if " + criterion + " weighed " +
           direction + formatWeight(*point.flipsAt, numbers) + now + ".";
}

std::string answerFlipSentence(const KnowledgeBase& kb, const AnswerFlip& flip) {
    const auto& question = kb.questions[flip.question];
    const auto& option = question.options[flip.option];
    const auto& winner = kb.alternatives[flip.newWinner].name;
    if (question.kind == QuestionKind::Multi)
        return (flip.removes ? "Dropping " : "Adding ") + quoted(option.label) +
               (flip.removes ? " from " : " to ") + quoted(question.text) + " would make " +
               winner + " the winner.";
    return "Answering " + quoted(question.text) + " with " + quoted(option.label) + " would make " +
           winner + " the winner.";
}

std::string confidenceSentence(const KnowledgeBase& kb, const Evaluation& ev,
                               const NumberFormat& numbers) {
    const auto& mc = ev.sensitivity.monteCarlo;
    if (mc.samples == 0 || mc.winProbability.empty())
        return {};
    const auto w = ev.recommendation.winner;
    return kb.alternatives[w].name + " wins " + formatPercent(mc.winProbability[w], numbers) +
           " of " + formatCount(mc.samples, numbers) +
           " weightings drawn around the current weights.";
}

std::string reasonSentence(const KnowledgeBase& kb, const Reason& reason) {
    std::string text = kb.evidence[reason.evidence].summary;
    if (!reason.emphasisedBy.empty()) {
        text += " It counts more here because of your answer";
        text += reason.emphasisedBy.size() > 1 ? "s " : " ";
        for (std::size_t i = 0; i < reason.emphasisedBy.size(); ++i) {
            const auto& ref = reason.emphasisedBy[i];
            if (i > 0)
                text += i + 1 == reason.emphasisedBy.size() ? " and " : ", ";
            text += quoted(kb.questions[ref.question].options[ref.option].label);
        }
        text += ".";
    }
    return text;
}

std::string ahpWarning(const KnowledgeBase& kb, const AhpResult& ahp,
                       const std::vector<std::vector<double>>& judgements,
                       const NumberFormat& numbers) {
    if (ahp.consistencyRatio <= kAcceptableConsistencyRatio || !ahp.mostInconsistent)
        return {};
    const auto [i, j] = *ahp.mostInconsistent;
    auto judgement = [&numbers](double v) {
        return v >= 1.0
                   ? formatFixed(v, v == std::round(v) ? 0 : 1, numbers)
                   : "1/" + formatFixed(1.0 / v, 1.0 / v == std::round(1.0 / v) ? 0 : 1, numbers);
    };
    return "The pairwise judgements are inconsistent (consistency ratio " +
           formatFixed(ahp.consistencyRatio, 2, numbers) + ", above " +
           formatFixed(kAcceptableConsistencyRatio, 2, numbers) + "). The least consistent is " +
           kb.criteria[i].name + " vs " + kb.criteria[j].name + " = " +
           judgement(judgements[i][j]) + "; your other judgements imply about " +
           judgement(ahp.suggestedJudgement) + ".";
}

} // namespace advisor
