#include "ui/report/report_body.h"

#include "core/base/iso_time.h"
#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "core/model/ahp.h"
#include "core/model/explanations.h"
#include "core/report/report_content.h"
#include "core/report/report_phrases.h"
#include "ui/phrase_text.h"
#include "ui/report/report_group.h"
#include "ui/report/report_situation.h"

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

namespace phrases = report_phrases;

// A report phrase as HTML: translated, then escaped whole (its arguments are plain text).
QString h(const Phrase& phrase) {
    return escapeHtml(phraseText(phrase));
}

// "<b>Gains:</b> ..." or, for a label that reads on, "<b>Revisit</b> when ...".
QString labelled(const phrases::LabelledPhrase& item) {
    return QStringLiteral("<b>%1%2</b> %3")
        .arg(h(item.label), item.runsOn ? QString() : QStringLiteral(":"), h(item.body));
}

class ReportBody {
public:
    ReportBody(const ReportInput& input, const ReportChartMarkup& charts)
        : in_(input), kb_(input.kb), ev_(input.evaluation), charts_(charts),
          content_(reportContent(input)) {}

    QString html() {
        summary();
        out_ += reportSituationHtml(in_, content_) + reportGroupHtml(in_, content_);
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
    std::string name(std::size_t a) const { return kb_.alternatives[a].name; }

    void heading(const Phrase& text) { out_ += QStringLiteral("<h2>%1</h2>\n").arg(h(text)); }
    void paragraph(const QString& html, const QString& cls = {}) {
        out_ += cls.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(html)
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
    }
    void factRow(const Phrase& label, const QString& html) {
        out_ += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(h(label), html);
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
            .arg(h(outsideArticlePhrase()));
    }
    static QString cite(std::size_t source) {
        return QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(source);
    }

    // A reason with its figure and its citation number.
    QString reasonItem(const ReportReason& cited) const {
        const EvidenceItem& item = kb_.evidence[cited.evidence];
        QString text = escapeHtml(reasonSentence(kb_, ev_.reasons[cited.reason]));
        if (item.figure) {
            const auto figure = phrases::figureMark(item.figure->text);
            text += QStringLiteral(" <span class=\"figure\">%1: %2</span>")
                        .arg(h(figure.label), h(figure.body));
        }
        if (item.source.outsideArticle)
            text += outsideMark();
        if (const MeasuredEvidence* m = measuredFor(ev_, cited.evidence))
            text += QStringLiteral(" <span class=\"measured\">(%1)</span>")
                        .arg(h(phrases::measuredMark(m->measuredOn)));
        return text + cite(cited.source);
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
        paragraph(h(phrases::metaLine(reportDate(in_).toStdString(), in_.status, kb_.version)),
                  QStringLiteral("meta"));
        paragraph(QStringLiteral("%1: <b>%2</b>")
                      .arg(h(phrases::recommendationLabel()),
                           rec.tied ? h(phrases::noRecommendationYet()) : alternative(rec.winner)),
                  QStringLiteral("winner"));
        paragraph(escapeHtml(headline(kb_, ev_)), QStringLiteral("headline"));
        if (kb_.undecided && content_.undecidedSource)
            paragraph(escapeHtml(kb_.undecided->text) + cite(*content_.undecidedSource));

        out_ += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"5\">\n");
        factRow(phrases::verdictLabelText(), escapeHtml(verdictLabel(rec.verdict)));
        factRow(phrases::marginLabel(),
                h(phrases::marginPhrase(rec, formatFixed(rec.tied ? 0.0 : rec.margin, 2),
                                        name(rec.runnerUp))));
        if (const auto confidence = confidenceSentence(kb_, ev_); !confidence.empty())
            factRow(phrases::confidenceLabel(), escapeHtml(confidence));
        if (rec.hybrid)
            factRow(phrases::hybridLabel(),
                    escapeHtml(*rec.hybrid) + outsideMark() +
                        (content_.hybridSource ? cite(*content_.hybridSource) : QString()));
        else
            factRow(phrases::hybridLabel(), h(phrases::noHybrid(rec.tied)));
        if (ev_.group)
            factRow(phrases::respondentsLabel(),
                    escapeHtml(phraseText(tallyPhrase(kb_, ev_.group->tally, ev_))));
        if (const auto* judgements = judgementsBehind(in_.answers, ev_); ev_.ahp && judgements)
            if (const auto warning = ahpWarning(kb_, *ev_.ahp, judgements->matrix);
                !warning.empty())
                factRow(phrases::warningLabel(), escapeHtml(warning));
        out_ += QStringLiteral("</table>\n");

        const QStringList top = reasonItems(content_.topReasons);
        if (!top.isEmpty()) {
            out_ += QStringLiteral("<h3>%1</h3>\n").arg(h(phrases::topReasonsHeading()));
            list(top, QStringLiteral("ol"));
        }
    }

