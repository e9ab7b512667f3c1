#include "ui/decision_session.h"

#include "core/group/group_input.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <algorithm>
#include <numeric>

namespace advisor::ui {
namespace {

// Edits of one kind closer together than this are one gesture (a slider drag, typing a title)
// and undo as one step; a pause starts a new step.
constexpr qint64 kGestureGapMs = 800;

// Where the session's edits go (inside the decision) and who is selected, before or after one.
using Selection = std::optional<std::size_t>;

// One undoable change of the answer set. Consecutive edits with the same merge id that follow
// each other quickly collapse into one step. Undo and redo select the respondent the edit was
// made as, so the user sees what changed back.
class EditAnswersCommand : public QUndoCommand {
public:
    EditAnswersCommand(DecisionSession* session, AnswerSet before, AnswerSet after,
                       Selection selectedBefore, Selection selectedAfter, const QString& text,
                       int mergeId)
        : QUndoCommand(text), session_(session), before_(std::move(before)),
          after_(std::move(after)), selectedBefore_(selectedBefore), selectedAfter_(selectedAfter),
          mergeId_(mergeId) {
        lastEdit_.start();
    }

    void undo() override { session_->applyAnswers(before_, selectedBefore_); }
    void redo() override { session_->applyAnswers(after_, selectedAfter_); }
    [[nodiscard]] int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override {
        if (other->id() != id() || id() < 0 || lastEdit_.elapsed() > kGestureGapMs)
            return false;
        const auto* next = static_cast<const EditAnswersCommand*>(other);
        if (next->selectedBefore_ != selectedAfter_)
            return false; // the same gesture never spans two respondents
        after_ = next->after_;
        selectedAfter_ = next->selectedAfter_;
        lastEdit_.restart();
        return true;
    }

private:
    DecisionSession* session_;
    AnswerSet before_;
    AnswerSet after_;
    Selection selectedBefore_;
    Selection selectedAfter_;
    int mergeId_;
    QElapsedTimer lastEdit_;
};

// A respondent's name as the user typed it, or why it cannot be one.
Result<std::string> respondentName(const QString& typed) {
    const std::string name = typed.trimmed().toStdString();
    if (name.empty())
        return Error{{}, "name", "a respondent needs a name"};
    if (name.size() > kMaxNameBytes)
        return Error{
            {}, "name", "a name holds at most " + std::to_string(kMaxNameBytes) + " bytes"};
    return name;
}

} // namespace

DecisionSession::DecisionSession(KnowledgeBase kb, QObject* parent)
    : QObject(parent), kb_(std::move(kb)), answers_(AnswerSet::empty(kb_)) {
    invalidate();
}

void DecisionSession::setSingleAnswer(std::size_t question, std::optional<std::size_t> option) {
    AnswerSet after = answers_;
    auto& choice = editedIn(after).choices[question];
    if (option)
        choice = std::vector<std::size_t>{*option};
    else
        choice.reset();
    if (choice == editedAnswers().choices[question])
        return;
    pushEdit(tr("Answer “%1”").arg(QString::fromStdString(kb_.questions[question].text)),
             std::move(after));
}

void DecisionSession::setMultiAnswer(std::size_t question,
                                     std::optional<std::vector<std::size_t>> options) {
    AnswerSet after = answers_;
    if (options)
        std::sort(options->begin(), options->end());
    auto& choice = editedIn(after).choices[question];
    choice = std::move(options);
    if (choice == editedAnswers().choices[question])
        return;
    pushEdit(tr("Answer “%1”").arg(QString::fromStdString(kb_.questions[question].text)),
             std::move(after));
}

void DecisionSession::toggleMultiOption(std::size_t question, std::size_t option, bool chosen) {
    const auto& choice = editedAnswers().choices[question];
    std::vector<std::size_t> current = choice ? *choice : std::vector<std::size_t>{};
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
        editedIn(after).pairwise.reset();
    }
    editedIn(after).weights = std::move(weights);
    constexpr int kWeightDragMergeId = 1;
    pushEdit(tr("Change weights"), std::move(after), kWeightDragMergeId);
}

void DecisionSession::setSituationCounts(std::optional<double> counts) {
    constexpr int kSituationDragMergeId = 4; // 1..3: weights, title, notes
    AnswerSet after = answers_;
    if (counts)
        counts = std::clamp(*counts, 0.0, 1.0);
    if (editedIn(after).situationCounts == counts)
        return;
    editedIn(after).situationCounts = counts;
    pushEdit(tr("Change how much your situation counts"), std::move(after), kSituationDragMergeId);
}

