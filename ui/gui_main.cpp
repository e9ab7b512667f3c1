#include "ui/gui_main.h"

#include "core/base/app_paths.h"
#include "core/base/logging.h"
#include "ui/font_warm_up.h"
#include "ui/gui_startup.h"
#include "ui/main_window.h"
#include "ui/qt_log_bridge.h"
#include "ui/questionnaire/questionnaire_page.h"
#include "ui/startup_benchmark.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace advisor::ui {

int runGui(int argc, char* argv[]) {
    // --benchmark-startup measures from here: the first line of the GUI path. What comes
    // before (the dynamic loader, static initialisers, main's argument check) is a few
    // milliseconds that a bare Qt window pays as well, so comparisons stay fair.
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    // Destroyed (joined) before the application object, which owns the font database.
    const FontDatabaseWarmUp fontWarmUp;
    QApplication::setApplicationName(QStringLiteral("Backend Advisor"));
    QApplication::setOrganizationName(QStringLiteral("backend-advisor"));
    QApplication::setApplicationVersion(QStringLiteral(ADVISOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("backend-advisor"));
    // The log goes to the app data folder next to the database; a read-only home only costs
    // the file log, never the start.
    if (const auto folder = defaultDataDirectory(); folder) {
        if (auto log = startFileLog(*folder); !log)
            spdlog::warn("{}", log.error().oneLine());
    }
    installQtMessageBridge();
    spdlog::info("Backend Advisor {} starting", ADVISOR_VERSION);

    // The interface follows the system language where a translation exists (English otherwise).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("backend-advisor"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const GuiArguments arguments = parseGuiArguments(QApplication::arguments());
    if (!arguments.error.isEmpty()) {
        std::fprintf(stderr, "backend-advisor: %s\n", qUtf8Printable(arguments.error));
        return 2; // bad input, as for the command-line commands
    }
    MainWindow window(prepareStartup(arguments));
    if (arguments.benchmarkStartup) {
        QuestionnairePage* questionnaire = window.questionnaire();
        const bool deferred = questionnaire && !questionnaire->isFullyBuilt();
        benchmarkFirstPaint(&window, sinceStart,
                            deferred ? AfterFirstPaint::WaitForCompletion : AfterFirstPaint::Quit);
        if (deferred)
            QObject::connect(questionnaire, &QuestionnairePage::firstTopicBuilt, &window,
                             [sinceStart] { reportCompletion(sinceStart); });
    }
    window.show();
    return QApplication::exec();
}

} // namespace advisor::ui
