// Sends Qt's own warnings (and debug output) to the app's spdlog logger, so one log shows both.
#pragma once

namespace advisor::ui {

void installQtMessageBridge();

} // namespace advisor::ui
