#include "core/lab/machine_probe.h"

#include "core/base/json_io.h"
#include "core/lab/child_process.h"

#include <fstream>
#include <sys/utsname.h>
#include <thread>
#include <unistd.h>

namespace advisor::lab {
namespace {

constexpr auto kProbeTimeout = std::chrono::seconds(20);

std::string firstExecutable(std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (auto path = findExecutable(name); !path.empty())
            return path;
    return {};
}

// The child's output when it ran to the end (with any exit code), else nothing.
std::optional<std::string> outputOf(ChildOptions options, const std::atomic<bool>& cancel) {
    auto child = ChildProcess::start(options);
    if (!child)
        return std::nullopt;
    if (!child->waitUntil(std::chrono::steady_clock::now() + kProbeTimeout, &cancel))
        return std::nullopt;
    return child->output();
}

// The last line of the output that is a JSON object (a warning may come before it).
std::optional<nlohmann::json> jsonLineOf(const std::optional<std::string>& output) {
    if (!output)
        return std::nullopt;
    const auto end = output->find_last_not_of("\r\n ");
    if (end == std::string::npos)
        return std::nullopt;
    const auto start = output->rfind('\n', end);
    const auto line = output->substr(start == std::string::npos ? 0 : start + 1,
                                     end + 1 - (start == std::string::npos ? 0 : start + 1));
    auto json = parseJson(line, "version probe");
    if (!json || !json->is_object())
        return std::nullopt;
    return std::move(json).value();
}

void takeVersions(const nlohmann::json& versions, ToolInventory& inventory,
                  std::optional<std::string>& runtime, const char* runtimeKey) {
    for (const auto& [key, value] : versions.items()) {
        if (!value.is_string() || value.get<std::string>().empty())
            continue;
        if (key == runtimeKey)
            runtime = value.get<std::string>();
        else
            inventory.modules[key] = value.get<std::string>();
    }
}

std::string readFirstLine(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

std::string cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0)
            if (const auto colon = line.find(':'); colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
    return "unknown CPU";
}

std::string osName() {
    std::ifstream in("/etc/os-release");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("PRETTY_NAME=", 0) == 0) {
            auto value = line.substr(12);
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            return value;
        }
    return "unknown";
}

} // namespace

LabTools findLabTools() {
    LabTools tools;
    tools.wrk = findExecutable("wrk");
    tools.interpreters.node = firstExecutable({"/usr/bin/node", "node", "nodejs"});
    tools.interpreters.python3 = firstExecutable({"/usr/bin/python3", "python3"});
    return tools;
}

std::string wrkVersionFrom(const std::string& banner) {
    if (banner.rfind("wrk ", 0) != 0)
        return {};
    auto version = banner.substr(4, banner.find(' ', 4) - 4);
    // Debian's banner says "debian/4.1.0-3+b2": keep the upstream version.
    if (const auto slash = version.find('/'); slash != std::string::npos)
        version = version.substr(slash + 1);
    return version.substr(0, version.find('-'));
}

ToolInventory probeTools(const LabTools& tools, const std::string& serverDir,
                         const std::atomic<bool>& cancel) {
    ToolInventory inventory;
    if (!tools.wrk.empty())
        if (const auto banner = outputOf({{tools.wrk, "-v"}, {}, {}}, cancel))
            if (auto version = wrkVersionFrom(*banner); !version.empty())
                inventory.wrk = version;
    if (!tools.interpreters.node.empty()) {
        const auto versions =
            jsonLineOf(outputOf({{tools.interpreters.node, serverDir + "/versions.js"},
                                 {"NODE_PATH=/usr/share/nodejs"},
                                 serverDir},
                                cancel));
        if (versions)
            takeVersions(*versions, inventory, inventory.node, "node");
    }
    if (!tools.interpreters.python3.empty()) {
        const auto versions =
            jsonLineOf(outputOf({{tools.interpreters.python3, serverDir + "/versions.py"},
                                 {"PYTHONDONTWRITEBYTECODE=1"},
                                 serverDir},
                                cancel));
        if (versions)
            takeVersions(*versions, inventory, inventory.python, "python");
    }
    return inventory;
}

std::optional<double> loadAverage() {
    const auto line = readFirstLine("/proc/loadavg");
    try {
        return line.empty() ? std::nullopt : std::optional<double>(std::stod(line));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

LabMachine describeMachine(const ToolInventory& inventory) {
    LabMachine m;
    m.cpu = cpuModel();
    const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
    m.logicalCores =
        cores > 0 ? static_cast<int>(cores) : static_cast<int>(std::thread::hardware_concurrency());
    m.os = osName();
    utsname name{};
    m.kernel = ::uname(&name) == 0 ? std::string(name.sysname) + " " + name.release : "unknown";
    m.loadAverageBefore = loadAverage();
    if (inventory.wrk)
        m.versions["wrk"] = *inventory.wrk;
    if (inventory.node)
        m.versions["node"] = *inventory.node;
    if (inventory.python)
        m.versions["python"] = *inventory.python;
    for (const auto& [module, version] : inventory.modules)
        m.versions[module] = version;
    return m;
}

} // namespace advisor::lab
