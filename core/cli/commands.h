// Each command of the command line, with the arguments core/cli/command_line.cpp has parsed
// and checked for it. A command returns its exit code (core/cli/cli.h).
#pragma once

#include "core/cli/cli.h"
#include "core/measurement/lab_run.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace advisor::cli {

// What `evaluate` and `group` take; `group` reads several answers files as one decision.
struct EvaluateArguments {
    std::vector<std::string> files;
    bool group = false;
    bool json = false;
    bool save = false;
    std::optional<std::string> report;
    std::optional<std::string> kb;
    std::optional<std::string> database;
    std::optional<std::uint64_t> seed;
    std::optional<std::size_t> samples;
};
int evaluateCommand(const EvaluateArguments& args, CliStreams streams, const CliEnvironment& env);

struct QuestionsArguments {
    std::optional<std::string> kb;
};
int questionsCommand(const QuestionsArguments& args, CliStreams streams);

struct CalibrateArguments {
    std::optional<std::string> kb;
    std::optional<std::size_t> sets;
    std::optional<std::uint64_t> seed;
    bool json = false;
};
int calibrateCommand(const CalibrateArguments& args, CliStreams streams);

struct HistoryArguments {
    std::optional<std::string> database;
    std::optional<std::string> search;
    std::optional<std::size_t> limit;
    bool json = false;
};
int historyCommand(const HistoryArguments& args, CliStreams streams, const CliEnvironment& env);

struct LabArguments {
    lab::LabSettings settings;
    bool json = false;
};
// Exit 0 when the run finished (missing servers are part of the result), 1 when it could not
// run or was interrupted (Ctrl-C, SIGTERM), after stopping every server.
int labCommand(const LabArguments& args, CliStreams streams);

} // namespace advisor::cli
