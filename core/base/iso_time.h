// UTC timestamps and calendar dates in ISO 8601, as stored in the decision database and
// printed in reports.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace advisor {

// "2025-04-24T09:30:00Z"
std::string isoUtcTimestamp(std::chrono::system_clock::time_point t);
// "2025-04-24"
std::string isoUtcDate(std::chrono::system_clock::time_point t);
// True for a real calendar date written YYYY-MM-DD ("2025-02-30" is not one).
bool isIsoDate(std::string_view text);

} // namespace advisor
