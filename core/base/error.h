// Errors as values: what went wrong, in which file, at which field, and what was expected.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace advisor {

// Whose the problem is, which the command line's exit code says: bad input (2) is the user's
// file, field or argument, and is fixed there; the environment (1) is the machine getting in the
// way: no permission, a busy, read-only or full disk, a lock held by someone else.
enum class ErrorKind { BadInput, Environment };

struct Error {
    std::string file;    // the file the user gave us, or a description such as "<built-in>"
    std::string field;   // a JSON pointer ("/answers/concurrency"), an option name, or empty
    std::string message; // what was expected or what failed, in plain words
    ErrorKind kind = ErrorKind::BadInput;

    // One line suitable for a terminal or a status bar: "file: field: message".
    [[nodiscard]] std::string oneLine() const;
};

// An Error that is the environment's, not the input's.
inline Error environmentError(std::string file, std::string field, std::string message) {
    return Error{std::move(file), std::move(field), std::move(message), ErrorKind::Environment};
}

// A value or an Error; core/ returns these instead of throwing across module boundaries.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<T>(state_); }
    [[nodiscard]] T& value() & { return std::get<T>(state_); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(state_)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(state_); }

    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

private:
    std::variant<T, Error> state_;
};

// For operations that return nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

} // namespace advisor
