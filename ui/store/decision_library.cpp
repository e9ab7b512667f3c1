#include "ui/store/decision_library.h"

#include "core/app_paths.h"

namespace advisor::ui {

DecisionLibrary::DecisionLibrary(QString path, QObject* parent, StoreOptions options)
    : QObject(parent), path_(std::move(path)), options_(std::move(options)) {}

DecisionLibrary::~DecisionLibrary() = default;

DecisionStore* DecisionLibrary::store() {
    if (store_)
        return &*store_;
    if (tried_)
        return nullptr;
    tried_ = true;
    if (path_.isEmpty()) {
        auto defaultPath = defaultDatabasePath();
        if (!defaultPath) {
            openError_ = tr("The decision history is unavailable: %1")
                             .arg(QString::fromStdString(defaultPath.error().oneLine()));
            emit problem(openError_);
            return nullptr;
        }
        path_ = QString::fromStdString(*defaultPath);
    }
    auto opened = DecisionStore::open(path_.toStdString(), options_);
    if (!opened) {
        openError_ = tr("The decision history is unavailable: %1")
                         .arg(QString::fromStdString(opened.error().oneLine()));
        emit problem(openError_);
        return nullptr;
    }
    store_.emplace(std::move(opened).value());
    const OpenReport& report = store_->report();
    if (report.movedAside) {
        movedAsideNotice_ =
            tr("The decision database %1 could not be read (%2). It was kept as %3 and a new, "
               "empty database was started.")
                .arg(path_, QString::fromStdString(report.movedAsideReason),
                     QString::fromStdString(*report.movedAside));
        emit problem(movedAsideNotice_);
    }
    return &*store_;
}

void DecisionLibrary::reportError(const Error& error, const QString& what) {
    emit problem(tr("%1 failed: %2").arg(what, QString::fromStdString(error.oneLine())));
}

bool DecisionLibrary::check(const Status& status, const QString& what) {
    if (status)
        return true;
    reportError(status.error(), what);
    return false;
}

std::optional<std::int64_t> DecisionLibrary::save(const Decision& decision) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto id = s->save(decision);
    if (!id) {
        reportError(id.error(), tr("Saving the decision"));
        return std::nullopt;
    }
    emit decisionAdded(*id);
    return *id;
}

bool DecisionLibrary::update(const Decision& decision) {
    DecisionStore* s = store();
    if (!s || !check(s->update(decision), tr("Saving the decision")))
        return false;
    emit decisionChanged(decision.id);
    return true;
}

bool DecisionLibrary::rename(std::int64_t id, const QString& title) {
    DecisionStore* s = store();
    if (!s || !check(s->rename(id, title.toStdString()), tr("Renaming the decision")))
        return false;
    emit decisionChanged(id);
    return true;
}

std::optional<std::int64_t> DecisionLibrary::duplicate(std::int64_t id) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto copy = s->duplicate(id);
    if (!copy) {
        reportError(copy.error(), tr("Duplicating the decision"));
        return std::nullopt;
    }
    emit decisionAdded(*copy);
    return *copy;
}

std::optional<Decision> DecisionLibrary::remove(std::int64_t id) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto removed = s->remove(id);
    if (!removed) {
        reportError(removed.error(), tr("Deleting the decision"));
        return std::nullopt;
    }
    emit decisionRemoved(id);
    return std::move(removed).value();
}

bool DecisionLibrary::restore(const Decision& removed) {
    DecisionStore* s = store();
    if (!s || !check(s->restore(removed), tr("Restoring the decision")))
        return false;
    emit decisionAdded(removed.id);
    return true;
}

bool DecisionLibrary::setRevisitDate(std::int64_t id, const std::optional<std::string>& date) {
    DecisionStore* s = store();
    if (!s || !check(s->setRevisitDate(id, date), tr("Setting the revisit date")))
        return false;
    emit decisionChanged(id);
    return true;
}

bool DecisionLibrary::recordOutcome(std::int64_t id, const OutcomeReview& review) {
    DecisionStore* s = store();
    if (!s || !check(s->recordOutcome(id, review), tr("Recording the outcome")))
        return false;
    emit decisionChanged(id);
    return true;
}

std::optional<Decision> DecisionLibrary::get(std::int64_t id) {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto decision = s->get(id);
    if (!decision) {
        reportError(decision.error(), tr("Reading the decision"));
        return std::nullopt;
    }
    return std::move(decision).value();
}

std::vector<DecisionSummary> DecisionLibrary::list() {
    DecisionStore* s = store();
    if (!s)
        return {};
    auto rows = s->list();
    if (!rows) {
        reportError(rows.error(), tr("Reading the history"));
        return {};
    }
    return std::move(rows).value();
}

std::vector<std::int64_t> DecisionLibrary::idsWithNotesMatching(const QString& search) {
    DecisionStore* s = store();
    if (!s)
        return {};
    auto ids = s->idsWithNotesMatching(search.toStdString());
    if (!ids) {
        reportError(ids.error(), tr("Searching the history"));
        return {};
    }
    return std::move(ids).value();
}

bool DecisionLibrary::saveDraft(const nlohmann::ordered_json& answers) {
    DecisionStore* s = store();
    return s && check(s->saveDraft(answers), tr("Autosaving the draft"));
}

std::optional<Draft> DecisionLibrary::loadDraft() {
    DecisionStore* s = store();
    if (!s)
        return std::nullopt;
    auto draft = s->loadDraft();
    if (!draft) {
        reportError(draft.error(), tr("Reading the autosaved draft"));
        return std::nullopt;
    }
    return std::move(draft).value();
}

void DecisionLibrary::clearDraft() {
    if (DecisionStore* s = store())
        check(s->clearDraft(), tr("Clearing the autosaved draft"));
}

} // namespace advisor::ui
