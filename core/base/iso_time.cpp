#include "core/base/iso_time.h"

#include <ctime>

namespace advisor {
namespace {

std::tm utcParts(std::chrono::system_clock::time_point t) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    return utc;
}

} // namespace

std::string isoUtcTimestamp(std::chrono::system_clock::time_point t) {
    const std::tm utc = utcParts(t);
    char buffer[32];
    return std::string(buffer, std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc));
}

std::string isoUtcDate(std::chrono::system_clock::time_point t) {
    const std::tm utc = utcParts(t);
    char buffer[16];
    return std::string(buffer, std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc));
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (std::size_t i = 0; i < lengths[p]; ++i) {
            const char c = text[starts[p] + i];
            if (c < '0' || c > '9')
                return false;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    const std::chrono::year_month_day date{std::chrono::year(parts[0]),
                                           std::chrono::month(static_cast<unsigned>(parts[1])),
                                           std::chrono::day(static_cast<unsigned>(parts[2]))};
    return date.ok();
}

} // namespace advisor
