#include "core/model/lab_evidence.h"

#include "core/kb/score_model.h"
#include "core/measurement/lab_claims.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

std::string verdictId(lab::ClaimVerdict v) {
    switch (v) {
    case lab::ClaimVerdict::Holds:
        return "holds";
    case lab::ClaimVerdict::HoldsPartly:
        return "holds_partly";
    case lab::ClaimVerdict::DoesNotHold:
        return "does_not_hold";
    case lab::ClaimVerdict::NotMeasured:
        break;
    }
    return "not_measured";
}

// How much of the article's gap a measurement keeps: all when the claim holds; for a claim
// that holds partly, the measured advantage as a share of the claimed one on a log scale (2×
// of a claimed 4× keeps half), or half where the article gives no figure; none when it does
// not hold.
double strengthOf(const lab::ClaimResult& claim) {
    switch (claim.verdict) {
    case lab::ClaimVerdict::Holds:
        return 1.0;
    case lab::ClaimVerdict::HoldsPartly:
        if (claim.claimedRatio > 1.0 && claim.measuredRatio && *claim.measuredRatio > 1.0)
            return std::clamp(std::log(*claim.measuredRatio) / std::log(claim.claimedRatio), 0.0,
                              1.0);
        return 0.5;
    case lab::ClaimVerdict::DoesNotHold:
        return 0.0;
    case lab::ClaimVerdict::NotMeasured:
        break;
    }
    return 1.0;
}

} // namespace

std::vector<MeasuredEvidence> measuredEvidence(const KnowledgeBase& kb, const LabEvidence& lab) {
    std::vector<MeasuredEvidence> measured;
    for (std::size_t e = 0; e < kb.evidence.size(); ++e) {
        const auto& id = kb.evidence[e].labClaim;
        if (id.empty())
            continue;
        const auto claim = std::find_if(lab.run.claims.begin(), lab.run.claims.end(),
                                        [&](const lab::ClaimResult& c) { return c.id == id; });
        if (claim == lab.run.claims.end())
            continue;
        const bool counted = claim->verdict != lab::ClaimVerdict::NotMeasured;
        measured.push_back({e, claim->id, verdictId(claim->verdict), claim->measuredRatio,
                            claim->sentence, lab.run.startedAt.substr(0, 10),
                            counted && lab.use == LabEvidenceUse::Replace,
                            counted ? strengthOf(*claim) : 1.0});
    }
    return measured;
}

KnowledgeBase withMeasuredRatings(const KnowledgeBase& kb,
                                  const std::vector<MeasuredEvidence>& measured) {
    KnowledgeBase scaled = kb;
    for (const auto& m : measured) {
        if (!m.replaces)
            continue;
        auto& item = scaled.evidence[m.evidence];
        const double mean = meanRating(item);
        for (double& r : item.ratings)
            r = mean + m.strength * (r - mean);
    }
    return scaled;
}

} // namespace advisor
