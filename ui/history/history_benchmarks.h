// Times the History page against a large store, for advisor-bench (SPEC section 10: with
// 10,000 saved decisions the list shows in ≤ 100 ms and a search keystroke updates in ≤ 16 ms).
// A QApplication must exist; the offscreen platform is fine.
#pragma once

#include <cstddef>
#include <string>

namespace advisor::ui {

// Fills the database at `dbPath` with `count` varied decisions in one transaction.
bool seedHistoryDatabase(const std::string& dbPath, std::size_t count);

// Milliseconds from building the History page on an open store to its table's first paint.
double measureHistoryList(const std::string& dbPath);

// Milliseconds for each keystroke typing `text` into the search field, from the key press to
// the table repainted with the filtered rows; the median and the slowest.
struct KeystrokeTimes {
    double medianMs = 0;
    double worstMs = 0;
    std::size_t keystrokes = 0;
};
KeystrokeTimes measureHistorySearch(const std::string& dbPath, const std::string& text = "chat");

} // namespace advisor::ui
