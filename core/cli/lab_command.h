// `backend-advisor lab`: the Evidence Lab from the command line. Kept apart from core/cli.cpp,
// which only dispatches here.
#pragma once

#include "core/cli/cli.h"

#include <string>
#include <vector>

namespace advisor::lab {

// `args` are the words after "lab". Exit 0 when the run finished (missing servers are part of
// the result), 2 on bad arguments, 1 when it could not run or was interrupted (Ctrl-C,
// SIGTERM), after stopping every server.
int labCommand(const std::vector<std::string>& args, CliStreams streams);

} // namespace advisor::lab
