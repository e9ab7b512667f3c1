// Starts the desktop app: QApplication, knowledge base (--kb with fallback), main window.
#pragma once

namespace advisor::ui {

int runGui(int argc, char* argv[]);

} // namespace advisor::ui
