// The article's performance claims, and the rule that turns a measured ratio into a verdict.
//
// Each claim says Node.js is some factor ahead of Python. The lab measures that factor as
// Node.js's advantage r (requests/s: Node.js ÷ Python; time per response: Python ÷ Node.js),
// from the medians of the interleaved rounds, and says:
//   holds          r ≥ 0.8 × the claimed factor (its low end, for a range), and r > 1.1:
//                  the claim is reached within the noise of a few rounds on a shared machine;
//                  further ahead than claimed still holds (the article's direction and size);
//   holds partly   1.1 < r < 0.8 × the claimed factor: Node.js is ahead, by less than claimed;
//   does not hold  r ≤ 1.1: no advantage beyond the noise, or Python ahead;
//   not measured   a server of the pair is missing or failed.
// Absolute figures (40,000 and 10,000 requests/s) depend on the hardware and are shown beside
// the measured ones, but only the ratio is judged.
#pragma once

#include "core/measurement/lab_run.h"

#include <optional>
#include <string>
#include <vector>

namespace advisor::lab {

inline constexpr double kNoiseBand = 1.10;    // advantages up to this are no advantage
inline constexpr double kReachedShare = 0.80; // this share of the claimed factor reaches it

struct ClaimSpec {
    std::string id;
    std::string quote;
    std::string figure;
    double claimedRatio;
    std::optional<double> claimedRatioHigh;
    std::string endpoint; // "json" or "compute"
    std::string metric;   // "requests_per_second" or "latency_p50_ms"
    std::string nodeServer, pythonServer;
};

[[nodiscard]] const std::vector<ClaimSpec>& articleClaims();

[[nodiscard]] ClaimVerdict claimVerdict(double measuredAdvantage, double claimedRatio);

// Every article claim against the servers' median figures.
[[nodiscard]] std::vector<ClaimResult> compareClaims(const std::vector<ServerResult>& servers);

} // namespace advisor::lab
