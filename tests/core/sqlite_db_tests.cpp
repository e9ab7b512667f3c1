// The thin SQLite layer under the decision store: errors describe the call that failed.
#include "core/store/sqlite_db.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

using namespace advisor;

TEST_CASE("sqlite: a bind error is reported as itself, not as the connection's last message",
          "[store][sqlite]") {
    test::TempFolder dir;
    const std::string file = dir.file("bind.sqlite3");
    auto db = sqlite::openConnection(file, true);
    REQUIRE(db);
    auto statement = sqlite::Statement::prepare(db->get(), "SELECT ?1", file);
    REQUIRE(statement);
    statement->bind(5, std::int64_t{1}); // there is no ?5: SQLITE_RANGE, kept for step()
    statement->bind(1, std::int64_t{1}); // a later bind succeeds and resets the connection's code
    // An unrelated failure on the same connection between the bind and the step.
    REQUIRE_FALSE(sqlite::Statement::prepare(db->get(), "SELECT * FROM no_such_table", file));

    auto row = statement->step("read");
    REQUIRE_FALSE(row);
    const std::string message = row.error().oneLine();
    INFO(message);
    CHECK(message.find("no_such_table") == std::string::npos);
    CHECK(message.find("column index out of range") != std::string::npos);
    CHECK(row.error().field == "read");
}
