// Errors as values: what went wrong, in which file, at which field, and what was expected.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace advisor {

struct Error {
    std::string file;    // the file the user gave us, or a description such as "<built-in>"
    std::string field;   // a JSON pointer ("/answers/concurrency"), an option name, or empty
    std::string message; // what was expected or what failed, in plain words

    // One line suitable for a terminal or a status bar: "file: field: message".
    [[nodiscard]] std::string oneLine() const;
};

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
