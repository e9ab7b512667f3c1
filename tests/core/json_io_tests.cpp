// Reading untrusted JSON: every refusal is an Error naming the file, never a crash or an
// exception, and every message fits on one line.
#include "core/base/json_io.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <string>

using namespace advisor;
using advisor::test::TempDir;

namespace {

std::string nested(int depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

void requireOneLine(const Error& e) {
    const auto line = e.oneLine();
    INFO(line);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
}

} // namespace

TEST_CASE("loadJsonFile refuses unusable files with a one-line error naming the file",
          "[json_io]") {
    TempDir dir;
    struct Case {
        const char* name;
        std::string path;
        const char* message;
    };
    const Case cases[] = {
        {"empty file", dir.write("empty.json", ""), "file is empty"},
        {"whitespace only", dir.write("blank.json", " \n\t\r\n  "), "file is empty"},
        {"missing file", (dir.path() / "absent.json").string(), "file not found"},
        {"directory", dir.path().string(), "is a directory"},
        {"truncated JSON", dir.write("truncated.json", R"({"answers": {"team": "python")"),
         "invalid JSON"},
        {"trailing garbage", dir.write("trailing.json", R"({"answers": {}} x)"), "invalid JSON"},
        {"invalid UTF-8 in a string", dir.write("utf8.json", "{\"title\": \"caf\xC3\x28\"}"),
         "invalid JSON"},
        {"lone continuation byte", dir.write("utf8b.json", "{\"title\": \"\x80\"}"),
         "invalid JSON"},
        {"binary garbage", dir.write("garbage.json", std::string("\x00\x01\xFF{\x02", 5)),
         "invalid JSON"},
        {"number beyond a double", dir.write("huge-number.json", R"({"a": 1e400})"),
         "invalid JSON"},
        {"65 levels", dir.write("deep65.json", nested(65)), "nested deeper than 64"},
        {"a million levels", dir.write("deep.json", nested(1'000'000)), "nested deeper than 64"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto loaded = loadJsonFile(c.path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().file == c.path);
        CHECK(loaded.error().field.empty());
        CHECK_THAT(loaded.error().message, Catch::Contains(c.message));
        requireOneLine(loaded.error());
    }
}

TEST_CASE("nesting depth: 64 levels parse, brackets inside strings do not count", "[json_io]") {
    CHECK(parseJson(nested(64), "deep").ok());
    CHECK(parseJson("{\"a\":" + nested(63) + "}", "deep").ok());
    const auto tooDeep = parseJson("{\"a\":" + nested(64) + "}", "deep");
    REQUIRE_FALSE(tooDeep.ok());
    CHECK_THAT(tooDeep.error().message, Catch::Contains("at byte 69"));
    // 100 brackets in a string (with an escaped quote before them) are text, not nesting.
    const auto inString = parseJson(R"({"a": "\")" + std::string(100, '[') + "\"}", "strings");
    INFO((inString ? std::string() : inString.error().oneLine()));
    CHECK(inString.ok());
}

TEST_CASE("readTextFile refuses files over the size limit", "[json_io]") {
    TempDir dir;
    const auto small = dir.write("small.json", std::string(2048, ' '));
    CHECK(readTextFile(small, 4096).ok());
    const auto tooBig = readTextFile(small, 1024);
    REQUIRE_FALSE(tooBig.ok());
    CHECK_THAT(tooBig.error().message, Catch::Contains("larger than"));

    // The real limit: 16 MiB of whitespace plus one byte.
    const auto huge = dir.write("huge.json", std::string(kMaxInputBytes + 1, ' '));
    const auto loaded = loadJsonFile(huge);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().file == huge);
    CHECK_THAT(loaded.error().message, Catch::Contains("larger than 16 MiB"));
    requireOneLine(loaded.error());
    // Exactly at the limit is read (and then found empty, which is a different complaint).
    const auto atLimit = dir.write("limit.json", std::string(kMaxInputBytes, ' '));
    CHECK(readTextFile(atLimit).ok());
}

TEST_CASE("readTextFile returns the bytes unchanged", "[json_io]") {
    TempDir dir;
    const std::string bytes("{\"a\":\r\n\"\xC3\xA9\"}\0tail", 16);
    const auto read = readTextFile(dir.write("bytes.json", bytes));
    REQUIRE(read.ok());
    CHECK(*read == bytes);
}

TEST_CASE("JsonCursor names the JSON pointer of every complaint", "[json_io]") {
    const auto doc = nlohmann::json::parse(
        R"({"a/b": {"c~d": [1, "two", 3.5]}, "n": 1e300, "s": " ", "b": 1, "i": 2.5})");
    const JsonCursor root(doc, "");

    auto failure = [](auto&& action) -> FieldError {
        try {
            action();
        } catch (const FieldError& e) {
            return e;
        }
        FAIL("expected a FieldError");
        return FieldError("", "");
    };

    struct Case {
        const char* name;
        std::function<void()> action;
        const char* field;
        const char* message;
    };
    const Case cases[] = {
        {"escaped keys", [&] { (void)root.at("a/b").at("c~d").at(1).number(); }, "/a~1b/c~0d/1",
         "expected a number, got a string"},
        {"missing member", [&] { (void)root.at("absent"); }, "/absent", "is missing"},
        {"index out of range", [&] { (void)root.at("a/b").at("c~d").at(3); }, "/a~1b/c~0d",
         "at least 4 elements"},
        {"out of range", [&] { (void)root.at("n").numberIn(0, 10); }, "/n",
         "expected a number from 0 to 10"},
        {"blank string", [&] { (void)root.at("s").nonEmptyString(); }, "/s",
         "expected a non-empty string"},
        {"not a boolean", [&] { (void)root.at("b").boolean(); }, "/b", "expected true or false"},
        {"not an integer", [&] { (void)root.at("i").integer(); }, "/i", "expected an integer"},
        {"not an array", [&] { (void)root.at("a/b").items(); }, "/a~1b", "expected an array"},
        {"root itself", [&] { root.fail("nothing good"); }, "/", "nothing good"},
        {"unknown member",
         [&] {
             root.allowOnly({"a/b", "n", "s", "b"});
         },
         "/i", "unknown field, expected one of: a/b, n, s, b"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto e = failure(c.action);
        CHECK(e.field == c.field);
        CHECK_THAT(std::string(e.what()), Catch::Contains(c.message));
    }
}

TEST_CASE("describeValue stays short, printable and valid UTF-8", "[json_io]") {
    std::string longText;
    for (int i = 0; i < 40; ++i)
        longText += "\xC3\xA9"; // é, two bytes each
    const auto shown = describeValue(nlohmann::json(longText + "\nend"));
    CHECK(shown.size() <= 60 + 3);
    CHECK(shown.find('\n') == std::string::npos);
    // The cut never splits a character: the text before the ellipsis is whole "é"s.
    const auto ellipsis = shown.rfind("\xE2\x80\xA6");
    REQUIRE(ellipsis != std::string::npos);
    CHECK((ellipsis - 1) % 2 == 0); // an opening quote, then two-byte characters

    CHECK(describeValue(nlohmann::json("abc")) == "\"abc\"");
    CHECK(describeValue(nlohmann::json(3)) == "3");
}

TEST_CASE("Error::oneLine joins file, field and message on a single line", "[json_io]") {
    CHECK(Error{"a.json", "/x", "bad"}.oneLine() == "a.json: /x: bad");
    CHECK(Error{"a.json", "", "bad"}.oneLine() == "a.json: bad");
    CHECK(Error{"", "", "bad"}.oneLine() == "bad");
    CHECK(Error{"a\nb.json", "/x", "bad\r\nvalue"}.oneLine() == "a b.json: /x: bad  value");
}

TEST_CASE("Error::oneLine passes no control characters from user text", "[json_io]") {
    // A crafted answers file with an escape sequence in a key must not colour, move or clear
    // the user's terminal when the error names that key.
    const auto crafted = nlohmann::json::parse(R"({"answers": {"\u001b[2Jx\u0008\u007f": 1}})");
    const auto parsed = parseAnswers(crafted, builtInKnowledgeBase(), "f.json");
    REQUIRE_FALSE(parsed.ok());
    const auto line = parsed.error().oneLine();
    CHECK(line == "f.json: /answers/ [2Jx  : unknown question \" [2Jx  \"");
    for (const char c : line)
        CHECK(static_cast<unsigned char>(c) >= 0x20);
    CHECK(Error{"f", "", "tab\there\x0bvt"}.oneLine() == "f: tab here vt");
    // UTF-8 text is kept as it is.
    CHECK(Error{"caf\xC3\xA9.json", "", "\xE2\x80\x9Cx\xE2\x80\x9D"}.oneLine() ==
          "caf\xC3\xA9.json: \xE2\x80\x9Cx\xE2\x80\x9D");
}
