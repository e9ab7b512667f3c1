// One Evidence Lab run as plain data: what was measured on which machine, per server and
// endpoint, and how the article's performance claims fared. Its JSON form ("backend-advisor/
// lab-run", versioned) is what `backend-advisor lab --json` prints and what a decision can
// keep as evidence; parseLabRun reads it back, checking every field.
#pragma once

#include "core/base/error.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace advisor::lab {

inline constexpr const char* kLabRunFormat = "backend-advisor/lab-run";
inline constexpr int kLabRunFormatVersion = 1;

enum class WorkerMode { Single, PerCore };

// How the run was made. Defaults are the CLI's and the GUI's.
struct LabSettings {
    int seconds = 2;       // each measurement (per server, endpoint and round), 1..10
    int warmupSeconds = 1; // before each round's measurements, both endpoints alternately
    int connections = 50;  // wrk -c
    int threads = 1;       // wrk -t: one core for the load, one for the server on 2 cores
    int rounds = 3;        // interleaved rounds; medians are kept
    WorkerMode workers = WorkerMode::Single;
    std::vector<std::string> servers; // server ids in catalogue order; empty means all
};

struct LatencyPercentiles {
    double p50 = 0, p90 = 0, p99 = 0; // milliseconds
};

// One endpoint's figures: from one wrk run, or the medians over the rounds.
struct EndpointFigures {
    double requestsPerSecond = 0;
    LatencyPercentiles latencyMs;
    std::uint64_t requests = 0;
    std::uint64_t errors = 0; // socket errors and non-2xx responses wrk counted
};

struct EndpointResult {
    EndpointFigures median;              // each figure the median over the rounds
    std::vector<EndpointFigures> rounds; // in round order
};

enum class ServerStatus {
    Measured, // every round measured
    Missing,  // a package it needs is not installed (missingPackages says which)
    Failed,   // it would not start, answered wrongly, or wrk failed (error says how)
};

struct ServerResult {
    std::string id;    // "node-http", "express", "uvicorn-asgi", "fastapi", "django"
    std::string name;  // "Node.js http"
    std::string stack; // what served it: "uvicorn 0.17.6 (uvloop, httptools)"
    ServerStatus status = ServerStatus::Missing;
    std::vector<std::string> missingPackages; // Debian package names
    int workers = 1;
    std::string error; // for Failed
    std::optional<EndpointResult> json, compute;
};

enum class ClaimVerdict { Holds, HoldsPartly, DoesNotHold, NotMeasured };

// One of the article's performance claims beside what this machine measured.
struct ClaimResult {
    std::string id;
    std::string quote;       // the article's words, verbatim
    std::string figure;      // the claim in short: "4× (40,000 vs 10,000 requests/s)"
    double claimedRatio = 1; // the Node.js advantage the article claims (low end of a range)
    std::optional<double> claimedRatioHigh; // the high end, for a range such as 2–3×
    std::string endpoint;                   // "json" or "compute"
    std::string metric;                     // "requests_per_second" or "latency_p50_ms"
    std::string nodeServer, pythonServer;   // the pair compared
    std::optional<double> nodeValue, pythonValue;
    std::optional<double> measuredRatio; // Node.js's advantage measured (>1: Node.js ahead)
    ClaimVerdict verdict = ClaimVerdict::NotMeasured;
    std::string sentence; // the comparison in plain English, for the terminal and reports
};

struct LabMachine {
    std::string cpu;
    int logicalCores = 0;
    std::string os;
    std::string kernel;
    std::optional<double> loadAverageBefore, loadAverageAfter; // 1-minute load average
    // Tool and framework versions, present ones only: "wrk", "node", "express", "python",
    // "uvicorn", "uvloop", "httptools", "fastapi", "starlette", "django", "gunicorn".
    std::map<std::string, std::string> versions;
};

struct LabRun {
    std::string startedAt, finishedAt; // ISO 8601 UTC
    LabSettings settings;
    LabMachine machine;
    std::vector<ServerResult> servers;
    std::vector<ClaimResult> claims;
    std::vector<std::string> missingPackages; // all servers', each once
    std::string installCommand;               // "sudo apt-get install ..." or empty

    [[nodiscard]] const ServerResult* server(const std::string& id) const;
};

// The server with this id among `servers`, or null.
[[nodiscard]] const ServerResult* findResult(const std::vector<ServerResult>& servers,
                                             const std::string& id);

[[nodiscard]] std::string toString(ServerStatus status);
[[nodiscard]] std::string toString(ClaimVerdict verdict);
[[nodiscard]] std::string toString(WorkerMode mode);

// The versioned JSON form: fixed key order, figures rounded (requests/s to 0.1, latency to
// 0.001 ms, ratios to 0.01), so one run always serialises to the same bytes.
[[nodiscard]] nlohmann::ordered_json labRunToJson(const LabRun& run);

// Reads the JSON form back; every field is checked and an error names `fileLabel` and the
// JSON pointer. A newer format_version is refused with a message saying so.
Result<LabRun> parseLabRun(const nlohmann::json& json, const std::string& fileLabel);

} // namespace advisor::lab
