// What every surface says about a group: who favours what, the consensus on the weights, and
// what an answer some gave would do if everyone gave it. Phrases like core/explanations.h: the
// GUI translates the templates, the CLI and the reports render them in English.
#pragma once

#include "core/base/number_format.h"
#include "core/base/phrase.h"
#include "core/group/group_result.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <optional>
#include <string>
#include <vector>

namespace advisor {

// "very low" ... "very high".
Phrase consensusWordsPhrase(ConsensusLevel level);
// "3 of 5 favour Node.js, 2 favour Python." or "The group is split: 3 of 5 favour Node.js, ...".
// With a clear majority whose choice the group's result does not share, it says that too.
Phrase tallyPhrase(const KnowledgeBase& kb, const GroupTally& tally, const Evaluation& ev);
// "Agreement on the weights: 72% (moderate)."
Phrase consensusPhrase(const Consensus& consensus, const NumberFormat& numbers = {});
// The answer as shown: "“Chat”, “API”", or "not answered (default: “Medium”)".
Phrase groupAnswerPhrase(const KnowledgeBase& kb, std::size_t question,
                         const std::optional<std::vector<std::size_t>>& choice);
// "If everyone answered “Heavy computation”, Python would win." Nothing when that answer,
// given by everyone, would not change the group's result.
std::optional<Phrase> decisivePhrase(const KnowledgeBase& kb, std::size_t question,
                                     const GroupAnswer& answer);

// A voting weight as people write it: "1", "0.5", "2.25".
std::string formatVotingWeight(double weight, const NumberFormat& numbers = {});

std::string tallySentence(const KnowledgeBase& kb, const GroupTally& tally, const Evaluation& ev);
std::string consensusSentence(const Consensus& consensus);

} // namespace advisor