void DecisionSession::setGroupSituationCounts(std::optional<double> counts) {
    if (!answers_.isGroup())
        return setSituationCounts(counts);
    AnswerSet after = answers_;
    if (counts)
        counts = std::clamp(*counts, 0.0, 1.0);
    if (after.situationCounts == counts)
        return;
    after.situationCounts = counts;
    pushGroupEdit(tr("Change how much the group's situation counts"), std::move(after), selected_);
}

void DecisionSession::setPairwise(std::optional<PairwiseJudgements> judgements) {
    AnswerSet after = answers_;
    if (judgements)
        editedIn(after).weights.reset();
    editedIn(after).pairwise = std::move(judgements);
    pushEdit(tr("Change pairwise judgements"), std::move(after));
}

void DecisionSession::setLabEvidence(std::optional<LabEvidence> lab) {
    AnswerSet after = answers_;
    const bool adding = lab.has_value();
    after.lab = std::move(lab);
    pushEdit(adding ? tr("Add Evidence Lab run") : tr("Remove Evidence Lab run"), std::move(after));
}

void DecisionSession::resetWeights() {
    if (!editedAnswers().weights && !editedAnswers().pairwise)
        return;
    AnswerSet after = answers_;
    editedIn(after).weights.reset();
    editedIn(after).pairwise.reset();
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

Result<AnswerSet> DecisionSession::decisionAsGroup(const QString& firstName) const {
    if (answers_.isGroup())
        return answers_;
    auto first = respondentName(firstName.isEmpty() ? tr("Respondent 1") : firstName);
    if (!first)
        return first.error();
    return asGroup(answers_, *first);
}

Status DecisionSession::addRespondent(const QString& name, const QString& firstName) {
    auto newName = respondentName(name);
    if (!newName)
        return newName.error();
    auto grouped = decisionAsGroup(firstName);
    if (!grouped)
        return grouped.error();
    AnswerSet after = std::move(grouped).value();
    Respondent added;
    added.name = *newName;
    added.answers = AnswerSet::empty(kb_);
    after.respondents.push_back(std::move(added));
    if (auto ok = checkRespondents(after.respondents, {}); !ok)
        return ok.error();
    const std::size_t index = after.respondents.size() - 1;
    pushGroupEdit(tr("Add respondent “%1”").arg(name.trimmed()), std::move(after), index);
    return Ok{};
}

Status DecisionSession::renameRespondent(std::size_t index, const QString& name) {
    auto newName = respondentName(name);
    if (!newName)
        return newName.error();
    if (index >= answers_.respondents.size() || answers_.respondents[index].name == *newName)
        return Ok{};
    AnswerSet after = answers_;
    after.respondents[index].name = *newName;
    if (auto ok = checkRespondents(after.respondents, {}); !ok)
        return ok.error();
    pushGroupEdit(tr("Rename respondent “%1”").arg(name.trimmed()), std::move(after), selected_);
    return Ok{};
}

Status DecisionSession::setRespondentWeight(std::size_t index, double weight) {
    if (index >= answers_.respondents.size() || answers_.respondents[index].weight == weight)
        return Ok{};
    if (!(weight >= 0.0 && weight <= kMaxVotingWeight))
        return Error{{},
                     "weight",
                     "a voting weight is between 0 and " +
                         std::to_string(static_cast<int>(kMaxVotingWeight))};
    AnswerSet after = answers_;
    after.respondents[index].weight = weight;
    if (auto ok = checkRespondents(after.respondents, {}); !ok)
        return ok.error();
    pushGroupEdit(tr("Set the voting weight of “%1”")
                      .arg(QString::fromStdString(answers_.respondents[index].name)),
                  std::move(after), selected_);
    return Ok{};
}

Status DecisionSession::removeRespondent(std::size_t index) {
    if (index >= answers_.respondents.size())
        return Ok{};
    if (answers_.respondents.size() == 1)
        return Error{{}, "respondents", "a group keeps at least one respondent"};
    AnswerSet after = answers_;
    const QString name = QString::fromStdString(after.respondents[index].name);
    after.respondents.erase(after.respondents.begin() + static_cast<std::ptrdiff_t>(index));
    if (auto ok = checkRespondents(after.respondents, {}); !ok)
        return ok.error();
    std::size_t selected = selected_.value_or(0);
    if (selected > index || selected >= after.respondents.size())
        selected = selected == 0 ? 0 : selected - 1;
    pushGroupEdit(tr("Remove respondent “%1”").arg(name), std::move(after), selected);
    return Ok{};
}

Status DecisionSession::importRespondents(const std::vector<ImportedAnswers>& files,
                                          const QString& firstName) {
    if (files.empty())
        return Ok{};
    auto grouped = decisionAsGroup(firstName);
    if (!grouped)
        return grouped.error();
    AnswerSet after = std::move(grouped).value();
    const std::size_t firstAdded = after.respondents.size();
    for (const auto& file : files) {
        if (auto ok = addRespondents(after, file.answers, file.path.toStdString()); !ok)
            return ok.error();
        if (!after.lab && file.answers.lab)
            after.lab = file.answers.lab;
    }
    if (auto ok = checkRespondents(after.respondents, files.back().path.toStdString()); !ok)
        return ok.error();
    pushGroupEdit(tr("Import respondents"), std::move(after), firstAdded);
    return Ok{};
}

void DecisionSession::load(AnswerSet answers) {
    undoStack_.clear();
    const Selection selected = answers.isGroup() ? Selection{0} : std::nullopt;
    applyAnswers(std::move(answers), selected);
    emit loaded();
}

void DecisionSession::clear() {
    load(AnswerSet::empty(kb_));
}

void DecisionSession::applyAnswers(AnswerSet answers, std::optional<std::size_t> selected) {
    const bool titleChanges = answers.title != answers_.title;
    const bool respondentsChange =
        selected != selected_ || answers.respondents.size() != answers_.respondents.size() ||
        !std::equal(answers.respondents.begin(), answers.respondents.end(),
                    answers_.respondents.begin(), [](const Respondent& a, const Respondent& b) {
                        return a.name == b.name && a.role == b.role && a.weight == b.weight;
                    });
    answers_ = std::move(answers);
    selected_ = answers_.isGroup()
                    ? Selection{std::min(selected.value_or(0), answers_.respondents.size() - 1)}
                    : std::nullopt;
    invalidate();
    if (respondentsChange)
        emit respondentsChanged();
    emit answersChanged();
    if (titleChanges)
        emit titleChanged(QString::fromStdString(answers_.title));
    emit evaluationChanged();
}

void DecisionSession::selectRespondent(std::size_t index) {
    if (!answers_.isGroup() || index >= answers_.respondents.size() || selected_ == index)
        return;
    selected_ = index;
    ownEvaluationStale_ = true;
    emit respondentsChanged();
    emit answersChanged();
    emit evaluationChanged();
}

QString DecisionSession::editedRespondentName() const {
    return selected_ ? QString::fromStdString(answers_.respondents[*selected_].name) : QString();
}

const AnswerSet& DecisionSession::editedAnswers() const {
    return selected_ ? answers_.respondents[*selected_].answers : answers_;
}

AnswerSet& DecisionSession::editedIn(AnswerSet& decision) const {
    return selected_ ? decision.respondents[*selected_].answers : decision;
}

void DecisionSession::pushEdit(const QString& text, AnswerSet after, int mergeId) {
    // QUndoStack::push takes ownership of the command and calls redo(), which applies `after`.
    QString label = text;
    if (selected_)
        label = tr("%1 (as %2)").arg(text, editedRespondentName());
    undoStack_.push(new EditAnswersCommand(this, answers_, std::move(after), selected_, selected_,
                                           label, mergeId));
}

void DecisionSession::pushGroupEdit(const QString& text, AnswerSet after,
                                    std::optional<std::size_t> selected) {
    undoStack_.push(
        new EditAnswersCommand(this, answers_, std::move(after), selected_, selected, text, -1));
}

const Evaluation& DecisionSession::evaluation() const {
    if (evaluationStale_) {
        evaluation_ = evaluate(kb_, answers_, engineOptions_);
        evaluationStale_ = false;
    }
    return evaluation_;
}

const Evaluation& DecisionSession::shownEvaluation() const {
    if (!selected_)
        return evaluation();
    if (ownEvaluationStale_) {
        // As the group's evaluation judges them: their answers, the decision's lab run.
        AnswerSet own = answers_.respondents[*selected_].answers;
        own.lab = answers_.lab;
        ownEvaluation_ = evaluate(kb_, own, engineOptions_);
        ownEvaluationStale_ = false;
    }
    return ownEvaluation_;
}

void DecisionSession::invalidate() {
    evaluationStale_ = true;
    ownEvaluationStale_ = true;
}

} // namespace advisor::ui
