// File ▸ Print… and File ▸ Export… for the current decision: a print preview of the same pages
// as the PDF, and a save dialog that writes PDF, HTML, Markdown or JSON by the chosen filter.
#pragma once

#include "core/report_input.h"

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor::ui {

// Shows a modal print preview of the report; printing from it prints those pages.
void printReport(QWidget* parent, const ReportInput& input);

// Asks for a file name and writes the report in the format its filter or extension names;
// reports a failure in a message box that names the file. Returns whether a file was written.
bool exportReport(QWidget* parent, const ReportInput& input);

} // namespace advisor::ui
