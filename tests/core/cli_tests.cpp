// The command line through runCli with string streams: help and version, the evaluate --json
// contract, the seed's reach, and the one-line, exit-2 answer to every kind of bad input.
#include "core/cli/cli.h"
#include "core/kb/knowledge_base_loader.h"
#include "test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

using namespace advisor;
using nlohmann::json;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = runCli(args, {out, err});
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string answersFile(const std::string& name) {
    return test::dataPath("answers/" + name);
}
std::string badFile(const std::string& name) {
    return test::dataPath("answers-bad/" + name);
}

json evaluateJson(const std::vector<std::string>& extra, const std::string& file) {
    std::vector<std::string> args = {"evaluate", answersFile(file), "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run(args);
    INFO(r.err);
    REQUIRE(r.code == kExitOk);
    REQUIRE(r.err.empty());
    return json::parse(r.out);
}

} // namespace

TEST_CASE("help and version exit 0 and print to out", "[cli]") {
    for (const auto& args : {std::vector<std::string>{"--help"}, {"-h"}, {}}) {
        const auto r = run(args);
        CHECK(r.code == kExitOk);
        CHECK_THAT(r.out, Catch::Contains("Usage:"));
        CHECK_THAT(r.out, Catch::Contains("evaluate ANSWERS.json"));
        for (const char* command :
             {"evaluate", "group", "questions", "calibrate", "history", "lab"})
            CHECK_THAT(r.out, Catch::Contains(command));
        CHECK_THAT(r.out, Catch::Contains("Exit status"));
        CHECK(r.err.empty());
    }
    // Each command's help lists its own options, and asks for no file first.
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> commands = {
        {{"evaluate", "--help"}, {"--report FILE", "--seed N", "--db FILE"}},
        {{"history", "-h"}, {"--search TEXT", "--limit N"}},
        {{"lab", "--help"}, {"--seconds N", "--servers LIST", "Ctrl-C"}},
        {{"evaluate", "x.json", "--seed", "1", "--help"}, {"--samples N"}},
    };
    for (const auto& [args, options] : commands) {
        const auto r = run(args);
        INFO(args.front());
        CHECK(r.code == kExitOk);
        CHECK_THAT(r.out, Catch::Contains("Usage: backend-advisor " + args.front()));
        for (const auto& option : options)
            CHECK_THAT(r.out, Catch::Contains(option));
        CHECK(r.err.empty());
    }
    const auto version = run({"--version"});
    CHECK(version.code == kExitOk);
    CHECK_THAT(version.out, Catch::StartsWith("backend-advisor " ADVISOR_VERSION));
    CHECK_THAT(version.out, Catch::Contains(builtInKnowledgeBase().version));
    CHECK(std::count(version.out.begin(), version.out.end(), '\n') == 1);
    CHECK(version.err.empty());
}

TEST_CASE("a command-line error names the program once, then the option", "[cli]") {
    const auto r = run({"evaluate", answersFile("realtime-chat-js.json"), "--frobnicate"});
    CHECK(r.code == kExitBadInput);
    CHECK(r.err ==
          "backend-advisor: --frobnicate: unknown option (see backend-advisor evaluate --help)\n");
    const auto command = run({"evalute"});
    CHECK(command.err == "backend-advisor: evalute: unknown command (see --help)\n");
}

TEST_CASE("isCliCommand tells commands from GUI start-up", "[cli]") {
    CHECK(isCliCommand({"evaluate", "x.json"}));
    CHECK(isCliCommand({"questions"}));
    CHECK(isCliCommand({"--help"}));
    CHECK(isCliCommand({"--version"}));
    CHECK_FALSE(isCliCommand({}));
}

