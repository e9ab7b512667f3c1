#include "ui/report/report_body.h"

#include "core/base/iso_time.h"
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/model/ahp.h"
#include "core/model/explanations.h"
#include "core/report/report_content.h"
#include "ui/phrase_text.h"
#include "ui/report/report_group.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace advisor::ui {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString number(double value, int decimals) {
    // Avoid "-0.00" for tiny negatives, as core's sentences do.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    return QString::number(value, 'f', decimals);
}

class ReportBody {
    Q_DECLARE_TR_FUNCTIONS(ReportBody)

public:
    ReportBody(const ReportInput& input, const ReportChartMarkup& charts)
        : in_(input), kb_(input.kb), ev_(input.evaluation), charts_(charts),
          content_(reportContent(input)) {}

    QString html() {
        summary();
        out_ += reportGroupHtml(in_, content_);
        chartsSection();
        reasons();
        measured();
        answers();
        weights();
        sensitivity();
        consequences();
        sources();
        return out_;
    }

private:
    QString alternative(std::size_t a) const { return escapeHtml(kb_.alternatives[a].name); }
    QString winner() const { return alternative(ev_.recommendation.winner); }

    void heading(const QString& text) { out_ += QStringLiteral("<h2>%1</h2>\n").arg(text); }
    void paragraph(const QString& html, const QString& cls = {}) {
        out_ += cls.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(html)
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
    }
    void factRow(const QString& label, const QString& html) {
        out_ += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, html);
    }
    void list(const QStringList& items, const QString& tag = QStringLiteral("ul"),
              const QString& cls = {}) {
        out_ += cls.isEmpty() ? QStringLiteral("<%1>\n").arg(tag)
                              : QStringLiteral("<%1 class=\"%2\">\n").arg(tag, cls);
        for (const QString& item : items)
            out_ += QStringLiteral("<li>%1</li>\n").arg(item);
        out_ += QStringLiteral("</%1>\n").arg(tag);
    }

    QString outsideMark() const {
        return QStringLiteral(" <span class=\"outside\">(%1)</span>")
            .arg(escapeHtml(phraseText(outsideArticlePhrase())));
    }

    // A reason with its figure and its citation number.
    QString reasonItem(const ReportReason& cited) const {
        const EvidenceItem& item = kb_.evidence[cited.evidence];
        QString text = escapeHtml(reasonSentence(kb_, ev_.reasons[cited.reason]));
        if (item.figure)
            text += QStringLiteral(" <span class=\"figure\">%1</span>")
                        .arg(tr("Figure: %1.").arg(escapeHtml(item.figure->text)));
        if (item.source.outsideArticle)
            text += outsideMark();
        if (const MeasuredEvidence* m = measuredFor(ev_, cited.evidence))
            text += QStringLiteral(" <span class=\"measured\">(%1)</span>")
                        .arg(escapeHtml(tr("measured on this machine, %1")
                                            .arg(QString::fromStdString(m->measuredOn))));
        return text + QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(cited.source);
    }

    QStringList reasonItems(const std::vector<ReportReason>& reasons) const {
        QStringList items;
        for (const ReportReason& reason : reasons)
            items << reasonItem(reason);
        return items;
    }

    void summary() {
        const Recommendation& rec = ev_.recommendation;
        out_ += QStringLiteral("<h1>%1</h1>\n").arg(escapeHtml(reportTitle(in_)));
        paragraph(
            tr("%1 · Status: %2 · Knowledge base %3")
                .arg(escapeHtml(reportDate(in_)), escapeHtml(in_.status), escapeHtml(kb_.version)),
            QStringLiteral("meta"));
        if (rec.tied)
            paragraph(tr("Recommendation: <b>none yet, a tie</b>"), QStringLiteral("winner"));
        else
            paragraph(tr("Recommendation: <b>%1</b>").arg(winner()), QStringLiteral("winner"));
        paragraph(escapeHtml(headline(kb_, ev_)), QStringLiteral("headline"));
        if (kb_.undecided && content_.undecidedSource)
            paragraph(
                escapeHtml(kb_.undecided->text) +
                QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(*content_.undecidedSource));

        out_ += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"5\">\n");
        factRow(tr("Verdict"), escapeHtml(verdictLabel(rec.verdict)));
        factRow(tr("Margin"), rec.tied
                                  ? tr("%1 points on a 0–10 scale").arg(number(0.0, 2))
                                  : tr("%1 points on a 0–10 scale over %2")
                                        .arg(number(rec.margin, 2), alternative(rec.runnerUp)));
        if (const auto confidence = confidenceSentence(kb_, ev_); !confidence.empty())
            factRow(tr("Confidence"), escapeHtml(confidence));
        if (rec.hybrid)
            factRow(tr("Hybrid option"),
                    escapeHtml(*rec.hybrid) + outsideMark() +
                        (content_.hybridSource ? QStringLiteral(" <span class=\"cite\">[%1]</span>")
                                                     .arg(*content_.hybridSource)
                                               : QString()));
        else
            factRow(tr("Hybrid option"),
                    rec.tied ? tr("None suggested: nothing points either way yet.")
                             : tr("None suggested: the use cases point the same way."));
        if (ev_.group)
            factRow(tr("Respondents"),
                    escapeHtml(phraseText(tallyPhrase(kb_, ev_.group->tally, ev_))));
        if (const auto* judgements = judgementsBehind(in_.answers, ev_); ev_.ahp && judgements)
            if (const auto warning = ahpWarning(kb_, *ev_.ahp, judgements->matrix);
                !warning.empty())
                factRow(tr("Warning"), escapeHtml(warning));
        out_ += QStringLiteral("</table>\n");

        const QStringList top = reasonItems(content_.topReasons);
        if (!top.isEmpty()) {
            out_ += QStringLiteral("<h3>%1</h3>\n").arg(tr("Top reasons"));
            list(top, QStringLiteral("ol"));
        }
    }

    void chartsSection() {
        if (charts_.charts.isEmpty())
            return;
        heading(tr("Charts"));
        // Two charts a row; each row is one paragraph so a page break never splits a pair.
        for (qsizetype i = 0; i < charts_.charts.size(); i += 2) {
            QString row = charts_.charts[i];
            if (i + 1 < charts_.charts.size())
                row += QLatin1Char(' ') + charts_.charts[i + 1];
            paragraph(row, QStringLiteral("charts"));
        }
        // The raw figures behind the figures chart (which shows them normalised), cited.
        QStringList figures;
        for (const ReportFigure& f : content_.figures)
            figures << QStringLiteral("%1 <span class=\"cite\">[%2]</span>")
                           .arg(escapeHtml(kb_.evidence[f.evidence].figure->text),
                                QString::number(f.source));
        if (!figures.isEmpty())
            paragraph(tr("Figures quoted: %1.").arg(figures.join(QStringLiteral("; "))),
                      QStringLiteral("caption"));
    }

    void reasons() {
        if (content_.tied)
            heading(tr("What pulls each way"));
        else
            heading(tr("Why %1").arg(winner()));
        if (content_.reasonGroups.empty())
            paragraph(tr("No answer makes any of the evidence count yet."));
        for (const ReasonGroup& group : content_.reasonGroups) {
            switch (group.kind) {
            case ReasonGroup::Kind::InFavour:
                paragraph(
                    tr("In favour of %1, strongest first:").arg(alternative(group.alternative)));
                break;
            case ReasonGroup::Kind::Against:
                paragraph(tr("Against it:"));
                break;
            case ReasonGroup::Kind::Towards:
                paragraph(tr("Towards %1, strongest first:").arg(alternative(group.alternative)));
                break;
            }
            const QStringList items = reasonItems(group.items);
            if (items.isEmpty())
                paragraph(tr("None."));
            else
                list(items, QStringLiteral("ol"));
        }
    }

    void measured() {
        if (content_.measured.empty())
            return;
        heading(tr("Measured on this machine"));
        paragraph(tr("The team ran the Evidence Lab on %1 and added the run to this decision.")
                      .arg(escapeHtml(content_.labMachine)));
        QStringList items;
        for (const auto& [m, source] : content_.measured)
            items << QStringLiteral("<span class=\"measured\">%1</span> %2 "
                                    "<span class=\"cite\">[%3]</span>")
                         .arg(escapeHtml(phraseText(measuredPhrase(ev_.measured[m]))),
                              escapeHtml(phraseText(measuredUsePhrase(ev_.measured[m]))),
                              QString::number(source));
        list(items);
    }

    void answers() {
        heading(tr("Answers"));
        if (!in_.answers.notes.empty())
            paragraph(
                escapeHtml(in_.answers.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                QStringLiteral("notes"));
        out_ += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"4\">\n<thead><tr><th "
                               "width=\"58%\">%1</th><th>%2</th></tr></thead>\n")
                    .arg(tr("Question"), tr("Answer"));
        for (const ReportAnswer& row : content_.answers) {
            const Question& question = kb_.questions[row.question];
            QStringList labels;
            for (std::size_t o : row.options)
                labels << escapeHtml(question.options[o].label);
            QString answer = labels.isEmpty() ? tr("None") : labels.join(QStringLiteral(", "));
            if (row.differs)
                answer = QStringLiteral("<span class=\"muted\">%1</span>")
                             .arg(tr("Answers differ: see “Who answered, and where they differ”"));
            else if (row.defaulted)
                answer += QStringLiteral(" <span class=\"muted\">%1</span>")
                              .arg(tr("(not answered; neutral default)"));
            if (row.outsideArticle && !row.differs)
                answer += outsideMark();
            out_ += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                        .arg(escapeHtml(question.text), answer);
        }
        out_ += QStringLiteral("</table>\n");
        for (const AnswerRef& silent : ev_.silentAnswers)
            paragraph(escapeHtml(silentAnswerSentence(kb_, silent)));
        const auto defaults = static_cast<int>(ev_.defaultsUsed.size());
        paragraph(defaults == 0 ? tr("Every question was answered.")
                                : tr("%n question(s) took a neutral default, so the result says "
                                     "less about them.",
                                     nullptr, defaults));
    }

    QString weightSource() const {
        switch (ev_.weightSource) {
        case WeightSource::Answers:
            return tr("The weights follow from the answers above.");
        case WeightSource::Direct:
            return tr("The team set the weights directly.");
        case WeightSource::Pairwise:
            return tr("The weights come from the team's pairwise comparisons (AHP).");
        case WeightSource::Group:
            return tr("The weights combine the respondents' own weights (their voting-weighted "
                      "geometric mean).");
        }
        return {};
    }

    void weights() {
        heading(tr("Weights and scores"));
        paragraph(weightSource() + QLatin1Char(' ') +
                  tr("Scores run from 0 to 10; the weighted contribution is in brackets, and "
                     "the contributions add up to the total."));
        out_ +=
            QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"4\">\n<thead><tr><th>%1</th><th class=\"num\">%2</th>")
                .arg(tr("Criterion"), tr("Weight"));
        for (const AlternativeResult& a : ev_.alternatives)
            out_ += QStringLiteral("<th class=\"num\">%1</th>").arg(alternative(a.alternative));
        out_ += QStringLiteral("</tr></thead>\n");
        for (std::size_t c = 0; c < kb_.criteria.size(); ++c) {
            out_ += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td>")
                        .arg(escapeHtml(kb_.criteria[c].name), qs(formatWeight(ev_.weights[c])));
            for (const AlternativeResult& a : ev_.alternatives)
                out_ += QStringLiteral("<td class=\"num\">%1 (%2)</td>")
                            .arg(qs(formatScore(a.scores[c])), number(a.contributions[c], 2));
            out_ += QStringLiteral("</tr>\n");
        }
        out_ += QStringLiteral("<tr class=\"total\"><td><b>%1</b></td><td class=\"num\">1.00</td>")
                    .arg(tr("Total"));
        for (const AlternativeResult& a : ev_.alternatives)
            out_ += QStringLiteral("<td class=\"num\"><b>%1</b></td>").arg(number(a.total, 2));
        out_ += QStringLiteral("</tr>\n</table>\n");
        weightMoves();
    }

    // The answers that moved the weights most, so a reader sees where the emphasis came from.
    void weightMoves() {
        if (content_.weightMoves.empty())
            return;
        QStringList items;
        for (std::size_t m : content_.weightMoves) {
            const WeightTraceEntry& t = ev_.weightTrace[m];
            const Question& q = kb_.questions[t.question];
            const QString sign = t.weightDelta >= 0 ? QStringLiteral("+") : QStringLiteral("−");
            items << tr("%1 (%2%3): %4 %5")
                         .arg(escapeHtml(q.options[t.option].label), escapeHtml(q.text),
                              t.fromDefault ? tr(", default") : QString(),
                              escapeHtml(kb_.criteria[t.criterion].name),
                              sign + qs(formatWeight(std::abs(t.weightDelta))));
        }
        paragraph(tr("What moved the weights most:"));
        list(items);
    }

    void sensitivity() {
        const Sensitivity& s = ev_.sensitivity;
        heading(tr("Sensitivity"));
        const MonteCarloResult& mc = s.monteCarlo;
        if (mc.samples > 0 && !mc.winProbability.empty()) {
            paragraph(escapeHtml(confidenceSentence(kb_, ev_)));
            QStringList items;
            for (std::size_t a = 0; a < mc.winProbability.size() && a < kb_.alternatives.size();
                 ++a)
                items << tr("%1: wins %2 of the samples")
                             .arg(alternative(a), qs(formatPercent(mc.winProbability[a])));
            list(items);
            paragraph(
                tr("Monte Carlo: %1 Dirichlet weight samples around the current weights, "
                   "seed %2, concentration %3.")
                    .arg(QLocale(QLocale::English).toString(static_cast<qulonglong>(mc.samples)),
                         QString::number(mc.seed), number(mc.concentration, 0)),
                QStringLiteral("muted"));
        }
        if (!s.flipPoints.empty()) {
            paragraph(tr("Weights:"));
            QStringList items;
            for (const FlipPoint& p : s.flipPoints)
                items << escapeHtml(flipSentence(kb_, ev_, p));
            list(items);
        }
        paragraph(tr("Answers:"));
        QStringList flips;
        for (const AnswerFlip& f : s.answerFlips)
            flips << escapeHtml(answerFlipSentence(kb_, f));
        if (flips.isEmpty())
            flips << tr("No single changed answer would change the winner.");
        list(flips);
        if (ev_.ahp)
            ahpConsistency(*ev_.ahp);
    }

    void ahpConsistency(const AhpResult& ahp) {
        paragraph(tr("Pairwise comparisons:"));
        QString text = tr("Consistency ratio %1 (λmax %2); up to %3 is acceptable.")
                           .arg(number(ahp.consistencyRatio, 2), number(ahp.lambdaMax, 2),
                                number(kAcceptableConsistencyRatio, 2));
        if (const auto* judgements = judgementsBehind(in_.answers, ev_))
            if (const auto warning = ahpWarning(kb_, ahp, judgements->matrix); !warning.empty())
                text += QLatin1Char(' ') + escapeHtml(warning);
        list({text});
    }

    void consequences() {
        const Recommendation& rec = ev_.recommendation;
        auto criteria = [this](const std::vector<std::size_t>& list) {
            QStringList names;
            for (std::size_t c : list)
                names << escapeHtml(kb_.criteria[c].name);
            return names.join(QStringLiteral(", "));
        };
        QStringList items;
        if (content_.tied)
            items << tr("<b>No choice yet:</b> nothing in the answers separates the stacks; "
                        "answer the questions the project can answer, and the ones listed under "
                        "Answers in Sensitivity decide it.");
        if (!content_.gains.empty())
            items << tr("<b>Gains:</b> %1 scores at least as well as %2 on %3.")
                         .arg(winner(), alternative(rec.runnerUp), criteria(content_.gains));
        if (!content_.tradeOffs.empty())
            items << tr("<b>Accepted trade-offs:</b> %1 scores better on %2; the reasons "
                        "against above say where.")
                         .arg(alternative(rec.runnerUp), criteria(content_.tradeOffs));
        if (rec.hybrid)
            items << tr("<b>If the split matters more than expected:</b> %1")
                         .arg(escapeHtml(*rec.hybrid));
        if (!content_.tied)
            items << (ev_.sensitivity.answerFlips.empty()
                          ? tr("<b>Revisit</b> when the project's kind of work, load or team "
                               "changes substantially; no single answer changes the "
                               "recommendation today.")
                          : tr("<b>Revisit</b> if the project changes as listed under Answers in "
                               "Sensitivity; any one of those changes alone would change the "
                               "recommendation."));
        heading(tr("Consequences"));
        list(items);
    }

    void sources() {
        heading(tr("Sources"));
        if (content_.sources.empty()) {
            paragraph(tr("No evidence was cited."));
            return;
        }
        for (std::size_t i = 0; i < content_.sources.size(); ++i) {
            const Citation& c = content_.sources[i];
            QString text = escapeHtml(c.text());
            if (c.outsideArticle)
                text = QStringLiteral("<span class=\"outside\">%1:</span> %2")
                           .arg(escapeHtml(phraseText(outsideArticlePhrase())), text);
            else if (!c.quote.empty())
                text += QStringLiteral(": <q>%1</q>").arg(escapeHtml(c.quote));
            paragraph(QStringLiteral("<span class=\"cite\">[%1]</span> %2")
                          .arg(QString::number(i + 1), text),
                      QStringLiteral("source"));
        }
    }

    const ReportInput& in_;
    const KnowledgeBase& kb_;
    const Evaluation& ev_;
    const ReportChartMarkup& charts_;
    const ReportContent content_;
    QString out_;
};

} // namespace

QString escapeHtml(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters have no business in a report and some are invalid in HTML.
            if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
                out += c;
        }
    }
    return out;
}

QString escapeHtml(const std::string& text) {
    return escapeHtml(QString::fromStdString(text));
}

QString reportTitle(const ReportInput& input) {
    return input.answers.title.empty()
               ? QCoreApplication::translate("ReportBody", "Backend stack decision")
               : QString::fromStdString(input.answers.title);
}

QString reportDate(const ReportInput& input) {
    return QString::fromStdString(isoUtcDate(input.generatedAt));
}

QString reportBodyHtml(const ReportInput& input, const ReportChartMarkup& charts) {
    return ReportBody(input, charts).html();
}

} // namespace advisor::ui
