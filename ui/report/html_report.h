// The HTML report: one self-contained file — embedded CSS, charts as inline SVG, no script and
// no external resources — carrying the same sections as the PDF; written atomically.
#pragma once

#include "core/base/error.h"
#include "core/report/report_input.h"
#include "ui/report/report_charts.h"

#include <QByteArray>
#include <string>

namespace advisor::ui {

// The HTML document, UTF-8. Needs a running QApplication (the charts are widgets).
QByteArray htmlReport(const ReportInput& input);
// With the charts drawn beforehand (ReportCharts::recorded): any thread.
QByteArray htmlReport(const ReportInput& input, const RecordedCharts& charts);

// Matches core's ReportWriter: creates a QApplication when none runs (the command line).
Status writeHtmlReport(const ReportInput& input, const std::string& path);

} // namespace advisor::ui
