// Text reports and atomic writes: the JSON report re-imports to the same result, the Markdown
// decision record says what was decided and why with escaped user text, and a failed write
// leaves the old file.
#include "core/base/atomic_file.h"
#include "core/cli/cli.h"
#include "core/engine/evaluation_json.h"
#include "core/model/explanations.h"
#include "core/report/json_report.h"
#include "core/report/markdown_report.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace advisor::test {
namespace {

namespace fs = std::filesystem;

struct CliRun {
    int code = 0;
    std::string out;
    std::string err;
};

CliRun runCommand(const std::vector<std::string>& args, const CliEnvironment& env = {}) {
    std::ostringstream out;
    std::ostringstream err;
    CliEnvironment withClock = env;
    if (!withClock.clock)
        withClock.clock = [] {
            return fixedTime();
        };
    const int code = runCli(args, {out, err}, withClock);
    return {code, out.str(), err.str()};
}

std::size_t lineCount(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The evaluated answers file as a ReportInput, kept alive together.
struct Evaluated {
    KnowledgeBase kb = builtInKnowledgeBase();
    AnswerSet answers;
    Evaluation evaluation;
    MonteCarloSettings settings;

    explicit Evaluated(AnswerSet a, MonteCarloSettings s = {})
        : answers(std::move(a)), settings(s) {
        EngineOptions options;
        options.monteCarlo = settings;
        evaluation = evaluate(kb, answers, options);
    }
    [[nodiscard]] ReportInput input() const {
        return {kb, answers, evaluation, settings, fixedTime()};
    }
};

std::vector<std::string> filesIn(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("report: a JSON report evaluates again to the byte-identical result", "[report][cli]") {
    TempFolder folder;
    const auto name =
        GENERATE(as<std::string>{}, "realtime-chat-js.json", "ml-platform-python.json",
                 "mixed-realtime-ml.json", "all-defaults.json");
    const auto report = folder.file("report.json");
    const auto original = runCommand({"evaluate", dataPath("answers/" + name), "--json", "--seed",
                                      "11", "--samples", "2000", "--report", report});
    REQUIRE(original.code == kExitOk);
    REQUIRE(fs::exists(report));

    const auto again = runCommand({"evaluate", report, "--json"});
    INFO(again.err);
    REQUIRE(again.code == kExitOk);
    CHECK(again.err.empty()); // same knowledge base: no warning
    CHECK(again.out == original.out);

    const auto text = runCommand({"evaluate", report});
    const auto originalText =
        runCommand({"evaluate", dataPath("answers/" + name), "--seed", "11", "--samples", "2000"});
    CHECK(text.out == originalText.out);

    const auto json = nlohmann::json::parse(readFile(report));
    CHECK(json["format"] == kJsonReportFormat);
    CHECK(json["format_version"] == kJsonReportFormatVersion);
    CHECK(json["settings"]["seed"] == 11);
    CHECK(json["settings"]["samples"] == 2000);
    CHECK(json["knowledge_base"]["hash"] == builtInKnowledgeBase().hash);
    CHECK(json["generated_at"] == "2025-04-24T09:30:00Z");
    CHECK(json["result"] == nlohmann::json::parse(original.out));
}

TEST_CASE("report: weights, pairwise judgements and extreme seeds survive the round trip",
          "[report]") {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = GENERATE(
        nlohmann::json{
            {"title", "Direct"},
            {"answers", {{"workload", "cpu"}}},
            {"weights",
             {{"performance", 0.3}, {"scalability", 0.1}, {"ecosystem", 0.2}, {"use_case", 0.7}}}},
        nlohmann::json{{"answers", {{"app_type", {"ml", "chat"}}}},
                       {"pairwise",
                        {{"performance/scalability", 3},
                         {"performance/ecosystem", 0.2},
                         {"performance/use_case", 1.0 / 7.0},
                         {"scalability/ecosystem", 5},
                         {"scalability/use_case", 1},
                         {"ecosystem/use_case", 0.5}}}});
    MonteCarloSettings settings;
    settings.seed = UINT64_MAX;
    settings.samples = 1000;
    const Evaluated first(answersFrom(kb, answers), settings);
    const auto text = jsonReportText(first.input());

    auto loaded = parseJsonReport(nlohmann::json::parse(text), kb, "r.json");
    INFO((loaded ? std::string() : loaded.error().oneLine()));
    REQUIRE(loaded.ok());
    CHECK(loaded->settings.seed == UINT64_MAX);
    CHECK(loaded->settings.samples == 1000);
    const Evaluated second(loaded->answers, loaded->settings);
    CHECK(evaluationToJson(kb, second.answers, second.evaluation).dump() ==
          evaluationToJson(kb, first.answers, first.evaluation).dump());
}

TEST_CASE("report: a bad JSON report names the file and the JSON pointer", "[report][cli]") {
    TempFolder folder;
    const Evaluated ev(loadTestAnswers("realtime-chat-js.json"));
    const auto good = jsonReport(ev.input());
    const auto path = folder.file("bad.json");

    struct Case {
        std::string pointer;
        std::function<void(nlohmann::ordered_json&)> spoil;
    };
    const std::vector<Case> cases = {
        {"/format_version",
         [](auto& j) {
             j["format_version"] = 2;
         }},
        {"/settings/seed",
         [](auto& j) {
             j["settings"]["seed"] = -1;
         }},
        {"/settings/samples",
         [](auto& j) {
             j["settings"]["samples"] = "many";
         }},
        {"/settings",
         [](auto& j) {
             j.erase("settings");
         }},
        {"/knowledge_base/hash",
         [](auto& j) {
             j["knowledge_base"]["hash"] = "";
         }},
        {"/input/answers/latency",
         [](auto& j) {
             j["input"]["answers"]["latency"] = "instant";
         }},
        {"/input/answers",
         [](auto& j) {
             j["input"].erase("answers");
         }},
        {"/result",
         [](auto& j) {
             j["result"] = 3;
         }},
        {"/extra",
         [](auto& j) {
             j["extra"] = true;
         }},
    };
    for (const auto& c : cases) {
        auto spoiled = good;
        c.spoil(spoiled);
        writeBytes(path, spoiled.dump(2));
        const auto run = runCommand({"evaluate", path, "--json"});
        INFO(c.pointer << ": " << run.err);
        CHECK(run.code == kExitBadInput);
        CHECK(run.out.empty());
        CHECK(lineCount(run.err) == 1);
        CHECK(run.err.find(path + ": " + c.pointer + ":") != std::string::npos);
    }

    // `evaluate --json` output is not an input; say what to do instead.
    writeBytes(path, evaluationToJson(ev.kb, ev.answers, ev.evaluation).dump());
    const auto evaluation = runCommand({"evaluate", path});
    CHECK(evaluation.code == kExitBadInput);
    CHECK(evaluation.err.find("--report") != std::string::npos);
}

TEST_CASE("report: a report made with another knowledge base warns and still evaluates",
          "[report][cli]") {
    TempFolder folder;
    auto kbJson = shippedKnowledgeBaseJson();
    kbJson["version"] = "2099.01.0-test";
    const auto kbPath = folder.file("other-kb.json");
    writeBytes(kbPath, kbJson.dump(2));
    const auto report = folder.file("report.json");
    REQUIRE(runCommand({"evaluate", dataPath("answers/realtime-chat-js.json"), "--report", report})
                .code == kExitOk);

    const auto run = runCommand({"evaluate", report, "--json", "--kb", kbPath});
    CHECK(run.code == kExitOk);
    CHECK(run.err.find("warning") != std::string::npos);
    CHECK(run.err.find("2099.01.0-test") != std::string::npos);
    CHECK(nlohmann::json::parse(run.out)["knowledge_base"]["version"] == "2099.01.0-test");
}

TEST_CASE("report: the Markdown decision record says what, why, how sure and from where",
          "[report]") {
    const Evaluated ev(loadTestAnswers("mixed-realtime-ml.json"));
    const auto md = markdownReport(ev.input());
    const auto& kb = ev.kb;
    const auto& rec = ev.evaluation.recommendation;

    for (const char* heading : {"## Context", "## Decision", "## Why", "## Scores and weights",
                                "## Sensitivity", "## Consequences", "## Sources"})
        CHECK(md.find(heading) != std::string::npos);
    CHECK(md.find("**Use " + kb.alternatives[rec.winner].name + ".**") != std::string::npos);
    CHECK(md.find("- **Date:** 2025-04-24") != std::string::npos);
    CHECK(md.find("- **Status:** Proposed") != std::string::npos);
    CHECK(md.find(kb.hash) != std::string::npos);
    CHECK(md.find(escapeMarkdownLine(headline(kb, ev.evaluation))) != std::string::npos);
    // The close call's hybrid suggestion and the sensitivity, in the CLI's own words.
    REQUIRE(rec.hybrid);
    CHECK(md.find(escapeMarkdownLine(*rec.hybrid)) != std::string::npos);
    CHECK(md.find(escapeMarkdownLine(confidenceSentence(kb, ev.evaluation))) != std::string::npos);
    for (const auto& p : ev.evaluation.sensitivity.flipPoints)
        CHECK(md.find(escapeMarkdownLine(flipSentence(kb, ev.evaluation, p))) != std::string::npos);
    for (const auto& f : ev.evaluation.sensitivity.answerFlips)
        CHECK(md.find(escapeMarkdownLine(answerFlipSentence(kb, f))) != std::string::npos);
    // Every reason is there with a numbered citation listed under Sources.
    for (const auto& r : ev.evaluation.reasons)
        CHECK(md.find(escapeMarkdownLine(reasonSentence(kb, r))) != std::string::npos);
    const auto sources = md.substr(md.find("## Sources"));
    CHECK(sources.find("[1] " +
                       escapeMarkdownLine(
                           kb.evidence[ev.evaluation.reasons.front().evidence].source.text())) !=
          std::string::npos);
    CHECK(md.find("| Criterion | Weight | Node.js | Python |") != std::string::npos);
    // Defaults are named.
    const Evaluated defaults(loadTestAnswers("all-defaults.json"));
    CHECK(markdownReport(defaults.input()).find("not answered; neutral default") !=
          std::string::npos);
}

TEST_CASE("report: the Markdown record escapes hostile titles and notes", "[report]") {
    auto answers = loadTestAnswers("realtime-chat-js.json");
    answers.title = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";
    answers.notes = "# Heading?\n- list?\n1. ordered?\n<script>alert(1)</script>\n"
                    "    indented code\n| a | b |\n![i](http://x/y.png) *em* `code` &amp;";
    const Evaluated ev(answers);
    const auto md = markdownReport(ev.input());

    CHECK(md.find("# \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1))\n") !=
          std::string::npos);
    // Nothing a renderer would take as HTML, a link or an image is left unescaped.
    for (const std::string raw : {"<img", "<script", "[x](", "![i]", "*em*", "`code`", "&amp;"}) {
        INFO(raw);
        std::size_t at = 0;
        while ((at = md.find(raw, at)) != std::string::npos) {
            CHECK((at > 0 && md[at - 1] == '\\'));
            ++at;
        }
    }
    CHECK(md.find("\n\\# Heading?\n\\- list?\n1\\. ordered?\n") != std::string::npos);
    CHECK(md.find("\nindented code\n") != std::string::npos); // no code block
    CHECK(md.find("\\| a \\| b \\|") != std::string::npos);
}

TEST_CASE("report: escapeMarkdown keeps ordinary text readable", "[report]") {
    CHECK(escapeMarkdown("Plain text, with punctuation: fine.") ==
          "Plain text, with punctuation: fine.");
    CHECK(escapeMarkdown("version 2025.04.1 and real-time") == "version 2025.04.1 and real-time");
    CHECK(escapeMarkdown("- item") == "\\- item");
    CHECK(escapeMarkdown("-1 degrees") == "-1 degrees");
    CHECK(escapeMarkdown("---") == "\\---");
    CHECK(escapeMarkdown("12) twelve") == "12\\) twelve");
    CHECK(escapeMarkdown("a_b*c") == "a\\_b\\*c");
    CHECK(escapeMarkdown("x\r\ny") == "x\ny");
    CHECK(escapeMarkdown(std::string("bell\a tab\there")) == "bell tab here");
    CHECK(escapeMarkdownLine("two\nlines") == "two lines");
}

TEST_CASE("report: the Markdown record matches its golden file", "[report]") {
    // One person's, and a group's with its section "Who answered, and where they differ".
    for (const std::string name : {"realtime-chat-js", "team-group"}) {
        const Evaluated ev(loadTestAnswers(name + ".json"));
        const auto md = markdownReport(ev.input());
        const auto golden = dataPath("reports/" + name + ".md");
        if (std::getenv("ADVISOR_UPDATE_GOLDEN")) {
            REQUIRE(writeFileAtomically(golden, md).ok());
            WARN("rewrote " << golden);
        }
        INFO("after an intended change to the wording or the engine, regenerate with "
             "ADVISOR_UPDATE_GOLDEN=1 and review the diff");
        CHECK(md == readFile(golden));
    }
}

TEST_CASE("report: atomic writes replace the file or leave the old one", "[report]") {
    TempFolder folder;
    const auto target = folder.file("report.md");

    SECTION("a new file, then a replacement that keeps the file's permissions") {
        REQUIRE(writeFileAtomically(target, "first").ok());
        CHECK(readFile(target) == "first");
        REQUIRE(::chmod(target.c_str(), 0600) == 0);
        REQUIRE(writeFileAtomically(target, "second").ok());
        CHECK(readFile(target) == "second");
        struct stat info {};
        REQUIRE(::stat(target.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        CHECK(filesIn(folder.path()) == std::vector<std::string>{"report.md"});
    }
    SECTION("a path whose parent is a file") {
        writeBytes(folder.file("not-a-folder"), "keep");
        auto failed = writeFileAtomically(folder.file("not-a-folder/report.md"), "x");
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().file == folder.file("not-a-folder/report.md"));
        CHECK(readFile(folder.file("not-a-folder")) == "keep");
    }
    SECTION("a target that is a folder") {
        fs::create_directory(target);
        writeBytes(target + "/inside", "keep");
        REQUIRE_FALSE(writeFileAtomically(target, "x").ok());
        CHECK(readFile(target + "/inside") == "keep");
    }
    SECTION("a write that fails half-way (file size limit) leaves the old file and no temp") {
        writeBytes(target, "the old report");
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Tests run as root, where permissions stop nothing; a file size limit makes the
            // write itself fail after the temporary file exists.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            auto ok = writeFileAtomically(target, std::string(256 * 1024, 'n'));
            ::_exit(ok ? 0 : ok.error().message.find("unchanged") != std::string::npos ? 3 : 4);
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 3);
        CHECK(readFile(target) == "the old report");
        CHECK(filesIn(folder.path()) == std::vector<std::string>{"report.md"});
    }
}

TEST_CASE("report: evaluate --report writes .md and .json and refuses bad targets",
          "[report][cli]") {
    TempFolder folder;
    const auto answers = dataPath("answers/realtime-chat-js.json");

    const auto md = folder.file("decision.MD");
    REQUIRE(runCommand({"evaluate", answers, "--report", md}).code == kExitOk);
    CHECK(readFile(md).rfind("# Realtime chat startup\n", 0) == 0);

    struct Bad {
        std::string report;
        std::string says;
    };
    writeBytes(folder.file("a-file"), "keep");
    const std::vector<Bad> bad = {
        {folder.file("a-file/report.md"), "is not a folder"},
        {folder.file("missing/report.md"), "does not exist"},
        {folder.file("report.txt"), "unknown report type \".txt\""},
        {folder.file("report"), "no file extension"},
        {folder.file("report.pdf"), "cannot write PDF"},
        {folder.file("report.html"), "cannot write HTML"},
        {folder.path(), "expected"},
        {answers, "is the input file"},
    };
    const auto db = folder.file("never.sqlite3");
    for (const auto& b : bad) {
        const auto before = filesIn(folder.path());
        const auto run =
            runCommand({"evaluate", answers, "--report", b.report, "--save", "--db", db});
        INFO(b.report << " -> " << run.err);
        CHECK(run.code == kExitBadInput);
        CHECK(run.out.empty());
        CHECK(lineCount(run.err) == 1);
        CHECK(run.err.find(b.report) != std::string::npos);
        CHECK(run.err.find(b.says) != std::string::npos);
        CHECK(filesIn(folder.path()) == before); // nothing written, not even the database
    }
    CHECK(readFile(answers).find("Realtime chat startup") != std::string::npos);
}

TEST_CASE("report: injected writers add PDF and HTML to the CLI", "[report][cli]") {
    TempFolder folder;
    std::vector<std::string> calls;
    CliEnvironment env;
    env.reportWriters[".pdf"] = [&calls](const ReportInput& in, const std::string& path) {
        calls.push_back(path + " " + in.answers.title + " seed " +
                        std::to_string(in.settings.seed));
        return writeFileAtomically(path, "%PDF-1.4 stand-in");
    };
    const auto pdf = folder.file("decision.pdf");
    const auto run = runCommand(
        {"evaluate", dataPath("answers/realtime-chat-js.json"), "--seed", "9", "--report", pdf},
        env);
    CHECK(run.code == kExitOk);
    REQUIRE(calls.size() == 1);
    CHECK(calls.front() == pdf + " Realtime chat startup seed 9");
    CHECK(readFile(pdf) == "%PDF-1.4 stand-in");

    // A writer's failure is reported with its file and exit 1 (a failure after validation).
    env.reportWriters[".html"] = [](const ReportInput&, const std::string& path) -> Status {
        return Error{path, "", "renderer crashed"};
    };
    const auto failed = runCommand(
        {"evaluate", dataPath("answers/realtime-chat-js.json"), "--report", folder.file("x.html")},
        env);
    CHECK(failed.code == kExitFailure);
    CHECK(failed.err.find("x.html: renderer crashed") != std::string::npos);
    CHECK(failed.out.empty());
}

} // namespace advisor::test
