// The Evidence Lab's logic without servers: the interleaved plan and its medians, the claims
// rule at its edges, what is missing and the apt-get line, the run's JSON form both ways, the
// lab command's argument errors, and the process control that must leave nothing behind.
#include "core/cli/cli.h"
#include "core/lab/child_process.h"
#include "core/lab/lab_lock.h"
#include "core/lab/lab_plan.h"
#include "core/lab/loopback.h"
#include "core/lab/machine_probe.h"
#include "core/measurement/lab_claims.h"
#include "core/measurement/lab_run.h"
#include "core/measurement/lab_servers.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace advisor;
using namespace advisor::lab;

namespace {

EndpointFigures figures(double rps, double p50, double p90 = 0, double p99 = 0) {
    EndpointFigures f;
    f.requestsPerSecond = rps;
    f.latencyMs = {p50, p90 ? p90 : p50 * 2, p99 ? p99 : p50 * 4};
    f.requests = static_cast<std::uint64_t>(rps * 2);
    return f;
}

ServerResult measured(const std::string& id, double jsonRps, double jsonP50, double computeRps) {
    ServerResult s;
    s.id = id;
    s.name = findServer(id)->name;
    s.stack = "test";
    s.status = ServerStatus::Measured;
    s.json = EndpointResult{figures(jsonRps, jsonP50), {figures(jsonRps, jsonP50)}};
    s.compute = EndpointResult{figures(computeRps, 100), {figures(computeRps, 100)}};
    return s;
}

const ClaimResult& claim(const std::vector<ClaimResult>& claims, const std::string& id) {
    for (const auto& c : claims)
        if (c.id == id)
            return c;
    FAIL("no claim " << id);
    throw std::logic_error("unreachable");
}

LabRun sampleRun() {
    LabRun run;
    run.startedAt = "2026-12-03T10:00:00Z";
    run.finishedAt = "2026-12-03T10:01:30Z";
    run.settings.servers = {"node-http", "django"};
    run.machine.cpu = "AMD EPYC";
    run.machine.logicalCores = 2;
    run.machine.os = "Debian GNU/Linux 12 (bookworm)";
    run.machine.kernel = "Linux 6.1";
    run.machine.loadAverageBefore = 0.5;
    run.machine.versions = {{"node", "20.20.2"}, {"wrk", "4.1.0"}};
    run.servers = {measured("node-http", 22849.53, 1.71, 4100.25)};
    ServerResult django;
    django.id = "django";
    django.name = "Django";
    django.status = ServerStatus::Missing;
    django.missingPackages = {"python3-django", "python3-gunicorn"};
    run.servers.push_back(django);
    ServerResult failed;
    failed.id = "express";
    failed.name = "Express";
    failed.status = ServerStatus::Failed;
    failed.error = "round 1: exited with code 1";
    run.servers.push_back(failed);
    run.claims = compareClaims(run.servers);
    run.missingPackages = django.missingPackages;
    run.installCommand = aptInstallCommand(run.missingPackages);
    return run;
}

bool processGone(pid_t pid) {
    // Gone, or a zombie waiting for init: either way it runs no more and holds no port.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(stat, text))
        return true;
    const auto close = text.rfind(')');
    return close != std::string::npos && close + 2 < text.size() && text[close + 2] == 'Z';
}

bool waitGone(pid_t pid) {
    for (int i = 0; i < 100 && !processGone(pid); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return processGone(pid);
}

struct CliRun {
    int code;
    std::string out, err;
};

CliRun runLabCli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    std::vector<std::string> all = {"lab"};
    all.insert(all.end(), args.begin(), args.end());
    const int code = runCli(all, {out, err});
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("lab plan: every server once per round, each round starting one later", "[lab][plan]") {
    const auto plan = interleavedPlan({"a", "b", "c"}, 3);
    std::vector<std::string> order;
    for (const auto& step : plan)
        order.push_back(std::to_string(step.round) + step.serverId);
    CHECK(order == std::vector<std::string>{"0a", "0b", "0c", "1b", "1c", "1a", "2c", "2a", "2b"});
    CHECK(interleavedPlan({}, 3).empty());
}

TEST_CASE("lab plan: medians of each figure over the rounds", "[lab][plan]") {
    const auto m =
        medianFigures({figures(300, 9, 20, 50), figures(100, 1, 30, 10), figures(200, 5, 10, 90)});
    CHECK(m.requestsPerSecond == 200);
    CHECK(m.latencyMs.p50 == 5);
    CHECK(m.latencyMs.p90 == 20);
    CHECK(m.latencyMs.p99 == 50);
    CHECK(medianFigures({figures(100, 1), figures(200, 3)}).requestsPerSecond == 150);
}

TEST_CASE("lab settings: bounds and server lists", "[lab][plan]") {
    CHECK(validateSettings(LabSettings{}));
    LabSettings s;
    s.seconds = 11;
    CHECK(validateSettings(s).error().field == "--seconds");
    s = {};
    s.connections = 0;
    CHECK(validateSettings(s).error().field == "--connections");
    s = {};
    s.rounds = 4;
    CHECK_FALSE(validateSettings(s));

    const auto ids = parseServerList("django,node-http");
    REQUIRE(ids);
    CHECK(*ids == std::vector<std::string>{"node-http", "django"}); // catalogue order
    CHECK_THAT(parseServerList("node-http,flask").error().message,
               Catch::Contains("unknown server \"flask\"; known: node-http, express"));
    CHECK_THAT(parseServerList("django,django").error().message, Catch::Contains("named twice"));
    CHECK_THAT(parseServerList("django,").error().message, Catch::Contains("an empty server name"));
    CHECK(serversToRun(LabSettings{}).size() == serverCatalogue().size());
}

TEST_CASE("lab claims: the verdict rule at its edges", "[lab][claims]") {
    // Throughput, claimed 4x: reached from 0.8 x 4 = 3.2 on.
    CHECK(claimVerdict(3.2, 4) == ClaimVerdict::Holds);
    CHECK(claimVerdict(12, 4) == ClaimVerdict::Holds);
    CHECK(claimVerdict(3.19, 4) == ClaimVerdict::HoldsPartly);
    CHECK(claimVerdict(1.11, 4) == ClaimVerdict::HoldsPartly);
    CHECK(claimVerdict(1.10, 4) == ClaimVerdict::DoesNotHold);
    CHECK(claimVerdict(0.5, 4) == ClaimVerdict::DoesNotHold);
    // "Python is slower", no figure: any advantage beyond the noise holds.
    CHECK(claimVerdict(1.11, 1) == ClaimVerdict::Holds);
    CHECK(claimVerdict(1.05, 1) == ClaimVerdict::DoesNotHold);
}

TEST_CASE("lab claims: measured ratios from the servers' medians", "[lab][claims]") {
    const std::vector<ServerResult> servers = {
        measured("node-http", 20000, 2.0, 4000), measured("express", 8000, 6.0, 3500),
        measured("uvicorn-asgi", 16000, 3.0, 180), measured("fastapi", 4000, 12.0, 170),
        measured("django", 2500, 20.0, 150)};
    const auto claims = compareClaims(servers);
    REQUIRE(claims.size() == articleClaims().size());

    const auto& throughput = claim(claims, "throughput");
    CHECK(*throughput.measuredRatio == Approx(8.0)); // 20,000 / 2,500
    CHECK(throughput.verdict == ClaimVerdict::Holds);
    CHECK_THAT(throughput.sentence,
               Catch::Contains("Node.js http answered 20,000 JSON requests/s, Django 2,500"));

    // Time per response: Python's over Node.js's, so more than 1 is Node.js ahead.
    const auto& plain = claim(claims, "json_response_time");
    CHECK(*plain.measuredRatio == Approx(1.5)); // 3.0 ms / 2.0 ms
    CHECK(plain.verdict == ClaimVerdict::HoldsPartly);
    const auto& frameworks = claim(claims, "json_response_time_frameworks");
    CHECK(*frameworks.measuredRatio == Approx(2.0)); // FastAPI 12 ms / Express 6 ms
    CHECK(frameworks.verdict == ClaimVerdict::Holds);
    const auto& cpu = claim(claims, "cpu_execution");
    CHECK(*cpu.measuredRatio == Approx(4000.0 / 180));
    CHECK(cpu.verdict == ClaimVerdict::Holds);
}

TEST_CASE("lab claims: a pair with a missing server is not measured", "[lab][claims]") {
    const auto claims = compareClaims({measured("node-http", 20000, 2.0, 4000)});
    const auto& throughput = claim(claims, "throughput");
    CHECK(throughput.verdict == ClaimVerdict::NotMeasured);
    CHECK_FALSE(throughput.measuredRatio);
    CHECK(throughput.sentence ==
          "Node.js http and Django were not both measured (the article: 4\u00d7 (40,000 vs "
          "10,000 requests/s)).");
}

TEST_CASE("lab servers: what is missing, as Debian packages and one apt-get line",
          "[lab][servers]") {
    ToolInventory all;
    all.wrk = "4.1.0";
    all.node = "20.20.2";
    all.python = "3.11.2";
    for (const char* m :
         {"express", "uvicorn", "uvloop", "httptools", "fastapi", "django", "gunicorn"})
        all.modules[m] = "1.0";
    for (const auto& server : serverCatalogue())
        CHECK(missingPackages(server, all).empty());

    auto noFrameworks = all;
    noFrameworks.modules.erase("express");
    noFrameworks.modules.erase("uvloop");
    noFrameworks.wrk.reset();
    CHECK(missingPackages(*findServer("node-http"), noFrameworks) ==
          std::vector<std::string>{"wrk"});
    CHECK(missingPackages(*findServer("express"), noFrameworks) ==
          std::vector<std::string>{"wrk", "node-express"});
    CHECK(missingPackages(*findServer("fastapi"), noFrameworks) ==
          std::vector<std::string>{"wrk", "python3-uvloop"});

    ToolInventory noPython = all;
    noPython.python.reset();
    CHECK(missingPackages(*findServer("django"), noPython) ==
          std::vector<std::string>{"python3", "python3-django", "python3-gunicorn"});

    CHECK(aptInstallCommand({"wrk", "node-express", "wrk", "python3-uvloop"}) ==
          "sudo apt-get install wrk node-express python3-uvloop");
    CHECK(aptInstallCommand({}).empty());
}

TEST_CASE("lab servers: commands bind 127.0.0.1 with the Debian interpreters", "[lab][servers]") {
    const Interpreters in{"/usr/bin/node", "/usr/bin/python3"};
    const auto node = serverCommand(*findServer("express"), in, "/srv/lab", 41000, 1);
    CHECK(node.argv == std::vector<std::string>{"/usr/bin/node", "/srv/lab/express_app.js",
                                                "--port", "41000", "--workers", "1"});
    CHECK(node.environment == std::vector<std::string>{"NODE_PATH=/usr/share/nodejs"});
    const auto django = serverCommand(*findServer("django"), in, "/srv/lab", 41001, 2);
    CHECK(std::find(django.argv.begin(), django.argv.end(), "127.0.0.1:41001") !=
          django.argv.end());
    const auto fastapi = serverCommand(*findServer("fastapi"), in, "/srv/lab", 41002, 1);
    for (const char* expected : {"uvloop", "httptools", "127.0.0.1", "fastapi_app:app"})
        CHECK(std::find(fastapi.argv.begin(), fastapi.argv.end(), expected) != fastapi.argv.end());
}

TEST_CASE("lab run JSON: serialises, reads back and serialises to the same bytes", "[lab][json]") {
    const auto run = sampleRun();
    const auto json = labRunToJson(run);
    CHECK(json["format"] == kLabRunFormat);
    CHECK(json["format_version"] == kLabRunFormatVersion);
    CHECK(json["servers"][0]["json"]["requests_per_second"] == 22849.5);
    CHECK(json["servers"][0]["json"]["latency_ms"]["p50"] == 1.71);
    CHECK(json["servers"][1]["status"] == "missing");
    CHECK(json["servers"][1]["json"].is_null());
    CHECK(json["claims"][0]["verdict"] == "not_measured");
    CHECK(json["install_command"] == "sudo apt-get install python3-django python3-gunicorn");

    const auto back = parseLabRun(nlohmann::json::parse(json.dump()), "run.json");
    REQUIRE(back);
    CHECK(labRunToJson(*back).dump() == json.dump());
    CHECK(back->server("express")->error == "round 1: exited with code 1");
}

TEST_CASE("lab run JSON: a recorded run from this machine reads back", "[lab][json]") {
    const auto path = test::dataPath("lab/lab-run.json");
    auto json = nlohmann::json::parse(test::readFile(path));
    const auto run = parseLabRun(json, path);
    REQUIRE(run);
    CHECK(run->servers.size() == 5);
    for (const auto& s : run->servers) {
        CHECK(s.status == ServerStatus::Measured);
        CHECK(s.json->rounds.size() == 3);
    }
    CHECK(run->claims.size() == articleClaims().size());
}

TEST_CASE("lab run JSON: bad documents are refused with the field's pointer", "[lab][json]") {
    const auto good = nlohmann::json::parse(labRunToJson(sampleRun()).dump());
    const std::vector<std::tuple<std::string, std::string, nlohmann::json, std::string>> cases = {
        {"/format", "/format", "backend-advisor/report", "expected \"backend-advisor/lab-run\""},
        {"/format_version", "/format_version", 2, "newer than this build reads"},
        {"/servers/0/status", "/servers/0/status", "fine", "expected one of \"measured\""},
        {"/servers/0/json/latency_ms/p50", "/servers/0/json/latency_ms/p50", -1, "from 0"},
        {"/claims/0/verdict", "/claims/0/verdict", "maybe", "\"holds_partly\""},
        {"/settings/workers", "/settings/workers", "many", "\"per_core\""},
    };
    for (const auto& [pointer, field, value, message] : cases) {
        INFO(pointer);
        auto bad = good;
        bad[nlohmann::json::json_pointer(pointer)] = value;
        const auto run = parseLabRun(bad, "bad.json");
        REQUIRE_FALSE(run);
        CHECK(run.error().file == "bad.json");
        CHECK(run.error().field == field);
        CHECK_THAT(run.error().message, Catch::Contains(message));
    }
    auto unknown = good;
    unknown["servers"][0]["colour"] = "red";
    CHECK(parseLabRun(unknown, "bad.json").error().field == "/servers/0/colour");
    auto noCompute = good;
    noCompute["servers"][0]["compute"] = nullptr;
    CHECK_THAT(parseLabRun(noCompute, "bad.json").error().message,
               Catch::Contains("a measured server needs both"));
    CHECK_FALSE(parseLabRun(nlohmann::json::array(), "bad.json"));
}

TEST_CASE("lab command: bad arguments exit 2 with one line, before anything runs", "[lab][cli]") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--seconds", "0"}, "--seconds: expected a whole number from 1 to 10, got \"0\""},
        {{"--seconds", "11"}, "from 1 to 10"},
        {{"--seconds=2s"}, "got \"2s\""},
        {{"--connections", "-5"}, "--connections: expected a whole number from 1 to 1000"},
        {{"--servers", "node-http,flask"}, "--servers: unknown server \"flask\""},
        {{"--servers"}, "--servers: expects a value"},
        {{"--json", "--json"}, "--json: given more than once"},
        {{"--json=yes"}, "--json=yes: unknown option (see backend-advisor lab --help)"},
        {{"--rounds", "5"}, "--rounds: unknown option (see backend-advisor lab --help)"},
        {{"extra"}, "extra: unexpected argument"},
    };
    for (const auto& [args, message] : cases) {
        INFO(args.front());
        const auto r = runLabCli(args);
        CHECK(r.code == kExitBadInput);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::StartsWith("backend-advisor: ") && Catch::Contains(message));
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
}

