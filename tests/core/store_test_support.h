// Helpers for the decision store, report and crash-safety tests: a temporary folder per test,
// a fixed clock, and decisions evaluated from the shared answers files.
#pragma once

#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/store/decision_store.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace advisor::test {

// A fresh folder under the system temp folder, removed with everything in it at the end.
class TempFolder {
public:
    TempFolder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "advisor-store-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    REQUIRE(out.good());
}

// 2025-04-24T09:30:00Z, the article's date.
inline std::chrono::system_clock::time_point fixedTime() {
    using namespace std::chrono;
    return sys_days{year{2025} / April / 24} + hours{9} + minutes{30};
}

inline StoreOptions fixedClockOptions() {
    StoreOptions options;
    options.clock = [] {
        return fixedTime();
    };
    return options;
}

inline DecisionStore openStore(const std::string& path,
                               StoreOptions options = fixedClockOptions()) {
    auto store = DecisionStore::open(path, std::move(options));
    INFO((store ? std::string() : store.error().oneLine()));
    REQUIRE(store.ok());
    return std::move(store).value();
}

inline AnswerSet loadTestAnswers(const std::string& name) {
    auto answers = loadAnswers(dataPath("answers/" + name), builtInKnowledgeBase());
    INFO((answers ? std::string() : answers.error().oneLine()));
    REQUIRE(answers.ok());
    return std::move(answers).value();
}

// A decision evaluated from tests/data/answers/<name> with the given Monte Carlo settings.
inline Decision decisionFromAnswers(const std::string& name, MonteCarloSettings settings = {}) {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = loadTestAnswers(name);
    EngineOptions options;
    options.monteCarlo = settings;
    return makeDecision(kb, answers, evaluate(kb, answers, options), settings);
}

} // namespace advisor::test
