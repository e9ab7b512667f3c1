// Benchmarks that need Qt: an answer change in the real main window until every chart holds the
// new values, the PDF and HTML reports, and the History page over 10,000 decisions.
#pragma once

namespace advisor::bench {

// Needs a QApplication (offscreen is fine).
void runGuiBenchmarks();

} // namespace advisor::bench
