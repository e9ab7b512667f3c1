// Reading untrusted JSON files: size and depth limits, and typed field access whose failures
// name the file, the JSON pointer of the field and what was expected.
#pragma once

#include "core/base/error.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace advisor {

inline constexpr std::size_t kMaxInputBytes = 16 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 64;

// Reads a whole regular file; refuses directories, unreadable and oversized files.
Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes = kMaxInputBytes);

// Parses JSON text, refusing nesting deeper than kMaxJsonDepth before the parser sees it.
Result<nlohmann::json> parseJson(std::string_view text, const std::string& fileLabel);

// readTextFile + parseJson.
Result<nlohmann::json> loadJsonFile(const std::string& path);

// Thrown only inside a loader and turned into an Error at its boundary.
struct FieldError : std::runtime_error {
    FieldError(std::string pointer, const std::string& expected)
        : std::runtime_error(expected), field(std::move(pointer)) {}
    std::string field;
};

// A JSON value together with its JSON pointer, so every complaint can say where it is.
class JsonCursor {
public:
    JsonCursor(const nlohmann::json& value, std::string pointer)
        : value_(&value), pointer_(std::move(pointer)) {}

    [[nodiscard]] const nlohmann::json& json() const { return *value_; }
    [[nodiscard]] const std::string& pointer() const { return pointer_; }

    [[nodiscard]] bool has(const std::string& key) const;
    [[nodiscard]] JsonCursor at(const std::string& key) const; // required member
    [[nodiscard]] JsonCursor at(std::size_t index) const;
    [[nodiscard]] std::vector<JsonCursor> items() const;                           // array elements
    [[nodiscard]] std::vector<std::pair<std::string, JsonCursor>> members() const; // object

    [[nodiscard]] std::string string() const; // non-empty-agnostic string
    [[nodiscard]] std::string nonEmptyString() const;
    [[nodiscard]] double number() const;                          // finite number
    [[nodiscard]] double numberIn(double low, double high) const; // finite, within [low, high]
    [[nodiscard]] long long integer() const;
    [[nodiscard]] bool boolean() const;

    void expectObject() const;
    void expectArray() const;
    // Rejects members other than `allowed`, naming the first unknown one.
    void allowOnly(std::initializer_list<std::string_view> allowed) const;

    [[noreturn]] void fail(const std::string& expected) const;

    // Optional members with a fallback.
    [[nodiscard]] std::string stringOr(const std::string& key, std::string fallback) const;
    [[nodiscard]] double numberOr(const std::string& key, double fallback) const;
    [[nodiscard]] bool booleanOr(const std::string& key, bool fallback) const;

private:
    const nlohmann::json* value_;
    std::string pointer_;
};

// Escapes a key for use inside a JSON pointer (RFC 6901: "~" -> "~0", "/" -> "~1").
std::string escapePointerToken(std::string_view key);

// A short, printable rendering of a JSON value for error messages (quoted, truncated).
std::string describeValue(const nlohmann::json& value);

} // namespace advisor
