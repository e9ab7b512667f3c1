// advisor-bench: measures the budgets of SPEC section 10 and prints one BENCH line per figure.
// Run a Release build: cmake --preset release && cmake --build --preset release --target
// advisor-bench
//   advisor-bench            everything (the GUI parts run on Qt's offscreen platform)
//   advisor-bench --core     the engine only
#include "core_benchmarks.h"

#include <cstring>

#ifdef ADVISOR_WITH_GUI
#include "gui_benchmarks.h"

#include <QApplication>
#endif

int main(int argc, char* argv[]) {
    bool coreOnly = false;
    for (int i = 1; i < argc; ++i)
        coreOnly = coreOnly || std::strcmp(argv[i], "--core") == 0;
    advisor::bench::runCoreBenchmarks();
#ifdef ADVISOR_WITH_GUI
    if (!coreOnly) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        advisor::bench::runGuiBenchmarks();
    }
#endif
    return 0;
}