    void chartsSection() {
        if (charts_.charts.isEmpty())
            return;
        heading(phrases::chartsHeading());
        // Two charts a row; each row is one paragraph so a page break never splits a pair.
        for (qsizetype i = 0; i < charts_.charts.size(); i += 2) {
            QString row = charts_.charts[i];
            if (i + 1 < charts_.charts.size())
                row += QLatin1Char(' ') + charts_.charts[i + 1];
            paragraph(row, QStringLiteral("charts"));
        }
        // The raw figures behind the figures chart (which shows them normalised), cited. The
        // sentence is translated with a placeholder, so the citation markup is not escaped.
        QStringList figures;
        for (const ReportFigure& f : content_.figures)
            figures << escapeHtml(kb_.evidence[f.evidence].figure->text) + cite(f.source);
        if (!figures.isEmpty())
            paragraph(h(phrases::figuresQuoted("%1")).arg(figures.join(QStringLiteral("; "))),
                      QStringLiteral("caption"));
    }

    void reasons() {
        heading(content_.tied ? phrases::pullsEachWayHeading()
                              : phrases::whyWinnerHeading(name(ev_.recommendation.winner)));
        if (content_.reasonGroups.empty())
            paragraph(h(phrases::noReasonsYet()));
        for (const ReasonGroup& group : content_.reasonGroups) {
            paragraph(h(phrases::reasonGroupIntro(group, name(group.alternative))));
            const QStringList items = reasonItems(group.items);
            if (items.isEmpty())
                paragraph(h(phrases::noneInGroup()));
            else
                list(items, QStringLiteral("ol"));
        }
    }

    void measured() {
        if (content_.measured.empty())
            return;
        heading(phrases::measuredHeading());
        paragraph(h(phrases::labRunAdded(content_.labMachine)));
        QStringList items;
        for (const auto& [m, source] : content_.measured)
            items << QStringLiteral("<span class=\"measured\">%1</span> %2")
                             .arg(escapeHtml(phraseText(measuredPhrase(ev_.measured[m]))),
                                  escapeHtml(phraseText(measuredUsePhrase(ev_.measured[m])))) +
                         cite(source);
        list(items);
    }

    void answers() {
        heading(phrases::answersHeading());
        if (!in_.answers.notes.empty())
            paragraph(
                escapeHtml(in_.answers.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                QStringLiteral("notes"));
        out_ += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"4\">\n<thead><tr><th "
                               "width=\"58%\">%1</th><th>%2</th></tr></thead>\n")
                    .arg(h(phrases::questionHeader()), h(phrases::answerHeader()));
        for (const ReportAnswer& row : content_.answers) {
            const Question& question = kb_.questions[row.question];
            QStringList labels;
            for (std::size_t o : row.options)
                labels << escapeHtml(question.options[o].label);
            QString answer =
                labels.isEmpty() ? h(phrases::noAnswer()) : labels.join(QStringLiteral(", "));
            if (row.differs)
                answer = QStringLiteral("<span class=\"muted\">%1</span>")
                             .arg(h(phrases::answersDifferMark()));
            else if (row.defaulted)
                answer += QStringLiteral(" <span class=\"muted\">%1</span>")
                              .arg(h(phrases::notAnsweredMark()));
            if (row.outsideArticle && !row.differs)
                answer += outsideMark();
            out_ += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                        .arg(escapeHtml(question.text), answer);
        }
        out_ += QStringLiteral("</table>\n");
        for (const AnswerRef& silent : ev_.silentAnswers)
            paragraph(escapeHtml(silentAnswerSentence(kb_, silent)));
        paragraph(h(phrases::defaultsPhrase(ev_.defaultsUsed.size())));
    }

