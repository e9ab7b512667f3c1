#include "core/group/group_explanations.h"

#include "core/model/explanations.h"

#include <algorithm>

// Marks the templates for Qt's lupdate (see core/explanations.cpp); core never includes Qt.
#define QT_TRANSLATE_NOOP(context, text) text

namespace advisor {
namespace {

// "a", "a and b", "a, b and c", each joint a template.
Phrase listPhrase(const std::vector<Phrase>& items) {
    Phrase list = items.front();
    for (std::size_t i = 1; i + 1 < items.size(); ++i)
        list = {QT_TRANSLATE_NOOP("advisor::Sentences", "%1, %2"), {list, items[i]}};
    if (items.size() > 1)
        list = {QT_TRANSLATE_NOOP("advisor::Sentences", "%1 and %2"), {list, items.back()}};
    return list;
}

Phrase quoted(const std::string& label) {
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "\u201c%1\u201d"), {literal(label)}};
}

// One stance in the tally: those favouring an alternative (or seeing a tie), the first with
// "of N".
Phrase stancePhrase(const std::optional<std::string>& alternative, std::size_t count,
                    std::optional<std::size_t> of) {
    const Phrase n = literal(std::to_string(count));
    if (of) {
        const Phrase total = literal(std::to_string(*of));
        if (!alternative)
            return count == 1
                       ? Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 of %2 sees a tie"),
                                {n, total}}
                       : Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 of %2 see a tie"),
                                {n, total}};
        return count == 1 ? Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 of %2 favours %3"),
                                   {n, total, literal(*alternative)}}
                          : Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 of %2 favour %3"),
                                   {n, total, literal(*alternative)}};
    }
    if (!alternative)
        return count == 1 ? Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 sees a tie"), {n}}
                          : Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 see a tie"), {n}};
    return count == 1 ? Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 favours %2"),
                               {n, literal(*alternative)}}
                      : Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "%1 favour %2"),
                               {n, literal(*alternative)}};
}

} // namespace

Phrase consensusWordsPhrase(ConsensusLevel level) {
    switch (level) {
    case ConsensusLevel::VeryLow:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "very low"), {}};
    case ConsensusLevel::Low:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "low"), {}};
    case ConsensusLevel::Moderate:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "moderate"), {}};
    case ConsensusLevel::High:
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "high"), {}};
    case ConsensusLevel::VeryHigh:
        break;
    }
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "very high"), {}};
}

Phrase tallyPhrase(const KnowledgeBase& kb, const GroupTally& tally, const Evaluation& ev) {
    // Stances by size, larger first; alternatives before "a tie", knowledge-base order within.
    struct Stance {
        std::optional<std::size_t> alternative;
        std::size_t count;
    };
    std::vector<Stance> stances;
    for (std::size_t a = 0; a < tally.favour.size(); ++a)
        if (tally.favour[a] > 0)
            stances.push_back({a, tally.favour[a]});
    if (tally.undecided > 0)
        stances.push_back({std::nullopt, tally.undecided});
    std::stable_sort(stances.begin(), stances.end(),
                     [](const Stance& a, const Stance& b) { return a.count > b.count; });
    std::vector<Phrase> parts;
    for (const auto& s : stances)
        parts.push_back(stancePhrase(
            s.alternative ? std::optional(kb.alternatives[*s.alternative].name) : std::nullopt,
            s.count, parts.empty() ? std::optional(tally.voters) : std::nullopt));
    const Phrase list = listPhrase(parts);
    if (tally.split)
        return {QT_TRANSLATE_NOOP("advisor::Sentences", "The group is split: %1."), {list}};
    const auto& rec = ev.recommendation;
    if (tally.majority && !rec.tied && *tally.majority != rec.winner)
        return {QT_TRANSLATE_NOOP("advisor::Sentences",
                                  "%1. Together, their answers favour %2 all the same: those "
                                  "who favour it do so more strongly."),
                {list, literal(kb.alternatives[rec.winner].name)}};
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "%1."), {list}};
}

Phrase consensusPhrase(const Consensus& consensus, const NumberFormat& numbers) {
    return {
        QT_TRANSLATE_NOOP("advisor::Sentences", "Agreement on the weights: %1 (%2)."),
        {literal(formatPercent(consensus.value, numbers)), consensusWordsPhrase(consensus.level)}};
}

Phrase groupAnswerPhrase(const KnowledgeBase& kb, std::size_t question,
                         const std::optional<std::vector<std::size_t>>& choice) {
    const auto& q = kb.questions[question];
    auto labels = [&](const std::vector<std::size_t>& options) {
        std::vector<Phrase> items;
        for (auto o : options)
            items.push_back(quoted(q.options[o].label));
        return items.empty() ? Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "none"), {}}
                             : listPhrase(items);
    };
    if (choice)
        return labels(*choice);
    return {QT_TRANSLATE_NOOP("advisor::Sentences", "not answered (default: %1)"),
            {labels(q.defaultOptions)}};
}

std::optional<Phrase> decisivePhrase(const KnowledgeBase& kb, std::size_t question,
                                     const GroupAnswer& answer) {
    if (!answer.changesResult)
        return std::nullopt;
    if (!answer.choice) {
        if (answer.tiedIfAll)
            return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                            "If everyone left it unanswered, nothing would "
                                            "separate the stacks."),
                          {}};
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "If everyone left it unanswered, %1 would win."),
                      {literal(kb.alternatives[answer.winnerIfAll].name)}};
    }
    const Phrase given = groupAnswerPhrase(kb, question, answer.choice);
    if (answer.tiedIfAll)
        return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences",
                                        "If everyone answered %1, nothing would separate the "
                                        "stacks."),
                      {given}};
    return Phrase{QT_TRANSLATE_NOOP("advisor::Sentences", "If everyone answered %1, %2 would win."),
                  {given, literal(kb.alternatives[answer.winnerIfAll].name)}};
}

std::string formatVotingWeight(double weight, const NumberFormat& numbers) {
    std::string text = formatFixed(weight, 2, numbers);
    // Drop trailing zeros after the decimal mark, and the mark itself when nothing follows.
    const auto mark = text.find(numbers.decimalPoint);
    if (mark == std::string::npos)
        return text;
    while (text.size() > mark + numbers.decimalPoint.size() && text.back() == '0')
        text.pop_back();
    if (text.size() == mark + numbers.decimalPoint.size())
        text.resize(mark);
    return text;
}

std::string tallySentence(const KnowledgeBase& kb, const GroupTally& tally, const Evaluation& ev) {
    return render(tallyPhrase(kb, tally, ev));
}

std::string consensusSentence(const Consensus& consensus) {
    return render(consensusPhrase(consensus));
}

} // namespace advisor
