// A large, varied history written as fast as SQLite takes it: the benchmarks' stores of 10,000
// to a million decisions, and the tests that need many rows. The app itself never calls it.
#pragma once

#include "core/base/error.h"

#include <cstddef>
#include <string>

namespace advisor {

struct SyntheticHistory {
    std::size_t decisions = 10'000;
    // True: every decision carries a real evaluation's documents (about 18 KB), as a saved one
    // does. False: its answers and weights only, so a million decisions fit in well under 1 GB.
    bool fullDocuments = true;
};

// Creates the database at `path` (which must not hold decisions yet) with the current schema
// and fills it in one transaction: a handful of real evaluations under many titles, saved a
// minute apart, every fifth with a revisit date.
Status writeSyntheticHistory(const std::string& path, const SyntheticHistory& spec);

} // namespace advisor
