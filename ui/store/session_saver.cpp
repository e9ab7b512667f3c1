#include "ui/store/session_saver.h"

#include "core/store/decision_store.h"
#include "ui/decision_session.h"
#include "ui/store/decision_library.h"

#include <algorithm>

namespace advisor::ui {

SessionSaver::SessionSaver(DecisionSession* session, DecisionLibrary* library, QObject* parent)
    : QObject(parent), session_(session), library_(library) {
    connect(session_, &DecisionSession::loaded, this, [this] {
        if (!reopening_)
            setSavedId(0);
    });
    // The open decision deleted in History: saving again makes a new record. Its delete
    // undone: it is the open decision's record again.
    const auto contains = [](const std::vector<std::int64_t>& ids, std::int64_t id) {
        return id != 0 && std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    connect(library_, &DecisionLibrary::decisionsRemoved, this,
            [this, contains](const std::vector<std::int64_t>& ids) {
                if (contains(ids, savedId_)) {
                    deletedId_ = savedId_;
                    setSavedId(0);
                }
            });
    connect(library_, &DecisionLibrary::decisionsRestored, this,
            [this, contains](const std::vector<std::int64_t>& ids) {
                if (savedId_ == 0 && contains(ids, deletedId_))
                    setSavedId(deletedId_);
            });
    connect(library_, &DecisionLibrary::decisionChanged, this, [this](std::int64_t id) {
        if (id == savedId_ && !storing_)
            followRename();
    });
}

void SessionSaver::followRename() {
    const auto record = library_->get(savedId_);
    // Only a new name is followed: a revisit date or an outcome changes the record too, and
    // must not undo a title the user has typed but not saved yet.
    if (!record || record->title == savedTitle_)
        return;
    savedTitle_ = record->title;
    if (record->title == session_->answers().title)
        return;
    // An edit like any other, so Undo can go back past it; but the record already holds the
    // new name, so an editor that matched its record still does.
    const bool matchedRecord = session_->undoStack()->isClean();
    session_->setTitle(QString::fromStdString(record->title));
    if (matchedRecord)
        session_->undoStack()->setClean();
}

bool SessionSaver::save() {
    return store(savedId_ == 0);
}

bool SessionSaver::saveAs() {
    return store(true);
}

bool SessionSaver::store(bool asNew) {
    const KnowledgeBase& kb = session_->knowledgeBase();
    Decision decision = makeDecision(kb, session_->answers(), session_->evaluation(),
                                     session_->engineOptions().monteCarlo);
    if (asNew) {
        const auto id = library_->save(decision);
        if (!id)
            return false;
        setSavedId(*id);
    } else {
        decision.id = savedId_;
        storing_ = true;
        const bool updated = library_->update(decision);
        storing_ = false;
        if (!updated)
            return false;
    }
    savedTitle_ = decision.title;
    session_->undoStack()->setClean();
    emit saved(savedId_);
    return true;
}

bool SessionSaver::reopen(std::int64_t id) {
    const auto decision = library_->get(id);
    if (!decision)
        return false;
    const KnowledgeBase& kb = session_->knowledgeBase();
    auto answers = parseAnswers(nlohmann::json(decision->answers), kb,
                                tr("saved decision %1").arg(id).toStdString());
    if (!answers) {
        library_->reportProblem(tr("Could not reopen “%1”: %2")
                                    .arg(QString::fromStdString(decision->title),
                                         QString::fromStdString(answers.error().oneLine())));
        return false;
    }
    AnswerSet loaded = std::move(answers).value();
    // The record's own title and notes are authoritative (a rename changes them there first).
    loaded.title = decision->title;
    loaded.notes = decision->notes;
    reopening_ = true;
    session_->load(std::move(loaded));
    reopening_ = false;
    setSavedId(id);
    savedTitle_ = decision->title;
    emit reopened(*decision);
    return true;
}

void SessionSaver::setSavedId(std::int64_t id) {
    if (id == savedId_)
        return;
    savedId_ = id;
    if (id != 0)
        deletedId_ = 0;
    emit savedIdChanged(id);
}

} // namespace advisor::ui
