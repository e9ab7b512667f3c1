// The knowledge base: the shipped file's content and identity, and a table of broken variants
// of it, each refused with the exact JSON pointer of what is wrong.
#include "core/base/sha256.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/kb/score_model.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <functional>
#include <regex>
#include <set>

using namespace advisor;
using nlohmann::json;

namespace {

const std::string kArticle = "Node.js vs Python Backend: Which One Should You Choose?";

json& at(json& j, const char* pointer) {
    return j[json::json_pointer(pointer)];
}

void erase(json& j, const std::string& pointer) {
    const auto slash = pointer.rfind('/');
    auto& parent = j[json::json_pointer(pointer.substr(0, slash))];
    parent.erase(pointer.substr(slash + 1));
}

std::size_t evidenceIndex(const json& kb, const std::string& id) {
    for (std::size_t i = 0; i < kb["evidence"].size(); ++i)
        if (kb["evidence"][i]["id"] == id)
            return i;
    FAIL("no evidence item " << id);
    return 0;
}

std::size_t questionIndex(const json& kb, const std::string& id) {
    for (std::size_t i = 0; i < kb["questions"].size(); ++i)
        if (kb["questions"][i]["id"] == id)
            return i;
    FAIL("no question " << id);
    return 0;
}

} // namespace

TEST_CASE("the shipped knowledge base loads with the spec's structure", "[kb]") {
    const auto loaded = loadKnowledgeBase(ADVISOR_KB_JSON_PATH);
    INFO((loaded ? std::string() : loaded.error().oneLine()));
    REQUIRE(loaded.ok());
    const auto& kb = *loaded;
    CHECK(kb.format == 3);
    CHECK(std::regex_match(kb.version, std::regex(R"(\d{4}\.\d{2}\.\d+)")));
    CHECK(std::regex_match(kb.hash, std::regex("sha256:[0-9a-f]{64}")));

    REQUIRE(kb.alternatives.size() == 2);
    CHECK(kb.alternatives[0].id == "nodejs");
    CHECK(kb.alternatives[1].id == "python");
    REQUIRE(kb.criteria.size() == 4);
    const char* criteria[] = {"performance", "scalability", "ecosystem", "use_case"};
    for (std::size_t c = 0; c < 4; ++c)
        CHECK(kb.criteria[c].id == criteria[c]);
    CHECK(kb.evidence.size() >= 12);

    // Section 4 of the spec: stable question ids, kinds and option ids.
    struct Expected {
        const char* id;
        QuestionKind kind;
        std::vector<std::string> options;
    };
    const Expected questions[] = {
        {"app_type",
         QuestionKind::Multi,
         {"chat", "streaming", "collaboration", "iot", "api", "ml", "data", "automation", "compute",
          "crud"}},
        {"concurrency", QuestionKind::Single, {"low", "medium", "high", "massive"}},
        {"latency", QuestionKind::Single, {"relaxed", "interactive", "realtime"}},
        {"workload", QuestionKind::Single, {"io", "mixed", "cpu"}},
        {"ml_libraries", QuestionKind::Single, {"none", "some", "core"}},
        {"team", QuestionKind::Single, {"javascript", "python", "both", "neither"}},
        {"time_to_market", QuestionKind::Single, {"urgent", "normal", "flexible"}},
        {"architecture", QuestionKind::Single, {"monolith", "microservices", "serverless"}},
        {"fullstack_js", QuestionKind::Single, {"yes", "no"}},
        {"growth", QuestionKind::Single, {"stable", "steady", "rapid"}},
        // Added after the first release: the article's "Making the Right Choice".
        {"priority", QuestionKind::Single, {"speed", "algorithms", "first_version", "none"}},
        // Issue #20: the team's situation, apart from the article's criteria.
        {"existing_code", QuestionKind::Single, {"none", "node", "python", "both"}},
        {"org_standard", QuestionKind::Single, {"none", "node", "python"}},
    };
    REQUIRE(kb.questions.size() == std::size(questions));
    for (const auto& expected : questions) {
        INFO(expected.id);
        const auto qi = kb.questionIndex(expected.id);
        REQUIRE(qi.has_value());
        const auto& q = kb.questions[*qi];
        CHECK(q.kind == expected.kind);
        std::vector<std::string> options;
        for (const auto& o : q.options)
            options.push_back(o.id);
        CHECK(options == expected.options);
        // A single-choice question has exactly one default.
        if (q.kind == QuestionKind::Single)
            CHECK(q.defaultOptions.size() == 1);
    }
}

