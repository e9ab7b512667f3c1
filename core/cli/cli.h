// The command line, in standard C++ so it runs and tests without Qt. app/main.cpp decides
// between the GUI and these commands. Exit codes mean one thing in every command: 0 success,
// 2 bad input or arguments (the message names the file and the field), 1 a failure of the
// environment (no permission, a busy, read-only or full disk, an interrupted lab run).
#pragma once

#include "core/report/report_input.h"

#include <chrono>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace advisor {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

struct CliStreams {
    std::ostream& out;
    std::ostream& err;
};

// What the caller plugs into the commands: the GUI build adds the PDF and HTML report writers.
struct CliEnvironment {
    // Report writers by lower-case extension with its dot (".pdf", ".html"); they add to, or
    // replace, the built-in ".md" and ".json" writers.
    std::map<std::string, ReportWriter> reportWriters;
    // Stamped on reports and saved decisions, and "today" for revisit dates; tests fix it.
    std::function<std::chrono::system_clock::time_point()> clock;
};

// True when the arguments name a CLI command (evaluate, questions, history, --help, --version,
// or any other word, which runCli refuses as unknown) rather than options for the GUI.
bool isCliCommand(const std::vector<std::string>& args);

// Runs a CLI command; `args` excludes the program name. Without an environment, .pdf and .html
// reports are refused (exit 2) because core/ cannot draw charts.
int runCli(const std::vector<std::string>& args, CliStreams streams);
int runCli(const std::vector<std::string>& args, CliStreams streams, const CliEnvironment& env);

} // namespace advisor
