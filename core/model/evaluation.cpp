#include "core/model/evaluation.h"

#include "core/kb/score_model.h"

#include <algorithm>

namespace advisor {

std::string verdictId(Verdict v) {
    switch (v) {
    case Verdict::Clear:
        return "clear";
    case Verdict::Lean:
        return "lean";
    case Verdict::CloseCall:
        return "close_call";
    }
    return "close_call";
}

Verdict verdictFor(double margin, double winProbability) {
    if (margin >= kClearMargin && winProbability >= kClearProbability)
        return Verdict::Clear;
    if (margin >= kLeanMargin && winProbability >= kLeanProbability)
        return Verdict::Lean;
    return Verdict::CloseCall;
}

std::optional<std::size_t> SituationResult::winner() const {
    if (share.empty() || counts <= 0.0)
        return std::nullopt;
    const auto best =
        static_cast<std::size_t>(std::max_element(share.begin(), share.end()) - share.begin());
    for (std::size_t a = 0; a < share.size(); ++a)
        if (a != best && share[a] >= share[best])
            return std::nullopt;
    return best;
}

double SituationResult::pull() const {
    const auto best = winner();
    if (!best)
        return 0.0;
    double rival = 0.0;
    for (std::size_t a = 0; a < share.size(); ++a)
        if (a != *best)
            rival = std::max(rival, share[a]);
    return counts * cap * (share[*best] - rival);
}

} // namespace advisor
