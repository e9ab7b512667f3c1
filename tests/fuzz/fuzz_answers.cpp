// Fuzzes the answers-file path: JSON parsing with limits, answers validation against the built-in
// knowledge base, and (for inputs that validate) a full evaluation and its JSON rendering.
#include "core/base/json_io.h"
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = advisor::parseJson(text, "fuzz.json");
    if (!json)
        return 0;
    const auto& kb = advisor::builtInKnowledgeBase();
    auto answers = advisor::parseAnswers(*json, kb, "fuzz.json");
    if (!answers)
        return 0;
    advisor::EngineOptions options;
    options.monteCarlo.samples = 200; // keep executions fast; the path is the same
    const auto ev = advisor::evaluate(kb, *answers, options);
    (void)advisor::evaluationToJson(kb, *answers, ev).dump();
    return 0;
}