TEST_CASE("every evidence item quotes the article or says it comes from outside it", "[kb]") {
    const auto& kb = builtInKnowledgeBase();
    std::size_t outside = 0;
    for (const auto& e : kb.evidence) {
        INFO(e.id);
        CHECK(e.ratings.size() == kb.alternatives.size());
        CHECK(e.summary.size() > 20);
        if (e.source.outsideArticle) {
            ++outside;
            CHECK(e.source.title != kArticle);
            CHECK_THAT(e.source.url, Catch::StartsWith("https://"));
            continue;
        }
        CHECK(e.source.title == kArticle);
        CHECK(e.source.date == "2025-04-24");
        CHECK_FALSE(e.source.section.empty());
        CHECK(e.source.quote.size() >= 20);
        // The paraphrase is ours: it never repeats the quote.
        CHECK(e.summary.find(e.source.quote) == std::string::npos);
    }
    // The article's lens rests on the article alone: what it does not cover (the team's skills,
    // code, standard, front end) is the situation's, apart from the criteria.
    CHECK(outside == 0);
    for (const auto& h : kb.hybrids)
        CHECK(h.source.outsideArticle);
}

TEST_CASE("the situation's facts rest on named sources outside the article", "[kb][issue20]") {
    const auto& kb = builtInKnowledgeBase();
    REQUIRE_FALSE(kb.situation.empty());
    CHECK(kb.situation.cap > 0.0);
    CHECK(kb.situation.cap < kClearMargin);
    CHECK(kb.situation.defaultCounts == 1.0);
    std::set<std::string> questions;
    for (const auto& f : kb.situation.facts) {
        INFO(f.id);
        CHECK(f.source.outsideArticle);
        CHECK(f.source.title != kArticle);
        CHECK_THAT(f.source.url, Catch::StartsWith("https://"));
        CHECK(f.strength > 0.0);
        CHECK(f.strength < 1.0);
        CHECK_FALSE(f.shortName.empty());
        CHECK(kb.questions[f.question].situation);
        questions.insert(kb.questions[f.question].id);
    }
    CHECK(questions ==
          std::set<std::string>{"existing_code", "org_standard", "team", "fullstack_js"});
    // Situation questions move none of the article's criteria.
    for (const auto& q : kb.questions)
        if (q.situation)
            for (const auto& o : q.options)
                CHECK_FALSE(hasEffects(o));
}

TEST_CASE("one claim counts once: no two items rest on overlapping words", "[kb]") {
    const auto& kb = builtInKnowledgeBase();
    for (std::size_t i = 0; i < kb.evidence.size(); ++i)
        for (std::size_t j = i + 1; j < kb.evidence.size(); ++j) {
            const auto& a = kb.evidence[i].source.quote;
            const auto& b = kb.evidence[j].source.quote;
            if (a.empty() || b.empty())
                continue;
            INFO(kb.evidence[i].id << " and " << kb.evidence[j].id);
            CHECK(a.find(b) == std::string::npos);
            CHECK(b.find(a) == std::string::npos);
        }
}

TEST_CASE("the figures keep the article's numbers and ranges", "[kb]") {
    const auto& kb = builtInKnowledgeBase();
    auto figure = [&](const char* id) -> const Figure& {
        const auto e = kb.evidenceIndex(id);
        REQUIRE(e.has_value());
        REQUIRE(kb.evidence[*e].figure.has_value());
        return *kb.evidence[*e].figure;
    };
    const auto& throughput = figure("throughput_figures").values;
    REQUIRE(throughput.size() == 2);
    CHECK(throughput[0].low == 40000);
    CHECK(throughput[1].low == 10000);
    CHECK_FALSE(throughput[0].isRange());
    CHECK_THAT(figure("throughput_figures").text, Catch::Contains("Up to 40,000"));
    CHECK_THAT(figure("throughput_figures").text, Catch::Contains("around 10,000"));
    // "2 to 3 times less time": a range, not a midpoint.
    const auto& jsonTime = figure("json_response_time");
    CHECK(jsonTime.lowerIsBetter);
    CHECK(jsonTime.values[0].low == 1.0);
    CHECK(jsonTime.values[1].isRange());
    CHECK(jsonTime.values[1].low == 2.0);
    CHECK(jsonTime.values[1].high == 3.0);
    CHECK_THAT(figure("npm_packages").text, Catch::Contains("1.3 million"));
    CHECK_THAT(figure("python_data_libraries").text, Catch::Contains("TensorFlow"));
    CHECK_THAT(figure("netflix_paypal").text, Catch::Contains("Netflix"));
    CHECK_THAT(figure("netflix_paypal").text, Catch::Contains("PayPal"));
}

