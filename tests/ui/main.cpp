// Catch2 runner for the GUI tests. The offscreen platform must be chosen before QApplication is
// built: catch_discover_tests runs this binary at build time with no display, and a QApplication
// that cannot connect aborts, which would silently register zero tests.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A window without --db opens the decision store in the XDG data folder: point that at a
    // throwaway folder so no test reads or writes the user's saved decisions.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backend Advisor Tests"));
    QApplication::setOrganizationName(QStringLiteral("backend-advisor-tests"));
    // The tests expect English numbers and dates whatever the machine's locale; the locale
    // tests set another one for themselves.
    QLocale::setDefault(QLocale::c());
    return Catch::Session().run(argc, argv);
}
