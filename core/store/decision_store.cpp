#include "core/store/decision_store.h"

#include "core/base/iso_time.h"
#include "core/base/text.h"
#include "core/engine/evaluation_json.h"
#include "core/store/decision_rows.h"

#include <sqlite3.h>

namespace advisor {

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

std::size_t respondentCount(const nlohmann::ordered_json& answers) {
    const auto people = answers.find("respondents");
    if (people == answers.end() || !people->is_array() || people->empty())
        return 1;
    return people->size();
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

Result<std::int64_t> DecisionStore::insert(const Decision& d) {
    if (auto ok = rows::validate(d, path()); !ok)
        return ok.error();
    const std::string stamp = now();
    auto s = sqlite::Statement::prepare(db_.get(), rows::kInsertDecision, path());
    if (!s)
        return s.error();
    rows::bindSummaryColumns(*s, d);
    // A new decision has no outcome yet; recordOutcome() adds one.
    s->bind(13, stamp).bind(14, stamp).bind(15, d.revisitOn);
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
        auto id = insert(d);
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
    d->title = std::string(utf8Prefix(d->title, kMaxTitleBytes));
    d->revisitOn.reset();
    d->outcome.reset();
    auto copy = insert(*d);
    if (!copy)
        return copy.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return *copy;
}

} // namespace advisor
