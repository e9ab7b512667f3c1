// How every command reports: one line on standard error naming the file and the field, and
// the exit code the error's kind gives (2 bad input, 1 the environment).
#pragma once

#include "core/base/error.h"
#include "core/cli/cli.h"

#include <chrono>
#include <string>

namespace advisor::cli {

// Prints the error as one line and returns its exit code.
int fail(CliStreams streams, const Error& error);
// "backend-advisor: warning: ..." on one line.
void warn(CliStreams streams, const std::string& message);
// The commands' clock: the environment's (tests fix it) or the system's.
std::chrono::system_clock::time_point nowFrom(const CliEnvironment& env);

} // namespace advisor::cli
