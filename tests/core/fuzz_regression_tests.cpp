// Every input a fuzzer ever crashed on, replayed through the path that crashed (issue #6).
// Each file under tests/fuzz/regressions/<target>/ must now be rejected or accepted cleanly.
#include "core/base/json_io.h"
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

namespace {

// The inputs kept for `target`. A missing or empty folder fails the test: a loop over nothing
// would pass while replaying nothing (issue #16).
std::vector<std::filesystem::path> regressionInputs(const std::string& target) {
    const auto dir =
        std::filesystem::path(ADVISOR_TEST_DATA_DIR) / ".." / "fuzz" / "regressions" / target;
    INFO(dir.string());
    REQUIRE(std::filesystem::is_directory(dir));
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    return files;
}

} // namespace

TEST_CASE("Answers inputs that once crashed the fuzzer are handled", "[fuzz][regression]") {
    for (const auto& file : regressionInputs("answers")) {
        INFO(file.string());
        const auto text = advisor::test::readFile(file.string());
        CHECK_NOTHROW([&] {
            auto json = advisor::parseJson(text, file.string());
            if (!json) {
                CHECK(json.error().oneLine().find(file.string()) == 0);
                return;
            }
            auto answers =
                advisor::parseAnswers(*json, advisor::builtInKnowledgeBase(), file.string());
            if (answers)
                (void)advisor::evaluate(advisor::builtInKnowledgeBase(), *answers);
        }());
    }
}

TEST_CASE("Knowledge-base inputs that once crashed the fuzzer are handled", "[fuzz][regression]") {
    for (const auto& file : regressionInputs("knowledge_base")) {
        INFO(file.string());
        CHECK_NOTHROW(
            (void)advisor::parseKnowledgeBase(advisor::test::readFile(file.string()), "kb"));
    }
}
