// The decision store as the GUI sees it: opened on first use (so start-up never waits for the
// integrity check), every successful write announced so the history and the session stay in
// step, and every failure turned into one sentence for the window's notice strip.
#pragma once

#include "core/decision_store.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace advisor::ui {

class DecisionLibrary : public QObject {
    Q_OBJECT

public:
    // `path` empty: the platform's default database (core/app_paths.h).
    explicit DecisionLibrary(QString path, QObject* parent = nullptr, StoreOptions options = {});
    ~DecisionLibrary() override;

    // Opens the store the first time it is asked for; null when it cannot be opened.
    DecisionStore* store();
    bool isOpen() { return store() != nullptr; }
    // Why the store could not be opened; empty when it is open (or not tried yet).
    [[nodiscard]] QString openError() const { return openError_; }
    // Set when a damaged file was moved aside at open: where it went, in a sentence.
    [[nodiscard]] QString movedAsideNotice() const { return movedAsideNotice_; }
    // The database file in use (or that failed), for messages.
    [[nodiscard]] QString path() const { return path_; }

    // Writes. Each announces itself on success and reports a problem() on failure.
    std::optional<std::int64_t> save(const Decision& decision);
    bool update(const Decision& decision);
    bool rename(std::int64_t id, const QString& title);
    std::optional<std::int64_t> duplicate(std::int64_t id);
    std::optional<Decision> remove(std::int64_t id);
    bool restore(const Decision& removed);
    bool setRevisitDate(std::int64_t id, const std::optional<std::string>& date);
    bool recordOutcome(std::int64_t id, const OutcomeReview& review);

    // For callers that failed on the library's behalf (a saved decision that will not load).
    void reportProblem(const QString& text) { emit problem(text); }

    // Reads; failures are reported and give an empty answer.
    std::optional<Decision> get(std::int64_t id);
    std::vector<DecisionSummary> list();
    // The ids whose notes contain `search`: the summaries from list() carry no notes, so this
    // is the one part of a search the caller cannot do itself.
    std::vector<std::int64_t> idsWithNotesMatching(const QString& search);

    // The autosaved draft: one slot.
    bool saveDraft(const nlohmann::ordered_json& answers);
    std::optional<Draft> loadDraft();
    void clearDraft();

signals:
    void decisionAdded(std::int64_t id); // saved, duplicated or restored
    void decisionChanged(std::int64_t id);
    void decisionRemoved(std::int64_t id);
    // Something the user should read: a failed write, or the database was moved aside.
    void problem(const QString& text);

private:
    bool check(const Status& status, const QString& what);
    void reportError(const Error& error, const QString& what);

    QString path_;
    StoreOptions options_;
    std::optional<DecisionStore> store_;
    bool tried_ = false;
    QString openError_;
    QString movedAsideNotice_;
};

} // namespace advisor::ui
