// advisor-bench: measures the budgets of SPEC section 10 and prints one BENCH line per figure.
// Run a Release build: cmake --preset release && cmake --build --preset release --target
// advisor-bench
//   advisor-bench            everything (the GUI parts run on Qt's offscreen platform)
//   advisor-bench --core     the engine only
//   advisor-bench --history  the history and the store only (10,000 to a million decisions)
//   advisor-bench --gui-group  a group's answer change on the Group page only
#include "core_benchmarks.h"

#include <cstring>

#ifdef ADVISOR_WITH_GUI
#include "gui_benchmarks.h"

#include <QApplication>
#endif

int main(int argc, char* argv[]) {
    bool coreOnly = false;
    bool historyOnly = false;
    bool groupGuiOnly = false;
    for (int i = 1; i < argc; ++i) {
        coreOnly = coreOnly || std::strcmp(argv[i], "--core") == 0;
        historyOnly = historyOnly || std::strcmp(argv[i], "--history") == 0;
        groupGuiOnly = groupGuiOnly || std::strcmp(argv[i], "--gui-group") == 0;
    }
    if (!historyOnly && !groupGuiOnly)
        advisor::bench::runCoreBenchmarks();
#ifdef ADVISOR_WITH_GUI
    if (!coreOnly) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt paints a window at most every 5 ms after an update() (a platform's frame pace);
        // the figures are the app's own work up to the paint, without that wait.
        if (qEnvironmentVariableIsEmpty("QT_QPA_UPDATE_IDLE_TIME"))
            qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
        QApplication app(argc, argv);
        if (groupGuiOnly)
            advisor::bench::runGroupGuiBenchmark();
        else
            advisor::bench::runGuiBenchmarks(historyOnly);
    }
#endif
    return 0;
}
