#include "core/report/markdown_report.h"

#include "core/base/atomic_file.h"
#include "core/base/iso_time.h"
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"
#include "core/report/markdown_writing.h"
#include "core/report/report_content.h"
#include "core/report/report_phrases.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace advisor {
namespace {

using namespace markdown;

// A hash or id as code; text with a backtick falls back to escaped plain text.
std::string codeSpan(const std::string& text) {
    if (text.find('`') != std::string::npos || text.find('\n') != std::string::npos)
        return escapeMarkdownLine(text);
    return "`" + text + "`";
}

std::string signedWeight(double delta) {
    return (delta >= 0 ? "+" : "\u2212") + formatWeight(std::abs(delta));
}

std::string optionLabels(const KnowledgeBase& kb, std::size_t question,
                         const std::vector<std::size_t>& options) {
    std::string out;
    for (auto o : options)
        out += (out.empty() ? "" : ", ") + kb.questions[question].options[o].label;
    return out.empty() ? render(report_phrases::noAnswer()) : out;
}

void writeHeader(std::ostream& os, const ReportInput& in) {
    const auto& kb = in.kb;
    const auto& rec = in.evaluation.recommendation;
    const std::string title =
        in.answers.title.empty() ? md(phrases::untitledDecision()) : esc(in.answers.title);
    os << "# " << title << "\n\n";
    os << "- **" << md(phrases::dateLabel()) << ":** " << isoUtcDate(in.generatedAt) << '\n';
    os << "- **" << md(phrases::statusLabel()) << ":** " << esc(in.status) << '\n';
    os << "- **" << md(phrases::recommendationLabel()) << ":** "
       << (rec.tied ? md(phrases::noRecommendationYet()) : esc(kb.alternatives[rec.winner].name))
       << " (" << verdictLabel(rec.verdict) << ")\n";
    os << "- **" << md(phrases::knowledgeBaseLabel()) << ":** " << esc(kb.version) << ", "
       << codeSpan(kb.hash) << '\n';
    os << "- **" << md(phrases::generatedByLabel()) << ":** "
       << md(phrases::generatedBy(esc(generatorName()), std::to_string(in.settings.seed),
                                  std::to_string(in.settings.samples)))
       << "\n\n";
}

void writeContext(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    os << "## " << md(phrases::contextHeading()) << "\n\n";
    if (!in.answers.notes.empty())
        os << escapeMarkdown(in.answers.notes) << "\n\n";
    os << md(phrases::describedProject()) << "\n\n";
    os << "| " << md(phrases::questionHeader()) << " | " << md(phrases::answerHeader())
       << " |\n|---|---|\n";
    for (const auto& row : content.answers) {
        os << "| " << esc(kb.questions[row.question].text) << " | ";
        if (row.differs) {
            os << '*' << md(phrases::answersDifferMark()) << "* |\n";
            continue;
        }
        os << esc(optionLabels(kb, row.question, row.options));
        if (row.defaulted)
            os << " *" << md(phrases::notAnsweredMark()) << '*';
        if (row.outsideArticle)
            os << outsideMark();
        os << " |\n";
    }
    os << '\n';
    os << md(phrases::defaultsPhrase(in.evaluation.defaultsUsed.size())) << "\n\n";
    for (const auto& a : in.evaluation.silentAnswers)
        os << esc(silentAnswerSentence(kb, a)) << "\n\n";
}

void writeDecision(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    const auto& rec = ev.recommendation;
    os << "## " << md(phrases::decisionHeading()) << "\n\n";
    if (rec.tied) {
        os << "**" << md(phrases::noRecommendationYetSentence()) << "** " << esc(headline(kb, ev))
           << "\n\n";
        if (kb.undecided && content.undecidedSource)
            os << esc(kb.undecided->text) << " [" << *content.undecidedSource << "]\n\n";
    } else {
        os << "**" << md(phrases::useAlternative(esc(kb.alternatives[rec.winner].name))) << "** "
           << esc(headline(kb, ev)) << "\n\n";
    }
    os << "- **" << md(phrases::verdictLabelText()) << ":** "
       << md(phrases::verdictWithMargin(verdictLabel(rec.verdict), rec, fixed2(rec.margin),
                                        esc(kb.alternatives[rec.runnerUp].name)))
       << '\n';
    if (const auto confidence = confidenceSentence(kb, ev); !confidence.empty())
        os << "- **" << md(phrases::confidenceLabel()) << ":** " << esc(confidence) << '\n';
    if (const auto advice = closeCallAdvicePhrase(kb, ev))
        os << "- " << esc(render(*advice)) << '\n';
    if (rec.hybrid) {
        os << "- **" << md(phrases::hybridLabel()) << outsideMark() << ":** " << esc(*rec.hybrid);
        if (content.hybridSource)
            os << " [" << *content.hybridSource << ']';
        os << '\n';
    }
    if (ev.group)
        os << "- **" << md(phrases::respondentsLabel()) << ":** "
           << esc(tallySentence(kb, ev.group->tally, ev)) << '\n';
    if (const auto* judgements = judgementsBehind(in.answers, ev); ev.ahp && judgements)
        if (const auto warning = ahpWarning(kb, *ev.ahp, judgements->matrix); !warning.empty())
            os << "- **" << md(phrases::warningLabel()) << ":** " << esc(warning) << '\n';
    os << '\n';
}

void writeReasons(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    os << "## " << md(phrases::whyHeading()) << "\n\n";
    if (content.reasonGroups.empty())
        os << md(phrases::noReasonsYet()) << "\n\n";
    for (const auto& group : content.reasonGroups) {
        os << md(phrases::reasonGroupIntro(group, esc(kb.alternatives[group.alternative].name)))
           << "\n\n";
        std::size_t n = 0;
        for (const auto& r : group.items) {
            const auto& item = kb.evidence[r.evidence];
            os << ++n << ". " << esc(reasonSentence(kb, ev.reasons[r.reason]));
            if (item.figure) {
                const auto figure = phrases::figureMark(esc(item.figure->text));
                os << " *" << md(figure.label) << ":* " << md(figure.body);
            }
            if (item.source.outsideArticle)
                os << outsideMark();
            if (const auto* m = measuredFor(ev, r.evidence))
                os << " *(" << md(phrases::measuredMark(m->measuredOn)) << ")*";
            os << " [" << r.source << "]\n";
        }
        if (n == 0)
            os << md(phrases::noneInGroup()) << '\n';
        os << '\n';
    }
    if (!content.figures.empty()) {
        std::string figures;
        for (std::size_t i = 0; i < content.figures.size(); ++i)
            figures += (i ? "; " : "") +
                       esc(kb.evidence[content.figures[i].evidence].figure->text) + " [" +
                       std::to_string(content.figures[i].source) + ']';
        os << md(phrases::figuresQuoted(figures)) << "\n\n";
    }
}

void writeMeasured(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    if (content.measured.empty())
        return;
    os << "## " << md(phrases::measuredHeading()) << "\n\n";
    os << md(phrases::labRunAdded(esc(content.labMachine))) << "\n\n";
    for (const auto& [m, source] : content.measured)
        os << "- " << esc(measuredSentence(in.evaluation.measured[m])) << " [" << source << "]\n";
    os << '\n';
}

void writeScores(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    os << "## " << md(phrases::scoresAndWeightsHeading()) << "\n\n";
    os << md(phrases::weightSourcePhrase(ev.weightSource)) << ' ' << md(phrases::scoresExplained())
       << "\n\n";
    os << "| " << md(phrases::criterionHeader()) << " | " << md(phrases::weightHeader()) << " |";
    for (const auto& a : ev.alternatives)
        os << ' ' << esc(kb.alternatives[a.alternative].name) << " |";
    os << "\n|---|---:|";
    for (std::size_t i = 0; i < ev.alternatives.size(); ++i)
        os << "---:|";
    os << '\n';
    for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
        os << "| " << esc(kb.criteria[c].name) << " | " << formatWeight(ev.weights[c]) << " |";
        for (const auto& a : ev.alternatives)
            os << ' ' << formatScore(a.scores[c]) << " (" << fixed2(a.contributions[c]) << ") |";
        os << '\n';
    }
    os << "| **" << md(phrases::totalLabel()) << "** | 1.00 |";
    for (const auto& a : ev.alternatives)
        os << " **" << fixed2(a.total) << "** |";
    os << "\n\n";

