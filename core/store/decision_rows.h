// How a Decision maps to the store's rows and back: the column lists, validation, the JSON
// documents and the statements shared by the store's operations. Internal to the store.
#pragma once

#include "core/store/decision_store.h"
#include "core/store/sqlite_db.h"

#include <string>

namespace advisor::rows {

// The columns of a full decision, in the order decisionFrom reads them (table aliases d, doc).
extern const char* const kDecisionColumns;
// The columns of a DecisionSummary, in the order summaryFrom reads them (table alias d).
extern const char* const kSummaryColumns;
// "The decision `d` is not in the trash", for WHERE clauses; the reads of live decisions and
// the writes to one all carry it.
extern const char* const kLive;
// Inserts a new decision: the summary columns as bindSummaryColumns binds them, then the
// created and updated stamps (?13, ?14) and the revisit date (?15).
extern const char* const kInsertDecision;

// Checks a decision's fields before it is written; errors name `file` and the field.
Status validate(const Decision& d, const std::string& file);

// JSON as stored: compact, with a stray invalid UTF-8 byte replaced rather than thrown.
std::string dumpJson(const nlohmann::ordered_json& json);

DecisionSummary summaryFrom(const sqlite::Statement& row);
// Every row of a statement that selects kSummaryColumns.
Result<std::vector<DecisionSummary>> summariesFrom(sqlite::Statement& s,
                                                   const std::string& operation);
Result<Decision> decisionFrom(const sqlite::Statement& row, const std::string& file);

// Reads a whole decision; "no such decision" when the id is unknown or in the trash.
Result<Decision> selectDecision(sqlite3* db, std::int64_t id, const std::string& file);

// Writes a decision's content columns and documents; the caller holds the transaction.
// Binds the summary columns every write of a decision sets, as parameters ?2 to ?12: title,
// notes, winner, winner name, verdict, margin, confidence, knowledge-base version and hash,
// Monte Carlo seed and samples.
void bindSummaryColumns(sqlite::Statement& s, const Decision& d);

Status writeContent(sqlite3* db, const Decision& d, const std::string& updatedAt,
                    const std::string& file);

// Inserts the decision's documents row (answers, weights, result).
Status insertDocuments(sqlite3* db, std::int64_t id, const Decision& d, const std::string& file);

} // namespace advisor::rows
