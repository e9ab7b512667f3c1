#include "core/store/decision_archive.h"

#include "core/base/atomic_file.h"
#include "core/base/iso_time.h"
#include "core/base/program.h"

namespace advisor {
namespace {

using Json = nlohmann::ordered_json;

Json optionalText(const std::optional<std::string>& text) {
    return text ? Json(*text) : Json(nullptr);
}

std::string dump(const Json& json) {
    // Replacement keeps a stray invalid UTF-8 byte in a stored text from ending the export.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

Json decisionRecord(const Decision& d) {
    Json outcome = nullptr;
    if (d.outcome)
        outcome = Json{{"text", d.outcome->text},
                       {"as_expected", d.outcome->asExpected},
                       {"rating", d.outcome->rating > 0 ? Json(d.outcome->rating) : Json(nullptr)},
                       {"recorded_on", d.outcome->recordedOn}};
    return Json{{"id", d.id},
                {"title", d.title},
                {"notes", d.notes},
                {"created", d.createdAt},
                {"updated", d.updatedAt},
                {"winner", d.winner},
                {"winner_name", d.winnerName},
                {"verdict", d.verdict},
                {"margin", d.margin},
                {"confidence", d.confidence ? Json(*d.confidence) : Json(nullptr)},
                {"revisit_on", optionalText(d.revisitOn)},
                {"outcome", std::move(outcome)},
                {"knowledge_base", Json{{"version", d.kbVersion}, {"hash", d.kbHash}}},
                {"settings", Json{{"seed", d.seed}, {"samples", d.samples}}},
                {"answers", d.answers},
                {"weights", d.weights},
                {"result", d.result}};
}

Result<std::size_t> exportDecisions(const DecisionStore& store, const DecisionTarget& target,
                                    const std::string& path,
                                    std::chrono::system_clock::time_point exportedAt) {
    std::size_t written = 0;
    const Status ok = writeFileAtomically(path, [&](const PieceWriter& write) -> Status {
        const Json head{{"format", kDecisionArchiveFormat},
                        {"format_version", kDecisionArchiveFormatVersion},
                        {"generated_by", generatorName()},
                        {"exported_at", isoUtcTimestamp(exportedAt)}};
        std::string opening = dump(head);
        opening.pop_back(); // the closing brace: the list follows
        if (!write(opening + ",\n\"decisions\": [\n"))
            return Ok{}; // the writer reports why
        const Status read = store.forEachDecision(target, [&](const Decision& d) -> Status {
            if (!write((written == 0 ? "" : ",\n") + dump(decisionRecord(d))))
                return Error{path, "", "write failed"};
            ++written;
            return Ok{};
        });
        if (!read)
            return read;
        write("]}\n");
        return Ok{};
    });
    if (!ok)
        return ok.error();
    return written;
}

} // namespace advisor
