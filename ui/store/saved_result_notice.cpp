#include "ui/store/saved_result_notice.h"

#include "core/model/explanations.h"
#include "core/store/saved_result.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace advisor::ui {
namespace {

QString verdictName(const std::string& verdict) {
    return phraseText(verdictPhrase(verdict == "clear"  ? Verdict::Clear
                                    : verdict == "lean" ? Verdict::Lean
                                                        : Verdict::CloseCall))
        .toLower();
}

// "Node.js, clear, by 1.62 points" or "no stack ahead (a tie)".
QString outcome(const std::string& winnerName, const std::string& verdict, double margin) {
    if (winnerName.empty())
        return QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                           "no stack ahead (a tie)");
    return QCoreApplication::translate("advisor::ui::SavedResultNotice", "%1, %2, by %3 points")
        .arg(QString::fromStdString(winnerName), verdictName(verdict), localeNumber(margin, 2));
}

QString savedDate(const Decision& saved) {
    return QString::fromStdString(saved.updatedAt.substr(0, 10));
}

// The start of a reason's paraphrase, enough to recognise it.
QString reasonLabel(const std::string& text) {
    constexpr qsizetype kMost = 48;
    QString label = QString::fromStdString(text).simplified();
    if (const auto stop = label.indexOf(QLatin1String(". ")); stop > 0)
        label.truncate(stop);
    if (label.size() > kMost) {
        const auto space = label.lastIndexOf(QLatin1Char(' '), kMost);
        label = label.left(space > 0 ? space : kMost);
        while (label.endsWith(QLatin1Char(',')) || label.endsWith(QLatin1Char(';')))
            label.chop(1);
        label += QChar(0x2026);
    }
    return QStringLiteral("“%1”").arg(label);
}

QString alternativeName(const KnowledgeBase& kb, const std::string& id) {
    const auto a = kb.alternativeIndex(id);
    return QString::fromStdString(a ? kb.alternatives[*a].name : id);
}

QString changeText(const KnowledgeBase& kb, const ReasonChange& c) {
    const QString label = reasonLabel(c.text);
    if (c.before && c.after && c.before->favours == c.after->favours)
        return QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                           "%1: %2 → %3 points for %4")
            .arg(label, localeNumber(c.before->points, 2), localeNumber(c.after->points, 2),
                 alternativeName(kb, c.after->favours));
    if (c.before && c.after)
        return QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                           "%1: %2 points for %3, now %4 for %5")
            .arg(label, localeNumber(c.before->points, 2), alternativeName(kb, c.before->favours),
                 localeNumber(c.after->points, 2), alternativeName(kb, c.after->favours));
    if (c.after)
        return QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                           "%1: counts now, %2 points for %3")
            .arg(label, localeNumber(c.after->points, 2), alternativeName(kb, c.after->favours));
    return QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                       "%1: no longer counts (it was %2 points for %3)")
        .arg(label, localeNumber(c.before->points, 2), alternativeName(kb, c.before->favours));
}

// " What changed, reason by reason: …" for the largest moves; empty when nothing moved.
QString changesText(const Decision& saved, const KnowledgeBase& kb, const Evaluation& today) {
    constexpr std::size_t kShown = 4;
    const auto changes = reasonChanges(saved, kb, today);
    if (changes.empty())
        return {};
    QStringList items;
    for (std::size_t i = 0; i < changes.size() && i < kShown; ++i)
        items << changeText(kb, changes[i]);
    QString text =
        QLatin1Char(' ') + QCoreApplication::translate("advisor::ui::SavedResultNotice",
                                                       "What changed, reason by reason: %1")
                               .arg(items.join(QStringLiteral("; ")));
    if (changes.size() > kShown)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("advisor::ui::SavedResultNotice", "(%1 more)")
                    .arg(changes.size() - kShown);
    return text + QLatin1Char('.');
}

} // namespace

QString savedResultNotice(const Decision& saved, const KnowledgeBase& kb, const Evaluation& today) {
    const SavedResultCheck check = checkSavedResult(saved, kb, today);
    if (check.sameKnowledgeBase)
        return {};
    const auto& rec = today.recommendation;
    const QString now = outcome(rec.tied ? std::string() : kb.alternatives[rec.winner].name,
                                verdictId(rec.verdict), rec.margin);
    const QString title = QString::fromStdString(saved.title);
    const QString then = QString::fromStdString(saved.kbVersion);
    const QString version = QString::fromStdString(kb.version);
    const QString changes = changesText(saved, kb, today);
    if (check.sameAnswer)
        return QCoreApplication::translate(
                   "advisor::ui::SavedResultNotice",
                   "“%1” was saved on %2 with knowledge base %3. Today's knowledge base, %4, "
                   "gives the same answer: %5.")
                   .arg(title, savedDate(saved), then, version, now) +
               changes;
    return QCoreApplication::translate(
               "advisor::ui::SavedResultNotice",
               "“%1” was saved on %2 with knowledge base %3, which gave: %4. Today's knowledge "
               "base, %5, gives another answer: %6. The results shown are today's; History keeps "
               "the saved result until you save this decision again.")
               .arg(title, savedDate(saved), then,
                    outcome(saved.winnerName, saved.verdict, saved.margin), version, now) +
           changes;
}

} // namespace advisor::ui
