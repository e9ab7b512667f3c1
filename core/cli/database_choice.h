// The database a command uses: the file named with --db, which is the user's and is never moved,
// renamed or replaced, or the app's own default database, which is moved aside when damaged.
#pragma once

#include "core/cli/cli.h"
#include "core/store/decision_store.h"

#include <optional>
#include <string>

namespace advisor::cli {

struct DatabaseChoice {
    std::string path;
    StoreOptions options;
};

Result<DatabaseChoice> databaseFor(const std::optional<std::string>& named,
                                   const CliEnvironment& env);
// Opens it, saying on standard error when the default database had to be moved aside.
Result<DecisionStore> openStore(const DatabaseChoice& db, CliStreams streams);

} // namespace advisor::cli
