#include "core/base/number_format.h"
#include "core/model/explanations.h"

#include <catch2/catch.hpp>
#include <clocale>
#include <string>

using namespace advisor;

TEST_CASE("formatFixed rounds, never prints minus zero, and uses the given decimal mark",
          "[format]") {
    CHECK(formatFixed(0.25, 2) == "0.25");
    CHECK(formatFixed(1.625, 1) == "1.6");
    CHECK(formatFixed(2.0, 0) == "2");
    CHECK(formatFixed(-0.001, 2) == "0.00");
    CHECK(formatFixed(-1.5, 1) == "-1.5");
    CHECK(formatFixed(1234.5, 1, {",", "."}) == "1234,5");
    CHECK(formatFixed(0.5, 2, {"\u066b", "\u066c"}) == "0\u066b50"); // Arabic decimal separator
}

TEST_CASE("formatCount groups thousands with the given separator", "[format]") {
    CHECK(formatCount(0) == "0");
    CHECK(formatCount(999) == "999");
    CHECK(formatCount(1000) == "1,000");
    CHECK(formatCount(10000, {",", "."}) == "10.000");
    CHECK(formatCount(1234567, {".", "\u202f"}) == "1\u202f234\u202f567");
}

TEST_CASE("Core's numbers ignore the process's C locale", "[format]") {
    // Qt's GUI sets the C locale from the system; printf would then write "0,25" into the CLI's
    // output and the reports. Try a locale with a decimal comma where the machine has one.
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    const char* candidates[] = {"de_DE.UTF-8", "fr_FR.UTF-8", "de_DE", "C.UTF-8"};
    for (const char* name : candidates) {
        if (std::setlocale(LC_NUMERIC, name) && std::localeconv()->decimal_point[0] == ',')
            break;
    }
    if (std::localeconv()->decimal_point[0] != ',')
        WARN("no locale with a decimal comma on this machine: the C-locale check proves little");
    CHECK(formatFixed(0.25, 2) == "0.25");
    CHECK(formatWeight(0.4) == "0.40");
    CHECK(formatPercent(0.875) == "88%");
    std::setlocale(LC_NUMERIC, before.c_str());
}
