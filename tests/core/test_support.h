// Helpers shared by the core tests: the test data folder and small knowledge-base builders.
#pragma once

#include "core/answers.h"
#include "core/knowledge_base.h"

#include <nlohmann/json.hpp>
#include <string>

namespace advisor::test {

std::string dataPath(const std::string& relative);
std::string readFile(const std::string& path);

// The shipped knowledge base as JSON, to mutate in tests.
nlohmann::json shippedKnowledgeBaseJson();

// Parses answers given inline, failing the test on an error.
AnswerSet answersFrom(const KnowledgeBase& kb, const nlohmann::json& json);

// A knowledge base with a third alternative ("go"), rated on every evidence item.
KnowledgeBase threeAlternativeKnowledgeBase();

} // namespace advisor::test
