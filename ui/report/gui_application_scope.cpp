#include "ui/report/gui_application_scope.h"

#include <QApplication>

namespace advisor::ui {

GuiApplicationScope::GuiApplicationScope() {
    if (QCoreApplication* existing = QCoreApplication::instance()) {
        ok_ = qobject_cast<QApplication*>(existing) != nullptr;
        return;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // A CI job or an ssh session has no display; without one the default platform plugin
    // aborts the process. A platform the user chose explicitly is left alone.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    created_ = std::make_unique<QApplication>(argc_, argv_);
}

GuiApplicationScope::~GuiApplicationScope() = default;

} // namespace advisor::ui
