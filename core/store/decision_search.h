// How the history's search box and sort orders become SQL, shared by the list, the counts and
// the bulk actions so that all of them mean the same decisions. Internal to the store; every
// query aliases the decisions table as `d`.
#pragma once

#include "core/store/decision_store.h"

#include <optional>
#include <string>

namespace advisor::search {

// What a search adds to "SELECT ... FROM decisions d": a join on the full-text index (three or
// more characters) or a LIKE over the searched columns (one or two), and the one value it
// binds. An empty search adds nothing.
struct Clause {
    std::string join;  // " JOIN decisions_search s ON s.rowid = d.id", or empty
    std::string where; // " AND ...", or empty
    std::optional<std::string> value;
    [[nodiscard]] bool fullText() const { return !join.empty(); }
};

// `parameter` is the number of the ?N the clause binds its value to.
Clause clauseFor(const std::string& search, int parameter);

// "ORDER BY ..." for a list; every order ends with the id, so pages never overlap. With the
// full-text join, the creation order reads the index's own rowid order, which SQLite can stop
// reading after one page.
std::string orderBy(SortColumn column, SortOrder order, bool fullText);

// The list's statement: summary columns (rows::kSummaryColumns), LIMIT ?1 OFFSET ?2, and the
// search's value, if any, at ?3.
struct ListSql {
    std::string sql;
    std::optional<std::string> value;
};
ListSql listStatement(const ListQuery& query);

} // namespace advisor::search
