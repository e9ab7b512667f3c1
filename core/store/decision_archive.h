// Saved decisions exported as one JSON file, each as the store keeps it — title, notes, times,
// revisit date, outcome review, and the answers, weights and result documents — for archiving
// or for scripts. Written piece by piece, so a large history never sits in memory at once:
//
//   {"format": "backend-advisor/decisions", "format_version": 1, "generated_by": "...",
//    "exported_at": "2025-04-24T09:30:00Z",
//    "decisions": [
//   {"id": 1, "title": "...", ..., "answers": {...}, "weights": {...}, "result": {...}},
//   ...]}
#pragma once

#include "core/store/decision_store.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

namespace advisor {

inline constexpr const char* kDecisionArchiveFormat = "backend-advisor/decisions";
inline constexpr int kDecisionArchiveFormatVersion = 1;

// One decision as the archive lists it.
nlohmann::ordered_json decisionRecord(const Decision& decision);

// Writes every decision in `target` to `path` (atomically: a failure leaves the old file) and
// returns how many it wrote. All are read from one snapshot of the store.
Result<std::size_t> exportDecisions(const DecisionStore& store, const DecisionTarget& target,
                                    const std::string& path,
                                    std::chrono::system_clock::time_point exportedAt);

} // namespace advisor
