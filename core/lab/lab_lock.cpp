#include "core/lab/lab_lock.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace advisor::lab {

Result<LabLock> LabLock::acquire(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{path, "",
                     std::string("cannot open the lab's lock file: ") + std::strerror(errno)};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return Error{path, "",
                         "another Evidence Lab run is in progress on this machine; wait for it "
                         "to finish (two runs at once would measure each other)"};
        return Error{path, "", std::string("cannot lock: ") + std::strerror(error)};
    }
    return LabLock(fd);
}

LabLock::~LabLock() {
    if (fd_ >= 0)
        ::close(fd_); // releases the flock
}

std::string defaultLabLockPath() {
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (runtime && runtime[0] == '/')
        return std::string(runtime) + "/backend-advisor-lab.lock";
    return "/tmp/backend-advisor-lab-" + std::to_string(::getuid()) + ".lock";
}

} // namespace advisor::lab
