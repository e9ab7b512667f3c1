// The PDF and HTML reports' "Who answered, and where they differ" section for a group
// decision, rendered from what core/report_content decided (the same as the Markdown record).
#pragma once

#include "core/report/report_content.h"
#include "core/report/report_input.h"

#include <QString>

namespace advisor::ui {

// Empty for a one-person decision.
QString reportGroupHtml(const ReportInput& input, const ReportContent& content);

} // namespace advisor::ui
