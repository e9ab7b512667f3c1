// What the lab was measured on: the CPU, its cores, the system and its load, and the versions
// of wrk, Node.js, Python and each framework (found by running lab/servers/versions.{js,py},
// which also tells which servers can run).
#pragma once

#include "core/measurement/lab_run.h"
#include "core/measurement/lab_servers.h"

#include <atomic>
#include <optional>
#include <string>

namespace advisor::lab {

// The executables the lab runs; an empty path means not found.
struct LabTools {
    std::string wrk;
    Interpreters interpreters;
};

// wrk on PATH; Debian's /usr/bin/node and /usr/bin/python3 before those on PATH (a pyenv
// python3 does not see the python3-* packages).
[[nodiscard]] LabTools findLabTools();

// Runs the version probes (each bounded to a few seconds, stopped early on `cancel`).
[[nodiscard]] ToolInventory probeTools(const LabTools& tools, const std::string& serverDir,
                                       const std::atomic<bool>& cancel);

// CPU, cores, OS, kernel and load from /proc and uname, plus the inventory's versions.
[[nodiscard]] LabMachine describeMachine(const ToolInventory& inventory);

[[nodiscard]] std::optional<double> loadAverage();

// "wrk debian/4.1.0-3+b2 [epoll] Copyright ..." -> "4.1.0"; empty when not wrk's banner.
[[nodiscard]] std::string wrkVersionFrom(const std::string& banner);

} // namespace advisor::lab
