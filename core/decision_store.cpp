#include "core/decision_store.h"

#include "core/evaluation_json.h"
#include "core/iso_time.h"

#include <charconv>
#include <sqlite3.h>

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

// The columns of a full decision, in the order rowToDecision reads them.
constexpr const char* kDecisionColumns =
    "d.id, d.title, d.notes, d.winner, d.winner_name, d.verdict, d.margin, d.confidence, "
    "d.kb_version, d.kb_hash, d.mc_seed, d.mc_samples, d.created_at, d.updated_at, "
    "d.revisit_on, d.outcome_text, d.outcome_rating, d.outcome_as_expected, "
    "d.outcome_recorded_on, doc.answers_json, doc.weights_json, doc.result_json";

constexpr const char* kSummaryColumns =
    "id, title, winner, winner_name, verdict, margin, confidence, created_at, updated_at, "
    "revisit_on, outcome_recorded_on IS NOT NULL";

// The search matches anywhere in these columns; LIKE is case-insensitive for ASCII.
constexpr const char* kSearchFilter =
    "(?1 = '' OR title LIKE ?2 ESCAPE '\\' OR notes LIKE ?2 ESCAPE '\\' OR "
    "winner LIKE ?2 ESCAPE '\\' OR winner_name LIKE ?2 ESCAPE '\\')";

std::string likePattern(const std::string& search) {
    std::string pattern = "%";
    for (char c : search) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

// Column names come from this fixed table, never from input.
const char* orderBy(SortColumn column) {
    switch (column) {
    case SortColumn::Created:
        return "created_at";
    case SortColumn::Updated:
        return "updated_at";
    case SortColumn::Title:
        return "title COLLATE NOCASE";
    case SortColumn::Winner:
        return "winner_name COLLATE NOCASE";
    case SortColumn::Verdict:
        return "verdict";
    case SortColumn::Margin:
        return "margin";
    case SortColumn::RevisitOn:
        return "revisit_on";
    }
    return "created_at";
}

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
    if (d.winner.empty())
        return invalid("winner", "expected the winning alternative's id");
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

DecisionSummary rowToSummary(const sqlite::Statement& s) {
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
    return d;
}

Result<Decision> rowToDecision(const sqlite::Statement& s, const std::string& file) {
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
            "WHERE d.id = ?1",
        file);
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step("get");
    if (!row)
        return row.error();
    if (!*row)
        return Error{file, "decision " + std::to_string(id), "no such decision"};
    return rowToDecision(*s, file);
}

// Writes a decision's content columns and documents; the caller holds the transaction.
Status writeContent(sqlite3* db, const Decision& d, const std::string& updatedAt,
                    const std::string& file) {
    auto s = sqlite::Statement::prepare(
        db,
        "UPDATE decisions SET title = ?2, notes = ?3, winner = ?4, winner_name = ?5, "
        "verdict = ?6, margin = ?7, confidence = ?8, kb_version = ?9, kb_hash = ?10, "
        "mc_seed = ?11, mc_samples = ?12, updated_at = ?13 WHERE id = ?1",
        file);
    if (!s)
        return s.error();
    s->bind(1, d.id)
        .bind(2, d.title)
        .bind(3, d.notes)
        .bind(4, d.winner)
        .bind(5, d.winnerName)
        .bind(6, d.verdict)
        .bind(7, d.margin)
        .bind(8, d.confidence)
        .bind(9, d.kbVersion)
        .bind(10, d.kbHash)
        .bind(11, std::to_string(d.seed))
        .bind(12, static_cast<std::int64_t>(d.samples))
        .bind(13, updatedAt);
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

} // namespace

Decision makeDecision(const KnowledgeBase& kb, const AnswerSet& answers, const Evaluation& ev,
                      const MonteCarloSettings& settings) {
    Decision d;
    d.title = answers.title;
    d.notes = answers.notes;
    d.answers = answersToJson(answers, kb);
    d.result = evaluationToJson(kb, answers, ev);
    d.weights = d.result["weights"];
    d.kbVersion = kb.version;
    d.kbHash = kb.hash;
    d.seed = settings.seed;
    d.samples = settings.samples;
    const auto& rec = ev.recommendation;
    d.winner = kb.alternatives[rec.winner].id;
    d.winnerName = kb.alternatives[rec.winner].name;
    d.verdict = verdictId(rec.verdict);
    d.margin = rec.margin;
    if (rec.winner < ev.sensitivity.monteCarlo.winProbability.size())
        d.confidence = ev.sensitivity.monteCarlo.winProbability[rec.winner];
    return d;
}

