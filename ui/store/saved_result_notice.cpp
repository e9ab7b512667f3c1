#include "ui/store/saved_result_notice.h"

#include "core/model/explanations.h"
#include "core/store/saved_result.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QCoreApplication>

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
    if (check.sameAnswer)
        return QCoreApplication::translate(
                   "advisor::ui::SavedResultNotice",
                   "“%1” was saved on %2 with knowledge base %3. Today's knowledge base, %4, "
                   "gives the same answer: %5.")
            .arg(title, savedDate(saved), then, version, now);
    return QCoreApplication::translate(
               "advisor::ui::SavedResultNotice",
               "“%1” was saved on %2 with knowledge base %3, which gave: %4. Today's knowledge "
               "base, %5, gives another answer: %6. The results shown are today's; History keeps "
               "the saved result until you save this decision again.")
        .arg(title, savedDate(saved), then, outcome(saved.winnerName, saved.verdict, saved.margin),
             version, now);
}

} // namespace advisor::ui
