// The PDF report: the report document on A4 pages through QPdfWriter, text and charts as
// vector graphics (no bitmaps), summary first; written atomically.
#pragma once

#include "core/base/error.h"
#include "core/report/report_input.h"
#include "ui/report/report_charts.h"

#include <QByteArray>
#include <string>

namespace advisor::ui {

// The PDF's bytes, or an error naming `pathForErrors` when the document cannot be drawn.
// Needs a running QApplication.
Result<QByteArray> pdfReport(const ReportInput& input, const std::string& pathForErrors);
// With the charts drawn beforehand (ReportCharts::recorded): any thread.
Result<QByteArray> pdfReport(const ReportInput& input, RecordedCharts charts,
                             const std::string& pathForErrors);

// Matches core's ReportWriter: creates a QApplication when none runs (the command line).
Status writePdfReport(const ReportInput& input, const std::string& path);

} // namespace advisor::ui
