// How the history shows a saved decision's fields: verdict words, local times, margins and
// percentages, shared by the history table and the compare view so both say the same.
#pragma once

#include <QString>
#include <optional>
#include <string>

namespace advisor::ui {

QString verdictText(const std::string& verdictId); // "Clear", "Lean", "Close call"
// Strongest first, for sorting: clear 0, lean 1, close call 2, anything else 3.
int verdictRank(const std::string& verdictId);
// "2025-04-24 14:03" in local time, from the store's UTC ISO 8601 stamp.
QString localTimestamp(const std::string& isoUtc);
// "2025-04-24", the local date of the same stamp: what a narrow table column has room for.
QString localDate(const std::string& isoUtc);
QString marginText(double margin);                        // "1.62"
QString confidenceText(std::optional<double> confidence); // "87%", or "—"

} // namespace advisor::ui
