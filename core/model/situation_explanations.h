// The sentences about the two lenses: what the article's criteria say, what the team's situation
// adds and from which facts, where the situation changes the winner, the headline when the two
// disagree, and what to do with a close call. Phrases, like core/model/explanations.h.
#pragma once

#include "core/base/number_format.h"
#include "core/base/phrase.h"
#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace advisor {

// Whether the overall result is not what the article's criteria say alone.
bool lensesDiffer(const Evaluation& ev);

// "your existing Python code and the team's Python skills": the facts in effect that favour
// `alternative`, or nothing when none does.
std::optional<Phrase> situationFactsPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                           std::size_t alternative);

// The headline when the lenses differ: "The article's criteria favour Node.js (lean, 0.70);
// your existing Python code weighs more here: Python, by 0.06." Nothing when they agree.
std::optional<Phrase> lensesHeadlinePhrase(const KnowledgeBase& kb, const Evaluation& ev,
                                           const NumberFormat& numbers = {});

// "The article's criteria: Node.js, lean, ahead by 0.70."
Phrase articleLensPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                         const NumberFormat& numbers = {});
// "Your situation: Python, 0.73 points (your existing Python code and ...)." and the other cases.
Phrase situationLensPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                           const NumberFormat& numbers = {});
// "Python stays ahead while your situation counts for more than 0.95 (now 1.00)." and others.
Phrase situationFlipPhrase(const KnowledgeBase& kb, const Evaluation& ev,
                           const NumberFormat& numbers = {});
// A fact's paraphrase and the answer that asserts it.
Phrase situationReasonPhrase(const KnowledgeBase& kb, const SituationReason& reason,
                             bool groupAnswers);
// A group whose respondents answer a fact differently: it counts for nothing until settled.
std::optional<Phrase> disputedSituationPhrase(const KnowledgeBase& kb, const Evaluation& ev);
// For a close call without a hybrid: either stack fits, and what would decide it.
std::optional<Phrase> closeCallAdvicePhrase(const KnowledgeBase& kb, const Evaluation& ev);

// The same in English.
std::string situationLensSentence(const KnowledgeBase& kb, const Evaluation& ev);
std::string articleLensSentence(const KnowledgeBase& kb, const Evaluation& ev);
std::string situationFlipSentence(const KnowledgeBase& kb, const Evaluation& ev);
std::string situationReasonSentence(const KnowledgeBase& kb, const SituationReason& reason,
                                    bool groupAnswers);

} // namespace advisor
