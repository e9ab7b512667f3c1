// The application log: spdlog's default logger writing to a rotating file in the app data folder
// (backend-advisor.log, 1 MiB × 3), so a user can send it with a bug report.
#pragma once

#include "core/base/error.h"

#include <string>

namespace advisor {

inline constexpr const char* kLogFileName = "backend-advisor.log";

// Makes spdlog's default logger write to `folder`/backend-advisor.log (rotating) as well as to
// standard error for warnings and worse. On failure (read-only folder, full disk) logging stays
// on standard error only and the error says why.
Status startFileLog(const std::string& folder);

} // namespace advisor