TEST_CASE("lab wrk banner: Debian's version string gives the upstream version", "[lab]") {
    CHECK(wrkVersionFrom("wrk debian/4.1.0-3+b2 [epoll] Copyright (C) 2012 Will Glozer") ==
          "4.1.0");
    CHECK(wrkVersionFrom("wrk 4.2.0 [epoll] Copyright") == "4.2.0");
    CHECK(wrkVersionFrom("Usage: something").empty());
}

TEST_CASE("lab processes: killing a child kills its whole process group", "[lab][process]") {
    // The shell starts a grandchild in the background, says its pid, and waits.
    auto child = ChildProcess::start({{"/bin/sh", "-c", "sleep 30 & echo $!; wait"}, {}, {}});
    REQUIRE(child);
    pid_t grandchild = 0;
    for (int i = 0; i < 200 && child->output().find('\n') == std::string::npos; ++i)
        child->waitUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(10));
    grandchild = std::stoi(child->output());
    const pid_t shell = child->pid();
    REQUIRE(::getpgid(grandchild) == shell); // the child leads its own group
    REQUIRE(::getpgid(shell) != ::getpgid(0));
    child->kill();
    CHECK(child->exitCode() == 128 + SIGKILL);
    CHECK(waitGone(shell));
    CHECK(waitGone(grandchild));
}

