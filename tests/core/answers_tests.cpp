// The answers file: what it accepts, how it resolves ids, and one exact JSON pointer for every
// kind of mistake a user can make in it.
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace advisor;
using nlohmann::json;

namespace {

std::size_t q(const KnowledgeBase& kb, const char* id) {
    return *kb.questionIndex(id);
}
std::size_t o(const KnowledgeBase& kb, const char* question, const char* option) {
    return *kb.questions[q(kb, question)].optionIndex(option);
}

json allPairs() {
    return {{"performance/scalability", 3}, {"performance/ecosystem", 5},
            {"performance/use_case", 1},    {"scalability/ecosystem", 2},
            {"scalability/use_case", 0.5},  {"ecosystem/use_case", 1.0 / 3.0}};
}

} // namespace

TEST_CASE("parseAnswers resolves ids, defaults and overrides", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    const auto set = test::answersFrom(
        kb,
        {{"$schema", "x"},
         {"title", "Chat"},
         {"notes", "free text"},
         {"answers",
          {{"app_type", {"api", "chat", "iot"}}, {"concurrency", "massive"}, {"team", nullptr}}},
         {"weights", {{"performance", 2}, {"scalability", 2}}}});
    CHECK(set.title == "Chat");
    CHECK(set.notes == "free text");
    REQUIRE(set.choices.size() == kb.questions.size());
    // A multi-choice answer is kept sorted by option index, whatever order the file used.
    CHECK(*set.choices[q(kb, "app_type")] == std::vector<std::size_t>{o(kb, "app_type", "chat"),
                                                                      o(kb, "app_type", "iot"),
                                                                      o(kb, "app_type", "api")});
    CHECK(*set.choices[q(kb, "concurrency")] ==
          std::vector<std::size_t>{o(kb, "concurrency", "massive")});
    // null means unanswered: the default applies.
    CHECK_FALSE(set.answered(q(kb, "team")));
    CHECK(set.effective(kb, q(kb, "team")) == std::vector<std::size_t>{o(kb, "team", "both")});
    CHECK_FALSE(set.answered(q(kb, "latency")));
    REQUIRE(set.weights.has_value());
    CHECK(*set.weights == std::vector<double>{0.5, 0.5, 0.0, 0.0});
    CHECK_FALSE(set.pairwise.has_value());
}

TEST_CASE("an empty multi-choice answer is an answer, not a default", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    const auto set = test::answersFrom(kb, {{"answers", {{"app_type", json::array()}}}});
    CHECK(set.answered(q(kb, "app_type")));
    CHECK(set.effective(kb, q(kb, "app_type")).empty());
}

TEST_CASE("pairwise judgements fill a reciprocal matrix", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    auto pairs = allPairs();
    pairs.erase("scalability/use_case");
    pairs["use_case/scalability"] = 2; // either order of a pair is accepted
    const auto set = test::answersFrom(kb, {{"answers", json::object()}, {"pairwise", pairs}});
    REQUIRE(set.pairwise.has_value());
    const auto& m = set.pairwise->matrix;
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(m[i][i] == 1.0);
        for (std::size_t j = 0; j < 4; ++j)
            CHECK(m[i][j] * m[j][i] == Approx(1.0).margin(1e-12));
    }
    CHECK(m[0][1] == 3.0);
    CHECK(m[1][3] == 0.5);
    CHECK(m[3][1] == 2.0);
    CHECK(m[2][3] == Approx(1.0 / 3.0).margin(1e-15));
}

TEST_CASE("1/9 written with three decimals is taken as 1/9", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    auto pairs = allPairs();
    pairs["performance/scalability"] = 0.111;
    const auto set = test::answersFrom(kb, {{"answers", json::object()}, {"pairwise", pairs}});
    REQUIRE(set.pairwise.has_value());
    CHECK(set.pairwise->matrix[0][1] == Approx(1.0 / 9.0).margin(1e-15));
    CHECK(set.pairwise->matrix[1][0] == Approx(9.0).margin(1e-12));
}

