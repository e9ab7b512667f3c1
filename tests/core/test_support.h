// Helpers shared by the core tests: the test data folder and small knowledge-base builders.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace advisor::test {

std::string dataPath(const std::string& relative);
// A test knowledge base the build made from tests/data/kb-patches (or kept whole).
std::string kbPath(const std::string& name);
std::string readFile(const std::string& path);

// The shipped knowledge base as JSON, to mutate in tests.
nlohmann::json shippedKnowledgeBaseJson();

// Parses answers given inline, failing the test on an error.
AnswerSet answersFrom(const KnowledgeBase& kb, const nlohmann::json& json);

// A knowledge base with a third alternative ("go"), rated on every evidence item.
KnowledgeBase threeAlternativeKnowledgeBase();

// The answers files under tests/data/answers, by file name ("realtime-chat-js.json").
std::vector<std::string> scenarioFileNames();
AnswerSet scenarioAnswers(const KnowledgeBase& kb, const std::string& fileName);

// One answer set per option of every question, each answering only that question (a multi
// question gets that option alone).
std::vector<AnswerSet> singleOptionAnswerSets(const KnowledgeBase& kb);

// A random answer set: each question left unanswered with probability 1/4, otherwise one
// option (single) or a random subset (multi). std::mt19937's output is fixed by the standard,
// and only its raw output is used, so a seed gives the same sets on every platform.
AnswerSet randomAnswerSet(const KnowledgeBase& kb, std::mt19937& rng);

// A fresh empty directory under the system temp folder, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // Writes `content` to a file in the directory and returns its full path.
    [[nodiscard]] std::string write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

} // namespace advisor::test
