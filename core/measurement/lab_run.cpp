#include "core/measurement/lab_run.h"

#include "core/base/json_io.h"

#include <array>
#include <cmath>
#include <tuple>

namespace advisor::lab {
namespace {

using Json = nlohmann::ordered_json;

// To `decimals` places, as the nearest double to that decimal (so JSON shows "20118.1").
double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

Json optionalNumber(const std::optional<double>& value, int decimals) {
    return value ? Json(rounded(*value, decimals)) : Json(nullptr);
}

Json figuresToJson(const EndpointFigures& f) {
    return Json{{"requests_per_second", rounded(f.requestsPerSecond, 1)},
                {"latency_ms", Json{{"p50", rounded(f.latencyMs.p50, 3)},
                                    {"p90", rounded(f.latencyMs.p90, 3)},
                                    {"p99", rounded(f.latencyMs.p99, 3)}}},
                {"requests", f.requests},
                {"errors", f.errors}};
}

Json endpointToJson(const std::optional<EndpointResult>& result) {
    if (!result)
        return nullptr;
    Json out = figuresToJson(result->median);
    Json rounds = Json::array();
    for (const auto& round : result->rounds)
        rounds.push_back(figuresToJson(round));
    out["rounds"] = std::move(rounds);
    return out;
}

Json serverToJson(const ServerResult& s) {
    return Json{{"id", s.id},
                {"name", s.name},
                {"stack", s.stack},
                {"status", toString(s.status)},
                {"workers", s.workers},
                {"missing_packages", s.missingPackages},
                {"error", s.error.empty() ? Json(nullptr) : Json(s.error)},
                {"json", endpointToJson(s.json)},
                {"compute", endpointToJson(s.compute)}};
}

Json claimToJson(const ClaimResult& c) {
    return Json{
        {"id", c.id},
        {"article", Json{{"quote", c.quote},
                         {"figure", c.figure},
                         {"ratio", Json{{"low", rounded(c.claimedRatio, 2)},
                                        {"high", optionalNumber(c.claimedRatioHigh, 2)}}}}},
        {"measured",
         Json{{"endpoint", c.endpoint},
              {"metric", c.metric},
              {"node", Json{{"server", c.nodeServer}, {"value", optionalNumber(c.nodeValue, 3)}}},
              {"python",
               Json{{"server", c.pythonServer}, {"value", optionalNumber(c.pythonValue, 3)}}},
              {"ratio", optionalNumber(c.measuredRatio, 2)},
              {"sentence", c.sentence}}},
        {"verdict", toString(c.verdict)}};
}

// ---- reading back -------------------------------------------------------------------------

template <typename Enum, std::size_t N>
Enum enumFrom(const JsonCursor& cursor, const std::array<Enum, N>& values) {
    const auto text = cursor.string();
    std::string expected;
    for (const auto value : values) {
        if (toString(value) == text)
            return value;
        expected += (expected.empty() ? "\"" : ", \"") + toString(value) + "\"";
    }
    cursor.fail("expected one of " + expected + ", got " + describeValue(cursor.json()));
}

int intIn(const JsonCursor& cursor, long long low, long long high) {
    const auto value = cursor.integer();
    if (value < low || value > high)
        cursor.fail("expected a whole number from " + std::to_string(low) + " to " +
                    std::to_string(high) + ", got " + std::to_string(value));
    return static_cast<int>(value);
}

std::uint64_t count(const JsonCursor& cursor) {
    const auto value = cursor.integer();
    if (value < 0)
        cursor.fail("expected a count (0 or more), got " + std::to_string(value));
    return static_cast<std::uint64_t>(value);
}

std::vector<std::string> strings(const JsonCursor& cursor) {
    std::vector<std::string> out;
    for (const auto& item : cursor.items())
        out.push_back(item.nonEmptyString());
    return out;
}

std::optional<double> nullableNumber(const JsonCursor& cursor) {
    if (cursor.json().is_null())
        return std::nullopt;
    return cursor.numberIn(0, 1e12);
}

EndpointFigures figuresFrom(const JsonCursor& c, bool withRounds) {
    if (withRounds)
        c.allowOnly({"requests_per_second", "latency_ms", "requests", "errors", "rounds"});
    else
        c.allowOnly({"requests_per_second", "latency_ms", "requests", "errors"});
    EndpointFigures f;
    f.requestsPerSecond = c.at("requests_per_second").numberIn(0, 1e12);
    const auto latency = c.at("latency_ms");
    latency.allowOnly({"p50", "p90", "p99"});
    f.latencyMs.p50 = latency.at("p50").numberIn(0, 1e9);
    f.latencyMs.p90 = latency.at("p90").numberIn(0, 1e9);
    f.latencyMs.p99 = latency.at("p99").numberIn(0, 1e9);
    f.requests = count(c.at("requests"));
    f.errors = count(c.at("errors"));
    return f;
}

std::optional<EndpointResult> endpointFrom(const JsonCursor& c) {
    if (c.json().is_null())
        return std::nullopt;
    EndpointResult result;
    result.median = figuresFrom(c, true);
    for (const auto& round : c.at("rounds").items())
        result.rounds.push_back(figuresFrom(round, false));
    return result;
}

ServerResult serverFrom(const JsonCursor& c) {
    c.allowOnly({"id", "name", "stack", "status", "workers", "missing_packages", "error", "json",
                 "compute"});
    ServerResult s;
    s.id = c.at("id").nonEmptyString();
    s.name = c.at("name").nonEmptyString();
    s.stack = c.at("stack").string();
    s.status = enumFrom(c.at("status"), std::array{ServerStatus::Measured, ServerStatus::Missing,
                                                   ServerStatus::Failed});
    s.workers = intIn(c.at("workers"), 1, 4096);
    s.missingPackages = strings(c.at("missing_packages"));
    if (!c.at("error").json().is_null())
        s.error = c.at("error").string();
    s.json = endpointFrom(c.at("json"));
    s.compute = endpointFrom(c.at("compute"));
    if (s.status == ServerStatus::Measured && (!s.json || !s.compute))
        c.at("status").fail("a measured server needs both \"json\" and \"compute\" figures");
    if (s.status == ServerStatus::Missing && s.missingPackages.empty())
        c.at("missing_packages").fail("a missing server names at least one package");
    return s;
}

ClaimResult claimFrom(const JsonCursor& c) {
    c.allowOnly({"id", "article", "measured", "verdict"});
    ClaimResult claim;
    claim.id = c.at("id").nonEmptyString();
    const auto article = c.at("article");
    article.allowOnly({"quote", "figure", "ratio"});
    claim.quote = article.at("quote").nonEmptyString();
    claim.figure = article.at("figure").nonEmptyString();
    const auto ratio = article.at("ratio");
    ratio.allowOnly({"low", "high"});
    claim.claimedRatio = ratio.at("low").numberIn(0, 1e6);
    claim.claimedRatioHigh = nullableNumber(ratio.at("high"));
    const auto measured = c.at("measured");
    measured.allowOnly({"endpoint", "metric", "node", "python", "ratio", "sentence"});
    claim.endpoint = measured.at("endpoint").nonEmptyString();
    claim.metric = measured.at("metric").nonEmptyString();
    for (const auto& [key, server, value] :
         {std::tuple{"node", &claim.nodeServer, &claim.nodeValue},
          std::tuple{"python", &claim.pythonServer, &claim.pythonValue}}) {
        const auto side = measured.at(key);
        side.allowOnly({"server", "value"});
        *server = side.at("server").nonEmptyString();
        *value = nullableNumber(side.at("value"));
    }
    claim.measuredRatio = nullableNumber(measured.at("ratio"));
    claim.sentence = measured.at("sentence").string();
    claim.verdict =
        enumFrom(c.at("verdict"), std::array{ClaimVerdict::Holds, ClaimVerdict::HoldsPartly,
                                             ClaimVerdict::DoesNotHold, ClaimVerdict::NotMeasured});
    return claim;
}

LabSettings settingsFrom(const JsonCursor& c) {
    c.allowOnly(
        {"seconds", "warmup_seconds", "connections", "threads", "rounds", "workers", "servers"});
    LabSettings s;
    s.seconds = intIn(c.at("seconds"), 1, 3600);
    s.warmupSeconds = intIn(c.at("warmup_seconds"), 0, 3600);
    s.connections = intIn(c.at("connections"), 1, 100'000);
    s.threads = intIn(c.at("threads"), 1, 4096);
    s.rounds = intIn(c.at("rounds"), 1, 1000);
    s.workers = enumFrom(c.at("workers"), std::array{WorkerMode::Single, WorkerMode::PerCore});
    s.servers = strings(c.at("servers"));
    return s;
}

LabMachine machineFrom(const JsonCursor& c) {
    c.allowOnly({"cpu", "logical_cores", "os", "kernel", "load_average_before",
                 "load_average_after", "versions"});
    LabMachine m;
    m.cpu = c.at("cpu").string();
    m.logicalCores = intIn(c.at("logical_cores"), 0, 1 << 20);
    m.os = c.at("os").string();
    m.kernel = c.at("kernel").string();
    m.loadAverageBefore = nullableNumber(c.at("load_average_before"));
    m.loadAverageAfter = nullableNumber(c.at("load_average_after"));
    for (const auto& [tool, version] : c.at("versions").members())
        m.versions[tool] = version.nonEmptyString();
    return m;
}

LabRun runFrom(const JsonCursor& root) {
    root.allowOnly({"format", "format_version", "started", "finished", "settings", "machine",
                    "servers", "claims", "missing_packages", "install_command"});
    const auto format = root.at("format");
    if (format.string() != kLabRunFormat)
        format.fail(std::string("expected \"") + kLabRunFormat + "\"");
    const auto version = root.at("format_version");
    const auto v = version.integer();
    if (v > kLabRunFormatVersion)
        version.fail("the lab run is format version " + std::to_string(v) +
                     ", newer than this build reads (" + std::to_string(kLabRunFormatVersion) +
                     "); update Backend Advisor");
    if (v < 1)
        version.fail("expected " + std::to_string(kLabRunFormatVersion));
    LabRun run;
    run.startedAt = root.at("started").nonEmptyString();
    run.finishedAt = root.at("finished").nonEmptyString();
    run.settings = settingsFrom(root.at("settings"));
    run.machine = machineFrom(root.at("machine"));
    for (const auto& server : root.at("servers").items())
        run.servers.push_back(serverFrom(server));
    for (const auto& claim : root.at("claims").items())
        run.claims.push_back(claimFrom(claim));
    run.missingPackages = strings(root.at("missing_packages"));
    if (!root.at("install_command").json().is_null())
        run.installCommand = root.at("install_command").string();
    return run;
}

} // namespace

const ServerResult* findResult(const std::vector<ServerResult>& servers, const std::string& id) {
    for (const auto& s : servers)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ServerResult* LabRun::server(const std::string& id) const {
    return findResult(servers, id);
}

std::string toString(ServerStatus status) {
    switch (status) {
    case ServerStatus::Measured:
        return "measured";
    case ServerStatus::Missing:
        return "missing";
    case ServerStatus::Failed:
        return "failed";
    }
    return "failed";
}

std::string toString(ClaimVerdict verdict) {
    switch (verdict) {
    case ClaimVerdict::Holds:
        return "holds";
    case ClaimVerdict::HoldsPartly:
        return "holds_partly";
    case ClaimVerdict::DoesNotHold:
        return "does_not_hold";
    case ClaimVerdict::NotMeasured:
        return "not_measured";
    }
    return "not_measured";
}

std::string toString(WorkerMode mode) {
    return mode == WorkerMode::PerCore ? "per_core" : "single";
}

nlohmann::ordered_json labRunToJson(const LabRun& run) {
    Json servers = Json::array();
    for (const auto& s : run.servers)
        servers.push_back(serverToJson(s));
    Json claims = Json::array();
    for (const auto& c : run.claims)
        claims.push_back(claimToJson(c));
    Json versions = Json::object();
    for (const auto& [tool, version] : run.machine.versions)
        versions[tool] = version;
    const auto& st = run.settings;
    const auto& m = run.machine;
    return Json{
        {"format", kLabRunFormat},
        {"format_version", kLabRunFormatVersion},
        {"started", run.startedAt},
        {"finished", run.finishedAt},
        {"settings", Json{{"seconds", st.seconds},
                          {"warmup_seconds", st.warmupSeconds},
                          {"connections", st.connections},
                          {"threads", st.threads},
                          {"rounds", st.rounds},
                          {"workers", toString(st.workers)},
                          {"servers", st.servers}}},
        {"machine", Json{{"cpu", m.cpu},
                         {"logical_cores", m.logicalCores},
                         {"os", m.os},
                         {"kernel", m.kernel},
                         {"load_average_before", optionalNumber(m.loadAverageBefore, 2)},
                         {"load_average_after", optionalNumber(m.loadAverageAfter, 2)},
                         {"versions", std::move(versions)}}},
        {"servers", std::move(servers)},
        {"claims", std::move(claims)},
        {"missing_packages", run.missingPackages},
        {"install_command", run.installCommand.empty() ? Json(nullptr) : Json(run.installCommand)}};
}

Result<LabRun> parseLabRun(const nlohmann::json& json, const std::string& fileLabel) {
    try {
        return runFrom(JsonCursor(json, ""));
    } catch (const FieldError& e) {
        return Error{fileLabel, e.field, e.what()};
    }
}

} // namespace advisor::lab
