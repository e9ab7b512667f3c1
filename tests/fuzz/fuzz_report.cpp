// Fuzzes the JSON report reader (`evaluate REPORT.json`): parsing with limits, report
// validation against the built-in knowledge base, and re-evaluation of what validates.
#include "core/base/json_io.h"
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/report/json_report.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = advisor::parseJson(text, "fuzz-report.json");
    if (!json || !advisor::isJsonReport(*json))
        return 0;
    const auto& kb = advisor::builtInKnowledgeBase();
    auto report = advisor::parseJsonReport(*json, kb, "fuzz-report.json");
    if (!report)
        return 0;
    advisor::EngineOptions options;
    options.monteCarlo = report->settings;
    // A report may ask for a million samples; the fuzzer needs fast executions, not that.
    options.monteCarlo.samples = std::min<std::size_t>(options.monteCarlo.samples, 200);
    (void)advisor::evaluate(kb, report->answers, options);
    return 0;
}