TEST_CASE("the knowledge base takes no side before the answers", "[kb]") {
    const auto& kb = builtInKnowledgeBase();
    // Every claim waits for an answer that makes it apply, and no question's default applies any.
    for (const auto& e : kb.evidence) {
        INFO(e.id);
        CHECK(e.baseRelevance == 0.0);
    }
    for (const auto& q : kb.questions)
        for (auto d : q.defaultOptions) {
            INFO(q.id);
            CHECK(q.options[d].effects.emphasis.empty());
            CHECK_FALSE(movesWeights(q.options[d]));
        }
    for (std::size_t c = 1; c < kb.criteria.size(); ++c)
        CHECK(kb.criteria[c].baseWeight == kb.criteria[0].baseWeight);
}

TEST_CASE("the embedded knowledge base is data/knowledge-base.json byte for byte", "[kb]") {
    const auto file = test::readFile(ADVISOR_KB_JSON_PATH);
    REQUIRE_FALSE(file.empty());
    CHECK(builtInKnowledgeBaseJson() == file);
    // The hash the build computed is the one the loader computes from the file at run time.
    const auto loaded = loadKnowledgeBase(ADVISOR_KB_JSON_PATH);
    REQUIRE(loaded.ok());
    CHECK(builtInKnowledgeBaseHash() == loaded->hash);
    CHECK(builtInKnowledgeBase().hash == loaded->hash);
}

TEST_CASE("the content hash ignores formatting and key order but not content", "[kb]") {
    const auto text = test::readFile(ADVISOR_KB_JSON_PATH);
    const auto original = parseKnowledgeBase(text, "kb");
    REQUIRE(original.ok());
    // The documented canonical form: sha256 of the compact dump with sorted keys.
    CHECK(original->hash == "sha256:" + sha256Hex(json::parse(text).dump()));

    const auto parsed = json::parse(text);
    const auto ordered = nlohmann::ordered_json::parse(text);
    // The same content with the members of every object in reverse order.
    std::function<nlohmann::ordered_json(const nlohmann::ordered_json&)> reversed =
        [&](const nlohmann::ordered_json& j) {
            if (j.is_array()) {
                auto out = nlohmann::ordered_json::array();
                for (const auto& x : j)
                    out.push_back(reversed(x));
                return out;
            }
            if (!j.is_object())
                return j;
            auto out = nlohmann::ordered_json::object();
            std::vector<std::string> keys;
            for (const auto& [k, v] : j.items())
                keys.push_back(k);
            for (auto it = keys.rbegin(); it != keys.rend(); ++it)
                out[*it] = reversed(j.at(*it));
            return out;
        };
    const std::string variants[] = {parsed.dump(), parsed.dump(4), parsed.dump(1, '\t'),
                                    "\n\n  " + ordered.dump(2) + "\r\n", reversed(ordered).dump(3)};
    for (const auto& variant : variants) {
        REQUIRE(variant != text);
        const auto kb = parseKnowledgeBase(variant, "variant");
        REQUIRE(kb.ok());
        CHECK(kb->hash == original->hash);
    }

    auto changed = parsed;
    at(changed, "/evidence/0/summary") = parsed["evidence"][0]["summary"].get<std::string>() + ".";
    CHECK(parseKnowledgeBase(changed.dump(2), "changed")->hash != original->hash);
    changed = parsed;
    at(changed, "/evidence/0/ratings/nodejs") = 8;
    CHECK(parseKnowledgeBase(changed.dump(2), "changed")->hash != original->hash);
}

