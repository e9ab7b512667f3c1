// File ▸ Print… and File ▸ Export… for the current decision: a print preview of the same pages
// as the PDF, and a save dialog that writes PDF, HTML, Markdown or JSON by the chosen filter.
#pragma once

#include "core/report/report_input.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor::ui {

// Shows a modal print preview of the report; printing from it prints those pages.
void printReport(QWidget* parent, const ReportInput& input);

// Asks for a file name and writes the report in the format its filter or extension names;
// reports a failure in a message box that names the file. Returns whether a file was written.
bool exportReport(QWidget* parent, const ReportInput& input);

// The two halves of exportReport, for a caller that writes the file itself (off the GUI
// thread, ui/report/report_export_job.h): the save dialog, giving the chosen path with the
// chosen format's extension or an empty string, and the message box for a failed write.
QString askReportExportPath(QWidget* parent, const ReportInput& input);
void showReportExportFailure(QWidget* parent, const Error& error);

} // namespace advisor::ui
