// How a lab run is laid out and summed up: the order servers are measured in (interleaved
// rounds, so slow drift on a shared machine touches every server alike), the limits on its
// settings, and the medians kept.
#pragma once

#include "core/base/error.h"
#include "core/measurement/lab_run.h"

#include <string>
#include <vector>

namespace advisor::lab {

// Bounds: a server is measured for at most rounds × 2 endpoints × seconds = 60 s.
inline constexpr int kMinSeconds = 1;
inline constexpr int kMaxSeconds = 10;
inline constexpr int kMinConnections = 1;
inline constexpr int kMaxConnections = 1000;
inline constexpr int kRounds = 3; // what the CLI and the GUI run; the core accepts 1..kRounds
inline constexpr int kEndpointsPerRound = 2;

struct PlanStep {
    int round = 0; // 0-based
    std::string serverId;
};

// Every server once per round; each round starts one server later than the one before
// (A B C, B C A, C A B), so no server is always measured first or last.
[[nodiscard]] std::vector<PlanStep> interleavedPlan(const std::vector<std::string>& serverIds,
                                                    int rounds);

// Each figure's median over the rounds (the mean of the middle two for an even count).
[[nodiscard]] EndpointFigures medianFigures(const std::vector<EndpointFigures>& rounds);

// Checks the settings against the bounds above and the server ids against the catalogue;
// the error names the option (`--seconds`, `--connections`, `--servers`).
[[nodiscard]] Status validateSettings(const LabSettings& settings);

// "node-http,django" -> the ids, in catalogue order; unknown or repeated ids are errors that
// list the known ones.
[[nodiscard]] Result<std::vector<std::string>> parseServerList(const std::string& list);

// The ids a run measures: the settings' list, or the whole catalogue when it is empty.
[[nodiscard]] std::vector<std::string> serversToRun(const LabSettings& settings);

} // namespace advisor::lab
