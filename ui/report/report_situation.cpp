#include "ui/report/report_situation.h"

#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"
#include "core/report/report_phrases.h"
#include "ui/phrase_text.h"
#include "ui/report/report_body.h"

#include <QStringList>

namespace advisor::ui {
namespace {

QString h(const Phrase& phrase) {
    return escapeHtml(phraseText(phrase));
}

QString listHtml(const QStringList& items, const QString& tag) {
    QString out = QStringLiteral("<%1>\n").arg(tag);
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>\n").arg(item);
    return out + QStringLiteral("</%1>\n").arg(tag);
}

} // namespace

QString reportSituationHtml(const ReportInput& input, const ReportContent& content) {
    const KnowledgeBase& kb = input.kb;
    const Evaluation& ev = input.evaluation;
    if (kb.situation.empty())
        return {};
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(h(report_phrases::situationHeading()));
    QStringList lenses{h(articleLensPhrase(kb, ev)), h(situationLensPhrase(kb, ev)),
                       h(situationFlipPhrase(kb, ev))};
    if (const auto disputed = disputedSituationPhrase(kb, ev))
        lenses << h(*disputed);
    out += listHtml(lenses, QStringLiteral("ul"));
    if (content.situationReasons.empty())
        return out;
    out += QStringLiteral("<p>%1</p>\n").arg(h(report_phrases::situationReasonsIntro()));
    QStringList facts;
    for (const auto& [r, source] : content.situationReasons)
        facts << h(situationReasonPhrase(kb, ev.situation.reasons[r], ev.group != nullptr)) +
                     QStringLiteral(" <span class=\"outside\">(%1)</span>")
                         .arg(h(outsideArticlePhrase())) +
                     QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(source);
    return out + listHtml(facts, QStringLiteral("ol"));
}

} // namespace advisor::ui
