#include "core/engine/calibration_walk.h"

#include <algorithm>

namespace advisor::calibration_walk {
namespace {

void addSubsets(std::size_t optionCount, std::size_t maxSize, std::size_t from,
                std::vector<std::size_t>& current, std::vector<Choice>& out) {
    if (!current.empty())
        out.push_back({false, current});
    if (current.size() == maxSize)
        return;
    for (std::size_t o = from; o < optionCount; ++o) {
        current.push_back(o);
        addSubsets(optionCount, maxSize, o + 1, current, out);
        current.pop_back();
    }
}

} // namespace

// Skipping counts as an answer; a multi-choice question is answered with every set of 1 to
// maxMulti options.
std::vector<std::vector<Choice>> answerSpace(const KnowledgeBase& kb, std::size_t maxMulti) {
    std::vector<std::vector<Choice>> space;
    for (const auto& q : kb.questions) {
        std::vector<Choice> choices{Choice{}};
        if (q.kind == QuestionKind::Single) {
            for (std::size_t o = 0; o < q.options.size(); ++o)
                choices.push_back({false, {o}});
        } else {
            std::vector<std::size_t> current;
            addSubsets(q.options.size(), std::max<std::size_t>(maxMulti, 1), 0, current, choices);
        }
        space.push_back(std::move(choices));
    }
    return space;
}

Outcome outcomeOf(const ScoringModel& model, const ScoreSums& sums, double situationCounts) {
    Outcome out;
    out.totals = model.table(sums, nullptr, situationCounts).totals();
    out.ranking = rank(out.totals);
    return out;
}

std::string describe(const KnowledgeBase& kb, const Answers& answers) {
    std::string text;
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        if (!answers[q])
            continue;
        if (!text.empty())
            text += ", ";
        text += kb.questions[q].id + "=";
        if (answers[q]->empty())
            text += "(none)";
        for (std::size_t i = 0; i < answers[q]->size(); ++i)
            text += (i ? "+" : "") + kb.questions[q].options[(*answers[q])[i]].id;
    }
    return text.empty() ? "nothing answered" : text + " (the rest skipped)";
}

Answers without(const Answers& answers, std::size_t q, std::size_t o) {
    Answers fewer = answers;
    auto& chosen = *fewer[q];
    chosen.erase(std::remove(chosen.begin(), chosen.end(), o), chosen.end());
    if (chosen.empty())
        fewer[q].reset();
    return fewer;
}
} // namespace advisor::calibration_walk
