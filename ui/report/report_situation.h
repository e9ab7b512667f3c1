// The PDF and HTML reports' "Your situation" section: the two lenses, where situation_counts
// would flip the winner, a group's disputed facts, and the team's own facts with their sources
// (the same as the Markdown record's section, from what core/report_content decided).
#pragma once

#include "core/report/report_content.h"
#include "core/report/report_input.h"

#include <QString>

namespace advisor::ui {

QString reportSituationHtml(const ReportInput& input, const ReportContent& content);

} // namespace advisor::ui
