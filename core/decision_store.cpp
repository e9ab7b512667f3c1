#include "core/decision_store.h"

#include "core/decision_rows.h"
#include "core/evaluation_json.h"
#include "core/iso_time.h"

#include <sqlite3.h>

namespace advisor {
namespace {

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
    // A tie names no winner, here as in every other output.
    if (!rec.tied) {
        d.winner = kb.alternatives[rec.winner].id;
        d.winnerName = kb.alternatives[rec.winner].name;
        if (rec.winner < ev.sensitivity.monteCarlo.winProbability.size())
            d.confidence = ev.sensitivity.monteCarlo.winProbability[rec.winner];
    }
    d.verdict = verdictId(rec.verdict);
    d.margin = rec.margin;
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
    if (auto ok = rows::validate(d, path()); !ok)
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
    rows::bindSummaryColumns(*s, d);
    s->bind(13, keepIdentity && !d.createdAt.empty() ? d.createdAt : stamp)
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
    if (auto ok = rows::insertDocuments(db_.get(), id, d, path()); !ok)
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
    if (auto ok = rows::validate(decision, path()); !ok)
        return ok;
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "update");
    if (!tx)
        return tx.error();
    if (auto ok = rows::writeContent(db_.get(), decision, now(), path()); !ok)
        return ok;
    return tx->commit();
}

Result<Decision> DecisionStore::get(std::int64_t id) const {
    return rows::selectDecision(db_.get(), id, path());
}

Result<std::vector<DecisionSummary>> DecisionStore::list(const ListQuery& query) const {
    const char* direction = query.order == SortOrder::Ascending ? " ASC" : " DESC";
    std::string sql = std::string("SELECT ") + rows::kSummaryColumns + " FROM decisions WHERE " +
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
        out.push_back(rows::summaryFrom(*s));
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

Result<std::vector<std::int64_t>>
DecisionStore::idsWithNotesMatching(const std::string& search) const {
    auto s = sqlite::Statement::prepare(
        db_.get(), "SELECT id FROM decisions WHERE notes LIKE ?1 ESCAPE '\\'", path());
    if (!s)
        return s.error();
    s->bind(1, likePattern(search));
    std::vector<std::int64_t> ids;
    for (;;) {
        auto row = s->step("search");
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(s->integer(0));
    }
    return ids;
}

Status DecisionStore::rename(std::int64_t id, const std::string& title) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "rename");
    if (!tx)
        return tx.error();
    auto d = get(id);
    if (!d)
        return d.error();
    d->title = title;
    if (auto ok = rows::validate(*d, path()); !ok)
        return ok;
    if (auto ok = rows::writeContent(db_.get(), *d, now(), path()); !ok)
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

} // namespace advisor
