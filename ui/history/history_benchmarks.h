// Times the History page and the decision store against large histories, for advisor-bench
// (issue #16's budgets, docs/benchmarks.md): the page built and painted, a search keystroke
// until its rows are painted, deleting everything shown, and the longest time the GUI thread
// goes without turning its event loop while the store opens or the history is searched.
// A QApplication must exist; the offscreen platform is fine.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace advisor::ui {

// Milliseconds from building the History page on an open store to its table painted with the
// first rows.
double measureHistoryList(const std::string& dbPath);

// Each keystroke typing `text` into the search field, from the key press to the table
// repainted with the rows found (and, separately, until the counts are in); and the longest
// stall of the GUI thread while typing.
struct KeystrokeTimes {
    std::vector<double> rowsMs;
    std::vector<double> countedMs;
    double longestStallMs = 0;
};
KeystrokeTimes measureHistorySearch(const std::string& dbPath, const std::string& text);

// Select All and Delete on the page: milliseconds until the store has deleted every decision
// (one transaction) and the emptied table is painted; then Undo, until every row is back.
struct DeleteAllTimes {
    double deleteMs = 0;
    double undoMs = 0;
    double longestStallMs = 0;
    std::size_t deleted = 0;
};
DeleteAllTimes measureHistoryDeleteAll(const std::string& dbPath);

// The store opened and checked as the app does it after the first paint, up to the draft
// offered: the longest GUI-thread stall meanwhile, and how long opening took.
struct OpenTimes {
    double longestStallMs = 0;
    double openMs = 0;
};
OpenTimes measureStoreOpen(const std::string& dbPath);

} // namespace advisor::ui
