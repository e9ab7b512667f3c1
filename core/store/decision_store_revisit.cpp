// The decision store's follow-up: revisit dates, outcome reviews, the autosaved draft and the
// integrity check.
#include "core/base/iso_time.h"
#include "core/store/decision_rows.h"
#include "core/store/decision_store.h"

namespace advisor {

namespace {
using Json = nlohmann::ordered_json;
} // namespace

Status DecisionStore::setRevisitDate(std::int64_t id, const std::optional<std::string>& date) {
    auto before = setRevisitDates(DecisionTarget::of({id}), date);
    if (!before)
        return before.error();
    if (before->empty())
        return notFound(id, "set revisit date");
    return Ok{};
}

Result<std::vector<RevisitDateBefore>>
DecisionStore::setRevisitDates(const DecisionTarget& target,
                               const std::optional<std::string>& date) {
    if (date && !isIsoDate(*date))
        return Error{path(), "revisit_on",
                     "expected a date as YYYY-MM-DD, got \"" + date->substr(0, 20) + "\""};
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "set revisit date");
    if (!tx)
        return tx.error();
    std::vector<RevisitDateBefore> before;
    auto read = targetStatement(target, 1, [](const std::string& ids) {
        return "SELECT id, revisit_on, updated_at FROM decisions WHERE id IN (" + ids + ")";
    });
    if (!read)
        return read.error();
    if (auto ok = read->forEachRow(
            "set revisit date",
            [&](const sqlite::Statement& row) -> Status {
                before.push_back({row.integer(0), row.optionalText(1), row.text(2)});
                return Ok{};
            });
        !ok)
        return ok.error();
    // The same decisions again: the same subquery inside the same transaction.
    auto s = targetStatement(target, 1, [](const std::string& ids) {
        return "UPDATE decisions SET revisit_on = ?2, updated_at = ?3 WHERE id IN (" + ids + ")";
    });
    if (!s)
        return s.error();
    s->bind(2, date).bind(3, now());
    if (auto ok = s->run("set revisit date"); !ok)
        return ok.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return before;
}

Status DecisionStore::restoreRevisitDates(const std::vector<RevisitDateBefore>& before) {
    auto tx = sqlite::Transaction::begin(db_.get(), path(), "restore revisit dates");
    if (!tx)
        return tx.error();
    auto s = sqlite::Statement::prepare(
        db_.get(),
        std::string("UPDATE decisions AS d SET revisit_on = ?2, updated_at = ?3 WHERE d.id = ?1 "
                    "AND ") +
            rows::kLive,
        path());
    if (!s)
        return s.error();
    for (const auto& b : before) {
        if (auto ok = s->bind(1, b.id)
                          .bind(2, b.revisitOn)
                          .bind(3, b.updatedAt)
                          .run("restore revisit dates");
            !ok)
            return ok;
        s->reset();
    }
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
        std::string("UPDATE decisions AS d SET outcome_text = ?2, outcome_rating = ?3, "
                    "outcome_as_expected = ?4, outcome_recorded_on = ?5, updated_at = ?6 "
                    "WHERE d.id = ?1 AND ") +
            rows::kLive,
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
        std::string("UPDATE decisions AS d SET outcome_text = NULL, outcome_rating = NULL, "
                    "outcome_as_expected = NULL, outcome_recorded_on = NULL, updated_at = ?2 "
                    "WHERE d.id = ?1 AND ") +
            rows::kLive,
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
        std::string("SELECT ") + rows::kSummaryColumns +
            " FROM decisions d WHERE d.revisit_on IS NOT NULL AND d.outcome_recorded_on IS NULL "
            "AND d.revisit_on <= ?1 AND " +
            rows::kLive + " ORDER BY d.revisit_on, d.id",
        path());
    if (!s)
        return s.error();
    s->bind(1, today);
    return rows::summariesFrom(*s, "due for revisit");
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
    s->bind(1, rows::dumpJson(answers)).bind(2, now());
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
