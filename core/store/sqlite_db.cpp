#include "core/store/sqlite_db.h"

#include <sqlite3.h>

namespace advisor::sqlite {
namespace {

// SQLITE_TRANSIENT without its old-style cast: SQLite copies the bound value.
const sqlite3_destructor_type kCopyValue = reinterpret_cast<sqlite3_destructor_type>(-1);

std::string plainWords(int code) {
    switch (code & 0xff) {
    case SQLITE_FULL:
        return "the disk is full or the database reached its size limit; nothing was changed";
    case SQLITE_READONLY:
        return "the database is read-only (check the file's and its folder's permissions); "
               "nothing was changed";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is busy in another program; try again";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the database file is damaged";
    case SQLITE_CANTOPEN:
        return "cannot open the database file";
    case SQLITE_IOERR:
        return "a disk error occurred; nothing was changed";
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "permission denied";
    case SQLITE_CONSTRAINT:
        return "the change breaks a rule of the database";
    case SQLITE_INTERRUPT:
        return "cancelled";
    default:
        return "database error";
    }
}

} // namespace

void ConnectionCloser::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

bool isCorruption(int code) {
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

Error errorFrom(sqlite3* db, int code, const std::string& file, const std::string& operation) {
    std::string message = plainWords(code);
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    if (detail && *detail)
        message += std::string(" (SQLite: ") + detail + ")";
    // Whatever SQLite refuses mid-operation (busy, read-only, full, I/O) is the environment's.
    return environmentError(file, operation, message);
}

Result<Connection> openConnection(const std::string& file, bool create) {
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return errorFrom(db.get(), rc, file, "open");
    sqlite3_extended_result_codes(db.get(), 1);
    return db;
}

Result<Connection> openImmutable(const std::string& file) {
    // A URI, so every byte of the path that URIs give a meaning to is percent-encoded.
    std::string uri = "file:";
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : file) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                           (byte >= '0' && byte <= '9') || c == '/' || c == '.' || c == '-' ||
                           c == '_' || c == '~';
        if (plain) {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0x0f];
        }
    }
    uri += "?immutable=1";
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(uri.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return errorFrom(db.get(), rc, file, "open");
    sqlite3_extended_result_codes(db.get(), 1);
    return db;
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::string file)
    : db_(db), stmt_(stmt), file_(std::move(file)) {}

void Statement::Finalizer::operator()(sqlite3_stmt* s) const {
    sqlite3_finalize(s);
}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, const std::string& file) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFrom(db, rc, file, "prepare");
    }
    return Statement(db, stmt, file);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_.get(), index, value); rc != SQLITE_OK)
        bindError_ = rc;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_.get(), index, value); rc != SQLITE_OK)
        bindError_ = rc;
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (const int rc = sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(),
                                           kCopyValue, SQLITE_UTF8);
        rc != SQLITE_OK)
        bindError_ = rc;
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_.get(), index); rc != SQLITE_OK)
        bindError_ = rc;
    return *this;
}

Result<bool> Statement::step(const std::string& operation) {
    if (bindError_ != SQLITE_OK) {
        lastCode_ = bindError_;
        // Calls since the failed bind (a later bind, another statement) have replaced the
        // connection's message: describe the bind's own code.
        return errorFrom(nullptr, bindError_, file_, operation);
    }
    lastCode_ = sqlite3_step(stmt_.get());
    if (lastCode_ == SQLITE_ROW)
        return true;
    if (lastCode_ == SQLITE_DONE)
        return false;
    return errorFrom(db_, lastCode_, file_, operation);
}

Status Statement::run(const std::string& operation) {
    for (;;) {
        auto row = step(operation);
        if (!row)
            return row.error();
        if (!*row)
            return Ok{};
    }
}

Status Statement::forEachRow(const std::string& operation,
                             const std::function<Status(const Statement& row)>& read) {
    for (;;) {
        auto row = step(operation);
        if (!row)
            return row.error();
        if (!*row)
            return Ok{};
        if (auto ok = read(*this); !ok)
            return ok;
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    bindError_ = SQLITE_OK;
    lastCode_ = SQLITE_OK;
}

std::int64_t Statement::changedRows() const {
    return sqlite3_changes64(db_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_.get(), column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_.get(), column);
}

std::string Statement::text(int column) const {
    const auto* bytes = sqlite3_column_text(stmt_.get(), column);
    const int size = sqlite3_column_bytes(stmt_.get(), column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))
                 : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

Status execute(sqlite3* db, const std::string& sql, const std::string& file,
               const std::string& operation) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message); // errorFrom reads the same text from the connection
    if (rc != SQLITE_OK)
        return errorFrom(db, rc, file, operation);
    return Ok{};
}

Transaction::Transaction(sqlite3* db, std::string file, std::string operation)
    : db_(db), file_(std::move(file)), operation_(std::move(operation)) {}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(other.db_), file_(std::move(other.file_)), operation_(std::move(other.operation_)),
      open_(other.open_) {
    other.open_ = false;
}

Result<Transaction> Transaction::begin(sqlite3* db, const std::string& file,
                                       const std::string& operation) {
    if (auto ok = execute(db, "BEGIN IMMEDIATE", file, operation); !ok)
        return ok.error();
    return Transaction(db, file, operation);
}

Transaction::~Transaction() {
    if (open_)
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit() {
    auto ok = execute(db_, "COMMIT", file_, operation_);
    // A failed COMMIT (disk full, busy) leaves the transaction open; the destructor rolls back.
    if (ok)
        open_ = false;
    return ok;
}

} // namespace advisor::sqlite
