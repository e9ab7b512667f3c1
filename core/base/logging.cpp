#include "core/base/logging.h"

#include "core/base/app_paths.h"

#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace advisor {

Status startFileLog(const std::string& folder) {
    if (auto made = ensureDirectory(folder); !made)
        return made.error();
    const std::string path = folder + "/" + kLogFileName;
    try {
        constexpr std::size_t kMaxBytes = 1024 * 1024;
        constexpr std::size_t kMaxFiles = 3;
        auto file =
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, kMaxBytes, kMaxFiles);
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        auto logger = std::make_shared<spdlog::logger>("backend-advisor",
                                                       spdlog::sinks_init_list{file, console});
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(std::move(logger));
    } catch (const spdlog::spdlog_ex& e) {
        return Error{path, "", std::string("cannot write the log: ") + e.what()};
    }
    return Ok{};
}

} // namespace advisor
