// Numbers in sentences people read. Core formats with "." and "," by default, whatever the
// process's C locale says (the GUI's Qt sets it from the system), so the CLI, the Markdown and
// JSON reports and every golden test stay byte-stable; the GUI passes its locale's marks.
#pragma once

#include <cstddef>
#include <string>

namespace advisor {

struct NumberFormat {
    std::string decimalPoint = ".";
    std::string groupSeparator = ",";
};

// `value` with `decimals` digits after the decimal point; never "-0.00".
std::string formatFixed(double value, int decimals, const NumberFormat& format = {});
// A count with thousands grouped: "10,000".
std::string formatCount(std::size_t count, const NumberFormat& format = {});

} // namespace advisor