bool DecisionSummary::dueOn(const std::string& today) const {
    return revisitOn && !hasOutcome && *revisitOn <= today;
}

std::string DecisionStore::now() const {
    return isoUtcTimestamp(options_.clock());
}

Error DecisionStore::notFound(std::int64_t id, const std::string& operation) const {
    return Error{path(), operation, "no decision with id " + std::to_string(id)};
}

Result<std::int64_t> DecisionStore::insert(const Decision& d, bool keepIdentity) {
    if (auto ok = validate(d, path()); !ok)
        return ok.error();
    const std::string stamp = now();
    auto s = sqlite::Statement::prepare(
        db_.get(),
        "INSERT INTO decisions (id, title, notes, winner, winner_name, verdict, margin, "
        "confidence, kb_version, kb_hash, mc_seed, mc_samples, created_at, updated_at, "
        "revisit_on, outcome_text, outcome_rating, outcome_as_expected, outcome_recorded_on) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19)",
        path());
    if (!s)
        return s.error();
    if (keepIdentity)
        s->bind(1, d.id);
    else
        s->bindNull(1);
    s->bind(2, d.title)
        .bind(3, d.notes)
        .bind(4, d.winner)
        .bind(5, d.winnerName)
        .bind(6, d.verdict)
        .bind(7, d.margin)
        .bind(8, d.confidence)
        .bind(9, d.kbVersion)
        .bind(10, d.kbHash)
        .bind(11, std::to_string(d.seed))
        .bind(12, static_cast<std::int64_t>(d.samples))
        .bind(13, keepIdentity && !d.createdAt.empty() ? d.createdAt : stamp)
        .bind(14, keepIdentity && !d.updatedAt.empty() ? d.updatedAt : stamp);
    if (keepIdentity) {
        s->bind(15, d.revisitOn);
        if (d.outcome) {
            s->bind(16, d.outcome->text);
            if (d.outcome->rating > 0)
                s->bind(17, static_cast<std::int64_t>(d.outcome->rating));
            else
                s->bindNull(17);
            s->bind(18, static_cast<std::int64_t>(d.outcome->asExpected ? 1 : 0))
                .bind(19, d.outcome->recordedOn);
        } else {
            s->bindNull(16).bindNull(17).bindNull(18).bindNull(19);
        }
    } else {
        s->bind(15, d.revisitOn).bindNull(16).bindNull(17).bindNull(18).bindNull(19);
    }
    if (auto ok = s->run("save"); !ok)
        return ok.error();
    const std::int64_t id = sqlite3_last_insert_rowid(db_.get());
    const auto docs = documentsOf(d);
    auto doc = sqlite::Statement::prepare(
        db_.get(),
        "INSERT INTO decision_documents (decision_id, answers_json, weights_json, result_json) "
        "VALUES (?1, ?2, ?3, ?4)",
        path());
    if (!doc)
        return doc.error();
    doc->bind(1, id).bind(2, docs.answers).bind(3, docs.weights).bind(4, docs.result);
    if (auto ok = doc->run("save"); !ok)
        return ok.error();
    return id;
}

Result<std::int64_t> DecisionStore::save(const Decision& decision) {
    auto ids = saveAll({decision});
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<std::int64_t>> DecisionStore::saveAll(const std::vector<Decision>& decisions) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "save");
    if (!tx)
        return tx.error();
    std::vector<std::int64_t> ids;
    ids.reserve(decisions.size());
    for (const auto& d : decisions) {
        auto id = insert(d, false);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return ids;
}

Status DecisionStore::update(const Decision& decision) {
    if (auto ok = validate(decision, path()); !ok)
        return ok;
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "update");
    if (!tx)
        return tx.error();
    if (auto ok = writeContent(db_.get(), decision, now(), path()); !ok)
        return ok;
    return tx->commit();
}

Result<Decision> DecisionStore::get(std::int64_t id) const {
    return selectDecision(db_.get(), id, path());
}

