// A child process the lab starts (a server, wrk, a version probe) that cannot be left behind:
// it runs in its own process group, which is killed as a whole when the object goes (finish,
// cancel, error, exception), and the kernel kills it if the thread that started it dies
// (PR_SET_PDEATHSIG), so a crashed or killed app leaves no server running either.
#pragma once

#include "core/base/error.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace advisor::lab {

// Every child carries BACKEND_ADVISOR_LAB_RUN=<the app's pid> in its environment, and so do
// the processes it starts: a process left behind, should one ever be, can be found by it
// (`grep -l BACKEND_ADVISOR_LAB_RUN /proc/*/environ`), and the tests look for exactly that.
inline constexpr const char* kLabChildMark = "BACKEND_ADVISOR_LAB_RUN";

struct ChildOptions {
    std::vector<std::string> argv;             // argv[0]: an absolute path, or a name on PATH
    std::vector<std::string> extraEnvironment; // NAME=value, replacing the app's own
    std::string workingDirectory;              // empty: the app's
    std::size_t outputLimit = 64 * 1024;       // stdout+stderr kept (the tail beyond this)
};

class ChildProcess {
public:
    static Result<ChildProcess> start(const ChildOptions& options);

    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&& other) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    [[nodiscard]] pid_t pid() const { return pid_; }
    // Reads what the child wrote so far and reaps it if it has exited; true once it has.
    bool poll();
    [[nodiscard]] bool exited() const { return status_.has_value(); }
    // The exit code, or 128 + the signal that ended it; empty while it runs.
    [[nodiscard]] std::optional<int> exitCode() const { return status_; }
    // Its stdout and stderr, interleaved as written (the last outputLimit bytes).
    [[nodiscard]] const std::string& output() const { return output_; }

    // Waits (reading its output) until it exits, `deadline` passes or `cancel` is set; true
    // when it exited.
    bool waitUntil(std::chrono::steady_clock::time_point deadline,
                   const std::atomic<bool>* cancel = nullptr);

    // SIGKILL to the whole process group (the child and every process it started that kept
    // the group), then reaps the child. Safe to call more than once.
    void kill();

private:
    ChildProcess() = default;
    void readAvailable();
    void closePipe();

    pid_t pid_ = -1;
    int outFd_ = -1;
    std::size_t outputLimit_ = 0;
    std::string output_;
    std::optional<int> status_;
};

// The absolute path of `name` on PATH (or `name` itself when it holds a '/' and is
// executable); empty when there is none.
[[nodiscard]] std::string findExecutable(const std::string& name);

} // namespace advisor::lab
