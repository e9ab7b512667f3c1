// `lab`: the Evidence Lab from the command line: a progress line, Ctrl-C and SIGTERM stop every
// server, the figures as a table or JSON.
#include "core/base/number_format.h"
#include "core/base/program.h"
#include "core/base/text.h"
#include "core/cli/commands.h"
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

namespace advisor::cli {
namespace {

using namespace lab;

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
    out << padded(rate(j.requestsPerSecond), 10, Align::Right)
        << padded(formatFixed(j.latencyMs.p50, 2), 9, Align::Right)
        << padded(formatFixed(j.latencyMs.p90, 2), 9, Align::Right)
        << padded(formatFixed(j.latencyMs.p99, 2), 9, Align::Right)
        << padded(rate(c.requestsPerSecond), 14, Align::Right)
        << padded(formatFixed(c.latencyMs.p50, 1), 10, Align::Right)
        << padded(formatFixed(c.latencyMs.p99, 1), 10, Align::Right);
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
    out << padded("server", 22) << padded("/json r/s", 10, Align::Right)
        << padded("p50 ms", 9, Align::Right) << padded("p90 ms", 9, Align::Right)
        << padded("p99 ms", 9, Align::Right) << padded("/compute r/s", 14, Align::Right)
        << padded("p50 ms", 10, Align::Right) << padded("p99 ms", 10, Align::Right) << '\n';
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

int labCommand(const LabArguments& args, CliStreams s) {
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
            args.settings, *env, [&line](const LabProgress& p) { line.show(p); }, interrupted);
    }
    if (!run) {
        const auto& e = run.error();
        s.err << (e.file == kLab ? "" : std::string(kLab) + ": ") << e.oneLine() << '\n';
        return kExitFailure;
    }
    if (args.json)
        s.out << labRunToJson(*run).dump(2, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    else
        printText(s.out, *run);
    if (!run->installCommand.empty())
        s.err << kLab << ": not installed, so not measured: " << run->installCommand << '\n';
    return kExitOk;
}

} // namespace advisor::cli
