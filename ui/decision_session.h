// The decision being edited in the GUI: knowledge base, answers and the live evaluation.
// Every edit goes through an undoable command and makes a new evaluation available at once, so
// every view observes one source of truth (evaluationChanged) and holds no scoring logic itself.
#pragma once

#include "core/answers.h"
#include "core/engine.h"
#include "core/evaluation.h"
#include "core/knowledge_base.h"

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
    [[nodiscard]] const AnswerSet& answers() const { return answers_; }
    // Computed on first use after a change: every view that reads it after evaluationChanged
    // sees the new result, and nothing is computed that no view shows (such as at start-up,
    // before the results are on screen).
    [[nodiscard]] const Evaluation& evaluation() const;
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
    // An Evidence Lab run as evidence, or none to drop it.
    void setLabEvidence(std::optional<LabEvidence> lab);
    void setTitle(const QString& title);
    void setNotes(const QString& notes);

    // Replaces everything (New, Open, restore a draft); clears the undo history.
    void load(AnswerSet answers);
    void clear();

    // Used by the undo commands: applies without pushing another command.
    void applyAnswers(AnswerSet answers);

signals:
    void answersChanged();    // answers, weights or title changed
    void evaluationChanged(); // a new evaluation is available
    void titleChanged(const QString& title);
    // load() or clear() replaced the whole decision (New, Open, Reopen, a restored draft), as
    // opposed to an edit; whoever tracks where the decision is saved listens for this.
    void loaded();

private:
    void pushEdit(const QString& text, AnswerSet after, int mergeId = -1);
    void invalidate();

    KnowledgeBase kb_;
    AnswerSet answers_;
    mutable Evaluation evaluation_;
    mutable bool evaluationStale_ = true;
    EngineOptions engineOptions_;
    QUndoStack undoStack_;
};

} // namespace advisor::ui
