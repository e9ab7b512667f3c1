// The report writers of the GUI build: core's Markdown and JSON writers plus PDF and HTML, by
// file extension — what app/main.cpp hands to the command line and the Export dialog uses.
#pragma once

#include "core/report/report_writers.h"

namespace advisor::ui {

ReportWriters guiReportWriters();

} // namespace advisor::ui
