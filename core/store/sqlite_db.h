// A thin, error-as-value layer over the SQLite C API for the decision store: a connection, a
// prepared statement with bound parameters (the only way values reach SQL) and a transaction
// that rolls back unless committed.
#pragma once

#include "core/base/error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace advisor::sqlite {

struct ConnectionCloser {
    void operator()(sqlite3* db) const;
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

// Opens (or creates) a database file read-write; `file` names it in errors.
Result<Connection> openConnection(const std::string& file, bool create);
// Opens `file` to read it without writing anything anywhere: no lock, no journal recovery, no
// -wal or -shm file (SQLite's immutable=1). Only for a file whose companions are absent, so the
// main file holds the whole database.
Result<Connection> openImmutable(const std::string& file);

// An Error for a failed SQLite call, in words a user can act on (disk full, read-only,
// locked, damaged) plus SQLite's own message: the connection's, when `db` is given (so it must
// come straight after the failed call), else the generic text for `code`. `operation` becomes
// the error's field.
Error errorFrom(sqlite3* db, int code, const std::string& file, const std::string& operation);

// True for the result codes that mean the file is damaged or not a database at all.
bool isCorruption(int code);

class Statement {
public:
    static Result<Statement> prepare(sqlite3* db, std::string_view sql, const std::string& file);

    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;

    // Parameters are 1-based, as in SQL's ?1, ?2...
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);

    // Advances to the next row: true when there is one, false when done.
    Result<bool> step(const std::string& operation);
    // Runs a statement that returns no rows.
    Status run(const std::string& operation);
    // Steps through every row, handing the statement to `read` at each; stops at the first
    // error, SQLite's or the one `read` returns.
    Status forEachRow(const std::string& operation,
                      const std::function<Status(const Statement& row)>& read);
    // Makes the statement ready to run again; bound values stay until bound anew.
    void reset();
    // The raw result code of the last step (for callers that sort errors by kind).
    [[nodiscard]] int lastCode() const { return lastCode_; }
    // Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    [[nodiscard]] std::int64_t changedRows() const;

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* s) const;
    };
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::string file);

    sqlite3* db_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
    std::string file_;
    int bindError_ = 0;
    int lastCode_ = 0;
};

// Runs SQL without parameters (schema changes, pragmas, BEGIN/COMMIT).
Status execute(sqlite3* db, const std::string& sql, const std::string& file,
               const std::string& operation);

// BEGIN IMMEDIATE on construction (taking the write lock up front, so a busy database fails
// here rather than half-way); ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    static Result<Transaction> begin(sqlite3* db, const std::string& file,
                                     const std::string& operation);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(sqlite3* db, std::string file, std::string operation);
    sqlite3* db_;
    std::string file_;
    std::string operation_;
    bool open_ = true;
};

} // namespace advisor::sqlite
