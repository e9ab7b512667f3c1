// The JSON report: a versioned, self-describing record of one evaluation that re-imports to
// the same result (`backend-advisor evaluate REPORT.json`).
//
//   {"format": "backend-advisor/report", "format_version": 1, "generated_by": "...",
//    "generated_at": "2025-04-24T09:30:00Z",
//    "input": <answersToJson>, "settings": {"seed": 42, "samples": 10000},
//    "knowledge_base": {"version": "...", "hash": "sha256:..."},
//    "result": <evaluationToJson>}
#pragma once

#include "core/base/error.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/sensitivity.h"
#include "core/report/report_input.h"

#include <nlohmann/json.hpp>
#include <string>

namespace advisor {

inline constexpr const char* kJsonReportFormat = "backend-advisor/report";
inline constexpr int kJsonReportFormatVersion = 1;

nlohmann::ordered_json jsonReport(const ReportInput& input);
// The file's text: jsonReport indented by two, with a final newline.
std::string jsonReportText(const ReportInput& input);
Status writeJsonReport(const ReportInput& input, const std::string& path);

// True when `json` declares itself a report ("format": "backend-advisor/report"), whatever
// its version; parseJsonReport then says what is wrong with it, if anything.
bool isJsonReport(const nlohmann::json& json);

// What a report needs to be evaluated again.
struct LoadedReport {
    AnswerSet answers;
    MonteCarloSettings settings;
    std::string kbVersion; // the knowledge base the report was made with
    std::string kbHash;
    nlohmann::json result; // the result recorded in the report
};

// Validates a report against `kb` (the one it will be re-evaluated with); errors name `file`
// and the JSON pointer of the field ("/input/answers/latency", "/settings/seed").
Result<LoadedReport> parseJsonReport(const nlohmann::json& json, const KnowledgeBase& kb,
                                     const std::string& file);

} // namespace advisor
