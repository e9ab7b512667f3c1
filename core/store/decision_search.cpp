#include "core/store/decision_search.h"

#include "core/store/decision_rows.h"

namespace advisor::search {
namespace {

// The trigram index matches strings of three characters or more; shorter ones it cannot look
// up, so they are scanned for with LIKE instead.
constexpr std::size_t kShortestIndexed = 3;

std::size_t characterCount(const std::string& utf8) {
    std::size_t n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

// One FTS5 phrase: the text in double quotes, its own quotes doubled. The trigram tokenizer
// turns a phrase into consecutive trigrams, so this matches the text as a substring.
std::string phrase(const std::string& text) {
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + '"';
}

std::string likePattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

} // namespace

Clause clauseFor(const std::string& search, int parameter) {
    if (search.empty())
        return {};
    // Built piece by piece: GCC 12's -Wrestrict misfires on `"?" + std::to_string(n)` in
    // optimised builds (GCC bug 105329).
    std::string p = "?";
    p += std::to_string(parameter);
    if (characterCount(search) >= kShortestIndexed)
        return {" JOIN decisions_search s ON s.rowid = d.id", " AND s.decisions_search MATCH " + p,
                phrase(search)};
    // LIKE ignores case for ASCII letters; the index ignores it for every letter.
    const std::string like = " LIKE " + p + " ESCAPE '\\'";
    return {"",
            " AND (d.title" + like + " OR d.notes" + like + " OR d.winner" + like +
                " OR d.winner_name" + like + ")",
            likePattern(search)};
}

std::string orderBy(SortColumn column, SortOrder order, bool fullText) {
    const std::string dir = order == SortOrder::Ascending ? " ASC" : " DESC";
    const std::string id = (fullText ? "s.rowid" : "d.id") + dir;
    // Each expression matches an index of schema 3 exactly (decision_schema.cpp).
    switch (column) {
    case SortColumn::Created:
        return " ORDER BY " + id;
    case SortColumn::Updated:
        return " ORDER BY d.updated_at" + dir + ", " + id;
    case SortColumn::Title:
        return " ORDER BY d.title COLLATE NOCASE" + dir + ", " + id;
    case SortColumn::Winner:
        return " ORDER BY d.winner_name COLLATE NOCASE" + dir + ", " + id;
    case SortColumn::Verdict:
        return " ORDER BY CASE d.verdict WHEN 'clear' THEN 0 WHEN 'lean' THEN 1 "
               "WHEN 'close_call' THEN 2 ELSE 3 END" +
               dir + ", " + id;
    case SortColumn::Margin:
        return " ORDER BY d.margin" + dir + ", " + id;
    case SortColumn::Confidence:
        // NULL sorts first in SQL: descending puts it last by itself, ascending needs the flag.
        return order == SortOrder::Ascending
                   ? " ORDER BY d.confidence IS NULL, d.confidence ASC, " + id
                   : " ORDER BY d.confidence DESC, " + id;
    case SortColumn::Respondents:
        return " ORDER BY d.respondents" + dir + ", " + id;
    case SortColumn::RevisitOn:
        return order == SortOrder::Ascending
                   ? " ORDER BY d.revisit_on IS NULL, d.revisit_on ASC, " + id
                   : " ORDER BY d.revisit_on DESC, " + id;
    }
    return " ORDER BY " + id;
}

ListSql listStatement(const ListQuery& query) {
    const Clause match = clauseFor(query.search, 3);
    return {std::string("SELECT ") + rows::kSummaryColumns + " FROM decisions d" + match.join +
                " WHERE " + rows::kLive + match.where +
                orderBy(query.sort, query.order, match.fullText()) + " LIMIT ?1 OFFSET ?2",
            match.value};
}

} // namespace advisor::search
