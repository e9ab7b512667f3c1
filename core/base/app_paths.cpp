#include "core/base/app_paths.h"

#include <cstdlib>
#include <filesystem>

namespace advisor {

Result<std::string> defaultDataDirectory() {
    namespace fs = std::filesystem;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && fs::path(xdg).is_absolute())
        return (fs::path(xdg) / kAppDirectoryName).string();
    const char* home = std::getenv("HOME");
    if (!home || !fs::path(home).is_absolute())
        return Error{"$HOME", "",
                     "neither XDG_DATA_HOME nor HOME names an absolute folder; "
                     "give the database with --db FILE"};
    return (fs::path(home) / ".local" / "share" / kAppDirectoryName).string();
}

Result<std::string> defaultDatabasePath() {
    auto dir = defaultDataDirectory();
    if (!dir)
        return dir.error();
    return (std::filesystem::path(*dir) / kDatabaseFileName).string();
}

Status ensureDirectory(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return Ok{};
    fs::create_directories(path, ec);
    if (ec)
        return environmentError(path, "", "cannot create the folder: " + ec.message());
    if (!fs::is_directory(path, ec))
        return Error{path, "", "exists but is not a folder"};
    return Ok{};
}

} // namespace advisor
