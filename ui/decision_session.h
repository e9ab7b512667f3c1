// The decision being edited in the GUI: knowledge base, answers and the live evaluation.
// Every edit goes through an undoable command and makes a new evaluation available at once, so
// every view observes one source of truth (evaluationChanged) and holds no scoring logic itself.
// In a group decision one respondent is always selected: the questionnaire and weights edit
// their answers, and Results, Weights and Evidence show their own evaluation.
#pragma once

#include "core/base/error.h"
#include "core/engine/engine.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <optional>
#include <vector>

namespace advisor::ui {

class DecisionSession : public QObject {
    Q_OBJECT

public:
    explicit DecisionSession(KnowledgeBase kb, QObject* parent = nullptr);

    [[nodiscard]] const KnowledgeBase& knowledgeBase() const { return kb_; }
    // The whole decision: what is saved, exported and reported.
    [[nodiscard]] const AnswerSet& answers() const { return answers_; }
    // Computed on first use after a change: every view that reads it after evaluationChanged
    // sees the new result, and nothing is computed that no view shows (such as at start-up,
    // before the results are on screen). For a group, the group's evaluation.
    [[nodiscard]] const Evaluation& evaluation() const;

    // Whose answers are edited: none for a one-person decision, in a group always one.
    [[nodiscard]] std::optional<std::size_t> selectedRespondent() const { return selected_; }
    // Their name, or empty for a one-person decision.
    [[nodiscard]] QString editedRespondentName() const;
    // The answers the questionnaire and the weights edit: the selected respondent's in a group,
    // otherwise the decision's own.
    [[nodiscard]] const AnswerSet& editedAnswers() const;
    // What Results, Weights and Evidence show: in a group the selected respondent's own
    // evaluation (their answers alone, with the decision's Evidence Lab run), else evaluation().
    [[nodiscard]] const Evaluation& shownEvaluation() const;
    // Not an edit: the pages show another respondent's answers and result.
    void selectRespondent(std::size_t index);
    [[nodiscard]] QUndoStack* undoStack() { return &undoStack_; }
    [[nodiscard]] const EngineOptions& engineOptions() const { return engineOptions_; }

    // Undoable edits. An option of std::nullopt means "unanswered" (the default applies).
    void setSingleAnswer(std::size_t question, std::optional<std::size_t> option);
    void setMultiAnswer(std::size_t question, std::optional<std::vector<std::size_t>> options);
    void toggleMultiOption(std::size_t question, std::size_t option, bool chosen);
    // Direct weights (normalised here) or none to return to the questionnaire's weights.
    void setWeightOverride(std::optional<std::vector<double>> weights);
    void setPairwise(std::optional<PairwiseJudgements> judgements);
    void resetWeights(); // drops either override
    // How much the team's situation counts next to the article's criteria (0..1), or none for
    // the knowledge base's default, in the edited answers (the selected respondent's in a
    // group). A slider drag is one undo step.
    void setSituationCounts(std::optional<double> counts);
    // The same for a group decision's own result (the Group page); for one person, as above.
    void setGroupSituationCounts(std::optional<double> counts);
    // An Evidence Lab run as evidence, or none to drop it.
    void setLabEvidence(std::optional<LabEvidence> lab);
    void setTitle(const QString& title);
    void setNotes(const QString& notes);

    // Undoable group edits; each refuses (returns why, nothing changed) what
    // checkRespondents refuses. Adding to a one-person decision makes it a group of two: its
    // answers become `firstName`'s. The new respondent is selected.
    Status addRespondent(const QString& name, const QString& firstName = {});
    Status renameRespondent(std::size_t index, const QString& name);
    Status setRespondentWeight(std::size_t index, double weight);
    // The group keeps at least one respondent.
    Status removeRespondent(std::size_t index);
    // Everyone in each file (File ▸ Import respondents, dropped files), as one undo step; on
    // an error nothing changes. A one-person decision becomes a group first, its answers
    // `firstName`'s.
    struct ImportedAnswers {
        QString path;
        AnswerSet answers;
    };
    Status importRespondents(const std::vector<ImportedAnswers>& files,
                             const QString& firstName = {});

    // Replaces everything (New, Open, restore a draft); clears the undo history.
    void load(AnswerSet answers);
    void clear();

    // Used by the undo commands: applies without pushing another command.
    void applyAnswers(AnswerSet answers, std::optional<std::size_t> selected);
    void applyAnswers(AnswerSet answers) { applyAnswers(std::move(answers), selected_); }

signals:
    void answersChanged();    // answers, weights or title changed
    void evaluationChanged(); // a new evaluation is available
    void titleChanged(const QString& title);
    // load() or clear() replaced the whole decision (New, Open, Reopen, a restored draft), as
    // opposed to an edit; whoever tracks where the decision is saved listens for this.
    void loaded();
    // Another respondent is selected, or the respondents changed (added, renamed, removed).
    void respondentsChanged();

private:
    void pushEdit(const QString& text, AnswerSet after, int mergeId = -1);
    void pushGroupEdit(const QString& text, AnswerSet after, std::optional<std::size_t> selected);
    // The decision as a group: as it is, or a one-person decision whose answers become
    // `firstName`'s ("Respondent 1" when empty).
    [[nodiscard]] Result<AnswerSet> decisionAsGroup(const QString& firstName) const;
    // The part of `decision` the questionnaire edits (see editedAnswers).
    [[nodiscard]] AnswerSet& editedIn(AnswerSet& decision) const;
    void invalidate();

    KnowledgeBase kb_;
    AnswerSet answers_;
    std::optional<std::size_t> selected_;
    mutable Evaluation evaluation_;
    mutable bool evaluationStale_ = true;
    mutable Evaluation ownEvaluation_; // the selected respondent's
    mutable bool ownEvaluationStale_ = true;
    EngineOptions engineOptions_;
    QUndoStack undoStack_;
};

} // namespace advisor::ui
