#include "core/lab/lab_plan.h"

#include "core/measurement/lab_servers.h"

#include <algorithm>

namespace advisor::lab {
namespace {

constexpr const char* kLab = "backend-advisor lab";

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

template <typename Get> double medianOf(const std::vector<EndpointFigures>& rounds, Get get) {
    std::vector<double> values;
    for (const auto& r : rounds)
        values.push_back(static_cast<double>(get(r)));
    return median(std::move(values));
}

std::string knownIds() {
    std::string ids;
    for (const auto& s : serverCatalogue())
        ids += (ids.empty() ? "" : ", ") + s.id;
    return ids;
}

Status inRange(const char* option, int value, int low, int high) {
    if (value < low || value > high)
        return Error{kLab, option,
                     "expected a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", got " + std::to_string(value)};
    return Ok{};
}

} // namespace

std::vector<PlanStep> interleavedPlan(const std::vector<std::string>& serverIds, int rounds) {
    std::vector<PlanStep> plan;
    const auto n = serverIds.size();
    for (int round = 0; round < rounds; ++round)
        for (std::size_t i = 0; i < n; ++i)
            plan.push_back({round, serverIds[(i + static_cast<std::size_t>(round)) % n]});
    return plan;
}

EndpointFigures medianFigures(const std::vector<EndpointFigures>& rounds) {
    EndpointFigures m;
    m.requestsPerSecond = medianOf(rounds, [](const auto& r) { return r.requestsPerSecond; });
    m.latencyMs.p50 = medianOf(rounds, [](const auto& r) { return r.latencyMs.p50; });
    m.latencyMs.p90 = medianOf(rounds, [](const auto& r) { return r.latencyMs.p90; });
    m.latencyMs.p99 = medianOf(rounds, [](const auto& r) { return r.latencyMs.p99; });
    m.requests =
        static_cast<std::uint64_t>(medianOf(rounds, [](const auto& r) { return r.requests; }));
    m.errors = static_cast<std::uint64_t>(medianOf(rounds, [](const auto& r) { return r.errors; }));
    return m;
}

Status validateSettings(const LabSettings& s) {
    if (auto ok = inRange("--seconds", s.seconds, kMinSeconds, kMaxSeconds); !ok)
        return ok;
    if (auto ok = inRange("--connections", s.connections, kMinConnections, kMaxConnections); !ok)
        return ok;
    if (auto ok = inRange("rounds", s.rounds, 1, kRounds); !ok)
        return ok;
    if (auto ok = inRange("warm-up seconds", s.warmupSeconds, 0, kMaxSeconds); !ok)
        return ok;
    if (s.threads < 1 || s.threads > s.connections)
        return Error{kLab, "threads", "expected 1 to the number of connections"};
    for (const auto& id : s.servers)
        if (!findServer(id))
            return Error{kLab, "--servers",
                         "unknown server \"" + id.substr(0, 40) + "\"; known: " + knownIds()};
    return Ok{};
}

Result<std::vector<std::string>> parseServerList(const std::string& list) {
    std::vector<std::string> named;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = std::min(list.find(',', start), list.size());
        const std::string id = list.substr(start, comma - start);
        if (!findServer(id))
            return Error{kLab, "--servers",
                         (id.empty() ? std::string("an empty server name")
                                     : "unknown server \"" + id.substr(0, 40) + "\"") +
                             "; known: " + knownIds()};
        if (std::find(named.begin(), named.end(), id) != named.end())
            return Error{kLab, "--servers", "\"" + id + "\" is named twice"};
        named.push_back(id);
        start = comma + 1;
    }
    std::vector<std::string> ordered;
    for (const auto& s : serverCatalogue())
        if (std::find(named.begin(), named.end(), s.id) != named.end())
            ordered.push_back(s.id);
    return ordered;
}

std::vector<std::string> serversToRun(const LabSettings& settings) {
    if (!settings.servers.empty())
        return settings.servers;
    std::vector<std::string> all;
    for (const auto& s : serverCatalogue())
        all.push_back(s.id);
    return all;
}

} // namespace advisor::lab
