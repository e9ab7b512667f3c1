#include "core/report/json_report.h"

#include "core/base/atomic_file.h"
#include "core/base/iso_time.h"
#include "core/base/json_io.h"
#include "core/engine/evaluation_json.h"

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

std::uint64_t unsignedIn(const JsonCursor& cursor, std::uint64_t low, std::uint64_t high) {
    const auto& value = cursor.json();
    if (!value.is_number_integer() || (!value.is_number_unsigned() && value.get<long long>() < 0))
        cursor.fail("expected a whole number from " + std::to_string(low) + " to " +
                    std::to_string(high) + ", got " + describeValue(value));
    const auto n = value.get<std::uint64_t>();
    if (n < low || n > high)
        cursor.fail("expected a whole number from " + std::to_string(low) + " to " +
                    std::to_string(high) + ", got " + std::to_string(n));
    return n;
}

// The report's own fields; the input is checked separately so its errors keep their pointers.
LoadedReport parseEnvelope(const JsonCursor& root) {
    root.allowOnly({"$schema", "format", "format_version", "generated_by", "generated_at", "input",
                    "settings", "knowledge_base", "result"});
    const auto format = root.at("format");
    if (format.string() != kJsonReportFormat)
        format.fail(std::string("expected \"") + kJsonReportFormat + "\"");
    const auto version = root.at("format_version");
    const auto v = version.integer();
    if (v > kJsonReportFormatVersion)
        version.fail("the report is format version " + std::to_string(v) +
                     ", newer than this build reads (" + std::to_string(kJsonReportFormatVersion) +
                     "); update Backend Advisor");
    if (v < 1)
        version.fail("expected " + std::to_string(kJsonReportFormatVersion));

    LoadedReport report;
    const auto settings = root.at("settings");
    settings.allowOnly({"seed", "samples"});
    report.settings.seed = unsignedIn(settings.at("seed"), 0, UINT64_MAX);
    report.settings.samples =
        static_cast<std::size_t>(unsignedIn(settings.at("samples"), 1, 1'000'000));
    const auto kb = root.at("knowledge_base");
    report.kbVersion = kb.at("version").nonEmptyString();
    report.kbHash = kb.at("hash").nonEmptyString();
    root.at("input").expectObject();
    root.at("result").expectObject();
    report.result = root.at("result").json();
    return report;
}

} // namespace

Json jsonReport(const ReportInput& input) {
    Json out;
    out["format"] = kJsonReportFormat;
    out["format_version"] = kJsonReportFormatVersion;
    out["generated_by"] = generatorName();
    out["generated_at"] = isoUtcTimestamp(input.generatedAt);
    out["input"] = answersToJson(input.answers, input.kb);
    out["settings"] = Json{{"seed", input.settings.seed}, {"samples", input.settings.samples}};
    out["knowledge_base"] = Json{{"version", input.kb.version}, {"hash", input.kb.hash}};
    out["result"] = evaluationToJson(input.kb, input.answers, input.evaluation);
    return out;
}

std::string jsonReportText(const ReportInput& input) {
    return jsonReport(input).dump(2) + "\n";
}

Status writeJsonReport(const ReportInput& input, const std::string& path) {
    return writeFileAtomically(path, jsonReportText(input));
}

bool isJsonReport(const nlohmann::json& json) {
    if (!json.is_object())
        return false;
    const auto it = json.find("format");
    return it != json.end() && it->is_string() && it->get<std::string>() == kJsonReportFormat;
}

Result<LoadedReport> parseJsonReport(const nlohmann::json& json, const KnowledgeBase& kb,
                                     const std::string& file) {
    LoadedReport report;
    try {
        report = parseEnvelope(JsonCursor(json, ""));
    } catch (const FieldError& e) {
        return Error{file, e.field, e.what()};
    }
    auto answers = parseAnswers(json.at("input"), kb, file);
    if (!answers) {
        auto error = answers.error();
        error.field = "/input" + (error.field == "/" ? std::string() : error.field);
        return error;
    }
    report.answers = std::move(answers).value();
    return report;
}

} // namespace advisor