TEST_CASE("evaluate --json prints the spec's fields", "[cli]") {
    const auto& kb = builtInKnowledgeBase();
    for (const auto& name : test::scenarioFileNames()) {
        INFO(name);
        const auto out = evaluateJson({}, name);
        CHECK(out["knowledge_base"]["version"] == kb.version);
        CHECK(out["knowledge_base"]["hash"] == kb.hash);

        REQUIRE(out["weights"].is_object());
        double sum = 0.0;
        for (const auto& c : kb.criteria) {
            REQUIRE(out["weights"][c.id].is_number());
            sum += out["weights"][c.id].get<double>();
        }
        CHECK(sum == Approx(1.0).margin(4 * 0.5e-4));
        REQUIRE(out["weight_trace"].is_array());
        for (const auto& t : out["weight_trace"]) {
            CHECK(kb.questionIndex(t["question"].get<std::string>()).has_value());
            CHECK(kb.criterionIndex(t["criterion"].get<std::string>()).has_value());
            CHECK(t["weight_delta"].is_number());
        }

        REQUIRE(out["alternatives"].size() == kb.alternatives.size());
        for (std::size_t a = 0; a < kb.alternatives.size(); ++a) {
            const auto& alt = out["alternatives"][a];
            CHECK(alt["id"] == kb.alternatives[a].id);
            CHECK(alt["name"] == kb.alternatives[a].name);
            for (const auto& c : kb.criteria) {
                const double score = alt["scores"][c.id].get<double>();
                CHECK(score >= 0.0);
                CHECK(score <= 10.0);
                CHECK(alt["contributions"][c.id].is_number());
            }
            CHECK(alt["total"].is_number());
        }

        const auto& rec = out["recommendation"];
        // A tie names no winner; anything else names one of the alternatives.
        if (rec["winner"].is_null()) {
            CHECK(rec["tied"].size() >= 2);
            CHECK(rec["margin"] == 0.0);
        } else {
            CHECK(kb.alternativeIndex(rec["winner"].get<std::string>()).has_value());
            CHECK(rec["tied"].empty());
        }
        CHECK(rec["margin"].get<double>() >= 0.0);
        const std::vector<std::string> verdicts = {"clear", "lean", "close_call"};
        CHECK(std::find(verdicts.begin(), verdicts.end(), rec["verdict"].get<std::string>()) !=
              verdicts.end());
        CHECK((rec["hybrid"].is_null() || rec["hybrid"].is_string()));
        // The winner has the highest printed total.
        for (const auto& alt : out["alternatives"])
            if (alt["id"] == rec["winner"])
                for (const auto& other : out["alternatives"])
                    CHECK(alt["total"].get<double>() >= other["total"].get<double>());

        REQUIRE(out["reasons"].is_array());
        // Only a file that answers nothing has no reason to give.
        CHECK(out["reasons"].empty() == (name == "all-defaults.json"));
        for (const auto& r : out["reasons"]) {
            CHECK(r["evidence"].is_array());
            CHECK(r["citation"]["title"].is_string());
            CHECK(r["outside_article"].is_boolean());
        }
        CHECK(out["silent_answers"].is_array());
        CHECK(out["defaults_used"].is_array());

        const auto& sens = out["sensitivity"];
        REQUIRE(sens["flip_points"].size() == kb.criteria.size());
        for (const auto& p : sens["flip_points"]) {
            CHECK(p.contains("criterion"));
            CHECK(p["weight_now"].is_number());
            CHECK((p["flips_at"].is_null() || p["flips_at"].is_number()));
            CHECK((p["new_winner"].is_null() || p["new_winner"].is_string()));
            CHECK(p["sentence"].is_string());
        }
        CHECK(sens["monte_carlo"]["samples"] == 10000);
        CHECK(sens["monte_carlo"]["seed"] == 42);
        CHECK(sens["monte_carlo"]["win_probability"].size() == kb.alternatives.size());
        REQUIRE(sens["answer_flips"].is_array());
        for (const auto& f : sens["answer_flips"]) {
            CHECK(f["question"].is_string());
            CHECK(f["option"].is_string());
            CHECK(f["new_winner"].is_string());
        }
        // The AHP block appears exactly when pairwise judgements were given.
        const auto answers = json::parse(test::readFile(answersFile(name)));
        CHECK(out.contains("ahp") == answers.contains("pairwise"));
        if (out.contains("ahp")) {
            CHECK(out["ahp"]["consistency_ratio"].is_number());
            CHECK(out["ahp"].contains("most_inconsistent"));
        }
    }
}

