#include "core/cli/cli_numbers.h"

#include <charconv>

namespace advisor {

Result<std::uint64_t> parseWholeNumber(const std::string& option, const std::string& text,
                                       std::uint64_t low, std::uint64_t high) {
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < low || value > high)
        return Error{kProgramName, option,
                     "expected a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", got \"" + text.substr(0, 40) + "\""};
    return value;
}

} // namespace advisor