    void weights() {
        heading(phrases::scoresAndWeightsHeading());
        paragraph(h(phrases::weightSourcePhrase(ev_.weightSource)) + QLatin1Char(' ') +
                  h(phrases::scoresExplained()));
        out_ +=
            QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"4\">\n<thead><tr><th>%1</th><th class=\"num\">%2</th>")
                .arg(h(phrases::criterionHeader()), h(phrases::weightHeader()));
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
                    .arg(h(phrases::totalLabel()));
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
            const std::string sign = t.weightDelta >= 0 ? "+" : "\u2212";
            items << h(phrases::weightMove(q.options[t.option].label, q.text, t.fromDefault,
                                           kb_.criteria[t.criterion].name,
                                           sign + formatWeight(std::abs(t.weightDelta))));
        }
        paragraph(h(phrases::weightMovesIntro()));
        list(items);
    }

    void sensitivity() {
        const Sensitivity& s = ev_.sensitivity;
        heading(phrases::sensitivityHeading());
        const MonteCarloResult& mc = s.monteCarlo;
        if (mc.samples > 0 && !mc.winProbability.empty()) {
            paragraph(escapeHtml(confidenceSentence(kb_, ev_)));
            QStringList items;
            for (std::size_t a = 0; a < mc.winProbability.size() && a < kb_.alternatives.size();
                 ++a)
                items << h(phrases::winsShare(name(a), formatPercent(mc.winProbability[a])));
            list(items);
            paragraph(
                h(phrases::monteCarloSettings(formatCount(mc.samples), std::to_string(mc.seed),
                                              formatFixed(mc.concentration, 0))),
                QStringLiteral("muted"));
        }
        if (!s.flipPoints.empty()) {
            paragraph(h(phrases::weightsListIntro()));
            QStringList items;
            for (const FlipPoint& p : s.flipPoints)
                items << escapeHtml(flipSentence(kb_, ev_, p));
            list(items);
        }
        paragraph(h(phrases::answersListIntro()));
        QStringList flips;
        for (const AnswerFlip& f : s.answerFlips)
            flips << escapeHtml(answerFlipSentence(kb_, f));
        if (flips.isEmpty())
            flips << h(phrases::noAnswerFlips());
        list(flips);
        if (ev_.ahp)
            ahpConsistency(*ev_.ahp);
    }

    void ahpConsistency(const AhpResult& ahp) {
        paragraph(h(phrases::pairwiseIntro()));
        QString text = h(phrases::consistency(formatFixed(ahp.consistencyRatio, 2),
                                              formatFixed(ahp.lambdaMax, 2),
                                              formatFixed(kAcceptableConsistencyRatio, 2)));
        if (const auto* judgements = judgementsBehind(in_.answers, ev_))
            if (const auto warning = ahpWarning(kb_, ahp, judgements->matrix); !warning.empty())
                text += QLatin1Char(' ') + escapeHtml(warning);
        list({text});
    }

    void consequences() {
        const Recommendation& rec = ev_.recommendation;
        auto criteria = [this](const std::vector<std::size_t>& list) {
            std::string names;
            for (std::size_t c : list)
                names += (names.empty() ? "" : ", ") + kb_.criteria[c].name;
            return names;
        };
        QStringList items;
        if (content_.tied)
            items << labelled(phrases::noChoiceYet());
        if (!content_.gains.empty())
            items << labelled(
                phrases::gains(name(rec.winner), name(rec.runnerUp), criteria(content_.gains)));
        if (!content_.tradeOffs.empty())
            items << labelled(phrases::tradeOffs(name(rec.runnerUp), criteria(content_.tradeOffs)));
        if (rec.hybrid)
            items << labelled(phrases::ifSplitMatters(*rec.hybrid));
        if (!content_.tied)
            items << labelled(phrases::revisit(!ev_.sensitivity.answerFlips.empty()));
        heading(phrases::consequencesHeading());
        list(items);
    }

    void sources() {
        heading(phrases::sourcesHeading());
        if (content_.sources.empty()) {
            paragraph(h(phrases::noSources()));
            return;
        }
        for (std::size_t i = 0; i < content_.sources.size(); ++i) {
            const Citation& c = content_.sources[i];
            QString text = escapeHtml(c.text());
            if (c.outsideArticle)
                text = QStringLiteral("<span class=\"outside\">%1:</span> %2")
                           .arg(h(outsideArticlePhrase()), text);
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

QString reportTitle(const ReportInput& input) {
    return input.answers.title.empty() ? phraseText(report_phrases::untitledDecision())
                                       : QString::fromStdString(input.answers.title);
}

QString reportDate(const ReportInput& input) {
    return QString::fromStdString(isoUtcDate(input.generatedAt));
}

QString reportBodyHtml(const ReportInput& input, const ReportChartMarkup& charts) {
    return ReportBody(input, charts).html();
}

} // namespace advisor::ui
