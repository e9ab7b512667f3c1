#include "core/lab/lab_runner.h"

#include "core/base/iso_time.h"
#include "core/base/text.h"
#include "core/lab/child_process.h"
#include "core/lab/lab_lock.h"
#include "core/lab/lab_plan.h"
#include "core/lab/loopback.h"
#include "core/lab/wrk_output.h"
#include "core/measurement/lab_claims.h"

#include <filesystem>
#include <optional>
#include <thread>
#include <unistd.h>

namespace advisor::lab {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr const char* kLab = "backend-advisor lab";
constexpr const char* kCancelled = "cancelled; every server it had started was stopped";
constexpr const char* kExpectedJson = R"({"message":"Hello, World!"})";
constexpr const char* kExpectedCount = R"("count":1229)";
constexpr auto kStartTimeout = 30s;
constexpr int kStartAttempts = 3;
// wrk may overrun its duration a little (its last requests, a busy machine).
constexpr auto kWrkGrace = 10s;

// The end of a child's output, printable, for an error message.
std::string tailOf(const std::string& output) {
    const std::string tail =
        withoutControls(output.size() > 300 ? output.substr(output.size() - 300) : output);
    const auto start = tail.find_first_not_of(' ');
    return start == std::string::npos ? std::string() : tail.substr(start);
}

struct StepFigures {
    EndpointFigures json, compute;
};

EndpointFigures figuresFrom(const WrkMeasurement& m) {
    EndpointFigures f;
    f.requestsPerSecond = m.requestsPerSecond;
    f.latencyMs = {m.latencyP50Ms, m.latencyP90Ms, m.latencyP99Ms};
    f.requests = m.requests;
    f.errors = m.errors();
    return f;
}

struct StepFailure {
    std::string message;
    bool cancelled = false;
};

// One run's state: what it measures and how far it is.
class LabSession {
public:
    LabSession(const LabSettings& settings, const LabEnvironment& env,
               const ProgressCallback& progress, const std::atomic<bool>& cancel)
        : settings_(settings), env_(env), progress_(progress), cancel_(cancel) {}

    Result<LabRun> run();

private:
    // A server started and answering, bounded to kMaxServerLifetime.
    struct Server {
        ChildProcess process;
        int port = 0;
        Clock::time_point deadline;
    };

    std::optional<StepFailure> measureStep(const ServerSpec& spec, int round, StepFigures& out);
    Result<Server> startServer(const ServerSpec& spec, int round, std::string& failure);
    std::optional<std::string> checkAnswers(int port);
    std::optional<StepFailure> runWrk(Server& server, const std::vector<std::string>& args,
                                      std::string& output);
    std::optional<StepFailure> settle(const Server& server);
    void report(LabStage stage, int round, const ServerSpec& spec, int port, double units);
    [[nodiscard]] bool cancelled() const { return cancel_.load(); }

    const LabSettings& settings_;
    const LabEnvironment& env_;
    const ProgressCallback& progress_;
    const std::atomic<bool>& cancel_;
    int workers_ = 1;
    double unitsPerStep_ = 1;
    double totalUnits_ = 1;
    double unitsDone_ = 0;
};

void LabSession::report(LabStage stage, int round, const ServerSpec& spec, int port, double units) {
    if (!progress_)
        return;
    LabProgress p;
    p.stage = stage;
    p.round = round + 1;
    p.rounds = settings_.rounds;
    p.serverId = spec.id;
    p.serverName = spec.name;
    p.port = port;
    p.fraction = std::min(1.0, (unitsDone_ + units) / totalUnits_);
    progress_(p);
}

std::optional<std::string> LabSession::checkAnswers(int port) {
    auto json = loopbackGet(port, "/json", 5s);
    if (!json)
        return json.error().oneLine();
    if (json->status != 200 || json->body != kExpectedJson)
        return "answered /json with HTTP " + std::to_string(json->status) + " \"" +
               tailOf(json->body.substr(0, 80)) + "\" instead of " + kExpectedJson;
    auto compute = loopbackGet(port, "/compute", 10s);
    if (!compute)
        return compute.error().oneLine();
    if (compute->status != 200 || compute->body.find(kExpectedCount) == std::string::npos)
        return "answered /compute with HTTP " + std::to_string(compute->status) + " \"" +
               tailOf(compute->body.substr(0, 80)) + "\", not the 1229 primes below 10,000";
    return std::nullopt;
}

Result<LabSession::Server> LabSession::startServer(const ServerSpec& spec, int round,
                                                   std::string& failure) {
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        auto port = freeLoopbackPort();
        if (!port)
            return port.error();
        report(LabStage::Starting, round, spec, *port, 0);
        const auto command =
            serverCommand(spec, env_.tools.interpreters, env_.serverDir, *port, workers_);
        auto child = ChildProcess::start({command.argv, command.environment, env_.serverDir});
        if (!child)
            return child.error();
        Server server{std::move(child).value(), *port, Clock::now() + kMaxServerLifetime};
        const auto readyBy = Clock::now() + kStartTimeout;
        while (!cancelled() && Clock::now() < readyBy) {
            if (server.process.poll())
                break;
            if (loopbackGet(*port, "/json", 1s))
                return server;
            std::this_thread::sleep_for(50ms);
        }
        if (cancelled())
            return Error{kLab, "", kCancelled};
        if (!server.process.exited()) {
            failure = "did not answer on 127.0.0.1:" + std::to_string(*port) + " within " +
                      std::to_string(kStartTimeout.count()) + " s";
            server.process.kill();
            return Error{kLab, spec.id, failure};
        }
        // It exited: perhaps another program took the port first; try another one.
        failure = "exited with code " + std::to_string(*server.process.exitCode()) + ": " +
                  tailOf(server.process.output());
    }
    return Error{kLab, spec.id, failure};
}

