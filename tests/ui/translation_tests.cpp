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
