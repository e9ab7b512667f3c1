// A team's answers to the questionnaire, with optional weight overrides, checked against a
// knowledge base so every id resolves.
#pragma once

#include "core/base/error.h"
#include "core/kb/knowledge_base.h"
#include "core/measurement/lab_run.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

inline constexpr std::size_t kMaxTitleBytes = 500;
inline constexpr std::size_t kMaxNotesBytes = 64 * 1024;
// A group decision: at most this many respondents, each named in at most kMaxNameBytes, with a
// voting weight from 0 (counted out) to kMaxVotingWeight.
inline constexpr std::size_t kMaxRespondents = 100;
inline constexpr std::size_t kMaxNameBytes = 200;
inline constexpr double kMaxVotingWeight = 1000.0;

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

// Who gave a set of answers, when the file says so (File ▸ Export answers writes it).
struct RespondentInfo {
    std::string name;
    std::string role;
    bool operator==(const RespondentInfo&) const = default;
};

// The knowledge base a set of answers was given against, when the file records it: a group
// whose respondents answered different versions is told so.
struct KnowledgeBaseStamp {
    std::string version;
    std::string hash;
    bool operator==(const KnowledgeBaseStamp&) const = default;
};

struct Respondent;

struct AnswerSet {
    std::string title;
    std::string notes;
    // One entry per knowledge-base question: the chosen option indices, or nullopt when the
    // question was left unanswered and its neutral default applies.
    std::vector<std::optional<std::vector<std::size_t>>> choices;
    std::optional<std::vector<double>> weights; // direct override, normalised, per criterion
    std::optional<PairwiseJudgements> pairwise; // AHP override
    // How much the team's situation counts next to the article's criteria: 0 (the article
    // alone) to 1 (its facts in full, up to the knowledge base's cap). Nothing: the knowledge
    // base's default; in a group, the decision's own value or its respondents' (core/group).
    std::optional<double> situationCounts;
    std::optional<LabEvidence> lab;                 // measurements added as evidence
    std::optional<RespondentInfo> respondent;       // who answered (an exported answers file)
    std::optional<KnowledgeBaseStamp> answeredWith; // the knowledge base they answered
    // A group decision: everyone who answered, each with their own choices and overrides, and
    // the decision's title, notes and lab here. Empty for a one-person decision, whose choices
    // and overrides above are the answers; in a group those stay unanswered and empty.
    std::vector<Respondent> respondents;

    static AnswerSet empty(const KnowledgeBase& kb);

    [[nodiscard]] bool isGroup() const;

    [[nodiscard]] bool answered(std::size_t question) const {
        return choices[question].has_value();
    }
    // The options in effect for a question: the answer, or the question's default.
    [[nodiscard]] const std::vector<std::size_t>& effective(const KnowledgeBase& kb,
                                                            std::size_t question) const;
};

// One person in a group decision.
struct Respondent {
    std::string name; // unique within the decision
    std::string role; // optional: "Tech lead"
    // Voting weight: how much this person's answers and weights count (default equal); 0 keeps
    // them in the decision as an observer whose answers count for nothing.
    double weight = 1.0;
    AnswerSet answers; // their choices, overrides and stamp; no title, notes, lab or respondents
};

inline bool AnswerSet::isGroup() const {
    return !respondents.empty();
}

// situation_counts in force for one person's answers: theirs, or the knowledge base's default.
double situationCounts(const KnowledgeBase& kb, const AnswerSet& answers);

// Parses the "answers.json" format: "answers" (one person) or "respondents" (a group), each
// respondent as {"name", "role", "weight", "answers", "weights" or "pairwise"}.
Result<AnswerSet> parseAnswers(const nlohmann::json& json, const KnowledgeBase& kb,
                               const std::string& fileLabel);
Result<AnswerSet> loadAnswers(const std::string& path, const KnowledgeBase& kb);

// The same format back, with ids; unanswered questions are left out.
nlohmann::ordered_json answersToJson(const AnswerSet& answers, const KnowledgeBase& kb);
// One person's "answers" object alone (question id → option id or ids).
nlohmann::ordered_json choicesToJson(const AnswerSet& answers, const KnowledgeBase& kb);

// Whether a group's respondents can be evaluated together: at most kMaxRespondents, names
// unique, and some weight above 0. The error's field is "/respondents/N/name" or
// "/respondents"; `file` names where the group came from.
Status checkRespondents(const std::vector<Respondent>& respondents, const std::string& file);

} // namespace advisor
