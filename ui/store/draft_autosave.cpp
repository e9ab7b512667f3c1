#include "ui/store/draft_autosave.h"

#include "ui/decision_session.h"
#include "ui/store/decision_library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QWidget>

namespace advisor::ui {

DraftAutosave::DraftAutosave(DecisionSession* session, DecisionLibrary* library, QObject* parent)
    : QObject(parent), session_(session), library_(library) {
    timer_.setSingleShot(true);
    timer_.setInterval(kDelayMs);
    connect(&timer_, &QTimer::timeout, this, &DraftAutosave::saveNow);
    // The undo stack, not answersChanged: during a push the stack still reports the state
    // before the edit, and only the stack knows whether the answers differ from the saved ones.
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &DraftAutosave::answersEdited);
    // Clean means the answers equal what was saved (or a fresh decision): nothing to recover.
    // Queued, because the stack also turns clean while the session is being destroyed (its
    // destructor clears it), and that must not delete the draft a crash-free quit just wrote.
    connect(
        session_->undoStack(), &QUndoStack::cleanChanged, this,
        [this](bool clean) {
            if (!clean || !session_->undoStack()->isClean())
                return;
            timer_.stop();
            library_->clearDraft();
        },
        Qt::QueuedConnection);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DraftAutosave::flush);
}

void DraftAutosave::flushWhenClosing(QWidget* window) {
    window->installEventFilter(this);
}

bool DraftAutosave::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Close)
        flush();
    return QObject::eventFilter(watched, event);
}

void DraftAutosave::answersEdited() {
    // load() resets the stack to clean: reopening is not an edit.
    if (!session_->undoStack()->isClean())
        timer_.start();
}

void DraftAutosave::flush() {
    if (timer_.isActive())
        saveNow();
}

void DraftAutosave::saveNow() {
    timer_.stop();
    library_->saveDraft(answersToJson(session_->answers(), session_->knowledgeBase()));
}

std::optional<RecoverableDraft> DraftAutosave::findDraft() {
    const auto draft = library_->loadDraft();
    if (!draft)
        return std::nullopt;
    auto answers = parseAnswers(nlohmann::json(draft->answers), session_->knowledgeBase(),
                                tr("the autosaved draft").toStdString());
    if (!answers) {
        // Written by a build with another knowledge base: nothing we could show. Keep it (an
        // older build may still read it) but do not offer it.
        return std::nullopt;
    }
    const QDateTime at = QDateTime::fromString(QString::fromStdString(draft->savedAt), Qt::ISODate);
    return RecoverableDraft{std::move(answers).value(),
                            at.isValid()
                                ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                : QString::fromStdString(draft->savedAt)};
}

void DraftAutosave::restore(const RecoverableDraft& draft) {
    session_->load(draft.answers);
    // Not saved anywhere yet: the title bar marks it modified and closing asks first.
    session_->undoStack()->resetClean();
    // Loading may have cleared the stored draft (a clean stack clears it); write it back.
    saveNow();
}

void DraftAutosave::discard() {
    timer_.stop();
    library_->clearDraft();
}

} // namespace advisor::ui
