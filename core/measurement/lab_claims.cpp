#include "core/measurement/lab_claims.h"

#include "core/base/number_format.h"
#include "core/measurement/lab_servers.h"

namespace advisor::lab {
namespace {

constexpr const char* kRequestsPerSecond = "requests_per_second";
constexpr const char* kLatencyP50 = "latency_p50_ms";

std::optional<double> figureOf(const ServerResult* server, const ClaimSpec& claim) {
    if (!server || server->status != ServerStatus::Measured)
        return std::nullopt;
    const auto& endpoint = claim.endpoint == "compute" ? server->compute : server->json;
    if (!endpoint)
        return std::nullopt;
    return claim.metric == kRequestsPerSecond ? endpoint->median.requestsPerSecond
                                              : endpoint->median.latencyMs.p50;
}

std::string verdictWords(ClaimVerdict verdict) {
    switch (verdict) {
    case ClaimVerdict::Holds:
        return "Holds.";
    case ClaimVerdict::HoldsPartly:
        return "Holds partly: Node.js is ahead, by less than claimed.";
    case ClaimVerdict::DoesNotHold:
        return "Does not hold on this machine.";
    case ClaimVerdict::NotMeasured:
        break;
    }
    return "Not measured.";
}

std::string nameOf(const std::string& id) {
    const ServerSpec* spec = findServer(id);
    return spec ? spec->name : id;
}

std::string sentenceFor(const ClaimSpec& claim, const ClaimResult& r) {
    const std::string nodeName = nameOf(claim.nodeServer);
    const std::string pythonName = nameOf(claim.pythonServer);
    if (!r.measuredRatio)
        return nodeName + " and " + pythonName +
               " were not both measured (the article: " + claim.figure + ").";
    const std::string what = claim.endpoint == "compute" ? "compute" : "JSON";
    const std::string ratio = formatFixed(*r.measuredRatio, 2) + "\u00d7";
    std::string body;
    if (claim.metric == kRequestsPerSecond)
        body = nodeName + " answered " + formatCount(static_cast<std::size_t>(*r.nodeValue + 0.5)) +
               " " + what + " requests/s, " + pythonName + " " +
               formatCount(static_cast<std::size_t>(*r.pythonValue + 0.5)) +
               ": Node.js's advantage is " + ratio;
    else
        body = "Median " + what + " response time under load: " + nodeName + " " +
               formatFixed(*r.nodeValue, 2) + " ms, " + pythonName + " " +
               formatFixed(*r.pythonValue, 2) + " ms: Node.js's advantage is " + ratio;
    return body + " (the article: " + claim.figure + "). " + verdictWords(r.verdict);
}

} // namespace

const std::vector<ClaimSpec>& articleClaims() {
    static const std::vector<ClaimSpec> claims = {
        {"throughput",
         "Node.js can handle up to 40,000 requests per second, whereas Python\u2019s Django "
         "framework typically manages around 10,000 requests per second",
         "4\u00d7 (40,000 vs 10,000 requests/s)", 4.0, std::nullopt, "json", kRequestsPerSecond,
         "node-http", "django"},
        {"json_response_time",
         "a response JSON simple in Node.js can take 2 to 3 times less time than in Python",
         "2\u20133\u00d7 less time per JSON response", 2.0, 3.0, "json", kLatencyP50, "node-http",
         "uvicorn-asgi"},
        {"json_response_time_frameworks",
         "a response JSON simple in Node.js can take 2 to 3 times less time than in Python",
         "2\u20133\u00d7 less time per JSON response (here with frameworks)", 2.0, 3.0, "json",
         kLatencyP50, "express", "fastapi"},
        {"cpu_execution",
         "Python, being an interpreted language, tends to have slower execution speeds",
         "Python slower (no figure given)", 1.0, std::nullopt, "compute", kRequestsPerSecond,
         "node-http", "uvicorn-asgi"},
    };
    return claims;
}

ClaimVerdict claimVerdict(double measuredAdvantage, double claimedRatio) {
    if (measuredAdvantage <= kNoiseBand)
        return ClaimVerdict::DoesNotHold;
    if (measuredAdvantage >= kReachedShare * claimedRatio)
        return ClaimVerdict::Holds;
    return ClaimVerdict::HoldsPartly;
}

std::vector<ClaimResult> compareClaims(const std::vector<ServerResult>& servers) {
    std::vector<ClaimResult> results;
    for (const auto& claim : articleClaims()) {
        ClaimResult r;
        r.id = claim.id;
        r.quote = claim.quote;
        r.figure = claim.figure;
        r.claimedRatio = claim.claimedRatio;
        r.claimedRatioHigh = claim.claimedRatioHigh;
        r.endpoint = claim.endpoint;
        r.metric = claim.metric;
        r.nodeServer = claim.nodeServer;
        r.pythonServer = claim.pythonServer;
        const ServerResult* node = findResult(servers, claim.nodeServer);
        const ServerResult* python = findResult(servers, claim.pythonServer);
        r.nodeValue = figureOf(node, claim);
        r.pythonValue = figureOf(python, claim);
        if (r.nodeValue && r.pythonValue && *r.nodeValue > 0 && *r.pythonValue > 0) {
            // Requests/s: more is better; time per response: less is better.
            r.measuredRatio = claim.metric == kRequestsPerSecond ? *r.nodeValue / *r.pythonValue
                                                                 : *r.pythonValue / *r.nodeValue;
            r.verdict = claimVerdict(*r.measuredRatio, claim.claimedRatio);
        }
        r.sentence = sentenceFor(claim, r);
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace advisor::lab