TEST_CASE("a third alternative in the knowledge base loads", "[kb]") {
    const auto kb = test::threeAlternativeKnowledgeBase();
    REQUIRE(kb.alternatives.size() == 3);
    CHECK(kb.alternatives[2].id == "go");
    for (const auto& e : kb.evidence)
        CHECK(e.ratings.size() == 3);
}

TEST_CASE("broken knowledge bases are refused with the exact field", "[kb]") {
    const auto shipped = test::shippedKnowledgeBaseJson();
    const auto io = std::to_string(evidenceIndex(shipped, "non_blocking_io"));
    const auto jsonSpeed = std::to_string(evidenceIndex(shipped, "json_response_time"));
    const auto jsTeam = std::string("/situation/facts/4");
    REQUIRE(shipped["situation"]["facts"][4]["id"] == "javascript_team");
    const auto timeToMarket = std::to_string(questionIndex(shipped, "time_to_market"));
    const auto priority = std::to_string(questionIndex(shipped, "priority"));
    const auto appType = std::to_string(questionIndex(shipped, "app_type"));
    const auto workload = std::to_string(questionIndex(shipped, "workload"));
    const auto concurrency = std::to_string(questionIndex(shipped, "concurrency"));
    const auto team = std::to_string(questionIndex(shipped, "team"));
    const auto mlLibraries = std::to_string(questionIndex(shipped, "ml_libraries"));
    REQUIRE(shipped["questions"][std::stoul(workload)]["options"][1]["id"] == "mixed");
    REQUIRE(shipped["questions"][std::stoul(team)]["options"][0]["id"] == "javascript");
    REQUIRE(shipped["questions"][std::stoul(concurrency)]["options"][0]["id"] == "low");
    REQUIRE(shipped["questions"][std::stoul(mlLibraries)]["options"][2]["id"] == "core");

    struct Case {
        std::string name;
        std::function<void(json&)> mutate;
        std::string field;
        std::string message;
    };
    const std::string ev0 = "/evidence/" + io;
    const std::string app = "/questions/" + appType;
    const std::string wl = "/questions/" + workload;
    const std::vector<Case> cases = {
        {"top level not an object", [](json& j) { j = json::array(); }, "/",
         "expected an object, got an array"},
        {"unknown top-level member", [](json& j) { j["colour"] = "red"; }, "/colour",
         "unknown field, expected one of"},
        {"format missing", [](json& j) { j.erase("format"); }, "/format", "is missing"},
        {"format 4", [](json& j) { j["format"] = 4; }, "/format", "expected format 3 (or 2)"},
        {"a situation in a format-2 file", [](json& j) { j["format"] = 2; }, "/situation",
         "a situation needs format 3"},
        {"format 1, from before quoted sources", [](json& j) { j["format"] = 1; }, "/format",
         "format 1 predates quoted sources"},
        {"format as a string", [](json& j) { j["format"] = "1"; }, "/format",
         "expected an integer, got a string"},
        {"version missing", [](json& j) { j.erase("version"); }, "/version", "is missing"},
        {"version of the wrong type", [](json& j) { j["version"] = 3; }, "/version",
         "expected a string, got a number"},
        {"version blank", [](json& j) { j["version"] = "  "; }, "/version",
         "expected a non-empty string"},
        {"one alternative", [](json& j) { j["alternatives"].erase(1); }, "/alternatives",
         "at least two alternatives"},
        {"alternatives not an array", [](json& j) { j["alternatives"] = json::object(); },
         "/alternatives", "expected an array, got an object"},
        {"alternative id with capitals", [](json& j) { at(j, "/alternatives/0/id") = "NodeJS"; },
         "/alternatives/0/id", "expected an id of lower-case letters"},
        {"duplicate alternative id", [](json& j) { at(j, "/alternatives/1/id") = "nodejs"; },
         "/alternatives/1/id", "duplicate id \"nodejs\""},
        {"bad colour", [](json& j) { at(j, "/alternatives/1/color") = "#12345g"; },
         "/alternatives/1/color", "expected a colour as #rrggbb"},
        {"colour name", [](json& j) { at(j, "/alternatives/0/color") = "green"; },
         "/alternatives/0/color", "#rrggbb"},
        {"unknown member in an alternative", [](json& j) { at(j, "/alternatives/0/logo") = "x"; },
         "/alternatives/0/logo", "unknown field"},
        {"no criteria", [](json& j) { j["criteria"] = json::array(); }, "/criteria",
         "at least one criterion"},
        {"duplicate criterion id", [](json& j) { at(j, "/criteria/3/id") = "performance"; },
         "/criteria/3/id", "duplicate id \"performance\""},
        {"base weight 0", [](json& j) { at(j, "/criteria/0/base_weight") = 0; },
         "/criteria/0/base_weight", "expected a weight above 0"},
        {"base weight negative", [](json& j) { at(j, "/criteria/0/base_weight") = -1; },
         "/criteria/0/base_weight", "expected a number from 0 to 1000"},
        {"base weight missing", [](json& j) { erase(j, "/criteria/2/base_weight"); },
         "/criteria/2/base_weight", "is missing"},
        {"unknown criterion in evidence",
         [&](json& j) { at(j, (ev0 + "/criterion").c_str()) = "speed"; }, ev0 + "/criterion",
         "unknown criterion \"speed\""},
        {"rating 11", [&](json& j) { at(j, (ev0 + "/ratings/nodejs").c_str()) = 11; },
         ev0 + "/ratings/nodejs", "expected a number from 0 to 10, got 11"},
        {"rating below 0", [&](json& j) { at(j, (ev0 + "/ratings/python").c_str()) = -0.5; },
         ev0 + "/ratings/python", "expected a number from 0 to 10"},
        {"rating as text", [&](json& j) { at(j, (ev0 + "/ratings/python").c_str()) = "high"; },
         ev0 + "/ratings/python", "expected a number, got a string"},
        {"rating missing for an alternative", [&](json& j) { erase(j, ev0 + "/ratings/python"); },
         ev0 + "/ratings", "expected a value for alternative \"python\""},
        {"rating for an unknown alternative",
         [&](json& j) { at(j, (ev0 + "/ratings/go").c_str()) = 5; }, ev0 + "/ratings/go",
         "unknown alternative \"go\""},
        {"duplicate evidence id", [&](json& j) { at(j, "/evidence/17/id") = "non_blocking_io"; },
         "/evidence/17/id", "duplicate id \"non_blocking_io\""},
        {"negative relevance", [&](json& j) { at(j, (ev0 + "/base_relevance").c_str()) = -1; },
         ev0 + "/base_relevance", "expected a number from 0 to 100"},
        {"no evidence for a criterion",
         [](json& j) {
             for (auto& e : j["evidence"])
                 if (e["criterion"] == "performance")
                     e["criterion"] = "scalability";
         },
         "/evidence", "criterion \"performance\" needs at least one evidence item"},
        {"unknown member in evidence", [&](json& j) { at(j, (ev0 + "/weight").c_str()) = 1; },
         ev0 + "/weight", "unknown field"},
        {"summary missing", [&](json& j) { erase(j, ev0 + "/summary"); }, ev0 + "/summary",
         "is missing"},
        {"source title missing", [&](json& j) { erase(j, ev0 + "/source/title"); },
         ev0 + "/source/title", "is missing"},
        {"quote missing", [&](json& j) { erase(j, ev0 + "/source/quote"); }, ev0 + "/source/quote",
         "is missing"},
        {"quote too short to check",
         [&](json& j) { at(j, (ev0 + "/source/quote").c_str()) = "event-driven"; },
         ev0 + "/source/quote", "at least 20 characters"},
        {"a url on an item resting on the article",
         [&](json& j) { at(j, (ev0 + "/source/url").c_str()) = "https://example.org"; },
         ev0 + "/source/url", "a url is for sources outside the article"},
        {"outside the article without a url", [&](json& j) { erase(j, jsTeam + "/source/url"); },
         jsTeam + "/source/url", "is missing"},
        {"outside the article with an address that is not one",
         [&](json& j) { at(j, (jsTeam + "/source/url").c_str()) = "mcfunley.com"; },
         jsTeam + "/source/url", "expected the public source's address"},
        // Issue #20: the situation.
        {"a situation fact resting on the article",
         [&](json& j) { at(j, jsTeam.c_str())["source"] = at(j, (ev0 + "/source").c_str()); },
         jsTeam + "/source", "rests on a source outside the article"},
        {"a situation fact on a question about the work",
         [&](json& j) { at(j, (jsTeam + "/question").c_str()) = "workload"; }, jsTeam + "/question",
         "is about the work"},
        {"a situation fact of strength 1",
         [&](json& j) { at(j, (jsTeam + "/strength").c_str()) = 1.0; }, jsTeam + "/strength",
         "below 1"},
        {"a situation cap that reaches a clear verdict",
         [](json& j) { at(j, "/situation/cap") = 1.0; }, "/situation/cap",
         "below the margin of a clear verdict"},
        {"two facts for one answer",
         [&](json& j) { at(j, "/situation/facts/5/option") = "javascript"; },
         "/situation/facts/5/option", "another fact already says"},
        {"a situation question that moves a criterion",
         [&](json& j) {
             at(j, ("/questions/" + team + "/options/0/effects").c_str()) = {
                 {"evidence", {{"npm_packages", 0.5}}}};
         },
         "/questions/" + team + "/options/0/effects", "moves none of the article's criteria"},
        {"damping to nothing",
         [&](json& j) {
             at(j, ("/questions/" + concurrency + "/options/0/effects/damp/scalability").c_str()) =
                 0.0;
         },
         "/questions/" + concurrency + "/options/0/effects/damp/scalability",
         "expected a share above 0"},
        {"damping and weights on one answer",
         [&](json& j) {
             at(j,
                ("/questions/" + concurrency + "/options/0/effects/weights/scalability").c_str()) =
                 -0.2;
         },
         "/questions/" + concurrency + "/options/0/effects", "expected one kind of effect"},
        {"a context question that damps",
         [&](json& j) {
             at(j, ("/questions/" + timeToMarket + "/options/2/effects").c_str()) = {
                 {"damp", {{"ecosystem", 0.5}}}};
         },
         "/questions/" + timeToMarket + "/options/2/effects", "context question"},
        {"amplifying the kinds of work out of range",
         [&](json& j) {
             at(j, ("/questions/" + priority + "/options/2/effects/amplify").c_str()) = 6.0;
         },
         "/criteria/0", "can range from"},
        {"bad date", [&](json& j) { at(j, (ev0 + "/source/date").c_str()) = "24 Apr 2025"; },
         ev0 + "/source/date", "expected a date as YYYY-MM-DD"},
        {"date without day", [&](json& j) { at(j, (ev0 + "/source/date").c_str()) = "2025-04"; },
         ev0 + "/source/date", "YYYY-MM-DD"},
        {"figure values missing an alternative",
         [&](json& j) { erase(j, "/evidence/" + jsonSpeed + "/figure/values/python"); },
         "/evidence/" + jsonSpeed + "/figure/values",
         "expected a value for alternative \"python\""},
        {"figure range the wrong way round",
         [&](json& j) {
             at(j, ("/evidence/" + jsonSpeed + "/figure/values/python").c_str()) = {3, 2};
         },
         "/evidence/" + jsonSpeed + "/figure/values/python", "low at most high"},
        {"figure range of three numbers",
         [&](json& j) {
             at(j, ("/evidence/" + jsonSpeed + "/figure/values/python").c_str()) = {1, 2, 3};
         },
         "/evidence/" + jsonSpeed + "/figure/values/python", "a number or a range [low, high]"},
        {"figure without text",
         [&](json& j) { erase(j, "/evidence/" + jsonSpeed + "/figure/text"); },
         "/evidence/" + jsonSpeed + "/figure/text", "is missing"},
        {"lower_is_better not a boolean",
         [&](json& j) {
             at(j, ("/evidence/" + jsonSpeed + "/figure/lower_is_better").c_str()) = 1;
         },
         "/evidence/" + jsonSpeed + "/figure/lower_is_better", "expected true or false"},
        {"unknown topic", [&](json& j) { at(j, (app + "/topic").c_str()) = "money"; },
         app + "/topic", "unknown topic \"money\""},
        {"unknown kind", [&](json& j) { at(j, (app + "/kind").c_str()) = "several"; },
         app + "/kind", "expected \"single\" or \"multi\""},
        {"signals_use_case not a boolean",
         [&](json& j) { at(j, (app + "/signals_use_case").c_str()) = "yes"; },
         app + "/signals_use_case", "expected true or false"},
        {"empty options", [&](json& j) { at(j, (wl + "/options").c_str()) = json::array(); },
         wl + "/options", "expected at least two options"},
        {"a single option",
         [&](json& j) {
             auto& options = at(j, (wl + "/options").c_str());
             options = json::array({options[1]});
         },
         wl + "/options", "expected at least two options"},
        {"duplicate option id", [&](json& j) { at(j, (wl + "/options/2/id").c_str()) = "io"; },
         wl + "/options/2/id", "duplicate id \"io\""},
        {"option without label", [&](json& j) { erase(j, wl + "/options/0/label"); },
         wl + "/options/0/label", "is missing"},
        {"default not an option", [&](json& j) { at(j, (wl + "/default").c_str()) = "medium"; },
         wl + "/default", "unknown option \"medium\" for question \"workload\""},
        {"default missing", [&](json& j) { erase(j, wl + "/default"); }, wl + "/default",
         "is missing"},
        {"multi default not an array", [&](json& j) { at(j, (app + "/default").c_str()) = "chat"; },
         app + "/default", "expected an array, got a string"},
        {"multi default with an unknown option",
         [&](json& j) {
             at(j, (app + "/default").c_str()) = {"chat", "games"};
         },
         app + "/default/1", "unknown option \"games\""},
        {"leans towards an unknown alternative",
         [&](json& j) { at(j, (app + "/options/0/leans").c_str()) = "ruby"; },
         app + "/options/0/leans", "unknown alternative \"ruby\""},
        {"unknown evidence in an effect",
         [&](json& j) { at(j, (app + "/options/0/effects/evidence/teleport").c_str()) = 0.5; },
         app + "/options/0/effects/evidence/teleport", "unknown evidence item \"teleport\""},
        {"evidence key needing pointer escapes",
         [&](json& j) { at(j, (app + "/options/0/effects/evidence").c_str())["a/b~c"] = 0.5; },
         app + "/options/0/effects/evidence/a~1b~0c", "unknown evidence item \"a/b~c\""},
        {"unknown criterion in a weight effect",
         [&](json& j) { at(j, (app + "/options/0/effects/weights/speed").c_str()) = 0.1; },
         app + "/options/0/effects/weights/speed", "unknown criterion \"speed\""},
        {"emphasis boost above 10",
         [&](json& j) {
             at(j, (app + "/options/0/effects/evidence/realtime_use_cases").c_str()) = 11;
         },
         app + "/options/0/effects/evidence/realtime_use_cases", "expected a number from 0 to 10"},
        {"negative emphasis boost",
         [&](json& j) {
             at(j, (app + "/options/0/effects/evidence/realtime_use_cases").c_str()) = -0.5;
         },
         app + "/options/0/effects/evidence/realtime_use_cases", "expected a number from 0 to 10"},
        {"leans to an alternative its emphasis does not favour",
         [&](json& j) { at(j, (app + "/options/0/leans").c_str()) = "python"; },
         app + "/options/0/leans", "does not favour it on every criterion"},
        {"an option moving weights and emphasising evidence",
         [&](json& j) { at(j, (app + "/options/0/effects/weights/performance").c_str()) = 0.3; },
         app + "/options/0/effects", "expected one kind of effect"},
        {"a context question moving weights",
         [&](json& j) {
             auto& option = at(j, ("/questions/" + timeToMarket + "/options/2").c_str());
             option["effects"] = {{"weights", {{"ecosystem", 0.2}}}};
         },
         "/questions/" + timeToMarket + "/options/2/effects", "context question"},
        {"context answers strong enough to overturn a lean",
         [&](json& j) {
             at(j, ("/questions/" + timeToMarket + "/options/0/effects/evidence/build_quickly")
                       .c_str()) = 3;
         },
         "/questions", "can move nodejs's lead over python by up to"},
        {"unknown member in effects",
         [&](json& j) { at(j, (app + "/options/0/effects/scores").c_str()) = json::object(); },
         app + "/options/0/effects/scores", "unknown field"},
        {"duplicate question id", [&](json& j) { at(j, (wl + "/id").c_str()) = "app_type"; },
         wl + "/id", "duplicate id \"app_type\""},
        {"a weight that answers can push to 0",
         [&](json& j) {
             // A weight of 1.0 that an answer lowers by 1.2 reaches -0.2.
             auto& effects = at(j, ("/questions/" + concurrency + "/options/0/effects").c_str());
             effects = {{"weights", {{"scalability", -1.2}}}};
         },
         "/criteria/1/base_weight", "answers can push this criterion's weight to -0.2"},
        {"emphasis that pushes a score above 10",
         [&](json& j) {
             // Node.js rates 9 against Python's 4: a boost of 10 moves its use-case score by
             // 10 × (9 − 6.5) / 5 = +5 from 5, and the other real-time kinds of work add more.
             at(j, (app + "/options/0/effects/evidence/realtime_use_cases").c_str()) = 10;
         },
         "/criteria/3", "the score of \"nodejs\" on \"use_case\" can range from"},
        {"emphasis that pushes a score below 0",
         [&](json& j) {
             // Node.js rates 4 against Python's 9 here: a boost of 10 moves its ecosystem
             // score by 10 × (4 − 6.5) / 5 = −5 from 5, and machine learning and data add more.
             at(j,
                ("/questions/" + mlLibraries + "/options/2/effects/evidence/python_data_libraries")
                    .c_str()) = 10;
         },
         "/criteria/2", "the score of \"nodejs\" on \"ecosystem\" can range from -"},
        {"hybrid of one alternative with itself",
         [](json& j) {
             at(j, "/hybrids/0/alternatives") = {"nodejs", "nodejs"};
         },
         "/hybrids/0/alternatives", "expected two different alternatives"},
        {"hybrid without its source", [](json& j) { erase(j, "/hybrids/0/source"); },
         "/hybrids/0/source", "is missing"},
        {"undecided text without the article's words",
         [](json& j) { erase(j, "/undecided/source/quote"); }, "/undecided/source/quote",
         "is missing"},
        {"hybrid naming an unknown alternative",
         [](json& j) {
             at(j, "/hybrids/0/alternatives") = {"nodejs", "ruby"};
         },
         "/hybrids/0/alternatives/1", "unknown alternative \"ruby\""},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        auto mutated = shipped;
        c.mutate(mutated);
        const auto kb = parseKnowledgeBase(mutated.dump(2), "broken-kb.json");
        REQUIRE_FALSE(kb.ok());
        CHECK(kb.error().file == "broken-kb.json");
        CHECK(kb.error().field == c.field);
        CHECK_THAT(kb.error().message, Catch::Contains(c.message));
        CHECK(kb.error().oneLine().find('\n') == std::string::npos);
    }
}

