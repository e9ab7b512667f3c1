#include "core/cli.h"

#include "core/answers.h"
#include "core/engine.h"
#include "core/evaluation_json.h"
#include "core/explanations.h"
#include "core/json_io.h"
#include "core/knowledge_base_loader.h"
#include "core/text_summary.h"

#include <charconv>
#include <map>
#include <optional>
#include <ostream>
#include <set>

namespace advisor {
namespace {

constexpr const char* kProgram = "backend-advisor";

struct ParsedArgs {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values; // --kb FILE, --seed N, ...
    std::set<std::string> flags;              // --json, --save
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

Result<std::uint64_t> parseUnsigned(const std::string& option, const std::string& text,
                                    std::uint64_t low, std::uint64_t high) {
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < low || value > high)
        return Error{kProgram, option,
                     "expected a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", got \"" + text.substr(0, 40) + "\""};
    return value;
}

Result<KnowledgeBase> knowledgeBaseFor(const ParsedArgs& args) {
    if (const auto it = args.values.find("--kb"); it != args.values.end())
        return loadKnowledgeBase(it->second);
    return builtInKnowledgeBase();
}

int fail(CliStreams s, const Error& e) {
    s.err << kProgram << ": " << e.oneLine() << '\n';
    return kExitBadInput;
}

int evaluateCommand(const std::vector<std::string>& rawArgs, CliStreams s) {
    auto args = parseArgs(rawArgs, {"--kb", "--seed", "--samples"}, {"--json"});
    if (!args)
        return fail(s, args.error());
    if (args->positional.size() != 1)
        return fail(s, Error{kProgram, "evaluate", "expects exactly one answers file"});
    auto kb = knowledgeBaseFor(*args);
    if (!kb)
        return fail(s, kb.error());
    EngineOptions options;
    if (const auto it = args->values.find("--seed"); it != args->values.end()) {
        auto seed = parseUnsigned("--seed", it->second, 0, UINT64_MAX);
        if (!seed)
            return fail(s, seed.error());
        options.monteCarlo.seed = *seed;
    }
    if (const auto it = args->values.find("--samples"); it != args->values.end()) {
        auto samples = parseUnsigned("--samples", it->second, 1000, 1'000'000);
        if (!samples)
            return fail(s, samples.error());
        options.monteCarlo.samples = static_cast<std::size_t>(*samples);
    }
    const auto& path = args->positional.front();
    auto answers = loadAnswers(path, *kb);
    if (!answers)
        return fail(s, answers.error());
    const auto ev = evaluate(*kb, *answers, options);
    if (args->flags.count("--json"))
        s.out << evaluationToJson(*kb, *answers, ev).dump(2) << '\n';
    else
        s.out << textSummary(*kb, *answers, ev);
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

} // namespace

std::string usageText() {
    return R"(Backend Advisor: should your backend use Node.js or Python? Cited, explained, saved.

Usage:
  backend-advisor                                  start the desktop app
  backend-advisor evaluate ANSWERS.json [--json] [--kb FILE] [--seed N] [--samples N]
                                                   evaluate an answers file and print the result
  backend-advisor questions [--kb FILE]            print the questionnaire as JSON
  backend-advisor --benchmark-startup              show the window, print ms to first paint, exit
  backend-advisor --help | --version

Options:
  --json         print the result as JSON (same input, byte-identical output)
  --kb FILE      use this knowledge base instead of the built-in one
  --seed N       seed of the Monte Carlo weight sampling (default 42)
  --samples N    number of Monte Carlo samples, 1000 to 1000000 (default 10000)

Exit status: 0 success, 2 bad input (the message names the file and the field), 1 other failure.
)";
}

bool isCliCommand(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    static const std::set<std::string> kCommands = {"evaluate", "questions", "history",
                                                    "--help",   "-h",        "--version"};
    return kCommands.count(args.front()) > 0;
}

int runCli(const std::vector<std::string>& args, CliStreams s) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
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
        return evaluateCommand(rest, s);
    if (args.front() == "questions")
        return questionsCommand(rest, s);
    return fail(s, Error{kProgram, args.front(), "unknown command (see --help)"});
}

} // namespace advisor