    if (!content.weightMoves.empty()) {
        os << md(phrases::weightMovesIntro()) << "\n\n";
        for (auto m : content.weightMoves) {
            const auto& t = ev.weightTrace[m];
            const auto& q = kb.questions[t.question];
            os << "- "
               << md(phrases::weightMove(esc(q.options[t.option].label), esc(q.text), t.fromDefault,
                                         esc(kb.criteria[t.criterion].name),
                                         signedWeight(t.weightDelta)))
               << '\n';
        }
        os << '\n';
    }
}

void writeSensitivity(std::ostream& os, const ReportInput& in) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    const auto& s = ev.sensitivity;
    os << "## " << md(phrases::sensitivityHeading()) << "\n\n";
    if (const auto confidence = confidenceSentence(kb, ev); !confidence.empty())
        os << esc(confidence) << "\n\n";
    if (!s.flipPoints.empty()) {
        os << md(phrases::weightsListIntro()) << "\n\n";
        for (const auto& p : s.flipPoints)
            os << "- " << esc(flipSentence(kb, ev, p)) << '\n';
        os << '\n';
    }
    os << md(phrases::answersListIntro()) << "\n\n";
    if (s.answerFlips.empty())
        os << "- " << md(phrases::noAnswerFlips()) << '\n';
    for (const auto& f : s.answerFlips)
        os << "- " << esc(answerFlipSentence(kb, f)) << '\n';
    os << '\n';
}

