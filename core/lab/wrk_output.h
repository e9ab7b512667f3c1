// Reading what wrk (the HTTP load generator the Evidence Lab drives) prints: requests per
// second, the latency percentiles of `--latency`, and the errors it counted.
#pragma once

#include "core/base/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace advisor::lab {

struct WrkMeasurement {
    double requestsPerSecond = 0;
    // Milliseconds, from wrk's "Latency Distribution" block.
    double latencyP50Ms = 0;
    double latencyP75Ms = 0;
    double latencyP90Ms = 0;
    double latencyP99Ms = 0;
    std::uint64_t requests = 0;     // completed requests
    double durationSeconds = 0;     // as wrk measured it
    std::uint64_t socketErrors = 0; // connect + read + write + timeout
    std::uint64_t non2xxResponses = 0;

    [[nodiscard]] std::uint64_t errors() const { return socketErrors + non2xxResponses; }
};

// The message when wrk finished without a single response in its time: a report, but not a
// measurement (the server needs longer than the duration to answer its first requests).
inline constexpr const char* kNoRequestAnswered = "no request was answered";

// Parses wrk 4's report. Refuses anything without a positive, finite "Requests/sec", the four
// percentiles and the "N requests in T" line, naming `source` and the line at fault; wrk's own
// complaints ("unable to connect ...", its usage text) come back as the error's message.
Result<WrkMeasurement> parseWrkOutput(std::string_view text, const std::string& source);

} // namespace advisor::lab
