#include "core/cli/cli.h"

#include "core/base/app_paths.h"
#include "core/base/atomic_file.h"
#include "core/base/iso_time.h"
#include "core/base/json_io.h"
#include "core/cli/cli_numbers.h"
#include "core/cli/lab_command.h"
#include "core/engine/calibration_report.h"
#include "core/engine/engine.h"
#include "core/engine/evaluation_json.h"
#include "core/group/group_input.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "core/model/explanations.h"
#include "core/report/json_report.h"
#include "core/report/report_writers.h"
#include "core/report/text_summary.h"
#include "core/store/decision_store.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <set>

namespace advisor {
namespace {

constexpr const char* kProgram = kProgramName;

struct ParsedArgs {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values; // --kb FILE, --seed N, ...
    std::set<std::string> flags;               // --json, --save

    [[nodiscard]] const std::string* value(const std::string& option) const {
        const auto it = values.find(option);
        return it == values.end() ? nullptr : &it->second;
    }
};

// Splits arguments into positionals, options that take a value and flags; anything else is
// an error naming the argument.
Result<ParsedArgs> parseArgs(const std::vector<std::string>& args,
                             const std::set<std::string>& valueOptions,
                             const std::set<std::string>& flagOptions) {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inlineValue;
        if (arg.rfind("--", 0) == 0) {
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
            }
            if (valueOptions.count(arg)) {
                if (!inlineValue && i + 1 >= args.size())
                    return Error{kProgram, arg, "expects a value"};
                if (parsed.values.count(arg))
                    return Error{kProgram, arg, "given more than once"};
                parsed.values[arg] = inlineValue ? *inlineValue : args[++i];
            } else if (flagOptions.count(arg) && !inlineValue) {
                parsed.flags.insert(arg);
            } else {
                return Error{kProgram, arg, "unknown option (see --help)"};
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            return Error{kProgram, arg, "unknown option (see --help)"};
        } else {
            parsed.positional.push_back(arg);
        }
    }
    return parsed;
}

Result<KnowledgeBase> knowledgeBaseFor(const ParsedArgs& args) {
    if (const auto* kb = args.value("--kb"))
        return loadKnowledgeBase(*kb);
    return builtInKnowledgeBase();
}

int fail(CliStreams s, const Error& e, int code = kExitBadInput) {
    // Errors about the command line itself already name the program as their "file".
    if (e.file != kProgram)
        s.err << kProgram << ": ";
    s.err << e.oneLine() << '\n';
    return code;
}

void warn(CliStreams s, const std::string& message) {
    s.err << kProgram << ": warning: " << message << '\n';
}

std::chrono::system_clock::time_point nowFrom(const CliEnvironment& env) {
    return env.clock ? env.clock() : std::chrono::system_clock::now();
}

// The database a command uses: the one named with --db, which is the user's and is never moved,
// renamed or replaced, or the app's own default one, which is moved aside when damaged.
struct DatabaseChoice {
    std::string path;
    StoreOptions options;
};

Result<DatabaseChoice> databaseFor(const ParsedArgs& args, const CliEnvironment& env) {
    DatabaseChoice choice;
    choice.options.clock = env.clock;
    if (const auto* db = args.value("--db")) {
        choice.path = *db;
        choice.options.unusableFile = UnusableFile::Refuse;
        return choice;
    }
    auto path = defaultDatabasePath();
    if (!path)
        return path.error();
    choice.path = *path;
    choice.options.unusableFile = UnusableFile::MoveAside;
    return choice;
}

Result<DecisionStore> openStore(const DatabaseChoice& db, CliStreams s) {
    auto store = DecisionStore::open(db.path, db.options);
    if (store && store->report().movedAside)
        warn(s, store->report().notice());
    return store;
}

// An answers file or a JSON report, ready to evaluate.
struct EvaluationInput {
    AnswerSet answers;
    MonteCarloSettings settings;
};

Result<EvaluationInput> loadInput(const std::string& path, const KnowledgeBase& kb, CliStreams s) {
    auto json = loadJsonFile(path);
    if (!json)
        return json.error();
    EvaluationInput input;
    if (isJsonReport(*json)) {
        auto report = parseJsonReport(*json, kb, path);
        if (!report)
            return report.error();
        if (report->kbHash != kb.hash)
            warn(s, path + " was made with knowledge base " + report->kbVersion + " (" +
                        report->kbHash + "); this run uses " + kb.version + " (" + kb.hash +
                        "), so the result may differ");
        input.answers = std::move(report->answers);
        input.settings.seed = report->settings.seed;
        input.settings.samples = report->settings.samples;
        return input;
    }
    if (json->is_object() && json->contains("format") && (*json)["format"].is_string() &&
        (*json)["format"] == "backend-advisor/evaluation")
        return Error{path, "/format",
                     "this is `evaluate --json` output, which cannot be evaluated again; write a "
                     "JSON report with --report FILE.json instead"};
    auto answers = parseAnswers(*json, kb, path);
    if (!answers)
        return answers.error();
    input.answers = std::move(answers).value();
    for (const auto& warning : knowledgeBaseWarnings(input.answers, kb, path))
        warn(s, warning);
    return input;
}

// `group A.json B.json ...`: every file's people in one group decision.
Result<EvaluationInput> loadGroupInput(const std::vector<std::string>& paths,
                                       const KnowledgeBase& kb, CliStreams s) {
    std::vector<std::string> warnings;
    auto group = loadGroup(paths, kb, &warnings);
    if (!group)
        return group.error();
    for (const auto& warning : warnings)
        warn(s, warning);
    return EvaluationInput{std::move(group).value(), {}};
}

// Everything `evaluate` checks before it writes anything.
Status checkReportTarget(const std::string& report, const std::string& input) {
    if (auto ok = checkWritableTarget(report); !ok) {
        auto error = ok.error();
        error.field = "--report";
        return error;
    }
    std::error_code ec;
    if (std::filesystem::equivalent(report, input, ec))
        return Error{report, "--report", "is the input file; choose another name"};
    return Ok{};
}

// `evaluate FILE` and `group FILE...`: the same options and outputs, one input or several.
int evaluateCommand(const std::vector<std::string>& rawArgs, CliStreams s,
                    const CliEnvironment& env, bool group = false) {
    auto args = parseArgs(rawArgs, {"--kb", "--seed", "--samples", "--report", "--db"},
                          {"--json", "--save"});
    if (!args)
        return fail(s, args.error());
    if (group && args->positional.empty())
        return fail(s, Error{kProgram, "group", "expects one or more answers files"});
    if (!group && args->positional.size() != 1)
        return fail(s, Error{kProgram, "evaluate", "expects exactly one answers or report file"});
    const auto& path = args->positional.front();
    const bool save = args->flags.count("--save") > 0;
    if (args->value("--db") && !save)
        return fail(s, Error{kProgram, "--db", "is only used with --save"});

    auto writers = builtInReportWriters();
    for (const auto& [ext, writer] : env.reportWriters)
        writers[ext] = writer;
    ReportWriter writeReport;
    const std::string* reportPath = args->value("--report");
    if (reportPath) {
        auto writer = reportWriterFor(*reportPath, writers);
        if (!writer)
            return fail(s, writer.error());
        for (const auto& input : args->positional)
            if (auto ok = checkReportTarget(*reportPath, input); !ok)
                return fail(s, ok.error());
        writeReport = *writer;
    }

    auto kb = knowledgeBaseFor(*args);
    if (!kb)
        return fail(s, kb.error());
    auto input = group ? loadGroupInput(args->positional, *kb, s) : loadInput(path, *kb, s);
    if (!input)
        return fail(s, input.error());
    EngineOptions options;
    options.monteCarlo.seed = input->settings.seed;
    options.monteCarlo.samples = input->settings.samples;
    if (const auto* text = args->value("--seed")) {
        auto seed = parseWholeNumber("--seed", *text, 0, UINT64_MAX);
        if (!seed)
            return fail(s, seed.error());
        options.monteCarlo.seed = *seed;
    }
    if (const auto* text = args->value("--samples")) {
        auto samples = parseWholeNumber("--samples", *text, 1000, 1'000'000);
        if (!samples)
            return fail(s, samples.error());
        options.monteCarlo.samples = static_cast<std::size_t>(*samples);
    }

    // The database is checked before anything is written, and opened (created if new) only
    // once the report, if any, is written: a refused --db leaves no report and no database.
    std::optional<DatabaseChoice> database;
    if (save) {
        auto db = databaseFor(*args, env);
        if (!db)
            return fail(s, db.error());
        if (auto usable = DecisionStore::checkUsable(db->path, db->options); !usable)
            return fail(s, usable.error());
        database = std::move(db).value();
    }

    const auto ev = evaluate(*kb, input->answers, options);
    if (writeReport) {
        const ReportInput report{*kb, input->answers, ev, options.monteCarlo, nowFrom(env)};
        if (auto ok = writeReport(report, *reportPath); !ok)
            return fail(s, ok.error(), kExitFailure);
    }
    if (database) {
        auto store = openStore(*database, s);
        if (!store)
            return fail(s, store.error(), kExitFailure);
        auto id = store->save(makeDecision(*kb, input->answers, ev, options.monteCarlo));
        if (!id)
            return fail(s, id.error(), kExitFailure);
        s.err << kProgram << ": saved as decision " << *id << " in " << store->path() << '\n';
    }
    if (args->flags.count("--json"))
        s.out << evaluationToJson(*kb, input->answers, ev).dump(2) << '\n';
    else
        s.out << textSummary(*kb, input->answers, ev);
    return kExitOk;
}

int questionsCommand(const std::vector<std::string>& rawArgs, CliStreams s) {
    auto args = parseArgs(rawArgs, {"--kb"}, {});
    if (!args)
        return fail(s, args.error());
    if (!args->positional.empty())
        return fail(s, Error{kProgram, args->positional.front(), "unexpected argument"});
    auto kb = knowledgeBaseFor(*args);
    if (!kb)
        return fail(s, kb.error());
    s.out << questionnaireToJson(*kb).dump(2) << '\n';
    return kExitOk;
}

// Walks the answer space and prints who wins how often and whether the model's promises hold.
// Exit 1 when a property is broken, so a knowledge base's author can run it in CI.
int calibrateCommand(const std::vector<std::string>& rawArgs, CliStreams s) {
    auto args = parseArgs(rawArgs, {"--kb", "--sets", "--seed"}, {"--json"});
    if (!args)
        return fail(s, args.error());
    if (!args->positional.empty())
        return fail(s, Error{kProgram, args->positional.front(), "unexpected argument"});
    CalibrationOptions options;
    if (const auto* text = args->value("--sets")) {
        auto sets = parseWholeNumber("--sets", *text, 100'000, 10'000'000);
        if (!sets)
            return fail(s, sets.error());
        options.sampleSize = static_cast<std::size_t>(*sets);
    }
    if (const auto* text = args->value("--seed")) {
        auto seed = parseWholeNumber("--seed", *text, 0, UINT64_MAX);
        if (!seed)
            return fail(s, seed.error());
        options.seed = *seed;
    }
    auto kb = knowledgeBaseFor(*args);
    if (!kb)
        return fail(s, kb.error());
    const auto calibration = calibrate(*kb, options);
    if (args->flags.count("--json"))
        s.out << calibrationToJson(*kb, calibration).dump(2) << '\n';
    else
        s.out << calibrationText(*kb, calibration);
    if (!calibration.allPropertiesHold()) {
        s.err << kProgram << ": the knowledge base breaks a calibration property (see above)\n";
        return kExitFailure;
    }
    return kExitOk;
}

// A title on one terminal line: control characters become spaces, long titles are cut on a
// UTF-8 boundary.
std::string oneLineTitle(const std::string& title, std::size_t maxBytes) {
    std::string line = title.empty() ? "(untitled)" : title;
    for (char& c : line)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    if (line.size() > maxBytes) {
        std::size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        line = line.substr(0, cut) + "\u2026";
    }
    return line;
}

std::string twoDecimals(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string padded(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

void printHistoryText(CliStreams s, const std::string& path,
                      const std::vector<DecisionSummary>& rows, const std::string& today) {
    if (rows.empty()) {
        s.out << "No saved decisions in " << path << ".\n";
        return;
    }
    // A tie is saved without a winner.
    const auto winnerOf = [](const DecisionSummary& r) {
        return r.winnerName.empty() ? std::string("Tie") : r.winnerName;
    };
    std::size_t winnerWidth = 6;
    for (const auto& r : rows)
        winnerWidth = std::max(winnerWidth, winnerOf(r).size());
    s.out << padded("ID", 6) << "  " << padded("Created", 10) << "  "
          << padded("Winner", winnerWidth) << "  " << padded("Verdict", 10) << "  "
          << padded("Margin", 6) << "  People  Title\n";
    for (const auto& r : rows) {
        const std::string id = std::to_string(r.id);
        s.out << std::string(id.size() < 6 ? 6 - id.size() : 0, ' ') << id << "  "
              << padded(r.createdAt.substr(0, 10), 10) << "  " << padded(winnerOf(r), winnerWidth)
              << "  "
              << padded(verdictLabel(r.verdict == "clear"  ? Verdict::Clear
                                     : r.verdict == "lean" ? Verdict::Lean
                                                           : Verdict::CloseCall),
                        10)
              << "  " << padded(twoDecimals(r.margin), 6) << "  "
              << padded(std::to_string(r.respondents), 6) << "  " << oneLineTitle(r.title, 60);
        if (r.dueOn(today))
            s.out << "  [revisit due " << *r.revisitOn << "]";
        else if (r.hasOutcome)
            s.out << "  [reviewed]";
        s.out << '\n';
    }
    s.out << rows.size() << (rows.size() == 1 ? " decision" : " decisions") << " in " << path
          << ".\n";
}

int historyCommand(const std::vector<std::string>& rawArgs, CliStreams s,
                   const CliEnvironment& env) {
    auto args = parseArgs(rawArgs, {"--db", "--search", "--limit"}, {"--json"});
    if (!args)
        return fail(s, args.error());
    if (!args->positional.empty())
        return fail(s, Error{kProgram, args->positional.front(), "unexpected argument"});
    ListQuery query;
    if (const auto* search = args->value("--search"))
        query.search = *search;
    if (const auto* limit = args->value("--limit")) {
        auto n = parseWholeNumber("--limit", *limit, 1, 1'000'000);
        if (!n)
            return fail(s, n.error());
        query.limit = static_cast<std::size_t>(*n);
    }
    auto database = databaseFor(*args, env);
    if (!database)
        return fail(s, database.error());
    const std::string* path = &database->path;

    // Listing never creates a database: a missing file is simply an empty history.
    std::vector<DecisionSummary> rows;
    std::error_code ec;
    if (std::filesystem::exists(*path, ec)) {
        auto store = openStore(*database, s);
        if (!store)
            return fail(s, store.error());
        auto listed = store->list(query);
        if (!listed)
            return fail(s, listed.error(), kExitFailure);
        rows = std::move(listed).value();
    }
    const std::string today = isoUtcDate(nowFrom(env));
    if (!args->flags.count("--json")) {
        printHistoryText(s, *path, rows, today);
        return kExitOk;
    }
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const auto& r : rows)
        list.push_back(
            Json{{"id", r.id},
                 {"title", r.title},
                 {"created", r.createdAt},
                 {"updated", r.updatedAt},
                 {"winner", r.winner},
                 {"winner_name", r.winnerName},
                 {"respondents", r.respondents},
                 {"verdict", r.verdict},
                 {"margin", std::round(r.margin * 1e4) / 1e4},
                 {"confidence",
                  r.confidence ? Json(std::round(*r.confidence * 1e4) / 1e4) : Json(nullptr)},
                 {"revisit_on", r.revisitOn ? Json(*r.revisitOn) : Json(nullptr)},
                 {"revisit_due", r.dueOn(today)},
                 {"outcome_recorded", r.hasOutcome}});
    const Json out{{"format", "backend-advisor/history"},
                   {"format_version", 1},
                   {"database", *path},
                   {"decisions", std::move(list)}};
    s.out << out.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return kExitOk;
}

// The Evidence Lab lives in core/lab/; this is its one entry point here.
int labCommandEntry(const std::vector<std::string>& rest, CliStreams s) {
    return lab::labCommand(rest, s);
}

} // namespace

std::string usageText() {
    return R"(Backend Advisor: should your backend use Node.js or Python? Cited, explained, saved.

Usage:
  backend-advisor                                  start the desktop app
  backend-advisor evaluate ANSWERS.json [--json] [--report OUT.pdf|.html|.md|.json]
                  [--kb FILE] [--seed N] [--samples N] [--save] [--db FILE]
                                                   evaluate an answers file and print the result
  backend-advisor evaluate REPORT.json [--json]    evaluate a JSON report again: same result
  backend-advisor group ANSWERS.json ANSWERS.json... [--json] [--report OUT] [--save] [--db FILE]
                                                   several people's answers, one decision: the
                                                   group's result, who favours what, where
                                                   they differ (same options as evaluate)
  backend-advisor questions [--kb FILE]            print the questionnaire as JSON
  backend-advisor calibrate [--json] [--kb FILE] [--sets N] [--seed N]
                                                   walk the answer space: who wins how often,
                                                   and whether the model's promises hold
  backend-advisor history [--db FILE] [--json] [--search TEXT] [--limit N]
                                                   list saved decisions, newest first
  backend-advisor lab [--seconds N] [--connections N] [--servers LIST] [--workers-per-core]
                  [--json]                         measure the article's performance claims here
  backend-advisor --benchmark-startup              show the window, print ms to first paint, exit
  backend-advisor --help | --version

Options:
  --json         print the result as JSON (same input, byte-identical output)
  --report FILE  also write a report; the extension picks the format: .md (a decision record),
                 .json (re-evaluates to the same result), .pdf and .html (desktop build only).
                 The file is replaced atomically: a failed write leaves the old file
  --kb FILE      use this knowledge base instead of the built-in one
  --seed N       seed of the Monte Carlo weight sampling (default 42; a report keeps its own)
  --samples N    number of Monte Carlo samples, 1000 to 1000000 (default 10000)
  --save         store the decision in the database
  --db FILE      the database to use (default: $XDG_DATA_HOME/backend-advisor/decisions.sqlite3)
  --search TEXT  history: only decisions whose title, notes or winner contain TEXT
  --limit N      history: at most N decisions
  --sets N       calibrate: answer sets to sample when the space is too large to walk whole,
                 100000 to 10000000 (default 200000); --seed seeds that sample (default 1)

Evidence Lab options (the servers, wrk and its packages: see docs/evidence-lab.md):
  --seconds N         each measurement's length, 1 to 10 (default 2); 3 interleaved rounds of
                      /json and /compute per server
  --connections N     wrk's open connections, 1 to 1000 (default 50)
  --servers LIST      some of node-http,express,uvicorn-asgi,fastapi,django (default: all)
  --workers-per-core  one worker process per core instead of one per server

Exit status: 0 success, 2 bad input (the message names the file and the field), 1 other failure.
)";
}

bool isCliCommand(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    // Any word in first place is a command, so a misspelt one gets "unknown command" instead
    // of silently starting the GUI; the GUI's own options (Qt's, --benchmark-startup) start
    // with a dash.
    const auto& first = args.front();
    return first == "--help" || first == "-h" || first == "--version" ||
           (!first.empty() && first[0] != '-');
}

int runCli(const std::vector<std::string>& args, CliStreams s) {
    return runCli(args, s, CliEnvironment{});
}

int runCli(const std::vector<std::string>& args, CliStreams s, const CliEnvironment& env) {
    // "backend-advisor evaluate --help" asks for help as well; further on, "-h" may be the
    // value of an option.
    const auto asksForHelp = [](const std::string& arg) {
        return arg == "--help" || arg == "-h";
    };
    if (args.empty() || asksForHelp(args.front()) || (args.size() > 1 && asksForHelp(args[1]))) {
        s.out << usageText();
        return kExitOk;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args.front() == "--version") {
        s.out << kProgram << ' ' << ADVISOR_VERSION << " (knowledge base "
              << builtInKnowledgeBase().version << ")\n";
        return kExitOk;
    }
    if (args.front() == "evaluate")
        return evaluateCommand(rest, s, env);
    if (args.front() == "group")
        return evaluateCommand(rest, s, env, true);
    if (args.front() == "questions")
        return questionsCommand(rest, s);
    if (args.front() == "calibrate")
        return calibrateCommand(rest, s);
    if (args.front() == "history")
        return historyCommand(rest, s, env);
    if (args.front() == "lab")
        return labCommandEntry(rest, s);
    return fail(s, Error{kProgram, args.front(), "unknown command (see --help)"});
}

} // namespace advisor
