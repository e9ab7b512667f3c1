#include "core/cli/cli_output.h"

#include "core/base/program.h"
#include "core/base/text.h"

#include <ostream>

namespace advisor::cli {

int fail(CliStreams s, const Error& e) {
    // Errors about the command line itself already name the program as their "file".
    if (e.file != kProgramName)
        s.err << kProgramName << ": ";
    s.err << e.oneLine() << '\n';
    return e.kind == ErrorKind::Environment ? kExitFailure : kExitBadInput;
}

void warn(CliStreams s, const std::string& message) {
    s.err << kProgramName << ": warning: " << withoutControls(message) << '\n';
}

std::chrono::system_clock::time_point nowFrom(const CliEnvironment& env) {
    return env.clock ? env.clock() : std::chrono::system_clock::now();
}

} // namespace advisor::cli
