// The decision store's reads of many decisions: the history list a page at a time, its counts,
// every decision of a bulk action, and the subquery that names a bulk action's decisions.
#include "core/store/decision_rows.h"
#include "core/store/decision_search.h"
#include "core/store/decision_store.h"

namespace advisor {

Result<std::vector<DecisionSummary>> DecisionStore::list(const ListQuery& query) const {
    const search::ListSql statement = search::listStatement(query);
    auto s = sqlite::Statement::prepare(db_.get(), statement.sql, path());
    if (!s)
        return s.error();
    s->bind(1, query.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(query.limit))
        .bind(2, static_cast<std::int64_t>(query.offset));
    if (statement.value)
        s->bind(3, *statement.value);
    return rows::summariesFrom(*s, "list");
}

Result<std::size_t> DecisionStore::count(const std::string& search) const {
    // Without a search: every row less the trash, two counts SQLite answers from its smallest
    // indexes instead of asking of each row whether it is in the trash.
    std::string sql = "SELECT (SELECT count(*) FROM decisions) - "
                      "(SELECT count(*) FROM decision_trash)";
    const search::Clause match = search::clauseFor(search, 1);
    if (match.value)
        sql =
            "SELECT count(*) FROM decisions d" + match.join + " WHERE " + rows::kLive + match.where;
    auto s = sqlite::Statement::prepare(db_.get(), sql, path());
    if (!s)
        return s.error();
    if (match.value)
        s->bind(1, *match.value);
    auto row = s->step("count");
    if (!row)
        return row.error();
    return static_cast<std::size_t>(s->integer(0));
}

Result<sqlite::Statement> DecisionStore::targetStatement(
    const DecisionTarget& target, int parameter,
    const std::function<std::string(const std::string& ids)>& around) const {
    if (target.allMatching) {
        const search::Clause match = search::clauseFor(*target.allMatching, parameter);
        auto s = sqlite::Statement::prepare(db_.get(),
                                            around("SELECT d.id FROM decisions d" + match.join +
                                                   " WHERE " + rows::kLive + match.where),
                                            path());
        if (s && match.value)
            s->bind(parameter, *match.value);
        return s;
    }
    // The ids go through a temporary table (private to this connection): a statement with one
    // parameter per id would hit SQLite's limit on parameters.
    for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS decision_target "
                            "(id INTEGER PRIMARY KEY)",
                            "DELETE FROM temp.decision_target"})
        if (auto ok = sqlite::execute(db_.get(), sql, path(), "select decisions"); !ok)
            return ok.error();
    auto insert = sqlite::Statement::prepare(
        db_.get(), "INSERT OR IGNORE INTO temp.decision_target (id) VALUES (?1)", path());
    if (!insert)
        return insert.error();
    for (const std::int64_t id : target.ids) {
        if (auto ok = insert->bind(1, id).run("select decisions"); !ok)
            return ok.error();
        insert->reset();
    }
    return sqlite::Statement::prepare(
        db_.get(),
        around(std::string("SELECT d.id FROM decisions d JOIN temp.decision_target dt "
                           "ON dt.id = d.id WHERE ") +
               rows::kLive),
        path());
}

Status DecisionStore::forEachDecision(const DecisionTarget& target,
                                      const std::function<Status(const Decision&)>& visit) const {
    auto s = targetStatement(target, 1, [](const std::string& ids) {
        return std::string("SELECT ") + rows::kDecisionColumns +
               " FROM decisions d LEFT JOIN decision_documents doc ON doc.decision_id = d.id "
               "WHERE d.id IN (" +
               ids + ") ORDER BY d.id";
    });
    if (!s)
        return s.error();
    return s->forEachRow("read decisions", [&](const sqlite::Statement& row) -> Status {
        auto decision = rows::decisionFrom(row, path());
        if (!decision)
            return decision.error();
        return visit(*decision);
    });
}

} // namespace advisor