TEST_CASE("evaluate prints the same bytes every time", "[cli]") {
    const auto first = run({"evaluate", answersFile("mixed-realtime-ml.json"), "--json"});
    const auto second = run({"evaluate", answersFile("mixed-realtime-ml.json"), "--json"});
    CHECK(first.code == kExitOk);
    CHECK(first.out == second.out);
    const auto text = run({"evaluate", answersFile("realtime-chat-js.json")});
    CHECK(text.code == kExitOk);
    CHECK_THAT(text.out, Catch::Contains("Node.js"));
    CHECK(text.err.empty());
}

TEST_CASE("the seed option changes only the Monte Carlo part", "[cli]") {
    const auto base = evaluateJson({}, "mixed-realtime-ml.json");
    const auto seeded = evaluateJson({"--seed", "7"}, "mixed-realtime-ml.json");
    const auto inline_ = evaluateJson({"--seed=7"}, "mixed-realtime-ml.json");
    CHECK(seeded == inline_);
    CHECK(seeded["sensitivity"]["monte_carlo"]["seed"] == 7);
    CHECK(seeded["sensitivity"]["monte_carlo"]["win_probability"] !=
          base["sensitivity"]["monte_carlo"]["win_probability"]);
    // The recommendation's confidence is the winner's Monte Carlo probability, so it moves
    // with the seed; nothing else may.
    for (const auto* out : {&base, &seeded})
        CHECK((*out)["recommendation"]["confidence"] ==
              (*out)["sensitivity"]["monte_carlo"]["win_probability"]
                    [(*out)["recommendation"]["winner"].get<std::string>()]);
    auto strip = [](json j) {
        j["sensitivity"].erase("monte_carlo");
        j["recommendation"].erase("confidence");
        return j;
    };
    CHECK(strip(base) == strip(seeded));
}

TEST_CASE("the samples option sets the Monte Carlo sample count", "[cli]") {
    const auto out = evaluateJson({"--samples", "2000"}, "realtime-chat-js.json");
    CHECK(out["sensitivity"]["monte_carlo"]["samples"] == 2000);
}

TEST_CASE("questions prints the questionnaire", "[cli]") {
    const auto r = run({"questions"});
    REQUIRE(r.code == kExitOk);
    CHECK(r.err.empty());
    const auto out = json::parse(r.out);
    CHECK(out.dump().find("app_type") != std::string::npos);
    CHECK(out.dump().find("fullstack_js") != std::string::npos);
}