TEST_CASE("answer mistakes name the exact field", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    struct Case {
        const char* name;
        json input;
        const char* field;
        const char* message;
    };
    auto pairsWithout = [](const char* key) {
        auto p = allPairs();
        p.erase(key);
        return p;
    };
    auto pairsWith = [](const char* key, json value) {
        auto p = allPairs();
        p[key] = std::move(value);
        return p;
    };
    const Case cases[] = {
        {"not an object", json::array(), "/", "expected an object, got an array"},
        {"answers missing", json::object(), "/answers", "is missing"},
        {"answers not an object", {{"answers", json::array()}}, "/answers", "expected an object"},
        {"unknown top-level field",
         {{"answers", json::object()}, {"colour", 1}},
         "/colour",
         "unknown field"},
        {"unknown question",
         {{"answers", {{"language", "go"}}}},
         "/answers/language",
         "unknown question \"language\""},
        {"unknown option lists the valid ones",
         {{"answers", {{"concurrency", "huge"}}}},
         "/answers/concurrency",
         "unknown option \"huge\", expected one of: low, medium, high, massive"},
        {"unknown option in a multi answer",
         {{"answers", {{"app_type", {"chat", "games"}}}}},
         "/answers/app_type/1",
         "unknown option \"games\""},
        {"number for a single answer",
         {{"answers", {{"concurrency", 3}}}},
         "/answers/concurrency",
         "expected one option id as a string"},
        {"array for a single answer",
         {{"answers", {{"team", {"python"}}}}},
         "/answers/team",
         "expected one option id as a string"},
        {"string for a multi answer",
         {{"answers", {{"app_type", "chat"}}}},
         "/answers/app_type",
         "expected an array of option ids"},
        {"number inside a multi answer",
         {{"answers", {{"app_type", {"chat", 7}}}}},
         "/answers/app_type/1",
         "expected a string"},
        {"duplicate in a multi answer",
         {{"answers", {{"app_type", {"ml", "chat", "ml"}}}}},
         "/answers/app_type/2",
         "option chosen twice"},
        {"title too long",
         {{"title", std::string(kMaxTitleBytes + 1, 'x')}, {"answers", json::object()}},
         "/title",
         "expected at most 500"},
        {"title not a string",
         {{"title", 5}, {"answers", json::object()}},
         "/title",
         "expected a string"},
        {"notes too long",
         {{"notes", std::string(kMaxNotesBytes + 1, 'x')}, {"answers", json::object()}},
         "/notes",
         "expected at most 65536"},
        {"weights and pairwise both given",
         {{"answers", json::object()}, {"weights", {{"performance", 1}}}, {"pairwise", allPairs()}},
         "/pairwise",
         "not both"},
        {"weights not an object",
         {{"answers", json::object()}, {"weights", {1, 2}}},
         "/weights",
         "expected an object"},
        {"negative weight",
         {{"answers", json::object()}, {"weights", {{"performance", -0.1}}}},
         "/weights/performance",
         "expected a number from 0 to"},
        {"weight as a string",
         {{"answers", json::object()}, {"weights", {{"ecosystem", "1"}}}},
         "/weights/ecosystem",
         "expected a number"},
        {"unknown criterion in weights",
         {{"answers", json::object()}, {"weights", {{"speed", 1}}}},
         "/weights/speed",
         "unknown criterion \"speed\""},
        {"all-zero weights",
         {{"answers", json::object()}, {"weights", {{"performance", 0}, {"use_case", 0}}}},
         "/weights",
         "expected at least one weight above 0"},
        {"empty weights",
         {{"answers", json::object()}, {"weights", json::object()}},
         "/weights",
         "expected at least one weight above 0"},
        {"missing pair",
         {{"answers", json::object()}, {"pairwise", pairsWithout("ecosystem/use_case")}},
         "/pairwise",
         "missing the judgement \"ecosystem/use_case\""},
        {"judgement above 9",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance/scalability", 10)}},
         "/pairwise/performance~1scalability",
         "Saaty's scale"},
        {"judgement below 1/9",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance/scalability", 0.1)}},
         "/pairwise/performance~1scalability",
         "Saaty's scale"},
        {"judgement just below 1/9 beyond rounding",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance/scalability", 0.11)}},
         "/pairwise/performance~1scalability",
         "Saaty's scale"},
        {"judgement of zero",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance/ecosystem", 0)}},
         "/pairwise/performance~1ecosystem",
         "Saaty's scale"},
        {"judgement as a string",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance/ecosystem", "3")}},
         "/pairwise/performance~1ecosystem",
         "expected a number"},
        {"pair judged twice",
         {{"answers", json::object()}, {"pairwise", pairsWith("scalability/performance", 2)}},
         "/pairwise/scalability~1performance",
         "the pair scalability/performance is judged twice"},
        {"pair key without a slash",
         {{"answers", json::object()}, {"pairwise", pairsWith("performance-scalability", 2)}},
         "/pairwise/performance-scalability",
         "naming two different criteria"},
        {"pair of a criterion with itself",
         {{"answers", json::object()}, {"pairwise", pairsWith("ecosystem/ecosystem", 1)}},
         "/pairwise/ecosystem~1ecosystem",
         "naming two different criteria"},
        {"pair with an unknown criterion",
         {{"answers", json::object()}, {"pairwise", pairsWith("speed/ecosystem", 1)}},
         "/pairwise/speed~1ecosystem",
         "naming two different criteria"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto parsed = parseAnswers(c.input, kb, "answers.json");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().file == "answers.json");
        CHECK(parsed.error().field == c.field);
        CHECK_THAT(parsed.error().message, Catch::Contains(c.message));
        CHECK(parsed.error().oneLine().find('\n') == std::string::npos);
    }
}

