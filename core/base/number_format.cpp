#include "core/base/number_format.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace advisor {

std::string formatFixed(double value, int decimals, const NumberFormat& format) {
    if (!std::isfinite(value))
        return std::isnan(value) ? "NaN" : (value > 0 ? "\u221e" : "-\u221e");
    // Tiny negatives round to zero: print "0.00", not "-0.00".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    char buffer[400]; // the longest fixed-notation double (1.8e308) with room for decimals
    // to_chars ignores the C locale, unlike printf.
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (error != std::errc())
        return "?";
    std::string text(buffer, end);
    if (const auto dot = text.find('.'); dot != std::string::npos)
        text.replace(dot, 1, format.decimalPoint);
    return text;
}

std::string formatCount(std::size_t count, const NumberFormat& format) {
    const std::string digits = std::to_string(count);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += format.groupSeparator;
        out += digits[i];
    }
    return out;
}

} // namespace advisor