TEST_CASE("bad input: exit 2, nothing on out, one line on err naming file and field", "[cli]") {
    const auto brokenKb = test::kbPath("rating-out-of-range.json");
    struct Case {
        const char* name;
        std::vector<std::string> args;
        std::vector<std::string> mentions; // what the error line must name
    };
    const Case cases[] = {
        {"missing file",
         {"evaluate", badFile("no-such-file.json"), "--json"},
         {badFile("no-such-file.json"), "file not found"}},
        {"directory",
         {"evaluate", test::dataPath("answers"), "--json"},
         {test::dataPath("answers"), "directory"}},
        {"empty file", {"evaluate", badFile("empty.json")}, {badFile("empty.json"), "empty"}},
        {"whitespace only",
         {"evaluate", badFile("whitespace-only.json")},
         {badFile("whitespace-only.json"), "empty"}},
        {"binary garbage",
         {"evaluate", badFile("binary-garbage.json"), "--json"},
         {badFile("binary-garbage.json"), "invalid JSON"}},
        {"malformed JSON",
         {"evaluate", badFile("malformed.json"), "--json"},
         {badFile("malformed.json"), "invalid JSON", "line 1"}},
        {"truncated JSON",
         {"evaluate", badFile("truncated.json"), "--json"},
         {badFile("truncated.json"), "invalid JSON"}},
        {"too deep",
         {"evaluate", badFile("too-deep.json"), "--json"},
         {badFile("too-deep.json"), "nested deeper than 64"}},
        {"not an object",
         {"evaluate", badFile("not-an-object.json"), "--json"},
         {badFile("not-an-object.json"), ": /: ", "expected an object"}},
        {"answers not an object",
         {"evaluate", badFile("answers-not-an-object.json"), "--json"},
         {badFile("answers-not-an-object.json"), "/answers", "expected an object"}},
        {"wrong type",
         {"evaluate", badFile("wrong-type-single.json"), "--json"},
         {badFile("wrong-type-single.json"), "/answers/concurrency", "string"}},
        {"wrong type in a multi answer",
         {"evaluate", badFile("wrong-type-multi.json")},
         {badFile("wrong-type-multi.json"), "/answers/app_type", "array"}},
        {"unknown question",
         {"evaluate", badFile("unknown-question.json"), "--json"},
         {badFile("unknown-question.json"), "/answers/language", "unknown question"}},
        {"unknown option",
         {"evaluate", badFile("unknown-option.json"), "--json"},
         {badFile("unknown-option.json"), "/answers/concurrency", "\"huge\"",
          "low, medium, high, massive"}},
        {"duplicate option",
         {"evaluate", badFile("duplicate-option.json"), "--json"},
         {badFile("duplicate-option.json"), "/answers/app_type/1", "twice"}},
        {"weights and pairwise",
         {"evaluate", badFile("weights-and-pairwise.json"), "--json"},
         {badFile("weights-and-pairwise.json"), "/pairwise", "not both"}},
        {"judgement out of scale",
         {"evaluate", badFile("pairwise-out-of-scale.json"), "--json"},
         {badFile("pairwise-out-of-scale.json"), "/pairwise/performance~1scalability", "Saaty"}},
        {"negative weight",
         {"evaluate", badFile("negative-weight.json"), "--json"},
         {badFile("negative-weight.json"), "/weights/performance"}},
        {"unknown field",
         {"evaluate", badFile("unknown-field.json"), "--json"},
         {badFile("unknown-field.json"), "/colour", "unknown field"}},
        {"unknown flag",
         {"evaluate", answersFile("realtime-chat-js.json"), "--frobnicate"},
         {"--frobnicate", "unknown option"}},
        {"unknown short flag",
         {"evaluate", answersFile("realtime-chat-js.json"), "-x"},
         {"-x", "unknown option"}},
        {"flag with a value it does not take",
         {"evaluate", answersFile("realtime-chat-js.json"), "--json=yes"},
         {"--json", "unknown option"}},
        {"--seed abc",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed", "abc"},
         {"--seed", "\"abc\""}},
        {"--seed -1",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed", "-1"},
         {"--seed", "\"-1\""}},
        {"--seed 1.5",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed=1.5"},
         {"--seed", "\"1.5\""}},
        {"--seed beyond 64 bits",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed", "18446744073709551616"},
         {"--seed"}},
        {"--seed without a value",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed"},
         {"--seed", "expects a value"}},
        {"--seed twice",
         {"evaluate", answersFile("realtime-chat-js.json"), "--seed", "1", "--seed", "2"},
         {"--seed", "more than once"}},
        {"--samples too few",
         {"evaluate", answersFile("realtime-chat-js.json"), "--samples", "10"},
         {"--samples", "1000"}},
        {"--kb broken file",
         {"evaluate", answersFile("realtime-chat-js.json"), "--json", "--kb", brokenKb},
         {brokenKb, "/evidence/0/ratings/nodejs", "from 0 to 10"}},
        {"--kb missing file",
         {"evaluate", answersFile("realtime-chat-js.json"), "--kb", badFile("no-kb.json")},
         {badFile("no-kb.json"), "file not found"}},
        {"questions --kb broken file",
         {"questions", "--kb", brokenKb},
         {brokenKb, "/evidence/0/ratings/nodejs"}},
        {"no answers file", {"evaluate", "--json"}, {"evaluate", "expects exactly one"}},
        {"two answers files",
         {"evaluate", answersFile("realtime-chat-js.json"), answersFile("ml-platform-python.json")},
         {"evaluate", "expects exactly one"}},
        {"unknown command", {"frobnicate"}, {"frobnicate", "unknown command"}},
        // One rule for every command (issue #22): any option given twice is refused, a flag as
        // much as an option with a value.
        {"a flag twice",
         {"evaluate", answersFile("realtime-chat-js.json"), "--json", "--json"},
         {"--json", "given more than once"}},
        {"history's flag twice", {"history", "--json", "--json"}, {"--json", "more than once"}},
        {"a flag given a value", {"history", "--json=1"}, {"--json=1", "unknown option"}},
        {"history: an argument it does not take", {"history", "old"}, {"old", "unexpected"}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto r = run(c.args);
        INFO("err: " << r.err);
        CHECK(r.code == kExitBadInput);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK_THAT(r.err, Catch::StartsWith("backend-advisor: "));
        CHECK_THAT(r.err, Catch::EndsWith("\n"));
        for (const auto& m : c.mentions)
            CHECK_THAT(r.err, Catch::Contains(m));
    }
}

TEST_CASE("a value may start with a dash, and -- ends the options", "[cli]") {
    const auto search =
        run({"history", "--db", "/nonexistent/decisions.sqlite3", "--search", "-h"});
    CHECK(search.code == kExitOk);
    CHECK_THAT(search.out, Catch::Contains("No saved decisions"));
    const auto separated = run({"evaluate", "--json", "--", answersFile("realtime-chat-js.json")});
    CHECK(separated.code == kExitOk);
    CHECK(separated.err.empty());
}

// Issue #23, item 6: 2 is the input's fault, 1 the environment's, in every command.
TEST_CASE("a failure of the environment exits 1 with one line, bad input 2", "[cli][issue23]") {
    const auto file = answersFile("realtime-chat-js.json");
    // Nobody, root included, can create a file in /proc.
    const auto report = run({"evaluate", file, "--report", "/proc/self/advisor-report.md"});
    CHECK(report.code == kExitFailure);
    CHECK(std::count(report.err.begin(), report.err.end(), '\n') == 1);
    CHECK_THAT(report.err, Catch::Contains("/proc/self/advisor-report.md"));
    const auto save = run({"evaluate", file, "--save", "--db", "/proc/self/decisions.sqlite3"});
    CHECK(save.code == kExitFailure);
    CHECK(std::count(save.err.begin(), save.err.end(), '\n') == 1);
    CHECK_THAT(save.err, Catch::Contains("/proc/self/decisions.sqlite3"));
    const auto bad = run({"evaluate", badFile("unknown-option.json"), "--save", "--db",
                          "/proc/self/decisions.sqlite3"});
    CHECK(bad.code == kExitBadInput);
}

TEST_CASE("calibrate walks a knowledge base and says whether its promises hold", "[cli]") {
    // A small knowledge base (three questions) walks whole in a moment.
    auto small = test::shippedKnowledgeBaseJson();
    json kept = json::array();
    for (const auto& q : small["questions"])
        if (q["id"] == "workload" || q["id"] == "team" || q["id"] == "priority")
            kept.push_back(q);
    small["questions"] = kept;
    json facts = json::array();
    for (const auto& f : small["situation"]["facts"])
        if (f["question"] == "team")
            facts.push_back(f);
    small["situation"]["facts"] = facts;
    test::TempDir dir;
    const auto kbFile = dir.write("small-kb.json", small.dump(2));

    const auto text = run({"calibrate", "--kb", kbFile});
    CHECK(text.code == kExitOk);
    CHECK(text.err.empty());
    CHECK_THAT(text.out, Catch::Contains("Walk: every one of the 100 answer sets"));
    CHECK_THAT(text.out, Catch::Contains("[holds]"));

    const auto asJson = run({"calibrate", "--kb", kbFile, "--json"});
    REQUIRE(asJson.code == kExitOk);
    const auto out = json::parse(asJson.out);
    CHECK(out["walk"]["sets"] == 100);
    CHECK(out["knowledge_base"]["version"] == small["version"]);

    // A knowledge base whose answers take a side before anyone answers: exit 1, and why.
    for (auto& q : small["questions"])
        if (q["id"] == "priority")
            q["default"] = "speed";
    const auto biased = dir.write("biased-kb.json", small.dump(2));
    const auto broken = run({"calibrate", "--kb", biased});
    CHECK(broken.code == kExitFailure);
    CHECK_THAT(broken.out, Catch::Contains("[BROKEN] With nothing answered"));
    CHECK_THAT(broken.err, Catch::Contains("breaks a calibration property"));

    const auto tooFew = run({"calibrate", "--sets", "500"});
    CHECK(tooFew.code == kExitBadInput);
    CHECK_THAT(tooFew.err, Catch::Contains("--sets"));
    CHECK(tooFew.out.empty());
}