TEST_CASE("lab processes: a child object going away stops the child", "[lab][process]") {
    pid_t pid = 0;
    {
        auto child = ChildProcess::start({{"sleep", "30"}, {}, {}});
        REQUIRE(child);
        pid = child->pid();
        CHECK_FALSE(child->poll());
    }
    CHECK(waitGone(pid));
}

TEST_CASE("lab processes: output, exit codes, environment and missing programs", "[lab][process]") {
    auto child = ChildProcess::start(
        {{"/bin/sh", "-c", "echo \"$LAB_TEST\"; echo oops >&2; exit 3"}, {"LAB_TEST=hello"}, {}});
    REQUIRE(child);
    REQUIRE(child->waitUntil(std::chrono::steady_clock::now() + std::chrono::seconds(10)));
    CHECK(child->exitCode() == 3);
    CHECK(child->output() == "hello\noops\n");
    CHECK_FALSE(ChildProcess::start({{"no-such-program-here"}, {}, {}}));
    const std::atomic<bool> cancel{true};
    auto sleeper = ChildProcess::start({{"sleep", "30"}, {}, {}});
    REQUIRE(sleeper);
    CHECK_FALSE(
        sleeper->waitUntil(std::chrono::steady_clock::now() + std::chrono::seconds(10), &cancel));
}

TEST_CASE("lab lock: one run at a time", "[lab][lock]") {
    const auto path = (std::filesystem::temp_directory_path() /
                       ("advisor-lab-test-" + std::to_string(::getpid())))
                          .string();
    {
        auto first = LabLock::acquire(path);
        REQUIRE(first);
        const auto second = LabLock::acquire(path);
        REQUIRE_FALSE(second);
        CHECK_THAT(second.error().message,
                   Catch::Contains("another Evidence Lab run is in progress"));
    }
    CHECK(LabLock::acquire(path)); // released with its holder
    std::filesystem::remove(path);
}

TEST_CASE("lab loopback: a free port, and a clear error when nothing listens", "[lab]") {
    const auto port = freeLoopbackPort();
    REQUIRE(port);
    CHECK(*port > 0);
    const auto reply = loopbackGet(*port, "/json", std::chrono::seconds(2));
    REQUIRE_FALSE(reply);
    CHECK(reply.error().file == "127.0.0.1:" + std::to_string(*port));
    CHECK_THAT(reply.error().message, Catch::Contains("cannot connect"));
}
