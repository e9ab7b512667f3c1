// Entry point: a command-line command when one is named, otherwise the desktop app.
#include "core/cli/cli.h"

#include <iostream>
#include <string>
#include <vector>

#ifdef ADVISOR_WITH_GUI
#include "ui/gui_main.h"
#include "ui/report/gui_report_writers.h"
#endif

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv + 1, argv + argc);
#ifdef ADVISOR_WITH_GUI
    if (advisor::isCliCommand(args))
        return advisor::runCli(args, {std::cout, std::cerr}, {advisor::ui::guiReportWriters(), {}});
    return advisor::ui::runGui(argc, argv);
#else
    if (advisor::isCliCommand(args))
        return advisor::runCli(args, {std::cout, std::cerr});
    // Name what was not understood, as every other bad-input error does.
    std::cerr << "backend-advisor: "
              << (args.empty() ? std::string("this build has no GUI")
                               : args.front() + ": not a command, and this build has no GUI")
              << "; see --help\n";
    return advisor::kExitBadInput;
#endif
}
