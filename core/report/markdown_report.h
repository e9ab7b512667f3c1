// The Markdown decision record: an ADR-style document a team commits next to its code, saying
// what was decided, on what answers, why (with citations), how stable it is and what it costs.
#pragma once

#include "core/base/error.h"
#include "core/report/report_input.h"

#include <string>
#include <string_view>

namespace advisor {

std::string markdownReport(const ReportInput& input);
Status writeMarkdownReport(const ReportInput& input, const std::string& path);

// Makes text safe to place in Markdown as plain text: backslash-escapes every character that
// could start emphasis, code, a link, an image, raw HTML, an entity or a table cell, and the
// line starts that open headings, lists or quotes. Control characters are dropped and leading
// spaces trimmed so no line turns into a code block. Keeps line breaks.
std::string escapeMarkdown(std::string_view text);

// escapeMarkdown for a single line (headings, table cells): line breaks become spaces.
std::string escapeMarkdownLine(std::string_view text);

} // namespace advisor
