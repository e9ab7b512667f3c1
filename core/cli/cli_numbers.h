// Whole-number option values on the command line, shared by every command.
#pragma once

#include "core/base/error.h"
#include "core/base/program.h"

#include <cstdint>
#include <string>

namespace advisor {

// The program's name as its command-line errors give it.

// `text` as a whole number from `low` to `high`; the error names the option and quotes (the
// start of) what was given.
Result<std::uint64_t> parseWholeNumber(const std::string& option, const std::string& text,
                                       std::uint64_t low, std::uint64_t high);

} // namespace advisor
