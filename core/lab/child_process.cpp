#include "core/lab/child_process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace advisor::lab {
namespace {

bool isExecutableFile(const std::string& path) {
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

std::string nameOf(const std::string& entry) {
    return entry.substr(0, entry.find('='));
}

// The app's environment with `extra` replacing variables of the same name, and the mark
// every lab child carries.
std::vector<std::string> environmentWith(std::vector<std::string> extra) {
    extra.push_back(std::string(kLabChildMark) + "=" + std::to_string(::getpid()));
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        bool replaced = false;
        for (const auto& x : extra)
            replaced = replaced || nameOf(x) == nameOf(entry);
        if (!replaced)
            env.push_back(entry);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Everything from fd 3 up is closed in the child, so it holds no descriptor of the app (the
// lab's lock, the database, the display connection).
void closeInheritedDescriptors() {
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
        return;
#endif
    const long max = ::sysconf(_SC_OPEN_MAX);
    for (long fd = 3; fd < (max > 0 ? max : 1024); ++fd)
        ::close(static_cast<int>(fd));
}

// In the forked child: only async-signal-safe calls until exec.
[[noreturn]] void execChild(pid_t parent, int outWrite, const char* path, char* const* argv,
                            char* const* envp, const char* workingDirectory) {
    ::setpgid(0, 0);
    // Killed when the thread that forked it ends, whatever the reason; if the parent is
    // already gone, give up now.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        ::_exit(127);
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull >= 0)
        ::dup2(devNull, STDIN_FILENO);
    ::dup2(outWrite, STDOUT_FILENO);
    ::dup2(outWrite, STDERR_FILENO);
    closeInheritedDescriptors();
    if (workingDirectory && ::chdir(workingDirectory) != 0)
        ::_exit(127);
    // Default signal dispositions and an empty mask, whatever the app had set.
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);
    ::execve(path, argv, envp);
    ::_exit(127);
}

} // namespace

std::string findExecutable(const std::string& name) {
    if (name.find('/') != std::string::npos)
        return isExecutableFile(name) ? name : std::string();
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const auto end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = dirs.substr(start, end - start);
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
        if (isExecutableFile(candidate))
            return candidate;
        start = end + 1;
    }
    return {};
}

Result<ChildProcess> ChildProcess::start(const ChildOptions& options) {
    if (options.argv.empty())
        return Error{"lab", "", "no program to start"};
    const std::string path = findExecutable(options.argv.front());
    if (path.empty())
        return Error{options.argv.front(), "", "not found or not executable"};
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return Error{options.argv.front(), "",
                     std::string("cannot create a pipe: ") + std::strerror(errno)};
    // Everything the child needs is built before fork(): after it, in a threaded app, only
    // async-signal-safe calls are allowed.
    auto argvStrings = options.argv;
    auto envStrings = environmentWith(options.extraEnvironment);
    const auto argv = pointersTo(argvStrings);
    const auto envp = pointersTo(envStrings);
    const char* workingDirectory =
        options.workingDirectory.empty() ? nullptr : options.workingDirectory.c_str();
    const pid_t parent = ::getpid();

    const pid_t pid = ::fork();
    if (pid < 0) {
        const int error = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        return Error{options.argv.front(), "",
                     std::string("cannot start: ") + std::strerror(error)};
    }
    if (pid == 0)
        execChild(parent, fds[1], path.c_str(), argv.data(), envp.data(), workingDirectory);

    // Also from this side, so the group exists before anyone signals it.
    ::setpgid(pid, pid);
    ::close(fds[1]);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    ChildProcess child;
    child.pid_ = pid;
    child.outFd_ = fds[0];
    child.outputLimit_ = options.outputLimit;
    return child;
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(other.pid_), outFd_(other.outFd_), outputLimit_(other.outputLimit_),
      output_(std::move(other.output_)), status_(other.status_) {
    other.pid_ = -1;
    other.outFd_ = -1;
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
    if (this != &other) {
        kill();
        closePipe();
        pid_ = other.pid_;
        outFd_ = other.outFd_;
        outputLimit_ = other.outputLimit_;
        output_ = std::move(other.output_);
        status_ = other.status_;
        other.pid_ = -1;
        other.outFd_ = -1;
    }
    return *this;
}

ChildProcess::~ChildProcess() {
    kill();
    closePipe();
}

void ChildProcess::closePipe() {
    if (outFd_ >= 0)
        ::close(outFd_);
    outFd_ = -1;
}

void ChildProcess::readAvailable() {
    if (outFd_ < 0)
        return;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(outFd_, buffer, sizeof buffer);
        if (n > 0) {
            output_.append(buffer, static_cast<std::size_t>(n));
            if (output_.size() > outputLimit_)
                output_.erase(0, output_.size() - outputLimit_);
            continue;
        }
        if (n == 0)
            closePipe(); // every writer has gone
        else if (errno == EINTR)
            continue;
        return;
    }
}

bool ChildProcess::poll() {
    readAvailable();
    if (pid_ <= 0 || status_)
        return status_.has_value();
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        readAvailable();
    }
    return status_.has_value();
}

bool ChildProcess::waitUntil(std::chrono::steady_clock::time_point deadline,
                             const std::atomic<bool>* cancel) {
    using namespace std::chrono;
    while (!poll()) {
        if ((cancel && cancel->load()) || steady_clock::now() >= deadline)
            return false;
        if (outFd_ >= 0) {
            pollfd fd{outFd_, POLLIN, 0};
            ::poll(&fd, 1, 20);
        } else {
            std::this_thread::sleep_for(milliseconds(20));
        }
    }
    return true;
}

void ChildProcess::kill() {
    if (pid_ <= 0)
        return;
    // The group outlives its leader when workers remain, so it is signalled even after the
    // leader exited; ESRCH (nothing left) is fine.
    ::kill(-pid_, SIGKILL);
    if (!status_) {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        status_ = 128 + SIGKILL;
    }
    readAvailable();
    pid_ = -1;
}

} // namespace advisor::lab
