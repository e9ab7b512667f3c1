// The program's name and version, as the command line, reports and archives state them.
#pragma once

#include <string>

namespace advisor {

inline constexpr const char* kProgramName = "backend-advisor";

// "backend-advisor 0.1.0": who wrote a report or an archive.
inline std::string generatorName() {
    return std::string(kProgramName) + " " + ADVISOR_VERSION;
}

} // namespace advisor
