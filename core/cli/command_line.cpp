// The one argument parser of the command line (CLI11): every command's options, its --help,
// the same rules for every command (an option given twice is an error, flag or value alike; a
// flag takes no value; a value may start with a dash), and one-line errors that name the
// program and the option. What each command does is in its own file (core/cli/commands.h).
#include "core/base/program.h"
#include "core/cli/cli.h"
#include "core/cli/cli_numbers.h"
#include "core/cli/cli_output.h"
#include "core/cli/commands.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/lab/lab_plan.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <ostream>

namespace advisor {
namespace {

constexpr const char* kExitStatus =
    "Exit status: 0 success; 2 bad input or arguments (the message names the file and the "
    "field); 1 a failure of the environment (no permission, a busy, read-only or full disk, an "
    "interrupted lab run) or a broken calibration property.";

constexpr const char* kCommands = R"(Commands:
  backend-advisor                                  start the desktop app
  backend-advisor evaluate ANSWERS.json [--json] [--report OUT.pdf|.html|.md|.json]
                  [--kb FILE] [--seed N] [--samples N] [--save] [--db FILE]
  backend-advisor evaluate REPORT.json [--json]    a JSON report evaluates to the same result
  backend-advisor group ANSWERS.json ANSWERS.json... [same options as evaluate]
  backend-advisor questions [--kb FILE]
  backend-advisor calibrate [--json] [--kb FILE] [--sets N] [--seed N]
  backend-advisor history [--db FILE] [--json] [--search TEXT] [--limit N]
  backend-advisor lab [--seconds N] [--connections N] [--servers LIST] [--workers-per-core]
                  [--json]
  backend-advisor --benchmark-startup              show the window, print ms to first paint
  backend-advisor --version
  backend-advisor COMMAND --help                   one command's options in full)";

// A string option whose value is read after parsing: given or not, and what was given.
struct Text {
    CLI::Option* option = nullptr;
    [[nodiscard]] std::optional<std::string> value() const {
        if (!option || option->count() == 0 || option->results().empty())
            return std::nullopt;
        return option->results().back();
    }
};

Text textOption(CLI::App* command, const std::string& name, const std::string& type,
                const std::string& help) {
    auto* option = command->add_option(name, help)->type_name(type);
    // Every occurrence is kept, so a repeated option is refused with one rule for all.
    option->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    return {option};
}

CLI::Option* flag(CLI::App* command, const std::string& name, const std::string& help) {
    return command->add_flag(name, help);
}

// A whole-number option's value within its bounds, or the error that names it.
template <typename T>
Result<std::optional<T>> wholeNumber(const Text& text, const std::string& name, std::uint64_t low,
                                     std::uint64_t high) {
    const auto given = text.value();
    if (!given)
        return std::optional<T>();
    auto number = parseWholeNumber(name, *given, low, high);
    if (!number)
        return number.error();
    return std::optional<T>(static_cast<T>(*number));
}

// What a command's options became, and how to run it once they are read.
using Runner = std::function<int()>;

struct Commands {
    CLI::App app{"", kProgramName};
    std::map<std::string, std::function<Result<Runner>()>> read; // by command name
};

void addEvaluate(Commands& c, const std::string& name, bool group, CliStreams s,
                 const CliEnvironment& env) {
    auto* command = c.app.add_subcommand(
        name, group ? "several people's answers, one decision: the group's result, who favours "
                      "what and where they differ"
                    : "evaluate an answers file (or a JSON report) and print the result");
    auto files = std::make_shared<std::vector<std::string>>();
    command
        ->add_option(group ? "ANSWERS.json" : "FILE", *files,
                     group ? "the respondents' answers files (one or more)"
                           : "an answers file, or a JSON report written by --report")
        ->type_name("");
    const auto json = flag(command, "--json", "print the result as JSON (byte-identical output)");
    const auto save = flag(command, "--save", "store the decision in the database");
    const auto report = textOption(command, "--report", "FILE",
                                   "also write a report; the extension picks the format: .md, "
                                   ".json, .pdf, .html; replaced atomically");
    const auto kb = textOption(command, "--kb", "FILE", "use this knowledge base");
    const auto seed = textOption(command, "--seed", "N",
                                 "seed of the Monte Carlo weight sampling (default 42; a report "
                                 "keeps its own)");
    const auto samples = textOption(command, "--samples", "N",
                                    "Monte Carlo samples, 1000 to 1000000 (default 10000)");
    const auto db = textOption(command, "--db", "FILE",
                               "the database for --save (default: "
                               "$XDG_DATA_HOME/backend-advisor/decisions.sqlite3); a file that "
                               "is not a Backend Advisor database is refused, never changed");
    command->footer(kExitStatus);
    c.read[name] = [=, &env]() -> Result<Runner> {
        cli::EvaluateArguments args;
        args.files = *files;
        args.group = group;
        if (group && args.files.empty())
            return Error{kProgramName, "group", "expects one or more answers files"};
        if (!group && args.files.size() != 1)
            return Error{kProgramName, "evaluate", "expects exactly one answers or report file"};
        args.json = json->count() > 0;
        args.save = save->count() > 0;
        args.report = report.value();
        args.kb = kb.value();
        args.database = db.value();
        if (args.database && !args.save)
            return Error{kProgramName, "--db", "is only used with --save"};
        auto seedValue = wholeNumber<std::uint64_t>(seed, "--seed", 0, UINT64_MAX);
        if (!seedValue)
            return seedValue.error();
        args.seed = *seedValue;
        auto samplesValue = wholeNumber<std::size_t>(samples, "--samples", 1000, 1'000'000);
        if (!samplesValue)
            return samplesValue.error();
        args.samples = *samplesValue;
        return Runner([args, s, &env] { return cli::evaluateCommand(args, s, env); });
    };
}

void addQuestions(Commands& c, CliStreams s) {
    auto* command = c.app.add_subcommand("questions", "print the questionnaire as JSON");
    const auto kb = textOption(command, "--kb", "FILE", "use this knowledge base");
    command->footer(kExitStatus);
    c.read["questions"] = [=]() -> Result<Runner> {
        cli::QuestionsArguments args{kb.value()};
        return Runner([args, s] { return cli::questionsCommand(args, s); });
    };
}

void addCalibrate(Commands& c, CliStreams s) {
    auto* command = c.app.add_subcommand(
        "calibrate", "walk the answer space: who wins how often, and whether the model's "
                     "promises hold (exit 1 when one is broken)");
    const auto json = flag(command, "--json", "print the calibration as JSON");
    const auto kb = textOption(command, "--kb", "FILE", "use this knowledge base");
    const auto sets = textOption(command, "--sets", "N",
                                 "answer sets to sample when the space is too large to walk "
                                 "whole, 100000 to 10000000 (default 200000)");
    const auto seed = textOption(command, "--seed", "N", "seed of that sample (default 1)");
    command->footer(kExitStatus);
    c.read["calibrate"] = [=]() -> Result<Runner> {
        cli::CalibrateArguments args;
        args.kb = kb.value();
        args.json = json->count() > 0;
        auto setsValue = wholeNumber<std::size_t>(sets, "--sets", 100'000, 10'000'000);
        if (!setsValue)
            return setsValue.error();
        args.sets = *setsValue;
        auto seedValue = wholeNumber<std::uint64_t>(seed, "--seed", 0, UINT64_MAX);
        if (!seedValue)
            return seedValue.error();
        args.seed = *seedValue;
        return Runner([args, s] { return cli::calibrateCommand(args, s); });
    };
}

void addHistory(Commands& c, CliStreams s, const CliEnvironment& env) {
    auto* command = c.app.add_subcommand("history", "list saved decisions, newest first");
    const auto json = flag(command, "--json", "print the list as JSON");
    const auto db = textOption(command, "--db", "FILE",
                               "the database (default: "
                               "$XDG_DATA_HOME/backend-advisor/decisions.sqlite3); a file that "
                               "is not a Backend Advisor database is refused, never changed");
    const auto search = textOption(command, "--search", "TEXT",
                                   "only decisions whose title, notes or winner contain TEXT");
    const auto limit = textOption(command, "--limit", "N", "at most N decisions");
    command->footer(kExitStatus);
    c.read["history"] = [=, &env]() -> Result<Runner> {
        cli::HistoryArguments args;
        args.json = json->count() > 0;
        args.database = db.value();
        args.search = search.value();
        auto limitValue = wholeNumber<std::size_t>(limit, "--limit", 1, 1'000'000);
        if (!limitValue)
            return limitValue.error();
        args.limit = *limitValue;
        return Runner([args, s, &env] { return cli::historyCommand(args, s, env); });
    };
}

void addLab(Commands& c, CliStreams s) {
    auto* command = c.app.add_subcommand(
        "lab", "measure the article's performance claims on this machine (the Evidence Lab; "
               "servers on 127.0.0.1, stopped afterwards)");
    const auto json = flag(command, "--json", "print the run as JSON");
    const auto perCore = flag(command, "--workers-per-core",
                              "one worker process per core instead of one per server");
    const auto seconds =
        textOption(command, "--seconds", "N", "each measurement's length, 1 to 10 (default 2)");
    const auto connections =
        textOption(command, "--connections", "N", "wrk's open connections, 1 to 1000 (default 50)");
    const auto servers = textOption(command, "--servers", "LIST",
                                    "some of node-http,express,uvicorn-asgi,fastapi,django "
                                    "(default: all)");
    command->footer(std::string("Ctrl-C or SIGTERM stops every server and exits 1. ") +
                    kExitStatus);
    c.read["lab"] = [=]() -> Result<Runner> {
        cli::LabArguments args;
        args.json = json->count() > 0;
        if (perCore->count() > 0)
            args.settings.workers = lab::WorkerMode::PerCore;
        auto secondsValue =
            wholeNumber<int>(seconds, "--seconds", lab::kMinSeconds, lab::kMaxSeconds);
        if (!secondsValue)
            return secondsValue.error();
        if (*secondsValue)
            args.settings.seconds = **secondsValue;
        auto connectionsValue = wholeNumber<int>(connections, "--connections", lab::kMinConnections,
                                                 lab::kMaxConnections);
        if (!connectionsValue)
            return connectionsValue.error();
        if (*connectionsValue)
            args.settings.connections = **connectionsValue;
        if (const auto list = servers.value()) {
            auto ids = lab::parseServerList(*list);
            if (!ids)
                return Error{kProgramName, "--servers", ids.error().message};
            args.settings.servers = std::move(ids).value();
        }
        return Runner([args, s] { return cli::labCommand(args, s); });
    };
}

bool asksForHelp(const std::string& arg) {
    return arg == "--help" || arg == "-h";
}

// The shapes CLI11 would accept or word differently, checked first so every command says them
// the same way: a flag given a value, a value option at the end without one.
// "unknown option (see backend-advisor lab --help)": where the options that exist are listed.
std::string unknownOption(const CLI::App& command) {
    return "unknown option (see " + std::string(kProgramName) + " " + command.get_name() +
           " --help)";
}

Status checkShapes(const CLI::App& command, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--")
            break;
        if (arg.rfind("--", 0) != 0)
            continue;
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const CLI::Option* option = command.get_option_no_throw(name);
        if (!option)
            continue; // CLI11 leaves it over; reported as unknown below
        const bool isFlag = option->get_items_expected_max() == 0;
        if (isFlag && eq != std::string::npos)
            return Error{kProgramName, arg.substr(0, 60), unknownOption(command)};
        if (!isFlag && eq == std::string::npos && i + 1 == args.size())
            return Error{kProgramName, name, "expects a value"};
    }
    return Ok{};
}

// After parsing: an option given twice, and words left over.
Status checkParsed(const CLI::App& command) {
    for (const CLI::Option* option : command.get_options())
        if (option->count() > 1 && option->get_name(false, true).rfind("--", 0) == 0)
            return Error{kProgramName, option->get_name(false, true), "given more than once"};
    auto left = command.remaining();
    std::erase(left, "--"); // the end of the options, not an argument
    if (left.empty())
        return Ok{};
    const std::string& first = left.front();
    if (first.size() > 1 && first[0] == '-')
        return Error{kProgramName, first.substr(0, 60), unknownOption(command)};
    return Error{kProgramName, first.substr(0, 60), "unexpected argument"};
}

void defineCommands(Commands& c, CliStreams s, const CliEnvironment& env) {
    c.app.description(
        "Backend Advisor: should your backend use Node.js or Python? Cited, explained, saved.");
    c.app.set_help_flag("-h,--help", "print this help and exit");
    c.app.footer(std::string(kCommands) + "\n\n" + kExitStatus);
    addEvaluate(c, "evaluate", false, s, env);
    addEvaluate(c, "group", true, s, env);
    addQuestions(c, s);
    addCalibrate(c, s);
    addHistory(c, s, env);
    addLab(c, s);
    for (CLI::App* command : c.app.get_subcommands({})) {
        command->set_help_flag("-h,--help", "print this command's help and exit");
        // Left-over words are reported by checkParsed, in the program's own words.
        command->allow_extras();
    }
}

} // namespace

bool isCliCommand(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    // Any word in first place is a command, so a misspelt one gets "unknown command" instead
    // of silently starting the GUI; the GUI's own options (Qt's, --benchmark-startup) start
    // with a dash.
    const auto& first = args.front();
    return asksForHelp(first) || first == "--version" || (!first.empty() && first[0] != '-');
}

int runCli(const std::vector<std::string>& args, CliStreams s) {
    return runCli(args, s, CliEnvironment{});
}

int runCli(const std::vector<std::string>& args, CliStreams s, const CliEnvironment& env) {
    Commands c;
    defineCommands(c, s, env);
    if (args.empty() || asksForHelp(args.front())) {
        s.out << c.app.help();
        return kExitOk;
    }
    if (args.front() == "--version") {
        s.out << kProgramName << ' ' << ADVISOR_VERSION << " (knowledge base "
              << builtInKnowledgeBase().version << ")\n";
        return kExitOk;
    }
    const auto found = c.read.find(args.front());
    if (found == c.read.end())
        return cli::fail(
            s, Error{kProgramName, args.front().substr(0, 60), "unknown command (see --help)"});
    CLI::App* command = c.app.get_subcommand(args.front());
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (!rest.empty() && asksForHelp(rest.front())) {
        // Before any check: "evaluate --help" needs no answers file. Further on, "-h" may be
        // an option's value ("--search -h"), and CLI11 tells the two apart.
        s.out << command->help(kProgramName);
        return kExitOk;
    }
    if (auto ok = checkShapes(*command, rest); !ok)
        return cli::fail(s, ok.error());
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 reads from the back
        c.app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        s.out << command->help(kProgramName);
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        return cli::fail(s, Error{kProgramName, args.front(), e.what()});
    }
    if (auto ok = checkParsed(*command); !ok)
        return cli::fail(s, ok.error());
    auto runner = found->second();
    if (!runner)
        return cli::fail(s, runner.error());
    return (*runner)();
}

} // namespace advisor