TEST_CASE("loadAnswers reports file problems with the path", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    test::TempDir dir;
    const auto path = dir.write("a.json", R"({"answers": {"team": "cobol"}})");
    const auto loaded = loadAnswers(path, kb);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().file == path);
    CHECK(loaded.error().field == "/answers/team");
    const auto missing = loadAnswers((dir.path() / "none.json").string(), kb);
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("not found"));
}

TEST_CASE("answersToJson round-trips through text", "[answers]") {
    const auto& kb = builtInKnowledgeBase();
    auto roundTrip = [&](const AnswerSet& original) {
        const auto text = answersToJson(original, kb).dump();
        const auto back = test::answersFrom(kb, json::parse(text));
        CHECK(back.title == original.title);
        CHECK(back.notes == original.notes);
        CHECK(back.choices == original.choices);
        REQUIRE(back.weights.has_value() == original.weights.has_value());
        if (original.weights)
            for (std::size_t c = 0; c < kb.criteria.size(); ++c)
                CHECK((*back.weights)[c] == Approx((*original.weights)[c]).margin(1e-15));
        REQUIRE(back.pairwise.has_value() == original.pairwise.has_value());
        if (original.pairwise)
            for (std::size_t i = 0; i < kb.criteria.size(); ++i)
                for (std::size_t j = 0; j < kb.criteria.size(); ++j)
                    CHECK(back.pairwise->matrix[i][j] ==
                          Approx(original.pairwise->matrix[i][j]).epsilon(1e-14));
    };

    SECTION("every scenario file") {
        for (const auto& name : test::scenarioFileNames()) {
            INFO(name);
            roundTrip(test::scenarioAnswers(kb, name));
        }
    }
    SECTION("random answer sets with text, empty multi answers and overrides") {
        std::mt19937 rng(7);
        for (int i = 0; i < 200; ++i) {
            auto set = test::randomAnswerSet(kb, rng);
            set.title = "Título \"quoted\" #" + std::to_string(i);
            set.notes = "line one\nline two";
            if (i % 3 == 1)
                set.weights = std::vector<double>{0.1, 0.2, 0.3, 0.4};
            if (i % 3 == 2)
                set.pairwise =
                    test::answersFrom(kb, {{"answers", json::object()}, {"pairwise", allPairs()}})
                        .pairwise;
            INFO("set " << i);
            roundTrip(set);
        }
    }
    SECTION("unanswered questions are left out") {
        const auto set =
            test::answersFrom(kb, {{"answers", {{"team", "python"}, {"growth", nullptr}}}});
        const auto out = answersToJson(set, kb);
        CHECK(out["answers"] == json{{"team", "python"}});
    }
}
