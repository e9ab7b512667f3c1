#include "core/cli/lab_command.h"

#include "core/base/number_format.h"
#include "core/cli/cli_numbers.h"
#include "core/lab/lab_plan.h"
#include "core/lab/lab_runner.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <csignal>
#include <iostream>
#include <optional>
#include <ostream>
#include <set>
#include <unistd.h>

namespace advisor::lab {
namespace {

constexpr const char* kProgram = kProgramName;
constexpr const char* kLab = "backend-advisor lab";

// Set by SIGINT, SIGTERM and SIGHUP while a run is under way; the run then stops its servers.
std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) {
    interrupted.store(true);
}

// Catches the interrupting signals for as long as it lives, then puts the old handlers back.
class InterruptScope {
public:
    InterruptScope() {
        interrupted.store(false);
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < kSignals.size(); ++i)
            ::sigaction(kSignals[i], &action, &previous_[i]);
    }
    ~InterruptScope() {
        for (std::size_t i = 0; i < kSignals.size(); ++i)
            ::sigaction(kSignals[i], &previous_[i], nullptr);
    }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

private:
    static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};
    std::array<struct sigaction, 3> previous_{};
};

struct LabArguments {
    LabSettings settings;
    bool json = false;
};

Result<LabArguments> parseLabArguments(const std::vector<std::string>& args) {
    LabArguments parsed;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string option = args[i];
        std::optional<std::string> value;
        if (const auto eq = option.find('=');
            option.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = option.substr(eq + 1);
            option = option.substr(0, eq);
        }
        const bool takesValue =
            option == "--seconds" || option == "--connections" || option == "--servers";
        const bool isFlag = option == "--json" || option == "--workers-per-core";
        if (!takesValue && !(isFlag && !value))
            return Error{kProgram, option.substr(0, 60),
                         option.rfind('-', 0) == 0 ? "unknown option for lab (see --help)"
                                                   : "unexpected argument"};
        if (!seen.insert(option).second)
            return Error{kProgram, option, "given more than once"};
        if (isFlag) {
            if (option == "--json")
                parsed.json = true;
            else
                parsed.settings.workers = WorkerMode::PerCore;
            continue;
        }
        if (!value) {
            if (i + 1 >= args.size())
                return Error{kProgram, option, "expects a value"};
            value = args[++i];
        }
        if (option == "--servers") {
            auto ids = parseServerList(*value);
            if (!ids)
                return Error{kProgram, "--servers", ids.error().message};
            parsed.settings.servers = std::move(ids).value();
            continue;
        }
        const bool seconds = option == "--seconds";
        auto number = seconds ? parseWholeNumber(option, *value, kMinSeconds, kMaxSeconds)
                              : parseWholeNumber(option, *value, kMinConnections, kMaxConnections);
        if (!number)
            return number.error();
        (seconds ? parsed.settings.seconds : parsed.settings.connections) =
            static_cast<int>(*number);
    }
    return parsed;
}

// The progress line: rewritten in place on a terminal, one line per stage otherwise (a log,
// a test reading it).
class ProgressLine {
public:
    explicit ProgressLine(std::ostream& err)
        : err_(err), terminal_(&err == &std::cerr && ::isatty(STDERR_FILENO)) {}
    ~ProgressLine() {
        if (terminal_ && shown_)
            err_ << "\r\033[K" << std::flush;
    }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void show(const LabProgress& p) {
        const std::string percent = std::to_string(static_cast<int>(p.fraction * 100 + 0.5));
        const std::string line = "lab: [" +
                                 std::string(3 - std::min<std::size_t>(3, percent.size()), ' ') +
                                 percent + "%] " + describe(p);
        if (terminal_)
            err_ << "\r\033[K" << line << std::flush;
        else
            err_ << line << '\n' << std::flush;
        shown_ = true;
    }

private:
    std::ostream& err_;
    bool terminal_;
    bool shown_ = false;
};

std::string padded(std::string text, std::size_t width, bool right = false) {
    // Width in characters, not bytes: names here are ASCII but "·" and "×" are not.
    std::size_t chars = 0;
    for (const unsigned char c : text)
        chars += (c & 0xC0) != 0x80;
    if (chars >= width)
        return text;
    const std::string pad(width - chars, ' ');
    return right ? pad + text : text + pad;
}

