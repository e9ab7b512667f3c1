// Autosaves the answers being edited as the store's draft, so a crash loses nothing: a short
// pause after the last edit (edits arrive in bursts while a slider moves or a title is typed),
// at once when the window closes or the app quits, and cleared when the answers are saved or
// replaced. Also reads back a draft left by an earlier run, for the restore banner.
#pragma once

#include "core/model/answers.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionLibrary;
class DecisionSession;

// A draft found at start-up, ready to offer.
struct RecoverableDraft {
    AnswerSet answers;
    QString savedAt; // local time, for the banner
};

class DraftAutosave : public QObject {
    Q_OBJECT

public:
    static constexpr int kDelayMs = 500;

    DraftAutosave(DecisionSession* session, DecisionLibrary* library, QObject* parent = nullptr);

    // Saves at once when `window` is about to close (its close may still be refused; saving
    // early does no harm).
    void flushWhenClosing(QWidget* window);
    [[nodiscard]] bool pending() const { return timer_.isActive(); }
    void flush();

    // The draft an earlier run left, if it still parses against this knowledge base.
    std::optional<RecoverableDraft> findDraft();
    // Loads the draft into the session as unsaved answers; the draft stays until they are saved.
    void restore(const RecoverableDraft& draft);
    void discard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void answersEdited();
    void saveNow();

    DecisionSession* session_;
    DecisionLibrary* library_;
    QTimer timer_;
};

} // namespace advisor::ui
