#include "core/report/report_writers.h"

#include "core/report/json_report.h"
#include "core/report/markdown_report.h"

#include <filesystem>

namespace advisor {

ReportWriters builtInReportWriters() {
    return {{".md", &writeMarkdownReport}, {".json", &writeJsonReport}};
}

std::string reportExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

Result<ReportWriter> reportWriterFor(const std::string& path, const ReportWriters& writers) {
    const auto ext = reportExtension(path);
    if (const auto it = writers.find(ext); it != writers.end() && it->second)
        return it->second;
    if (ext == ".pdf" || ext == ".html")
        return Error{path, "--report",
                     "this build cannot write " + std::string(ext == ".pdf" ? "PDF" : "HTML") +
                         " reports (it has no GUI); use .md or .json"};
    std::string known;
    for (const char* e : {".pdf", ".html", ".md", ".json"})
        known += (known.empty() ? "" : ", ") + std::string(e);
    return Error{
        path, "--report",
        (ext.empty() ? std::string("no file extension") : "unknown report type \"" + ext + "\"") +
            ", expected one of: " + known};
}

} // namespace advisor
