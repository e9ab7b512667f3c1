#include "core/lab/wrk_output.h"

#include "core/base/text.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace advisor::lab {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> linesOf(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        lines.push_back(trimmed(text.substr(0, end)));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// A finite, non-negative number and what follows it ("64.95ms" -> 64.95, "ms").
std::optional<std::pair<double, std::string_view>> leadingNumber(std::string_view s) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr == s.data() || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return std::pair{value, s.substr(static_cast<std::size_t>(ptr - s.data()))};
}

std::optional<std::uint64_t> wholeNumber(std::string_view s) {
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return value;
}

// wrk writes times with the unit that keeps the figure short: us, ms, s, m or h.
std::optional<double> millisecondsOf(std::string_view text) {
    const auto number = leadingNumber(text);
    if (!number)
        return std::nullopt;
    const auto [value, unit] = *number;
    if (unit == "us")
        return value / 1000.0;
    if (unit == "ms")
        return value;
    if (unit == "s")
        return value * 1000.0;
    if (unit == "m")
        return value * 60'000.0;
    if (unit == "h")
        return value * 3'600'000.0;
    return std::nullopt;
}

// A line a person can read in an error message: one line, at most 80 bytes.
std::string quoted(std::string_view line) {
    return "\"" + withoutControls(std::string(utf8Prefix(line, 80))) + "\"";
}

// Why a report without a "Requests/sec" line has none, in wrk's own words where it gave some.
std::string missingRateReason(const std::vector<std::string_view>& lines) {
    for (const auto line : lines) {
        if (startsWith(line, "unable to connect"))
            return "wrk could not connect: " + quoted(line);
        if (startsWith(line, "Usage: wrk"))
            return "wrk refused its arguments and printed its usage";
    }
    bool blank = true;
    for (const auto line : lines)
        blank = blank && line.empty();
    if (blank)
        return "wrk printed nothing";
    return "no \"Requests/sec:\" line: not a complete wrk report";
}

struct Collected {
    std::optional<double> rate;
    std::optional<double> p50, p75, p90, p99;
    std::optional<std::uint64_t> requests;
    double durationSeconds = 0;
    std::uint64_t socketErrors = 0;
    std::uint64_t non2xx = 0;
};

// "Socket errors: connect 0, read 0, write 0, timeout 91" -> 91.
std::optional<std::uint64_t> socketErrorsOf(std::string_view rest) {
    std::uint64_t sum = 0;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const auto item = trimmed(rest.substr(0, comma));
        const auto space = item.rfind(' ');
        if (space == std::string_view::npos)
            return std::nullopt;
        const auto count = wholeNumber(item.substr(space + 1));
        if (!count)
            return std::nullopt;
        sum += *count;
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return sum;
}

// One line of the report; an Error when a line wrk always writes in one shape is bent.
std::optional<Error> collect(std::string_view line, Collected& c, const std::string& source) {
    const auto bad = [&](const std::string& what) {
        return Error{source, "wrk output", what + ": " + quoted(line)};
    };
    if (startsWith(line, "Requests/sec:")) {
        const auto number = leadingNumber(trimmed(line.substr(13)));
        if (!number || !trimmed(number->second).empty())
            return bad("requests per second is not a number");
        c.rate = number->first;
    } else if (startsWith(line, "Socket errors:")) {
        const auto errors = socketErrorsOf(line.substr(14));
        if (!errors)
            return bad("unreadable socket error counts");
        c.socketErrors = *errors;
    } else if (startsWith(line, "Non-2xx or 3xx responses:")) {
        const auto count = wholeNumber(trimmed(line.substr(25)));
        if (!count)
            return bad("unreadable count of failed responses");
        c.non2xx = *count;
    } else if (const auto at = line.find(" requests in "); at != std::string_view::npos) {
        const auto count = wholeNumber(line.substr(0, at));
        auto duration = line.substr(at + 13);
        duration = duration.substr(0, duration.find(','));
        const auto ms = millisecondsOf(duration);
        if (!count || !ms)
            return bad("unreadable request count or duration");
        c.requests = count;
        c.durationSeconds = *ms / 1000.0;
    } else if (const auto percent = line.find('%');
               percent != std::string_view::npos && percent <= 3 && percent > 0) {
        // "50%   1.71ms" in the Latency Distribution block.
        const auto which = wholeNumber(line.substr(0, percent));
        if (!which)
            return std::nullopt; // "+/- Stdev" columns and the like
        const auto ms = millisecondsOf(trimmed(line.substr(percent + 1)));
        if (!ms)
            return bad("unreadable latency");
        std::optional<double>* slot = *which == 50   ? &c.p50
                                      : *which == 75 ? &c.p75
                                      : *which == 90 ? &c.p90
                                      : *which == 99 ? &c.p99
                                                     : nullptr;
        if (slot)
            *slot = *ms;
    }
    return std::nullopt;
}

} // namespace

Result<WrkMeasurement> parseWrkOutput(std::string_view text, const std::string& source) {
    const auto lines = linesOf(text);
    Collected c;
    for (const auto line : lines)
        if (auto error = collect(line, c, source))
            return *error;
    if (!c.rate)
        return Error{source, "wrk output", missingRateReason(lines)};
    if (!c.p50 || !c.p75 || !c.p90 || !c.p99)
        return Error{source, "wrk output",
                     "no latency distribution (50%, 75%, 90%, 99%): was wrk run with --latency?"};
    if (!c.requests)
        return Error{source, "wrk output", "no \"N requests in T\" line"};
    if (*c.requests == 0 || *c.rate <= 0)
        return Error{source, "wrk output", kNoRequestAnswered};
    WrkMeasurement m;
    m.requestsPerSecond = *c.rate;
    m.latencyP50Ms = *c.p50;
    m.latencyP75Ms = *c.p75;
    m.latencyP90Ms = *c.p90;
    m.latencyP99Ms = *c.p99;
    m.requests = *c.requests;
    m.durationSeconds = c.durationSeconds;
    m.socketErrors = c.socketErrors;
    m.non2xxResponses = c.non2xx;
    return m;
}

} // namespace advisor::lab