std::optional<StepFailure> LabSession::runWrk(Server& server, const std::vector<std::string>& args,
                                              std::string& output) {
    auto wrk = ChildProcess::start({args, {}, {}});
    if (!wrk)
        return StepFailure{wrk.error().oneLine()};
    const auto deadline = Clock::now() + std::chrono::seconds(settings_.seconds) + kWrkGrace;
    for (;;) {
        if (wrk->waitUntil(std::min(Clock::now() + 100ms, deadline), &cancel_))
            break;
        if (cancelled())
            return StepFailure{kCancelled, true};
        if (server.process.poll())
            return StepFailure{"stopped during the measurement (exit code " +
                               std::to_string(*server.process.exitCode()) +
                               "): " + tailOf(server.process.output())};
        if (Clock::now() >= server.deadline)
            return StepFailure{"still running after " + std::to_string(kMaxServerLifetime.count()) +
                               " s; stopped"};
        if (Clock::now() >= deadline)
            return StepFailure{"wrk did not finish in time; stopped"};
    }
    output = wrk->output();
    if (*wrk->exitCode() != 0)
        return StepFailure{"wrk failed (exit code " + std::to_string(*wrk->exitCode()) +
                           "): " + tailOf(output)};
    return std::nullopt;
}

// Waits until the server answers a fresh request: it has worked off what the last wrk run
// left queued (requests sent just before wrk stopped), so the next measurement starts clean.
std::optional<StepFailure> LabSession::settle(const Server& server) {
    const auto until = Clock::now() + kStartTimeout;
    while (Clock::now() < until) {
        if (cancelled())
            return StepFailure{kCancelled, true};
        if (loopbackGet(server.port, "/json", 2s))
            return std::nullopt;
    }
    return StepFailure{"did not answer within " + std::to_string(kStartTimeout.count()) +
                       " s after a measurement"};
}

std::optional<StepFailure> LabSession::measureStep(const ServerSpec& spec, int round,
                                                   StepFigures& out) {
    std::string failure;
    auto server = startServer(spec, round, failure);
    if (!server)
        return StepFailure{server.error().message, wasCancelled(server.error())};
    if (auto wrong = checkAnswers(server->port))
        return StepFailure{*wrong};
    const std::string base = "http://127.0.0.1:" + std::to_string(server->port);
    const std::string load = std::to_string(settings_.connections);
    const std::string threads = std::to_string(settings_.threads);
    double units = 1;
    std::string output;
    if (settings_.warmupSeconds > 0) {
        report(LabStage::WarmingUp, round, spec, server->port, units);
        if (auto f = runWrk(*server,
                            {env_.tools.wrk, "-t", threads, "-c", load, "-d",
                             std::to_string(settings_.warmupSeconds) + "s", "-s",
                             env_.serverDir + "/warmup.lua", base + "/"},
                            output))
            return f;
        if (auto f = settle(*server))
            return f;
        units += settings_.warmupSeconds;
    }
    for (const auto& [stage, path, figures] :
         {std::tuple{LabStage::MeasuringJson, "/json", &out.json},
          std::tuple{LabStage::MeasuringCompute, "/compute", &out.compute}}) {
        report(stage, round, spec, server->port, units);
        if (auto f = runWrk(*server,
                            {env_.tools.wrk, "-t", threads, "-c", load, "-d",
                             std::to_string(settings_.seconds) + "s", "--latency", "--timeout",
                             "10s", base + path},
                            output))
            return f;
        const auto parsed = parseWrkOutput(output, "wrk on " + spec.id + " " + path + ", round " +
                                                       std::to_string(round + 1));
        if (!parsed && parsed.error().message == kNoRequestAnswered)
            return StepFailure{"no response to " + std::string(path) + " within the " +
                               std::to_string(settings_.seconds) + " s measurement: with " + load +
                               " connections this server needs longer on this machine "
                               "now (try more --seconds or fewer --connections)"};
        if (!parsed)
            return StepFailure{parsed.error().oneLine()};
        *figures = figuresFrom(*parsed);
        if (auto f = settle(*server))
            return f;
        units += settings_.seconds;
    }
    return std::nullopt;
}

