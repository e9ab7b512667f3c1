#include "core/model/evaluation.h"

#include "core/kb/score_model.h"

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

} // namespace advisor
