#include "ui/decision_session.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <algorithm>
#include <numeric>

namespace advisor::ui {
namespace {

// Edits of one kind closer together than this are one gesture (a slider drag, typing a title)
// and undo as one step; a pause starts a new step.
constexpr qint64 kGestureGapMs = 800;

// One undoable change of the answer set. Consecutive edits with the same merge id that follow
// each other quickly collapse into one step.
class EditAnswersCommand : public QUndoCommand {
public:
    EditAnswersCommand(DecisionSession* session, AnswerSet before, AnswerSet after,
                       const QString& text, int mergeId)
        : QUndoCommand(text), session_(session), before_(std::move(before)),
          after_(std::move(after)), mergeId_(mergeId) {
        lastEdit_.start();
    }

    void undo() override { session_->applyAnswers(before_); }
    void redo() override { session_->applyAnswers(after_); }
    [[nodiscard]] int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override {
        if (other->id() != id() || id() < 0 || lastEdit_.elapsed() > kGestureGapMs)
            return false;
        after_ = static_cast<const EditAnswersCommand*>(other)->after_;
        lastEdit_.restart();
        return true;
    }

private:
    DecisionSession* session_;
    AnswerSet before_;
    AnswerSet after_;
    int mergeId_;
    QElapsedTimer lastEdit_;
};

} // namespace

DecisionSession::DecisionSession(KnowledgeBase kb, QObject* parent)
    : QObject(parent), kb_(std::move(kb)), answers_(AnswerSet::empty(kb_)) {
    invalidate();
}

void DecisionSession::setSingleAnswer(std::size_t question, std::optional<std::size_t> option) {
    AnswerSet after = answers_;
    if (option)
        after.choices[question] = std::vector<std::size_t>{*option};
    else
        after.choices[question].reset();
    if (after.choices[question] == answers_.choices[question])
        return;
    pushEdit(tr("Answer “%1”").arg(QString::fromStdString(kb_.questions[question].text)),
             std::move(after));
}

void DecisionSession::setMultiAnswer(std::size_t question,
                                     std::optional<std::vector<std::size_t>> options) {
    AnswerSet after = answers_;
    if (options)
        std::sort(options->begin(), options->end());
    after.choices[question] = std::move(options);
    if (after.choices[question] == answers_.choices[question])
        return;
    pushEdit(tr("Answer “%1”").arg(QString::fromStdString(kb_.questions[question].text)),
             std::move(after));
}

void DecisionSession::toggleMultiOption(std::size_t question, std::size_t option, bool chosen) {
    std::vector<std::size_t> current =
        answers_.choices[question] ? *answers_.choices[question] : std::vector<std::size_t>{};
    const auto it = std::find(current.begin(), current.end(), option);
    if (chosen && it == current.end())
        current.push_back(option);
    else if (!chosen && it != current.end())
        current.erase(it);
    setMultiAnswer(question, std::move(current));
}

void DecisionSession::setWeightOverride(std::optional<std::vector<double>> weights) {
    AnswerSet after = answers_;
    if (weights) {
        const double sum = std::accumulate(weights->begin(), weights->end(), 0.0);
        if (!(sum > 0.0))
            return; // all-zero weights carry no preference; keep the current ones
        for (double& w : *weights)
            w /= sum;
        after.pairwise.reset();
    }
    after.weights = std::move(weights);
    constexpr int kWeightDragMergeId = 1;
    pushEdit(tr("Change weights"), std::move(after), kWeightDragMergeId);
}

void DecisionSession::setPairwise(std::optional<PairwiseJudgements> judgements) {
    AnswerSet after = answers_;
    if (judgements)
        after.weights.reset();
    after.pairwise = std::move(judgements);
    pushEdit(tr("Change pairwise judgements"), std::move(after));
}

void DecisionSession::setLabEvidence(std::optional<LabEvidence> lab) {
    AnswerSet after = answers_;
    const bool adding = lab.has_value();
    after.lab = std::move(lab);
    pushEdit(adding ? tr("Add Evidence Lab run") : tr("Remove Evidence Lab run"), std::move(after));
}

void DecisionSession::resetWeights() {
    if (!answers_.weights && !answers_.pairwise)
        return;
    AnswerSet after = answers_;
    after.weights.reset();
    after.pairwise.reset();
    pushEdit(tr("Reset weights"), std::move(after));
}

void DecisionSession::setTitle(const QString& title) {
    AnswerSet after = answers_;
    after.title = title.toStdString();
    if (after.title == answers_.title)
        return;
    constexpr int kTitleTypingMergeId = 2;
    pushEdit(tr("Rename decision"), std::move(after), kTitleTypingMergeId);
}

void DecisionSession::setNotes(const QString& notes) {
    AnswerSet after = answers_;
    after.notes = notes.toStdString();
    if (after.notes == answers_.notes)
        return;
    constexpr int kNotesTypingMergeId = 3;
    pushEdit(tr("Edit notes"), std::move(after), kNotesTypingMergeId);
}

void DecisionSession::load(AnswerSet answers) {
    undoStack_.clear();
    applyAnswers(std::move(answers));
    emit loaded();
}

void DecisionSession::clear() {
    load(AnswerSet::empty(kb_));
}

void DecisionSession::applyAnswers(AnswerSet answers) {
    const bool titleChanges = answers.title != answers_.title;
    answers_ = std::move(answers);
    invalidate();
    emit answersChanged();
    if (titleChanges)
        emit titleChanged(QString::fromStdString(answers_.title));
    emit evaluationChanged();
}

void DecisionSession::pushEdit(const QString& text, AnswerSet after, int mergeId) {
    // QUndoStack::push takes ownership of the command and calls redo(), which applies `after`.
    undoStack_.push(new EditAnswersCommand(this, answers_, std::move(after), text, mergeId));
}

const Evaluation& DecisionSession::evaluation() const {
    if (evaluationStale_) {
        evaluation_ = evaluate(kb_, answers_, engineOptions_);
        evaluationStale_ = false;
    }
    return evaluation_;
}

void DecisionSession::invalidate() {
    evaluationStale_ = true;
}

} // namespace advisor::ui
