// Runs the Evidence Lab: finds what is installed, then, round after round, starts each server
// on 127.0.0.1, waits until it answers correctly, warms it up, measures /json and /compute
// with wrk, and stops it; then keeps the medians and sets them beside the article's claims.
// Blocking: the CLI calls it directly, the GUI on a worker thread. Every child process is
// stopped before it returns, whatever happened (see child_process.h).
#pragma once

#include "core/base/error.h"
#include "core/lab/machine_probe.h"
#include "core/measurement/lab_run.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

namespace advisor::lab {

enum class LabStage { Checking, Starting, WarmingUp, MeasuringJson, MeasuringCompute, Finished };

struct LabProgress {
    LabStage stage = LabStage::Checking;
    int round = 0; // 1-based; 0 while checking
    int rounds = 0;
    std::string serverId;
    std::string serverName;
    int port = 0;        // the server's, once started
    double fraction = 0; // of the whole run, 0..1
};

// "round 2/3 · FastAPI · measuring /json on 127.0.0.1:41234"
[[nodiscard]] std::string describe(const LabProgress& progress);

struct LabEnvironment {
    std::string serverDir; // holds node_http.js, asgi_app.py, ... (see findLabServerDir)
    std::string lockPath;
    LabTools tools;
    std::function<std::chrono::system_clock::time_point()> clock; // empty: the system clock
};

// share/backend-advisor/lab beside the running program: next to the build tree's binaries
// (the build copies lab/servers there) or the installed /usr/bin/backend-advisor. Empty when
// none holds the servers.
[[nodiscard]] std::string findLabServerDir();
// Whether `dir` holds the lab's server programs.
[[nodiscard]] bool hasLabServers(const std::string& dir);

// The servers' folder found as above, the default lock and the tools found on this machine;
// an error when the servers' folder is nowhere.
Result<LabEnvironment> defaultLabEnvironment();

using ProgressCallback = std::function<void(const LabProgress&)>;

// Blocks until the run ends. Failed and missing servers are part of the result, not errors;
// errors are for a run that could not take place (settings, lock, no servers folder) and for
// a cancelled one (wasCancelled).
Result<LabRun> runLab(const LabSettings& settings, const LabEnvironment& environment,
                      const ProgressCallback& progress, const std::atomic<bool>& cancel);

[[nodiscard]] bool wasCancelled(const Error& error);

// The longest one server process may live; it is killed then, whatever it is doing.
inline constexpr std::chrono::seconds kMaxServerLifetime{60};

} // namespace advisor::lab
