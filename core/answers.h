// A team's answers to the questionnaire, with optional weight overrides, checked against a
// knowledge base so every id resolves.
#pragma once

#include "core/error.h"
#include "core/knowledge_base.h"
#include "core/lab/lab_run.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

inline constexpr std::size_t kMaxTitleBytes = 500;
inline constexpr std::size_t kMaxNotesBytes = 64 * 1024;

// Saaty-scale judgements: judgement[i][j] says how much more criterion i matters than j.
struct PairwiseJudgements {
    std::vector<std::vector<double>> matrix; // reciprocal, ones on the diagonal
};

// An Evidence Lab run the team added to the decision: measured on their machine, it stands
// beside the article's performance figures (shown next to them) or replaces them (their
// ratings follow the measurement; see core/lab_evidence.h).
enum class LabEvidenceUse { Beside, Replace };

struct LabEvidence {
    lab::LabRun run;
    LabEvidenceUse use = LabEvidenceUse::Beside;
};

struct AnswerSet {
    std::string title;
    std::string notes;
    // One entry per knowledge-base question: the chosen option indices, or nullopt when the
    // question was left unanswered and its neutral default applies.
    std::vector<std::optional<std::vector<std::size_t>>> choices;
    std::optional<std::vector<double>> weights; // direct override, normalised, per criterion
    std::optional<PairwiseJudgements> pairwise; // AHP override
    std::optional<LabEvidence> lab;             // measurements added as evidence

    static AnswerSet empty(const KnowledgeBase& kb);

    [[nodiscard]] bool answered(std::size_t question) const {
        return choices[question].has_value();
    }
    // The options in effect for a question: the answer, or the question's default.
    [[nodiscard]] const std::vector<std::size_t>& effective(const KnowledgeBase& kb,
                                                            std::size_t question) const;
};

// Parses the "answers.json" format (only "answers" is required).
Result<AnswerSet> parseAnswers(const nlohmann::json& json, const KnowledgeBase& kb,
                               const std::string& fileLabel);
Result<AnswerSet> loadAnswers(const std::string& path, const KnowledgeBase& kb);

// The same format back, with ids; unanswered questions are left out.
nlohmann::ordered_json answersToJson(const AnswerSet& answers, const KnowledgeBase& kb);

} // namespace advisor
