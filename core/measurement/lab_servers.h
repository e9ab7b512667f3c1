// The Evidence Lab's servers: what each one is, which Debian packages it needs, and how to
// start it on a port. The programs themselves live in lab/servers/ (installed under
// share/backend-advisor/lab); this is the catalogue that knows their names and commands.
#pragma once

#include "core/measurement/lab_run.h"

#include <optional>
#include <string>
#include <vector>

namespace advisor::lab {

enum class Runtime { Node, Python };

struct ServerSpec {
    std::string id;
    std::string name;
    Runtime runtime;
    // What must be importable/loadable besides the runtime: "express" for Node.js; Python
    // module names ("uvicorn", "uvloop", ...) for Python.
    std::vector<std::string> modules;
};

// In the order the lab measures and shows them: Node.js first, each framework after its
// plain server.
[[nodiscard]] const std::vector<ServerSpec>& serverCatalogue();
[[nodiscard]] const ServerSpec* findServer(const std::string& id);

// What is installed, as the version probes found it (lab/servers/versions.{js,py}).
struct ToolInventory {
    std::optional<std::string> wrk;    // wrk's version when it runs
    std::optional<std::string> node;   // Node.js's version
    std::optional<std::string> python; // Python's version
    // Loadable modules and their versions: "express" and the Python modules.
    std::map<std::string, std::string> modules;
};

// The Debian package that provides a tool or module ("wrk", "node", "express", "python",
// "uvicorn", ...): "wrk", "nodejs", "node-express", "python3", "python3-uvicorn", ...
[[nodiscard]] std::string debianPackageFor(const std::string& toolOrModule);

// The packages a server still needs on this machine (wrk included, since without it nothing
// is measured), in a stable order; empty when it can run.
[[nodiscard]] std::vector<std::string> missingPackages(const ServerSpec& server,
                                                       const ToolInventory& tools);

// "sudo apt-get install wrk node-express" for the packages given, each once, in order; empty
// for none.
[[nodiscard]] std::string aptInstallCommand(const std::vector<std::string>& packages);

// "uvicorn 0.17.6 (uvloop 0.17.0, httptools 0.1.1)": what serves it, from the inventory.
[[nodiscard]] std::string stackDescription(const ServerSpec& server, const ToolInventory& tools,
                                           int workers);

struct ServerCommand {
    std::vector<std::string> argv;        // argv[0] is the interpreter's path
    std::vector<std::string> environment; // NAME=value, added to the app's environment
};

struct Interpreters {
    std::string node;    // "/usr/bin/node"
    std::string python3; // "/usr/bin/python3": Debian's, which sees the python3-* packages
};

// The command that starts `server` on 127.0.0.1:`port` with `workers` worker processes, its
// programs in `serverDir`.
[[nodiscard]] ServerCommand serverCommand(const ServerSpec& server,
                                          const Interpreters& interpreters,
                                          const std::string& serverDir, int port, int workers);

} // namespace advisor::lab
