// Choosing a report writer by the output file's extension: Markdown and JSON are built in;
// the GUI build adds PDF and HTML.
#pragma once

#include "core/base/error.h"
#include "core/report/report_input.h"

#include <map>
#include <string>

namespace advisor {

using ReportWriters = std::map<std::string, ReportWriter>; // ".md" -> writer

// ".md" and ".json".
ReportWriters builtInReportWriters();

// The extension of `path`, lower-cased, with its dot (".pdf"); empty when there is none.
std::string reportExtension(const std::string& path);

// The writer for `path`, or an error naming the file: an unknown extension, or a format this
// build cannot write (PDF and HTML need the GUI build).
Result<ReportWriter> reportWriterFor(const std::string& path, const ReportWriters& writers);

} // namespace advisor
