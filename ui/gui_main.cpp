#include "ui/gui_main.h"

#include "ui/gui_startup.h"
#include "ui/main_window.h"
#include "ui/qt_log_bridge.h"
#include "ui/startup_benchmark.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace advisor::ui {

int runGui(int argc, char* argv[]) {
    // --benchmark-startup measures from here: the first line of the GUI path. What comes
    // before (the dynamic loader, static initialisers, main's argument check) is a few
    // milliseconds that a bare Qt window pays as well, so comparisons stay fair.
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backend Advisor"));
    QApplication::setOrganizationName(QStringLiteral("backend-advisor"));
    QApplication::setApplicationVersion(QStringLiteral(ADVISOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("backend-advisor"));
    installQtMessageBridge();

    const GuiArguments arguments = parseGuiArguments(QApplication::arguments());
    if (!arguments.error.isEmpty()) {
        std::fprintf(stderr, "backend-advisor: %s\n", qUtf8Printable(arguments.error));
        return 2; // bad input, as for the command-line commands
    }
    MainWindow window(prepareStartup(arguments));
    if (arguments.benchmarkStartup)
        benchmarkFirstPaint(&window, sinceStart);
    window.show();
    return QApplication::exec();
}

} // namespace advisor::ui
