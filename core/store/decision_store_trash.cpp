// Deleting decisions: into the trash in one transaction (however many), back out of it in one,
// and out of the database for good when the app that deleted them starts again.
#include "core/store/decision_rows.h"
#include "core/store/decision_store.h"

namespace advisor {

Result<TrashedDecisions> DecisionStore::trash(const DecisionTarget& target) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "delete");
    if (!tx)
        return tx.error();
    TrashedDecisions trashed;
    {
        // A new number per delete, so undoing one brings back exactly what it took.
        auto next = sqlite::Statement::prepare(
            db_.get(), "SELECT coalesce(max(batch), 0) + 1 FROM decision_trash", path());
        if (!next)
            return next.error();
        if (auto row = next->step("delete"); !row)
            return row.error();
        trashed.batch = next->integer(0);
    }
    auto s = targetStatement(target, 2, [](const std::string& ids) {
        return "INSERT INTO decision_trash (decision_id, batch) SELECT id, ?1 FROM (" + ids +
               ") RETURNING decision_id";
    });
    if (!s)
        return s.error();
    s->bind(1, trashed.batch);
    if (auto ok = s->forEachRow("delete",
                                [&](const sqlite::Statement& row) -> Status {
                                    trashed.ids.push_back(row.integer(0));
                                    return Ok{};
                                });
        !ok)
        return ok.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return trashed;
}

Result<std::vector<std::int64_t>> DecisionStore::restoreTrashed(std::int64_t batch) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "restore");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(), "DELETE FROM decision_trash WHERE batch = ?1 RETURNING decision_id", path());
    if (!s)
        return s.error();
    s->bind(1, batch);
    std::vector<std::int64_t> ids;
    if (auto ok = s->forEachRow("restore",
                                [&](const sqlite::Statement& row) -> Status {
                                    ids.push_back(row.integer(0));
                                    return Ok{};
                                });
        !ok)
        return ok.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return ids;
}

Result<std::size_t> DecisionStore::purgeTrash() {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "empty the trash");
    if (!tx)
        return tx.error();
    // The documents and the trash rows go with their decisions (ON DELETE CASCADE: configure()
    // turns foreign keys on), the search index through its trigger.
    auto s = sqlite::Statement::prepare(
        db_.get(), "DELETE FROM decisions WHERE id IN (SELECT decision_id FROM decision_trash)",
        path());
    if (!s)
        return s.error();
    if (auto ok = s->run("empty the trash"); !ok)
        return ok.error();
    const auto purged = static_cast<std::size_t>(s->changedRows());
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return purged;
}

} // namespace advisor
