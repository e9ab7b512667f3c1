#include "ui/report/report_group.h"

#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/model/explanations.h"
#include "core/report/report_phrases.h"
#include "ui/phrase_text.h"
#include "ui/report/report_body.h"

#include <QStringList>

namespace advisor::ui {
namespace {

namespace phrases = report_phrases;

QString h(const Phrase& phrase) {
    return escapeHtml(phraseText(phrase));
}

class GroupSection {
public:
    GroupSection(const ReportInput& input, const ReportContent& content)
        : in_(input), kb_(input.kb), ev_(input.evaluation), content_(content) {}

    QString html() {
        if (!content_.group || !ev_.group)
            return {};
        const GroupResult& g = *ev_.group;
        out_ += QStringLiteral("<h2>%1</h2>\n").arg(h(phrases::groupHeading()));
        paragraph(escapeHtml(phraseText(tallyPhrase(kb_, g.tally, ev_))));
        if (g.consensus)
            paragraph(escapeHtml(phraseText(consensusPhrase(*g.consensus))));
        respondents(g);
        disagreements(g);
        return out_;
    }

private:
    void paragraph(const QString& html) { out_ += QStringLiteral("<p>%1</p>\n").arg(html); }

    void respondents(const GroupResult& g) {
        out_ += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"4\">\n<thead><tr><th>%1</th><th>%2</th><th "
                               "class=\"num\">%3</th><th>%4</th><th class=\"num\">%5</th></tr>"
                               "</thead>\n")
                    .arg(h(phrases::respondentHeader()), h(phrases::roleHeader()),
                         h(phrases::votingWeightHeader()), h(phrases::ownResultHeader()),
                         h(phrases::marginLabel()));
        const auto& people = in_.answers.respondents;
        for (std::size_t r : content_.group->respondents) {
            const RespondentResult& own = g.respondents[r];
            QString weight = QString::fromStdString(formatVotingWeight(people[r].weight));
            if (!own.votes)
                weight += QStringLiteral(" <span class=\"muted\">%1</span>")
                              .arg(h(phrases::notVotingMark()));
            out_ += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td>"
                                   "<td class=\"num\">%5</td></tr>\n")
                        .arg(escapeHtml(people[r].name), escapeHtml(people[r].role), weight,
                             own.tied ? h(phrases::aTie())
                                      : escapeHtml(kb_.alternatives[own.winner].name),
                             QString::fromStdString(formatFixed(own.margin, 2)));
        }
        out_ += QStringLiteral("</table>\n");
    }

    void disagreements(const GroupResult& g) {
        if (content_.group->disagreements.empty()) {
            paragraph(h(phrases::everyoneAlikeEverywhere()));
            return;
        }
        paragraph(h(phrases::differencesIntro()));
        const auto& people = in_.answers.respondents;
        QStringList questions;
        for (std::size_t index : content_.group->disagreements) {
            const Disagreement& d = g.disagreements[index];
            QString item =
                QStringLiteral("<b>%1</b>").arg(escapeHtml(kb_.questions[d.question].text));
            if (d.decisive)
                item += QStringLiteral(" <span class=\"outside\">%1</span>")
                            .arg(h(phrases::decisiveMark()));
            QStringList answers;
            for (const GroupAnswer& a : d.answers) {
                QStringList names;
                for (std::size_t r : a.respondents)
                    names << escapeHtml(people[r].name);
                QString line =
                    escapeHtml(phraseText(groupAnswerPhrase(kb_, d.question, a.choice))) +
                    QStringLiteral(": ") + names.join(QStringLiteral(", "));
                if (const auto sentence = decisivePhrase(kb_, d.question, a))
                    line += QStringLiteral(". ") + escapeHtml(phraseText(*sentence));
                answers << QStringLiteral("<li>%1</li>").arg(line);
            }
            questions << item + QStringLiteral("<ul>%1</ul>").arg(answers.join(QString()));
        }
        out_ += QStringLiteral("<ol>\n");
        for (const QString& q : questions)
            out_ += QStringLiteral("<li>%1</li>\n").arg(q);
        out_ += QStringLiteral("</ol>\n");
        QStringList agreed;
        for (std::size_t q : content_.group->agreed)
            agreed << escapeHtml(kb_.questions[q].text);
        if (!agreed.isEmpty())
            paragraph(h(phrases::everyoneAlikeOn("%1")).arg(agreed.join(QStringLiteral("; "))));
    }

    const ReportInput& in_;
    const KnowledgeBase& kb_;
    const Evaluation& ev_;
    const ReportContent& content_;
    QString out_;
};

} // namespace

QString reportGroupHtml(const ReportInput& input, const ReportContent& content) {
    return GroupSection(input, content).html();
}

} // namespace advisor::ui
