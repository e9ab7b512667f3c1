// Where the app keeps its files on disk: the XDG base directories on Linux and other Unixes.
#pragma once

#include "core/base/error.h"

#include <string>

namespace advisor {

inline constexpr const char* kAppDirectoryName = "backend-advisor";
inline constexpr const char* kDatabaseFileName = "decisions.sqlite3";

// $XDG_DATA_HOME/backend-advisor, or ~/.local/share/backend-advisor when XDG_DATA_HOME is unset
// or not absolute (as the XDG spec asks). Only computes the path; creates nothing.
Result<std::string> defaultDataDirectory();

// defaultDataDirectory() + "/decisions.sqlite3".
Result<std::string> defaultDatabasePath();

// Creates the folder and its missing parents; an existing folder is fine.
Status ensureDirectory(const std::string& path);

} // namespace advisor
