// Benchmarks that need Qt: an answer change in the real main window until every chart holds the
// new values, the PDF and HTML reports and the GUI-thread stall while one is exported, and the
// History page and the store over 10,000 to a million decisions.
#pragma once

namespace advisor::bench {

// Needs a QApplication (offscreen is fine). `historyOnly`: the history and store figures alone.
void runGuiBenchmarks(bool historyOnly = false);
// A 20-person group's answer change on the Group page alone (advisor-bench --gui-group).
void runGroupGuiBenchmark();

} // namespace advisor::bench
