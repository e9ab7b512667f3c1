#include "test_support.h"

#include "core/knowledge_base_loader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace advisor::test {

std::string dataPath(const std::string& relative) {
    return std::string(ADVISOR_TEST_DATA_DIR) + "/" + relative;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

nlohmann::json shippedKnowledgeBaseJson() { return nlohmann::json::parse(readFile(ADVISOR_KB_JSON_PATH)); }

AnswerSet answersFrom(const KnowledgeBase& kb, const nlohmann::json& json) {
    auto parsed = parseAnswers(json, kb, "inline");
    INFO((parsed ? std::string() : parsed.error().oneLine()));
    REQUIRE(parsed.ok());
    return std::move(parsed).value();
}

KnowledgeBase threeAlternativeKnowledgeBase() {
    auto json = shippedKnowledgeBaseJson();
    json["alternatives"].push_back(
        {{"id", "go"}, {"name", "Go"}, {"color", "#00add8"}, {"summary", "test alternative"}});
    for (auto& e : json["evidence"]) {
        // Go sits between the two on every item, slightly above average on performance.
        const double n = e["ratings"]["nodejs"];
        const double p = e["ratings"]["python"];
        e["ratings"]["go"] = (n + p) / 2.0 + (e["criterion"] == "performance" ? 0.5 : 0.0);
        if (e.contains("figure") && e["figure"].contains("values"))
            e["figure"]["values"]["go"] = 1.0;
    }
    auto kb = parseKnowledgeBase(json.dump(), "three-alternatives");
    INFO((kb ? std::string() : kb.error().oneLine()));
    REQUIRE(kb.ok());
    return std::move(kb).value();
}

} // namespace advisor::test
