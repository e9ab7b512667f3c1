#include "core/base/json_io.h"

#include "core/base/text.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace advisor {
namespace {

// Counts bracket nesting outside strings; nlohmann's parser would otherwise build (and later
// destroy) arbitrarily deep trees from hostile input.
std::optional<std::size_t> firstTooDeepOffset(std::string_view text) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if (c == ']' || c == '}')
            --depth;
    }
    return std::nullopt;
}

std::string describeSize(std::size_t bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return std::to_string(bytes / (1024 * 1024)) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0)
        return std::to_string(bytes / 1024) + " KiB";
    return std::to_string(bytes) + " bytes";
}

std::string typeName(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

} // namespace

Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return Error{path, "", "file not found"};
    if (fs::is_directory(status))
        return Error{path, "", "is a directory, expected a file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return environmentError(path, "", "cannot be read (permission denied?)");
    std::string text;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes)
            return Error{path, "",
                         "file is larger than " + describeSize(maxBytes) +
                             ", expected a small JSON file"};
    }
    if (in.bad())
        return environmentError(path, "", "read error");
    return text;
}

Result<nlohmann::json> parseJson(std::string_view text, const std::string& fileLabel) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error{fileLabel, "", "file is empty, expected a JSON object"};
    if (const auto offset = firstTooDeepOffset(text))
        return Error{fileLabel, "",
                     "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                         " levels at byte " + std::to_string(*offset + 1)};
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        std::string what = e.what();
        if (const auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        return Error{fileLabel, "", "invalid JSON: " + what};
    } catch (const nlohmann::json::exception& e) {
        // Found by fuzzing: a number too large for a double throws out_of_range, not parse_error.
        std::string what = e.what();
        if (const auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        return Error{fileLabel, "", "invalid JSON: " + what};
    }
}

Result<nlohmann::json> loadJsonFile(const std::string& path) {
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseJson(*text, path);
}

bool JsonCursor::has(const std::string& key) const {
    return value_->is_object() && value_->contains(key);
}

JsonCursor JsonCursor::at(const std::string& key) const {
    expectObject();
    const auto it = value_->find(key);
    const std::string child = pointer_ + "/" + escapePointerToken(key);
    if (it == value_->end())
        throw FieldError(child, "is missing");
    return {*it, child};
}

JsonCursor JsonCursor::at(std::size_t index) const {
    expectArray();
    if (index >= value_->size())
        fail("expected at least " + std::to_string(index + 1) + " elements");
    return {(*value_)[index], pointer_ + "/" + std::to_string(index)};
}

std::vector<JsonCursor> JsonCursor::items() const {
    expectArray();
    std::vector<JsonCursor> out;
    out.reserve(value_->size());
    for (std::size_t i = 0; i < value_->size(); ++i)
        out.emplace_back((*value_)[i], pointer_ + "/" + std::to_string(i));
    return out;
}

std::vector<std::pair<std::string, JsonCursor>> JsonCursor::members() const {
    expectObject();
    std::vector<std::pair<std::string, JsonCursor>> out;
    out.reserve(value_->size());
    for (const auto& [key, child] : value_->items())
        out.emplace_back(key, JsonCursor(child, pointer_ + "/" + escapePointerToken(key)));
    return out;
}

std::string JsonCursor::string() const {
    if (!value_->is_string())
        fail("expected a string, got " + typeName(*value_));
    return value_->get<std::string>();
}

std::string JsonCursor::nonEmptyString() const {
    auto s = string();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos)
        fail("expected a non-empty string");
    return s;
}

double JsonCursor::number() const {
    if (!value_->is_number())
        fail("expected a number, got " + typeName(*value_));
    const double v = value_->get<double>();
    if (!std::isfinite(v))
        fail("expected a finite number");
    return v;
}

double JsonCursor::numberIn(double low, double high) const {
    const double v = number();
    if (v < low || v > high) {
        std::ostringstream os;
        os << "expected a number from " << low << " to " << high << ", got " << v;
        fail(os.str());
    }
    return v;
}

long long JsonCursor::integer() const {
    if (!value_->is_number_integer())
        fail("expected an integer, got " + typeName(*value_));
    if (value_->is_number_unsigned() &&
        value_->get<unsigned long long>() > static_cast<unsigned long long>(LLONG_MAX))
        fail("integer out of range");
    return value_->get<long long>();
}

bool JsonCursor::boolean() const {
    if (!value_->is_boolean())
        fail("expected true or false, got " + typeName(*value_));
    return value_->get<bool>();
}

void JsonCursor::expectObject() const {
    if (!value_->is_object())
        fail("expected an object, got " + typeName(*value_));
}

void JsonCursor::expectArray() const {
    if (!value_->is_array())
        fail("expected an array, got " + typeName(*value_));
}

void JsonCursor::allowOnly(std::initializer_list<std::string_view> allowed) const {
    expectObject();
    for (const auto& [key, child] : value_->items()) {
        bool known = false;
        for (auto a : allowed)
            known = known || a == key;
        if (!known) {
            std::string list;
            for (auto a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            throw FieldError(pointer_ + "/" + escapePointerToken(key),
                             "unknown field, expected one of: " + list);
        }
    }
}

void JsonCursor::fail(const std::string& expected) const {
    throw FieldError(pointer_.empty() ? "/" : pointer_, expected);
}

std::string JsonCursor::stringOr(const std::string& key, std::string fallback) const {
    return has(key) ? at(key).string() : std::move(fallback);
}

double JsonCursor::numberOr(const std::string& key, double fallback) const {
    return has(key) ? at(key).number() : fallback;
}

bool JsonCursor::booleanOr(const std::string& key, bool fallback) const {
    return has(key) ? at(key).boolean() : fallback;
}

std::string escapePointerToken(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string describeValue(const nlohmann::json& value) {
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return withoutControls(ellipsized(text, 60));
}

} // namespace advisor