Result<std::vector<DecisionSummary>> DecisionStore::list(const ListQuery& query) const {
    const char* direction = query.order == SortOrder::Ascending ? " ASC" : " DESC";
    std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM decisions WHERE " +
                      kSearchFilter + " ORDER BY " + orderBy(query.sort) + direction +
                      (query.sort == SortColumn::RevisitOn ? " NULLS LAST" : "") + ", id" +
                      direction + " LIMIT ?3 OFFSET ?4";
    auto s = sqlite::Statement::prepare(db_.get(), sql, path());
    if (!s)
        return s.error();
    s->bind(1, query.search)
        .bind(2, likePattern(query.search))
        .bind(3, query.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(query.limit))
        .bind(4, static_cast<std::int64_t>(query.offset));
    std::vector<DecisionSummary> out;
    for (;;) {
        auto row = s->step("list");
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(rowToSummary(*s));
    }
}

Result<std::size_t> DecisionStore::count(const std::string& search) const {
    auto s = sqlite::Statement::prepare(
        db_.get(), std::string("SELECT count(*) FROM decisions WHERE ") + kSearchFilter, path());
    if (!s)
        return s.error();
    s->bind(1, search).bind(2, likePattern(search));
    auto row = s->step("count");
    if (!row)
        return row.error();
    return static_cast<std::size_t>(s->integer(0));
}

Status DecisionStore::rename(std::int64_t id, const std::string& title) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "rename");
    if (!tx)
        return tx.error();
    auto d = get(id);
    if (!d)
        return d.error();
    d->title = title;
    if (auto ok = validate(*d, path()); !ok)
        return ok;
    if (auto ok = writeContent(db_.get(), *d, now(), path()); !ok)
        return ok;
    return tx->commit();
}

Result<std::int64_t> DecisionStore::duplicate(std::int64_t id) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "duplicate");
    if (!tx)
        return tx.error();
    auto d = get(id);
    if (!d)
        return d.error();
    d->title += " (copy)";
    if (d->title.size() > kMaxTitleBytes) {
        // Cut on a UTF-8 boundary so the title stays valid text.
        std::size_t cut = kMaxTitleBytes;
        while (cut > 0 && (static_cast<unsigned char>(d->title[cut]) & 0xC0) == 0x80)
            --cut;
        d->title.resize(cut);
    }
    d->revisitOn.reset();
    d->outcome.reset();
    auto copy = insert(*d, false);
    if (!copy)
        return copy.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return *copy;
}

Result<Decision> DecisionStore::remove(std::int64_t id) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "remove");
    if (!tx)
        return tx.error();
    auto d = get(id);
    if (!d)
        return d.error();
    for (const char* sql : {"DELETE FROM decision_documents WHERE decision_id = ?1",
                            "DELETE FROM decisions WHERE id = ?1"}) {
        auto s = sqlite::Statement::prepare(db_.get(), sql, path());
        if (!s)
            return s.error();
        s->bind(1, id);
        if (auto ok = s->run("remove"); !ok)
            return ok.error();
    }
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return d;
}

Status DecisionStore::restore(const Decision& removed) {
    if (removed.id <= 0)
        return Error{path(), "restore", "the decision has no id; use save() for a new one"};
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "restore");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(db_.get(), "SELECT 1 FROM decisions WHERE id = ?1", path());
    if (!s)
        return s.error();
    s->bind(1, removed.id);
    auto row = s->step("restore");
    if (!row)
        return row.error();
    if (*row)
        return Error{path(), "restore",
                     "a decision with id " + std::to_string(removed.id) + " already exists"};
    if (auto id = insert(removed, true); !id)
        return id.error();
    return tx->commit();
}

Status DecisionStore::setRevisitDate(std::int64_t id, const std::optional<std::string>& date) {
    if (date && !isIsoDate(*date))
        return Error{path(), "revisit_on",
                     "expected a date as YYYY-MM-DD, got \"" + date->substr(0, 20) + "\""};
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "set revisit date");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(), "UPDATE decisions SET revisit_on = ?2, updated_at = ?3 WHERE id = ?1", path());
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, date).bind(3, now());
    if (auto ok = s->run("set revisit date"); !ok)
        return ok;
    if (s->changedRows() == 0)
        return notFound(id, "set revisit date");
    return tx->commit();
}

