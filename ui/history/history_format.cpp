#include "ui/history/history_format.h"

#include "ui/locale_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace advisor::ui {

QString verdictText(const std::string& verdictId) {
    if (verdictId == "clear")
        return QCoreApplication::translate("History", "Clear");
    if (verdictId == "lean")
        return QCoreApplication::translate("History", "Lean");
    if (verdictId == "close_call")
        return QCoreApplication::translate("History", "Close call");
    return QString::fromStdString(verdictId);
}

int verdictRank(const std::string& verdictId) {
    if (verdictId == "clear")
        return 0;
    if (verdictId == "lean")
        return 1;
    if (verdictId == "close_call")
        return 2;
    return 3;
}

QString localTimestamp(const std::string& isoUtc) {
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return QString::fromStdString(isoUtc);
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString localDate(const std::string& isoUtc) {
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return QString::fromStdString(isoUtc);
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString marginText(double margin) {
    return localeNumber(margin, 2);
}

QString confidenceText(std::optional<double> confidence) {
    if (!confidence)
        return QStringLiteral("—");
    return localeNumber(*confidence * 100.0, 0) + QLocale().percent();
}

} // namespace advisor::ui
