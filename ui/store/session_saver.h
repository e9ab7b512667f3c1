// Keeps the decision being edited tied to where it is saved: Save stores a new decision the
// first time and updates it afterwards, Save As always starts a new one, Reopen loads a saved
// decision into the session. Anything else that replaces the session's decision (New, Open
// Answers, a restored draft) unties it, so the next Save cannot overwrite an unrelated record.
// A rename of the tied record (in History) reaches the session's title too.
#pragma once

#include "core/store/decision_store.h"

#include <QObject>
#include <cstdint>
#include <string>

namespace advisor::ui {

class DecisionLibrary;
class DecisionSession;

class SessionSaver : public QObject {
    Q_OBJECT

public:
    SessionSaver(DecisionSession* session, DecisionLibrary* library, QObject* parent = nullptr);

    // The saved decision the session holds; 0 when it has never been saved.
    [[nodiscard]] std::int64_t savedId() const { return savedId_; }

    bool save();
    bool saveAs();
    bool reopen(std::int64_t id);

signals:
    void savedIdChanged(std::int64_t id);
    void saved(std::int64_t id);
    // A saved decision was loaded into the session; `record` is what the store holds, with the
    // result it was saved with.
    void reopened(const advisor::Decision& record);

private:
    bool store(bool asNew);
    void setSavedId(std::int64_t id);
    // The saved decision was renamed elsewhere (History): the editor takes the new name, or
    // its next Save would write the old one back.
    void followRename();

    DecisionSession* session_;
    DecisionLibrary* library_;
    std::int64_t savedId_ = 0;
    // A deleted decision the session held: if the delete is undone, the session is tied to it
    // again.
    std::int64_t deletedId_ = 0;
    bool reopening_ = false;
    bool storing_ = false;   // our own update, which the library announces as a change
    std::string savedTitle_; // the tied record's title as this saver last saw it
};

} // namespace advisor::ui
