#include "core/store/saved_result.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace advisor {

SavedResultCheck checkSavedResult(const Decision& saved, const KnowledgeBase& kb,
                                  const Evaluation& today) {
    const auto& rec = today.recommendation;
    // A tie is saved without a winner.
    const std::string todayWinner = rec.tied ? std::string() : kb.alternatives[rec.winner].id;
    return {saved.kbHash == kb.hash,
            saved.winner == todayWinner && saved.verdict == verdictId(rec.verdict)};
}

double ReasonChange::size() const {
    const auto signedPoints = [](const std::optional<ReasonShare>& share,
                                 const std::string& towards) {
        if (!share)
            return 0.0;
        return share->favours == towards ? share->points : -share->points;
    };
    const std::string towards = after ? after->favours : before ? before->favours : std::string();
    return std::abs(signedPoints(after, towards) - signedPoints(before, towards));
}

namespace {

struct Part {
    ReasonShare share;
    std::string text;
};

// A saved reason's id: its (first) evidence item, or the situation's fact it names there.
std::string savedId(const nlohmann::ordered_json& reason) {
    const auto& evidence = reason.value("evidence", nlohmann::ordered_json());
    if (evidence.is_string())
        return evidence.get<std::string>();
    if (evidence.is_array() && !evidence.empty() && evidence.front().is_string())
        return evidence.front().get<std::string>();
    return {};
}

std::map<std::string, Part> savedParts(const Decision& saved) {
    std::map<std::string, Part> parts;
    const auto reasons = saved.result.find("reasons");
    if (reasons == saved.result.end() || !reasons->is_array())
        return parts;
    for (const auto& reason : *reasons) {
        if (!reason.is_object())
            continue;
        const std::string id = savedId(reason);
        const auto impact = reason.find("impact");
        const auto favours = reason.find("favours");
        if (id.empty() || impact == reason.end() || !impact->is_number() ||
            favours == reason.end() || !favours->is_string())
            continue;
        parts[id] = {{std::abs(impact->get<double>()), favours->get<std::string>()},
                     reason.value("text", std::string())};
    }
    return parts;
}

std::map<std::string, Part> todayParts(const KnowledgeBase& kb, const Evaluation& today) {
    std::map<std::string, Part> parts;
    for (const auto& r : today.reasons)
        parts[kb.evidence[r.evidence].id] = {{std::abs(r.impact), kb.alternatives[r.favours].id},
                                             kb.evidence[r.evidence].summary};
    for (const auto& r : today.situation.reasons) {
        const auto& fact = kb.situation.facts[r.fact];
        parts[fact.id] = {{std::abs(r.impact), kb.alternatives[fact.favours].id}, fact.summary};
    }
    return parts;
}

} // namespace

std::vector<ReasonChange> reasonChanges(const Decision& saved, const KnowledgeBase& kb,
                                        const Evaluation& today, double threshold) {
    const auto then = savedParts(saved);
    const auto now = todayParts(kb, today);
    std::vector<ReasonChange> changes;
    for (const auto& [id, part] : now) {
        ReasonChange c{id, part.text, std::nullopt, part.share};
        if (const auto it = then.find(id); it != then.end())
            c.before = it->second.share;
        changes.push_back(std::move(c));
    }
    for (const auto& [id, part] : then)
        if (!now.contains(id))
            changes.push_back({id, part.text, part.share, std::nullopt});
    std::erase_if(changes, [&](const ReasonChange& c) { return c.size() < threshold; });
    std::stable_sort(
        changes.begin(), changes.end(),
        [](const ReasonChange& a, const ReasonChange& b) { return a.size() > b.size(); });
    return changes;
}

} // namespace advisor
