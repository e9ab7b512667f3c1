// The HTML report: one self-contained file — embedded CSS, charts as inline SVG, no script and
// no external resources — carrying the same sections as the PDF; written atomically.
#pragma once

#include "core/error.h"
#include "core/report_input.h"

#include <QByteArray>
#include <string>

namespace advisor::ui {

// The HTML document, UTF-8. Needs a running QApplication (the charts are widgets).
QByteArray htmlReport(const ReportInput& input);

// Matches core's ReportWriter: creates a QApplication when none runs (the command line).
Status writeHtmlReport(const ReportInput& input, const std::string& path);

} // namespace advisor::ui
