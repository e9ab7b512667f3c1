// Plain-language sentences about an evaluation, shared by the CLI, the reports and the GUI so
// that every surface says the same thing in the same words. Each comes as a Phrase (an English
// template and its arguments, which the GUI translates) and as the rendered English sentence.
#pragma once

#include "core/base/number_format.h"
#include "core/base/phrase.h"
#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"

#include <optional>
#include <string>

namespace advisor {

// Numbers use `numbers`' decimal mark and grouping ("." and "," unless the GUI says otherwise).
std::string formatWeight(double w, const NumberFormat& numbers = {});  // "0.22"
std::string formatPercent(double p, const NumberFormat& numbers = {}); // "87%"
std::string formatScore(double s, const NumberFormat& numbers = {});   // "7.4"

// The templates; the functions below render them in English.
Phrase verdictPhrase(Verdict v);
Phrase headlinePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                      const NumberFormat& numbers = {});
Phrase flipPhrase(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                  const NumberFormat& numbers = {});
Phrase answerFlipPhrase(const KnowledgeBase& kb, const AnswerFlip& flip);
// Nothing when no Monte Carlo ran.
std::optional<Phrase> confidencePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                       const NumberFormat& numbers = {});
// A claim measured by the decision's Evidence Lab run: "Measured on this machine on
// 2026-12-03: <the lab's comparison>", and whether it stands beside or replaces the article's
// figure.
Phrase measuredPhrase(const MeasuredEvidence& m);
Phrase measuredUsePhrase(const MeasuredEvidence& m, const NumberFormat& numbers = {});
std::string measuredSentence(const MeasuredEvidence& m);
// The measurement of an evidence item in this evaluation, or null.
const MeasuredEvidence* measuredFor(const Evaluation& ev, std::size_t evidence);
// "outside the article": how every surface marks what does not rest on the article.
Phrase outsideArticlePhrase();
// "The article says nothing about “Serverless functions” for “How will ...?”, so ..."
Phrase silentAnswerPhrase(const KnowledgeBase& kb, const AnswerRef& answer);
// The answers that made an evidence item count more; nothing when none did.
// "a", "a and b", "a, b and c", each joint a translatable template. `items` is not empty.
Phrase joinedPhrases(const std::vector<Phrase>& items);
std::optional<Phrase> emphasisPhrase(const KnowledgeBase& kb, const Reason& reason);
// The answers that made its criterion count for less (few users, say); nothing when none did.
std::optional<Phrase> dampPhrase(const KnowledgeBase& kb, const Reason& reason);
// Nothing while the judgements are consistent enough.
std::optional<Phrase> ahpWarningPhrase(const KnowledgeBase& kb, const AhpResult& ahp,
                                       const std::vector<std::vector<double>>& judgements,
                                       const NumberFormat& numbers = {});

std::string verdictLabel(Verdict v); // "Clear", "Lean", "Close call"
// "Node.js is the clear choice (margin 1.6 points on a 0–10 scale)."
std::string headline(const KnowledgeBase& kb, const Evaluation& ev,
                     const NumberFormat& numbers = {});
// "Python would win if performance weighed under 0.22 (now 0.40)." or "... no weight ... changes"
std::string flipSentence(const KnowledgeBase& kb, const Evaluation& ev, const FlipPoint& point,
                         const NumberFormat& numbers = {});
// "Answering “Workload” with “Heavy computation” would make Python the winner."
std::string answerFlipSentence(const KnowledgeBase& kb, const AnswerFlip& flip);
// "Node.js wins 87% of 10,000 weight samples."
std::string confidenceSentence(const KnowledgeBase& kb, const Evaluation& ev,
                               const NumberFormat& numbers = {});
// A citation for the terminal and the text reports: the article's title, date and section with
// its own words in quotes, or "outside the article: " and the other source with its address.
std::string citationText(const Citation& source);
std::string silentAnswerSentence(const KnowledgeBase& kb, const AnswerRef& answer);
// The evidence paraphrase with the answers that made it count.
std::string reasonSentence(const KnowledgeBase& kb, const Reason& reason);
// "Consistency ratio 0.14 is above 0.10: the judgement performance/ecosystem (5) disagrees most..."
std::string ahpWarning(const KnowledgeBase& kb, const AhpResult& ahp,
                       const std::vector<std::vector<double>>& judgements,
                       const NumberFormat& numbers = {});

} // namespace advisor
