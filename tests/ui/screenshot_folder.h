// Where the hidden screenshot tests write their PNGs: $ADVISOR_SCREENSHOT_DIR, or a folder in
// the temp directory. Created if missing.
#pragma once

#include <QDir>
#include <QString>
#include <catch2/catch.hpp>

namespace advisor::ui::test {

inline QString screenshotFolder() {
    const QString folder = qEnvironmentVariableIsSet("ADVISOR_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("ADVISOR_SCREENSHOT_DIR")
                               : QDir::temp().filePath(QStringLiteral("advisor-screenshots"));
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

} // namespace advisor::ui::test
