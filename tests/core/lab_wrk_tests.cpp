// wrk's reports as the lab reads them: recorded outputs from the lab's own servers (units from
// microseconds to seconds, socket errors, non-2xx answers) and malformed ones, each refused
// with a message that names the file and says what is wrong.
#include "core/lab/wrk_output.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::lab;

namespace {

Result<WrkMeasurement> parseRecorded(const std::string& name) {
    const auto path = test::dataPath("wrk/" + name);
    return parseWrkOutput(test::readFile(path), name);
}

} // namespace

TEST_CASE("wrk: a recorded report gives requests/s, percentiles and counts", "[lab][wrk]") {
    const auto m = parseRecorded("node-http-json.txt");
    REQUIRE(m);
    CHECK(m->requestsPerSecond == Approx(22849.53));
    CHECK(m->latencyP50Ms == Approx(1.71));
    CHECK(m->latencyP75Ms == Approx(2.63));
    CHECK(m->latencyP90Ms == Approx(6.21));
    CHECK(m->latencyP99Ms == Approx(64.95));
    CHECK(m->requests == 46070);
    CHECK(m->durationSeconds == Approx(2.02));
    CHECK(m->errors() == 0);
}

TEST_CASE("wrk: latencies in microseconds and seconds become milliseconds", "[lab][wrk]") {
    const auto micro = parseRecorded("node-http-json-microseconds.txt");
    REQUIRE(micro);
    CHECK(micro->latencyP50Ms == Approx(0.053));
    CHECK(micro->latencyP75Ms == Approx(0.665));
    CHECK(micro->latencyP90Ms == Approx(2.76));
    const auto seconds = parseRecorded("django-compute-seconds.txt");
    REQUIRE(seconds);
    CHECK(seconds->latencyP50Ms == Approx(951.29));
    CHECK(seconds->latencyP75Ms == Approx(1530));
    CHECK(seconds->latencyP99Ms == Approx(2000));
    CHECK(seconds->requestsPerSecond == Approx(94.88));
}

TEST_CASE("wrk: socket errors and failed responses are counted", "[lab][wrk]") {
    const auto timeouts = parseRecorded("django-compute-timeouts.txt");
    REQUIRE(timeouts);
    CHECK(timeouts->socketErrors == 91);
    CHECK(timeouts->non2xxResponses == 0);
    const auto notFound = parseRecorded("not-found-responses.txt");
    REQUIRE(notFound);
    CHECK(notFound->non2xxResponses == 18555);
    CHECK(notFound->errors() == 18555);
}

TEST_CASE("wrk: malformed reports are refused with a reason", "[lab][wrk]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"empty.txt", "wrk printed nothing"},
        {"binary-garbage.txt", "not a complete wrk report"},
        {"truncated.txt", "unreadable latency: \"90%\""},
        {"connection-refused.txt", "wrk could not connect: \"unable to connect to 127.0.0.1:1"},
        {"usage-error.txt", "wrk refused its arguments"},
        {"no-latency-distribution.txt", "was wrk run with --latency?"},
        {"requests-not-a-number.txt",
         "requests per second is not a number: \"Requests/sec:       nan\""},
        {"unknown-latency-unit.txt", "unreadable latency: \"99%   64.95parsecs\""},
        {"no-requests.txt", "no request was answered"},
    };
    for (const auto& [file, reason] : cases) {
        INFO(file);
        const auto m = parseRecorded(file);
        REQUIRE_FALSE(m);
        CHECK(m.error().file == file);
        CHECK(m.error().field == "wrk output");
        CHECK_THAT(m.error().message, Catch::Contains(reason));
        // One printable line, whatever the input held.
        for (const char c : m.error().oneLine())
            CHECK((c >= 0x20 && c < 0x7f));
    }
}
