// The command-line interface's commands, in standard C++ so they run and test without Qt.
// app/main.cpp decides between the GUI and these; exit codes: 0 success, 2 bad input or usage,
// 1 an unexpected failure (such as a disk error while writing).
#pragma once

#include <functional>
#include <iosfwd>
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

// True when the arguments name a CLI command (evaluate, questions, history, --help, --version)
// rather than options for the GUI.
bool isCliCommand(const std::vector<std::string>& args);

// Runs a CLI command; `args` excludes the program name.
int runCli(const std::vector<std::string>& args, CliStreams streams);

std::string usageText();

} // namespace advisor
