// Fuzzes the knowledge-base loader (structure and semantic validation) and, when a mutated
// knowledge base is accepted, evaluates the empty answer set against it.
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto kb = advisor::parseKnowledgeBase(text, "fuzz-kb.json");
    if (!kb)
        return 0;
    advisor::EngineOptions options;
    options.monteCarlo.samples = 100;
    (void)advisor::evaluate(*kb, advisor::AnswerSet::empty(*kb), options);
    return 0;
}
