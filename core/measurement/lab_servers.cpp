#include "core/measurement/lab_servers.h"

#include <algorithm>

namespace advisor::lab {
namespace {

// Where Debian's node-* packages put their modules; Debian's own node searches it, a Node.js
// from elsewhere (such as NodeSource's) only when told.
constexpr const char* kDebianNodeModules = "NODE_PATH=/usr/share/nodejs";
// The servers' folder may be read-only (installed) or the source tree's copy: write no caches.
constexpr const char* kNoBytecode = "PYTHONDONTWRITEBYTECODE=1";

std::string versionOf(const ToolInventory& tools, const std::string& module) {
    const auto it = tools.modules.find(module);
    return it == tools.modules.end() ? std::string() : " " + it->second;
}

std::string workersText(int workers) {
    return workers == 1 ? ", 1 process" : ", " + std::to_string(workers) + " worker processes";
}

std::vector<std::string> uvicornArgs(const Interpreters& in, const std::string& dir, int port,
                                     int workers, const std::string& app) {
    return {in.python3,
            "-m",
            "uvicorn",
            "--app-dir",
            dir,
            "--host",
            "127.0.0.1",
            "--port",
            std::to_string(port),
            "--loop",
            "uvloop",
            "--http",
            "httptools",
            "--workers",
            std::to_string(workers),
            "--log-level",
            "warning",
            "--no-access-log",
            app};
}

} // namespace

const std::vector<ServerSpec>& serverCatalogue() {
    static const std::vector<ServerSpec> catalogue = {
        {"node-http", "Node.js http", Runtime::Node, {}},
        {"express", "Express", Runtime::Node, {"express"}},
        {"uvicorn-asgi",
         "Python ASGI (uvicorn)",
         Runtime::Python,
         {"uvicorn", "uvloop", "httptools"}},
        {"fastapi", "FastAPI", Runtime::Python, {"uvicorn", "uvloop", "httptools", "fastapi"}},
        {"django", "Django", Runtime::Python, {"django", "gunicorn"}},
    };
    return catalogue;
}

const ServerSpec* findServer(const std::string& id) {
    for (const auto& server : serverCatalogue())
        if (server.id == id)
            return &server;
    return nullptr;
}

std::string debianPackageFor(const std::string& toolOrModule) {
    if (toolOrModule == "wrk")
        return "wrk";
    if (toolOrModule == "node")
        return "nodejs";
    if (toolOrModule == "express")
        return "node-express";
    if (toolOrModule == "python")
        return "python3";
    return "python3-" + toolOrModule;
}

std::vector<std::string> missingPackages(const ServerSpec& server, const ToolInventory& tools) {
    std::vector<std::string> missing;
    if (!tools.wrk)
        missing.push_back(debianPackageFor("wrk"));
    const bool runtimeThere =
        server.runtime == Runtime::Node ? tools.node.has_value() : tools.python.has_value();
    if (!runtimeThere)
        missing.push_back(debianPackageFor(server.runtime == Runtime::Node ? "node" : "python"));
    // Without the runtime nothing could be loaded, so its modules are missing too.
    for (const auto& module : server.modules)
        if (!runtimeThere || !tools.modules.count(module))
            missing.push_back(debianPackageFor(module));
    return missing;
}

std::string aptInstallCommand(const std::vector<std::string>& packages) {
    std::vector<std::string> unique;
    for (const auto& p : packages)
        if (std::find(unique.begin(), unique.end(), p) == unique.end())
            unique.push_back(p);
    if (unique.empty())
        return {};
    std::string line = "sudo apt-get install";
    for (const auto& p : unique)
        line += " " + p;
    return line;
}

std::string stackDescription(const ServerSpec& server, const ToolInventory& tools, int workers) {
    const std::string node = "Node.js " + tools.node.value_or("?");
    if (server.id == "node-http")
        return node + " http module" + workersText(workers);
    if (server.id == "express")
        return "Express" + versionOf(tools, "express") + " on " + node + workersText(workers);
    const std::string python = "Python " + tools.python.value_or("?");
    const std::string uvicorn = "uvicorn" + versionOf(tools, "uvicorn") + " (uvloop" +
                                versionOf(tools, "uvloop") + ", httptools" +
                                versionOf(tools, "httptools") + ")";
    if (server.id == "uvicorn-asgi")
        return "plain ASGI app under " + uvicorn + ", " + python + workersText(workers);
    if (server.id == "fastapi")
        return "FastAPI" + versionOf(tools, "fastapi") + " under " + uvicorn + ", " + python +
               workersText(workers);
    return "Django" + versionOf(tools, "django") + " under gunicorn" +
           versionOf(tools, "gunicorn") + " (sync worker), " + python +
           (workers == 1 ? ", 1 worker" : workersText(workers));
}

ServerCommand serverCommand(const ServerSpec& server, const Interpreters& in,
                            const std::string& dir, int port, int workers) {
    const std::string portText = std::to_string(port);
    const std::string workersArg = std::to_string(workers);
    if (server.runtime == Runtime::Node) {
        const std::string program = server.id == "express" ? "express_app.js" : "node_http.js";
        return {{in.node, dir + "/" + program, "--port", portText, "--workers", workersArg},
                {kDebianNodeModules}};
    }
    if (server.id == "django")
        return {{in.python3, "-m", "gunicorn", "--chdir", dir, "--bind", "127.0.0.1:" + portText,
                 "--workers", workersArg, "--log-level", "warning", "django_app:application"},
                {kNoBytecode}};
    const std::string app = server.id == "fastapi" ? "fastapi_app:app" : "asgi_app:app";
    return {uvicornArgs(in, dir, port, workers, app), {kNoBytecode}};
}

} // namespace advisor::lab
