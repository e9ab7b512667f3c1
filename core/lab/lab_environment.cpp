// Where the lab finds its server programs and tools, and how its progress reads in words.
#include "core/lab/lab_lock.h"
#include "core/lab/lab_runner.h"
#include "core/lab/machine_probe.h"

#include <climits>
#include <filesystem>
#include <unistd.h>

namespace advisor::lab {

bool hasLabServers(const std::string& dir) {
    std::error_code ec;
    return !dir.empty() && std::filesystem::exists(dir + "/node_http.js", ec);
}

std::string describe(const LabProgress& p) {
    switch (p.stage) {
    case LabStage::Checking:
        return "checking what is installed";
    case LabStage::Finished:
        return "finished";
    default:
        break;
    }
    const std::string where = p.port ? " on 127.0.0.1:" + std::to_string(p.port) : "";
    std::string stage;
    switch (p.stage) {
    case LabStage::Starting:
        stage = "starting";
        break;
    case LabStage::WarmingUp:
        stage = "warming up";
        break;
    case LabStage::MeasuringJson:
        stage = "measuring /json";
        break;
    case LabStage::MeasuringCompute:
        stage = "measuring /compute";
        break;
    default:
        break;
    }
    return "round " + std::to_string(p.round) + "/" + std::to_string(p.rounds) + " \u00b7 " +
           p.serverName + " \u00b7 " + stage + where;
}

std::string findLabServerDir() {
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    std::filesystem::path dir =
        std::filesystem::path(std::string(buffer, static_cast<std::size_t>(n))).parent_path();
    // bin/ -> share/ when installed; build/<preset>/app/ or tests/<area>/ in the build tree.
    for (int up = 0; up < 4 && !dir.empty(); ++up) {
        const auto candidate = (dir / "share" / "backend-advisor" / "lab").string();
        if (hasLabServers(candidate))
            return candidate;
        dir = dir.parent_path();
    }
    return {};
}

Result<LabEnvironment> defaultLabEnvironment() {
    LabEnvironment env;
    env.serverDir = findLabServerDir();
    if (env.serverDir.empty())
        return Error{"backend-advisor lab", "",
                     "the lab's server programs (share/backend-advisor/lab) are not "
                     "installed beside this program"};
    env.lockPath = defaultLabLockPath();
    env.tools = findLabTools();
    return env;
}

} // namespace advisor::lab
