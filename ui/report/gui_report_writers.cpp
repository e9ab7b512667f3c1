#include "ui/report/gui_report_writers.h"

#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"

namespace advisor::ui {

ReportWriters guiReportWriters() {
    ReportWriters writers = builtInReportWriters();
    writers[".pdf"] = &writePdfReport;
    writers[".html"] = &writeHtmlReport;
    return writers;
}

} // namespace advisor::ui
