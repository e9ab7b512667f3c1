// Files the GUI tests set up: a damaged database, a broken answers file, a blocker where a
// folder should be.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <catch2/catch.hpp>

namespace advisor::ui::test {

// Creates or replaces `path` with exactly `bytes` (none: an empty file).
inline void writeFile(const QString& path, const QByteArray& bytes = {}) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace advisor::ui::test