std::string rate(double value) {
    return formatCount(static_cast<std::size_t>(value + 0.5));
}

void printServerRow(std::ostream& out, const ServerResult& s) {
    out << padded(s.name, 22);
    if (s.status == ServerStatus::Missing) {
        out << "missing:";
        for (const auto& p : s.missingPackages)
            out << ' ' << p;
        out << '\n';
        return;
    }
    if (s.status == ServerStatus::Failed) {
        out << "failed: " << s.error << '\n';
        return;
    }
    const auto& j = s.json->median;
    const auto& c = s.compute->median;
    out << padded(rate(j.requestsPerSecond), 10, true)
        << padded(formatFixed(j.latencyMs.p50, 2), 9, true)
        << padded(formatFixed(j.latencyMs.p90, 2), 9, true)
        << padded(formatFixed(j.latencyMs.p99, 2), 9, true)
        << padded(rate(c.requestsPerSecond), 14, true)
        << padded(formatFixed(c.latencyMs.p50, 1), 10, true)
        << padded(formatFixed(c.latencyMs.p99, 1), 10, true);
    if (j.errors + c.errors > 0)
        out << "  (" << j.errors + c.errors << " errors)";
    out << '\n';
}

// "holds partly": the JSON's verdict in words.
std::string verdictLabel(ClaimVerdict v) {
    auto label = toString(v);
    std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

void printText(std::ostream& out, const LabRun& run) {
    const auto& m = run.machine;
    const auto& st = run.settings;
    out << "Evidence Lab, " << run.startedAt << "\n"
        << "Machine: " << m.cpu << ", " << m.logicalCores << " logical cores, " << m.os << ", "
        << m.kernel;
    if (m.loadAverageBefore)
        out << "; load average " << formatFixed(*m.loadAverageBefore, 2) << " before, "
            << (m.loadAverageAfter ? formatFixed(*m.loadAverageAfter, 2) : "?") << " after";
    out << "\nVersions:";
    for (const auto& [tool, version] : m.versions)
        out << ' ' << tool << ' ' << version << (tool == m.versions.rbegin()->first ? "" : ",");
    out << "\nLoad: wrk -t" << st.threads << " -c" << st.connections << ", " << st.seconds
        << " s per measurement after " << st.warmupSeconds << " s warm-up, " << st.rounds
        << " interleaved rounds (medians), "
        << (st.workers == WorkerMode::PerCore ? "one worker per core" : "one worker per server")
        << "\n\n";
    out << padded("server", 22) << padded("/json r/s", 10, true) << padded("p50 ms", 9, true)
        << padded("p90 ms", 9, true) << padded("p99 ms", 9, true)
        << padded("/compute r/s", 14, true) << padded("p50 ms", 10, true)
        << padded("p99 ms", 10, true) << '\n';
    for (const auto& s : run.servers)
        printServerRow(out, s);
    out << "\nThe article's claims on this machine:\n";
    for (const auto& c : run.claims)
        out << "  " << padded(verdictLabel(c.verdict), 14) << c.sentence << '\n';
    if (!run.installCommand.empty())
        out << "\nSome servers could not run. To install what they need:\n  " << run.installCommand
            << '\n';
}

} // namespace

int labCommand(const std::vector<std::string>& rawArgs, CliStreams s) {
    auto args = parseLabArguments(rawArgs);
    if (!args) {
        s.err << args.error().oneLine() << '\n';
        return kExitBadInput;
    }
    auto env = defaultLabEnvironment();
    if (!env) {
        s.err << env.error().oneLine() << '\n';
        return kExitFailure;
    }
    Result<LabRun> run = Error{};
    {
        InterruptScope interrupts;
        ProgressLine line(s.err);
        run = runLab(
            args->settings, *env, [&line](const LabProgress& p) { line.show(p); }, interrupted);
    }
    if (!run) {
        const auto& e = run.error();
        s.err << (e.file == kLab ? "" : std::string(kLab) + ": ") << e.oneLine() << '\n';
        return kExitFailure;
    }
    if (args->json)
        s.out << labRunToJson(*run).dump(2, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    else
        printText(s.out, *run);
    if (!run->installCommand.empty())
        s.err << kLab << ": not installed, so not measured: " << run->installCommand << '\n';
    return kExitOk;
}

} // namespace advisor::lab