Status DecisionStore::recordOutcome(std::int64_t id, const OutcomeReview& review) {
    OutcomeReview r = review;
    if (r.recordedOn.empty())
        r.recordedOn = isoUtcDate(options_.clock());
    if (!isIsoDate(r.recordedOn))
        return Error{path(), "outcome/recorded_on", "expected a date as YYYY-MM-DD"};
    if (r.rating < 0 || r.rating > 5)
        return Error{path(), "outcome/rating", "expected 1 to 5, or 0 for no rating"};
    if (r.text.size() > kMaxNotesBytes)
        return Error{path(), "outcome/text",
                     "expected at most " + std::to_string(kMaxNotesBytes) + " bytes"};
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "record outcome");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(),
        "UPDATE decisions SET outcome_text = ?2, outcome_rating = ?3, outcome_as_expected = ?4, "
        "outcome_recorded_on = ?5, updated_at = ?6 WHERE id = ?1",
        path());
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, r.text);
    if (r.rating > 0)
        s->bind(3, static_cast<std::int64_t>(r.rating));
    else
        s->bindNull(3);
    s->bind(4, static_cast<std::int64_t>(r.asExpected ? 1 : 0))
        .bind(5, r.recordedOn)
        .bind(6, now());
    if (auto ok = s->run("record outcome"); !ok)
        return ok;
    if (s->changedRows() == 0)
        return notFound(id, "record outcome");
    return tx->commit();
}

Status DecisionStore::clearOutcome(std::int64_t id) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "clear outcome");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(),
        "UPDATE decisions SET outcome_text = NULL, outcome_rating = NULL, "
        "outcome_as_expected = NULL, outcome_recorded_on = NULL, updated_at = ?2 WHERE id = ?1",
        path());
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, now());
    if (auto ok = s->run("clear outcome"); !ok)
        return ok;
    if (s->changedRows() == 0)
        return notFound(id, "clear outcome");
    return tx->commit();
}

Result<std::vector<DecisionSummary>> DecisionStore::dueForRevisit(const std::string& today) const {
    if (!isIsoDate(today))
        return Error{path(), "today", "expected a date as YYYY-MM-DD"};
    auto s = sqlite::Statement::prepare(
        db_.get(),
        std::string("SELECT ") + kSummaryColumns +
            " FROM decisions WHERE revisit_on IS NOT NULL AND outcome_recorded_on IS NULL "
            "AND revisit_on <= ?1 ORDER BY revisit_on, id",
        path());
    if (!s)
        return s.error();
    s->bind(1, today);
    std::vector<DecisionSummary> out;
    for (;;) {
        auto row = s->step("due for revisit");
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(rowToSummary(*s));
    }
}

Status DecisionStore::saveDraft(const nlohmann::ordered_json& answers) {
    if (!answers.is_object())
        return Error{path(), "draft", "expected the answers as a JSON object"};
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "save draft");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(),
        "INSERT INTO draft (id, answers_json, saved_at) VALUES (1, ?1, ?2) "
        "ON CONFLICT (id) DO UPDATE SET answers_json = excluded.answers_json, "
        "saved_at = excluded.saved_at",
        path());
    if (!s)
        return s.error();
    s->bind(1, dumpJson(answers)).bind(2, now());
    if (auto ok = s->run("save draft"); !ok)
        return ok;
    return tx->commit();
}

Result<std::optional<Draft>> DecisionStore::loadDraft() const {
    auto s = sqlite::Statement::prepare(
        db_.get(), "SELECT answers_json, saved_at FROM draft WHERE id = 1", path());
    if (!s)
        return s.error();
    auto row = s->step("load draft");
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Draft>();
    Json answers = Json::parse(s->text(0), nullptr, false);
    if (answers.is_discarded() || !answers.is_object())
        return Error{path(), "draft", "the autosaved answers are damaged"};
    return std::optional<Draft>(Draft{std::move(answers), s->text(1)});
}

Status DecisionStore::clearDraft() {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "clear draft");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(db_.get(), "DELETE FROM draft", path());
    if (!s)
        return s.error();
    if (auto ok = s->run("clear draft"); !ok)
        return ok;
    return tx->commit();
}

Result<std::string> DecisionStore::integrityCheck() const {
    auto s = sqlite::Statement::prepare(db_.get(), "PRAGMA integrity_check", path());
    if (!s)
        return s.error();
    auto row = s->step("integrity check");
    if (!row)
        return row.error();
    return *row ? s->text(0) : std::string("no answer");
}

} // namespace advisor
