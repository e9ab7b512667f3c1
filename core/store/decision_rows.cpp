#include "core/store/decision_rows.h"

#include "core/base/iso_time.h"

#include <charconv>

namespace advisor::rows {
namespace {

using Json = nlohmann::ordered_json;

// The title and notes live in their columns and inside the answers and result JSON; the
// columns win, so a rename shows up wherever the decision is reopened.
struct Documents {
    std::string answers;
    std::string weights;
    std::string result;
};

Documents documentsOf(const Decision& d) {
    Json answers = d.answers;
    answers["title"] = d.title;
    answers["notes"] = d.notes;
    Json result = d.result;
    if (result.contains("title"))
        result["title"] = d.title;
    return {dumpJson(answers), dumpJson(d.weights.is_null() ? Json::object() : d.weights),
            dumpJson(result)};
}

Result<Json> parseStored(const std::string& text, const std::string& file, std::int64_t id,
                         const char* what) {
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        return Error{file, "decision " + std::to_string(id),
                     std::string("its stored ") + what + " are damaged"};
    return json;
}

} // namespace

const char* const kDecisionColumns =
    "d.id, d.title, d.notes, d.winner, d.winner_name, d.verdict, d.margin, d.confidence, "
    "d.kb_version, d.kb_hash, d.mc_seed, d.mc_samples, d.created_at, d.updated_at, "
    "d.revisit_on, d.outcome_text, d.outcome_rating, d.outcome_as_expected, "
    "d.outcome_recorded_on, doc.answers_json, doc.weights_json, doc.result_json, d.respondents";

const char* const kSummaryColumns =
    "d.id, d.title, d.winner, d.winner_name, d.verdict, d.margin, d.confidence, d.created_at, "
    "d.updated_at, d.revisit_on, d.outcome_recorded_on IS NOT NULL, d.respondents";

const char* const kLive = "NOT EXISTS (SELECT 1 FROM decision_trash t WHERE t.decision_id = d.id)";

const char* const kInsertDecision =
    "INSERT INTO decisions (title, notes, winner, winner_name, verdict, margin, confidence, "
    "kb_version, kb_hash, mc_seed, mc_samples, created_at, updated_at, revisit_on, respondents) "
    "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

std::string dumpJson(const Json& json) {
    // Replacement keeps a stray invalid UTF-8 byte from throwing out of the store.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Status validate(const Decision& d, const std::string& file) {
    auto invalid = [&](const std::string& field, const std::string& message) -> Status {
        return Error{file, field, message};
    };
    if (d.title.size() > kMaxTitleBytes)
        return invalid("title", "is " + std::to_string(d.title.size()) +
                                    " bytes, expected at most " + std::to_string(kMaxTitleBytes));
    if (d.notes.size() > kMaxNotesBytes)
        return invalid("notes", "is " + std::to_string(d.notes.size()) +
                                    " bytes, expected at most " + std::to_string(kMaxNotesBytes));
    if (!d.answers.is_object())
        return invalid("answers", "expected the answers as a JSON object");
    if (!d.result.is_object())
        return invalid("result", "expected the evaluation as a JSON object");
    if (d.winner.empty() && d.verdict != "close_call")
        return invalid("winner", "expected the winning alternative's id (only a tie, a close "
                                 "call, has none)");
    if (d.verdict != "clear" && d.verdict != "lean" && d.verdict != "close_call")
        return invalid("verdict", "expected clear, lean or close_call");
    if (d.revisitOn && !isIsoDate(*d.revisitOn))
        return invalid("revisit_on", "expected a date as YYYY-MM-DD");
    if (d.outcome) {
        if (d.outcome->rating < 0 || d.outcome->rating > 5)
            return invalid("outcome/rating", "expected 1 to 5, or 0 for no rating");
        if (d.outcome->text.size() > kMaxNotesBytes)
            return invalid("outcome/text",
                           "expected at most " + std::to_string(kMaxNotesBytes) + " bytes");
        if (!isIsoDate(d.outcome->recordedOn))
            return invalid("outcome/recorded_on", "expected a date as YYYY-MM-DD");
    }
    return Ok{};
}

DecisionSummary summaryFrom(const sqlite::Statement& s) {
    DecisionSummary d;
    d.id = s.integer(0);
    d.title = s.text(1);
    d.winner = s.text(2);
    d.winnerName = s.text(3);
    d.verdict = s.text(4);
    d.margin = s.real(5);
    if (!s.isNull(6))
        d.confidence = s.real(6);
    d.createdAt = s.text(7);
    d.updatedAt = s.text(8);
    d.revisitOn = s.optionalText(9);
    d.hasOutcome = s.integer(10) != 0;
    d.respondents = static_cast<std::size_t>(s.integer(11));
    return d;
}

Result<std::vector<DecisionSummary>> summariesFrom(sqlite::Statement& s,
                                                   const std::string& operation) {
    std::vector<DecisionSummary> out;
    if (auto ok = s.forEachRow(operation,
                               [&](const sqlite::Statement& row) -> Status {
                                   out.push_back(summaryFrom(row));
                                   return Ok{};
                               });
        !ok)
        return ok.error();
    return out;
}

Result<Decision> decisionFrom(const sqlite::Statement& s, const std::string& file) {
    Decision d;
    d.id = s.integer(0);
    d.title = s.text(1);
    d.notes = s.text(2);
    d.winner = s.text(3);
    d.winnerName = s.text(4);
    d.verdict = s.text(5);
    d.margin = s.real(6);
    if (!s.isNull(7))
        d.confidence = s.real(7);
    d.kbVersion = s.text(8);
    d.kbHash = s.text(9);
    const auto seed = s.text(10);
    if (std::from_chars(seed.data(), seed.data() + seed.size(), d.seed).ec != std::errc())
        return Error{file, "decision " + std::to_string(d.id), "its stored seed is damaged"};
    d.samples = static_cast<std::size_t>(s.integer(11));
    d.createdAt = s.text(12);
    d.updatedAt = s.text(13);
    d.revisitOn = s.optionalText(14);
    if (!s.isNull(18)) {
        OutcomeReview review;
        review.text = s.text(15);
        review.rating = static_cast<int>(s.integer(16));
        review.asExpected = s.integer(17) != 0;
        review.recordedOn = s.text(18);
        d.outcome = std::move(review);
    }
    if (s.isNull(19))
        return Error{file, "decision " + std::to_string(d.id), "its stored answers are missing"};
    auto answers = parseStored(s.text(19), file, d.id, "answers");
    auto weights = parseStored(s.text(20), file, d.id, "weights");
    auto result = parseStored(s.text(21), file, d.id, "results");
    for (const auto* part : {&answers, &weights, &result})
        if (!*part)
            return part->error();
    d.answers = std::move(answers).value();
    d.weights = std::move(weights).value();
    d.result = std::move(result).value();
    return d;
}

Result<Decision> selectDecision(sqlite3* db, std::int64_t id, const std::string& file) {
    auto s = sqlite::Statement::prepare(
        db,
        std::string("SELECT ") + kDecisionColumns +
            " FROM decisions d LEFT JOIN decision_documents doc ON doc.decision_id = d.id "
            "WHERE d.id = ?1 AND " +
            kLive,
        file);
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step("get");
    if (!row)
        return row.error();
    if (!*row)
        return Error{file, "decision " + std::to_string(id), "no such decision"};
    return decisionFrom(*s, file);
}

void bindSummaryColumns(sqlite::Statement& s, const Decision& d) {
    s.bind(2, d.title)
        .bind(3, d.notes)
        .bind(4, d.winner)
        .bind(5, d.winnerName)
        .bind(6, d.verdict)
        .bind(7, d.margin)
        .bind(8, d.confidence)
        .bind(9, d.kbVersion)
        .bind(10, d.kbHash)
        .bind(11, std::to_string(d.seed)) // text: SQLite integers are signed 64-bit
        .bind(12, static_cast<std::int64_t>(d.samples))
        .bind(16, static_cast<std::int64_t>(respondentCount(d.answers)));
}

Status writeContent(sqlite3* db, const Decision& d, const std::string& updatedAt,
                    const std::string& file) {
    auto s = sqlite::Statement::prepare(
        db,
        std::string("UPDATE decisions AS d SET title = ?2, notes = ?3, winner = ?4, "
                    "winner_name = ?5, verdict = ?6, margin = ?7, confidence = ?8, "
                    "kb_version = ?9, kb_hash = ?10, mc_seed = ?11, mc_samples = ?12, "
                    "updated_at = ?13, respondents = ?16 WHERE d.id = ?1 AND ") +
            kLive,
        file);
    if (!s)
        return s.error();
    s->bind(1, d.id);
    bindSummaryColumns(*s, d);
    s->bind(13, updatedAt);
    if (auto ok = s->run("update"); !ok)
        return ok;
    if (s->changedRows() == 0)
        return Error{file, "decision " + std::to_string(d.id), "no such decision"};
    const auto docs = documentsOf(d);
    auto doc = sqlite::Statement::prepare(
        db,
        "UPDATE decision_documents SET answers_json = ?2, weights_json = ?3, result_json = ?4 "
        "WHERE decision_id = ?1",
        file);
    if (!doc)
        return doc.error();
    doc->bind(1, d.id).bind(2, docs.answers).bind(3, docs.weights).bind(4, docs.result);
    return doc->run("update");
}

Status insertDocuments(sqlite3* db, std::int64_t id, const Decision& d, const std::string& file) {
    const auto docs = documentsOf(d);
    auto doc = sqlite::Statement::prepare(
        db,
        "INSERT INTO decision_documents (decision_id, answers_json, weights_json, result_json) "
        "VALUES (?1, ?2, ?3, ?4)",
        file);
    if (!doc)
        return doc.error();
    doc->bind(1, id).bind(2, docs.answers).bind(3, docs.weights).bind(4, docs.result);
    return doc->run("save");
}

} // namespace advisor::rows
