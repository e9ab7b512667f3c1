// Calibration: walks a knowledge base's answer space and reports how its answers decide, so a
// reader can check the model against its source. Who wins how often, overall and per kind of
// work; the verdict mix; each answer on its own; which answers move the margin most; and the
// properties the model promises, checked over the same walk (`backend-advisor calibrate`).
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/sensitivity.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

struct CalibrationOptions {
    // Multi-choice questions are walked with up to this many options chosen at a time.
    std::size_t maxMultiChoices = 2;
    // The whole space is walked when it holds at most this many answer sets; otherwise a sample.
    std::size_t exhaustiveLimit = 500'000;
    std::size_t sampleSize = 200'000;
    std::uint64_t seed = 1;
    // Verdicts need the Monte Carlo win probability of each walked set; the property checks do
    // not, so tests can skip it.
    bool withVerdicts = true;
    MonteCarloSettings monteCarlo;
    // How much the team's situation counts in the walk; nothing: the knowledge base's default.
    std::optional<double> situationCounts;
};

// How a set of results splits: each alternative's wins and the ties, out of `sets`.
struct WinCount {
    std::size_t sets = 0;
    std::vector<std::size_t> wins; // per alternative
    std::size_t ties = 0;

    [[nodiscard]] double share(std::size_t alternative) const;
    [[nodiscard]] double tieShare() const;
};

struct VerdictMix {
    std::size_t clear = 0;
    std::size_t lean = 0;
    std::size_t closeCall = 0;
};

// One question answered with one option, everything else skipped.
struct SingleAnswerCase {
    std::size_t question = 0;
    std::size_t option = 0;
    bool tied = false;
    std::size_t winner = 0; // meaningless when tied
    double margin = 0.0;
    Verdict verdict = Verdict::CloseCall;
};

// How much choosing an option moves each alternative's lead, on average over the walk,
// compared with the same answer sets without it.
struct MarginMover {
    std::size_t question = 0;
    std::size_t option = 0;
    std::size_t sets = 0;
    std::size_t towards = 0; // the alternative whose lead grows most
    double meanShift = 0.0;  // that growth, in points on the 0..10 scale
};

struct PropertyCheck {
    std::string id;
    std::string statement; // the promise, in words
    bool holds = true;
    std::size_t checked = 0;    // comparisons made
    std::string counterexample; // the first answer set that breaks it, in words
};

struct Calibration {
    double spaceSize = 0.0; // answer sets in the space (a double: it can exceed 2^64)
    std::size_t walked = 0;
    bool exhaustive = false;
    CalibrationOptions options;
    WinCount overall;
    std::optional<VerdictMix> verdicts;
    // Per option of the questions that say what kind of work the project does: the walked sets
    // that choose it.
    std::vector<std::pair<AnswerRef, WinCount>> perWorkType;
    // Per answer of the team's situation that asserts a fact: the walked sets that give it.
    std::vector<std::pair<AnswerRef, WinCount>> perSituationAnswer;
    double situationCounts = 0.0; // how much the situation counted in the walk
    SingleAnswerCase nothingAnswered;
    std::vector<SingleAnswerCase> singleAnswers;
    std::vector<MarginMover> movers; // largest mean shift first
    std::vector<PropertyCheck> properties;

    [[nodiscard]] bool allPropertiesHold() const;
};

Calibration calibrate(const KnowledgeBase& kb, const CalibrationOptions& options = {});

} // namespace advisor
