#include "core/base/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace advisor {
namespace {

namespace fs = std::filesystem;

std::string systemMessage(int error) {
    return std::strerror(error);
}

fs::path folderOf(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// A name no other writer in this or another process picks: pid plus a per-process counter;
// O_EXCL settles the rest.
std::string temporaryPath(const std::string& path, int attempt) {
    static std::atomic<unsigned> counter{0};
    // Appended piece by piece: GCC 12's -Wrestrict misfires on a chain of `"." + string + ...`
    // in optimised builds (GCC bug 105329).
    std::string name = ".";
    name += fs::path(path).filename().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter++);
    name += '-';
    name += std::to_string(attempt);
    return (folderOf(path) / name).string();
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Makes the rename itself durable; a folder that cannot be synced (some file systems) is not an
// error, as the data is already safe in the renamed file.
void syncFolder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
}

} // namespace

Status checkWritableTarget(const std::string& path) {
    if (path.empty())
        return Error{path, "", "no file name given"};
    const fs::path target(path);
    if (target.filename().empty() || target.filename() == "." || target.filename() == "..")
        return Error{path, "", "expected a file name, got a folder"};
    std::error_code ec;
    const fs::path folder = folderOf(path);
    const auto folderStatus = fs::status(folder, ec);
    if (!fs::exists(folderStatus))
        return Error{path, "", "the folder " + folder.string() + " does not exist"};
    if (!fs::is_directory(folderStatus))
        return Error{path, "", folder.string() + " is not a folder"};
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        return environmentError(path, "",
                                "the folder " + folder.string() +
                                    " is not writable: " + systemMessage(errno));
    if (fs::is_directory(fs::status(target, ec)))
        return Error{path, "", "is a folder, expected a file"};
    return Ok{};
}

Status writeFileAtomically(const std::string& path, std::string_view contents) {
    return writeFileAtomically(path, [contents](const PieceWriter& write) -> Status {
        write(contents); // a failed write is reported by the caller, with the system's reason
        return Ok{};
    });
}

Status writeFileAtomically(const std::string& path,
                           const std::function<Status(const PieceWriter& write)>& produce) {
    if (auto ok = checkWritableTarget(path); !ok)
        return ok;

    // A replaced file keeps its mode; a new one gets 0666 less the umask, like any other file.
    struct stat existing {};
    const bool replacing = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode);

    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = temporaryPath(path, attempt);
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return environmentError(path, "",
                                    "cannot create a file in its folder: " + systemMessage(errno));
    }
    if (fd < 0)
        return environmentError(path, "", "cannot create a temporary file next to it");

    auto failWith = [&](const std::string& what, int error) -> Status {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.c_str());
        return environmentError(
            path, "", what + ": " + systemMessage(error) + " (the old file is unchanged)");
    };

    if (replacing && ::fchmod(fd, existing.st_mode & 07777) != 0)
        return failWith("cannot set permissions", errno);
    int writeError = 0;
    const Status produced = produce([&](std::string_view piece) {
        if (writeError == 0 && !writeAll(fd, piece))
            writeError = errno;
        return writeError == 0;
    });
    if (writeError != 0)
        return failWith("cannot write", writeError);
    if (!produced) {
        ::close(fd);
        ::unlink(temp.c_str());
        return produced;
    }
    if (::fsync(fd) != 0)
        return failWith("cannot flush to disk", errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return failWith("cannot write", errno);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        return failWith("cannot replace the file", errno);
    syncFolder(folderOf(path));
    return Ok{};
}

} // namespace advisor
