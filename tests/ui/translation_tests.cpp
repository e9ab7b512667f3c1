#include "core/model/explanations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <catch2/catch.hpp>

TEST_CASE("The German translation is embedded and translates the main window", "[i18n]") {
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("backend-advisor"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    CHECK(translator.translate("advisor::ui::MainWindow", "Questionnaire") ==
          QStringLiteral("Fragebogen"));
    CHECK(translator.translate("advisor::ui::MainWindow", "&File") == QStringLiteral("&Datei"));
}

TEST_CASE("Without a translation for the locale the interface stays in English", "[i18n]") {
    QTranslator translator;
    CHECK_FALSE(translator.load(QLocale(QLocale::Japanese, QLocale::Japan),
                                QStringLiteral("backend-advisor"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
}

TEST_CASE("The German translation carries core's sentence templates", "[i18n]") {
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("backend-advisor"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    // The source text is the template core renders in English, byte for byte.
    const advisor::Phrase clear = advisor::verdictPhrase(advisor::Verdict::Clear);
    CHECK(translator.translate(advisor::kPhraseContext, clear.text.c_str()) ==
          QStringLiteral("Eindeutig"));
    const QString headline = translator.translate(
        advisor::kPhraseContext, "%1 is the clear choice, ahead of %2 by %3 points on a "
                                 "0\u201310 scale.");
    CHECK(headline.startsWith(QStringLiteral("%1 ist die eindeutige Wahl")));
}
