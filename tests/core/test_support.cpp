#include "test_support.h"

#include "core/kb/knowledge_base_loader.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace advisor::test {

std::string dataPath(const std::string& relative) {
    return std::string(ADVISOR_TEST_DATA_DIR) + "/" + relative;
}

std::string kbPath(const std::string& name) {
    return std::string(ADVISOR_TEST_KB_DIR) + "/" + name;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

nlohmann::json shippedKnowledgeBaseJson() {
    return nlohmann::json::parse(readFile(ADVISOR_KB_JSON_PATH));
}

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
        e["ratings"]["go"] = (n + p) / 2.0 + (e["criterion"] == "performance" ? 0.4 : 0.0);
        if (e.contains("figure") && e["figure"].contains("values"))
            e["figure"]["values"]["go"] = 1.0;
    }
    auto kb = parseKnowledgeBase(json.dump(), "three-alternatives");
    INFO((kb ? std::string() : kb.error().oneLine()));
    REQUIRE(kb.ok());
    return std::move(kb).value();
}

std::vector<std::string> scenarioFileNames() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dataPath("answers")))
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

AnswerSet scenarioAnswers(const KnowledgeBase& kb, const std::string& fileName) {
    auto loaded = loadAnswers(dataPath("answers/" + fileName), kb);
    INFO((loaded ? std::string() : loaded.error().oneLine()));
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
}

std::vector<AnswerSet> singleOptionAnswerSets(const KnowledgeBase& kb) {
    std::vector<AnswerSet> sets;
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        for (std::size_t o = 0; o < kb.questions[q].options.size(); ++o) {
            auto set = AnswerSet::empty(kb);
            set.choices[q] = std::vector<std::size_t>{o};
            sets.push_back(std::move(set));
        }
    return sets;
}

AnswerSet randomAnswerSet(const KnowledgeBase& kb, std::mt19937& rng) {
    auto set = AnswerSet::empty(kb);
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        if (rng() % 4 == 0)
            continue;
        const auto& question = kb.questions[q];
        std::vector<std::size_t> chosen;
        if (question.kind == QuestionKind::Single) {
            chosen.push_back(rng() % question.options.size());
        } else {
            for (std::size_t o = 0; o < question.options.size(); ++o)
                if (rng() % 3 == 0)
                    chosen.push_back(o);
        }
        set.choices[q] = std::move(chosen);
    }
    return set;
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("advisor-tests-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
    const auto file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << content;
    return file.string();
}

} // namespace advisor::test
