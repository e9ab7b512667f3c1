// The record's sections about the two lenses and about a group: who answered, and where.
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/model/situation_explanations.h"
#include "core/report/markdown_writing.h"

#include <ostream>

namespace advisor::markdown {

// The two lenses, always, and the team's own facts with their sources.
void writeSituation(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    os << "## " << md(phrases::situationHeading()) << "\n\n";
    os << "- " << esc(articleLensSentence(kb, ev)) << '\n';
    os << "- " << esc(situationLensSentence(kb, ev)) << '\n';
    os << "- " << esc(situationFlipSentence(kb, ev)) << '\n';
    if (const auto disputed = disputedSituationPhrase(kb, ev))
        os << "- " << esc(render(*disputed)) << '\n';
    os << '\n';
    if (content.situationReasons.empty())
        return;
    os << md(phrases::situationReasonsIntro()) << "\n\n";
    std::size_t n = 0;
    for (const auto& [r, source] : content.situationReasons) {
        const auto& reason = ev.situation.reasons[r];
        os << ++n << ". " << esc(situationReasonSentence(kb, reason, ev.group != nullptr))
           << outsideMark() << " [" << source << "]\n";
    }
    os << '\n';
}

void writeGroup(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    if (!content.group)
        return;
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    const auto& g = *ev.group;
    const auto& people = in.answers.respondents;
    // Appended, not "literal" + string: GCC 12 at -O3 flags that with a false -Wrestrict.
    const std::string notVoting = std::string(" ").append(md(phrases::notVotingMark()));
    os << "## " << md(phrases::groupHeading()) << "\n\n";
    os << esc(tallySentence(kb, g.tally, ev)) << '\n';
    if (g.consensus)
        os << esc(consensusSentence(*g.consensus)) << '\n';
    os << "\n| " << md(phrases::respondentHeader()) << " | " << md(phrases::roleHeader()) << " | "
       << md(phrases::votingWeightHeader()) << " | " << md(phrases::ownResultHeader()) << " | "
       << md(phrases::marginLabel()) << " |\n|---|---|---:|---|---:|\n";
    for (auto r : content.group->respondents) {
        const auto& own = g.respondents[r];
        os << "| " << esc(people[r].name) << " | " << esc(people[r].role) << " | "
           << formatVotingWeight(people[r].weight) << (own.votes ? "" : notVoting) << " | "
           << (own.tied ? md(phrases::aTie()) : esc(kb.alternatives[own.winner].name)) << " | "
           << fixed2(own.margin) << " |\n";
    }
    os << '\n';
    if (content.group->disagreements.empty()) {
        os << md(phrases::everyoneAlikeEverywhere()) << "\n\n";
        return;
    }
    os << md(phrases::differencesIntro()) << "\n\n";
    std::size_t n = 0;
    for (auto index : content.group->disagreements) {
        const auto& d = g.disagreements[index];
        os << ++n << ". **" << esc(kb.questions[d.question].text) << "**"
           << (d.decisive ? std::string(" ").append(md(phrases::decisiveMark())) : "") << '\n';
        for (const auto& a : d.answers) {
            std::vector<std::string> names;
            for (auto r : a.respondents)
                names.push_back(people[r].name + (g.respondents[r].votes ? "" : notVoting));
            os << "   - " << esc(render(groupAnswerPhrase(kb, d.question, a.choice))) << ": "
               << esc(joined(names));
            if (const auto sentence = decisivePhrase(kb, d.question, a))
                os << ". " << esc(render(*sentence));
            os << '\n';
        }
    }
    os << '\n';
    if (!content.group->agreed.empty()) {
        std::vector<std::string> agreed;
        for (auto q : content.group->agreed)
            agreed.push_back(kb.questions[q].text);
        os << md(phrases::everyoneAlikeOn(esc(joined(agreed)))) << "\n\n";
    }
}

} // namespace advisor::markdown