TEST_CASE("loadKnowledgeBase reports file problems with the path", "[kb]") {
    test::TempDir dir;
    const auto broken = dir.write("kb.json", R"({"format": 1, "version": "x")");
    const auto kb = loadKnowledgeBase(broken);
    REQUIRE_FALSE(kb.ok());
    CHECK(kb.error().file == broken);
    CHECK_THAT(kb.error().message, Catch::Contains("invalid JSON"));
    CHECK_FALSE(loadKnowledgeBase((dir.path() / "absent.json").string()).ok());
}

TEST_CASE("the loader refuses every invalid knowledge-base fixture the schema refuses", "[kb]") {
    // The test knowledge bases are the shipped file with one mistake each (tests/data/kb-patches)
    // and old formats kept whole (tests/data/kb); the schema test (tests/schema/validate_schema.py)
    // checks the schema refuses them too.
    int fixtures = 0;
    for (const auto& entry : std::filesystem::directory_iterator(ADVISOR_TEST_KB_DIR)) {
        if (entry.path().extension() != ".json")
            continue;
        ++fixtures;
        INFO(entry.path().filename().string());
        const auto kb = loadKnowledgeBase(entry.path().string());
        REQUIRE_FALSE(kb.ok());
        CHECK(kb.error().file == entry.path().string());
        CHECK_FALSE(kb.error().field.empty());
    }
    CHECK(fixtures >= 10);
}
