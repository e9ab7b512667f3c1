// One lab at a time on a machine: two runs at once would measure each other. An advisory
// lock on a file (flock), which the kernel releases when its holder exits, however it exits.
#pragma once

#include "core/base/error.h"

#include <string>

namespace advisor::lab {

class LabLock {
public:
    // Takes the lock or fails at once, saying another run holds it.
    static Result<LabLock> acquire(const std::string& path);

    LabLock(LabLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    LabLock& operator=(LabLock&&) = delete;
    LabLock(const LabLock&) = delete;
    LabLock& operator=(const LabLock&) = delete;
    ~LabLock();

private:
    explicit LabLock(int fd) : fd_(fd) {}
    int fd_;
};

// $XDG_RUNTIME_DIR/backend-advisor-lab.lock, or /tmp/backend-advisor-lab-<uid>.lock.
[[nodiscard]] std::string defaultLabLockPath();

} // namespace advisor::lab