Result<LabRun> LabSession::run() {
    const auto now = [this] {
        return env_.clock ? env_.clock() : std::chrono::system_clock::now();
    };
    LabRun run;
    run.startedAt = isoUtcTimestamp(now());
    run.settings = settings_;
    if (progress_)
        progress_(LabProgress{});
    const auto inventory = probeTools(env_.tools, env_.serverDir, cancel_);
    if (cancelled())
        return Error{kLab, "", kCancelled};
    run.machine = describeMachine(inventory);
    workers_ = settings_.workers == WorkerMode::PerCore ? std::max(1, run.machine.logicalCores) : 1;

    std::vector<std::string> runnable;
    for (const auto& id : serversToRun(settings_)) {
        const ServerSpec& spec = *findServer(id);
        ServerResult server;
        server.id = spec.id;
        server.name = spec.name;
        server.workers = workers_;
        server.stack = stackDescription(spec, inventory, workers_);
        server.missingPackages = missingPackages(spec, inventory);
        server.status =
            server.missingPackages.empty() ? ServerStatus::Measured : ServerStatus::Missing;
        if (server.status == ServerStatus::Measured)
            runnable.push_back(id);
        for (const auto& p : server.missingPackages)
            if (std::find(run.missingPackages.begin(), run.missingPackages.end(), p) ==
                run.missingPackages.end())
                run.missingPackages.push_back(p);
        run.servers.push_back(std::move(server));
    }
    run.installCommand = aptInstallCommand(run.missingPackages);

    const auto plan = interleavedPlan(runnable, settings_.rounds);
    unitsPerStep_ = 1 + settings_.warmupSeconds + kEndpointsPerRound * settings_.seconds;
    totalUnits_ = std::max(1.0, unitsPerStep_ * static_cast<double>(plan.size()));
    std::map<std::string, std::vector<StepFigures>> figures;
    for (const auto& step : plan) {
        auto& server = *std::find_if(run.servers.begin(), run.servers.end(),
                                     [&](const auto& s) { return s.id == step.serverId; });
        if (server.status == ServerStatus::Measured) {
            StepFigures measured;
            if (auto failure = measureStep(*findServer(step.serverId), step.round, measured)) {
                if (failure->cancelled)
                    return Error{kLab, "", kCancelled};
                server.status = ServerStatus::Failed;
                server.error = "round " + std::to_string(step.round + 1) + ": " + failure->message;
            } else {
                figures[server.id].push_back(measured);
            }
        }
        unitsDone_ += unitsPerStep_;
    }

    for (auto& server : run.servers) {
        if (server.status != ServerStatus::Measured)
            continue;
        EndpointResult json, compute;
        for (const auto& f : figures[server.id]) {
            json.rounds.push_back(f.json);
            compute.rounds.push_back(f.compute);
        }
        json.median = medianFigures(json.rounds);
        compute.median = medianFigures(compute.rounds);
        server.json = std::move(json);
        server.compute = std::move(compute);
    }
    run.claims = compareClaims(run.servers);
    run.machine.loadAverageAfter = loadAverage();
    run.finishedAt = isoUtcTimestamp(now());
    if (progress_) {
        LabProgress done;
        done.stage = LabStage::Finished;
        done.rounds = settings_.rounds;
        done.fraction = 1;
        progress_(done);
    }
    return run;
}

} // namespace

Result<LabRun> runLab(const LabSettings& settings, const LabEnvironment& env,
                      const ProgressCallback& progress, const std::atomic<bool>& cancel) {
    if (auto ok = validateSettings(settings); !ok)
        return ok.error();
    if (!hasLabServers(env.serverDir))
        return Error{env.serverDir.empty() ? kLab : env.serverDir, "",
                     "the lab's server programs are not there"};
    auto lock = LabLock::acquire(env.lockPath);
    if (!lock)
        return lock.error();
    return LabSession(settings, env, progress, cancel).run();
}

bool wasCancelled(const Error& error) {
    return error.message == kCancelled;
}

} // namespace advisor::lab
