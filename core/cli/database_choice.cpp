#include "core/cli/database_choice.h"

#include "core/base/app_paths.h"
#include "core/cli/cli_output.h"

namespace advisor::cli {

Result<DatabaseChoice> databaseFor(const std::optional<std::string>& named,
                                   const CliEnvironment& env) {
    DatabaseChoice choice;
    choice.options.clock = env.clock;
    if (named) {
        choice.path = *named;
        choice.options.unusableFile = UnusableFile::Refuse;
        return choice;
    }
    auto path = defaultDatabasePath();
    if (!path)
        return path.error();
    choice.path = *path;
    choice.options.unusableFile = UnusableFile::MoveAside;
    return choice;
}

Result<DecisionStore> openStore(const DatabaseChoice& db, CliStreams streams) {
    auto store = DecisionStore::open(db.path, db.options);
    if (store && store->report().movedAside)
        warn(streams, store->report().notice());
    return store;
}

} // namespace advisor::cli