void writeConsequences(std::ostream& os, const ReportInput& in, const ReportContent& content) {
    const auto& kb = in.kb;
    const auto& ev = in.evaluation;
    const auto& rec = ev.recommendation;
    auto criteria = [&kb](const std::vector<std::size_t>& list) {
        std::vector<std::string> names;
        for (auto c : list)
            names.push_back(kb.criteria[c].name);
        return esc(joined(names));
    };
    const auto winnerName = esc(kb.alternatives[rec.winner].name);
    const auto runnerUpName = esc(kb.alternatives[rec.runnerUp].name);
    os << "## " << md(phrases::consequencesHeading()) << "\n\n";
    if (content.tied)
        os << "- " << labelled(phrases::noChoiceYet()) << '\n';
    if (!content.gains.empty())
        os << "- " << labelled(phrases::gains(winnerName, runnerUpName, criteria(content.gains)))
           << '\n';
    if (!content.tradeOffs.empty())
        os << "- " << labelled(phrases::tradeOffs(runnerUpName, criteria(content.tradeOffs)))
           << '\n';
    if (rec.hybrid)
        os << "- " << labelled(phrases::ifSplitMatters(esc(*rec.hybrid))) << '\n';
    if (!content.tied)
        os << "- " << labelled(phrases::revisit(!ev.sensitivity.answerFlips.empty())) << '\n';
    os << '\n';
}

void writeSources(std::ostream& os, const ReportContent& content) {
    os << "## " << md(phrases::sourcesHeading()) << "\n\n";
    for (std::size_t i = 0; i < content.sources.size(); ++i)
        os << '[' << (i + 1) << "] " << esc(citationText(content.sources[i])) << "  \n";
    if (content.sources.empty())
        os << md(phrases::noSources()) << '\n';
}

} // namespace

std::string markdownReport(const ReportInput& input) {
    std::ostringstream os;
    const auto content = reportContent(input);
    writeHeader(os, input);
    writeContext(os, input, content);
    writeDecision(os, input, content);
    writeSituation(os, input, content);
    writeGroup(os, input, content);
    writeReasons(os, input, content);
    writeMeasured(os, input, content);
    writeScores(os, input, content);
    writeSensitivity(os, input);
    writeConsequences(os, input, content);
    writeSources(os, content);
    return os.str();
}

Status writeMarkdownReport(const ReportInput& input, const std::string& path) {
    return writeFileAtomically(path, markdownReport(input));
}

} // namespace advisor
