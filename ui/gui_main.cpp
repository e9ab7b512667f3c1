#include "ui/gui_main.h"

#include "core/knowledge_base_loader.h"
#include "ui/main_window.h"

#include <QApplication>

namespace advisor::ui {

int runGui(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backend Advisor"));
    QApplication::setOrganizationName(QStringLiteral("backend-advisor"));
    MainWindow window(builtInKnowledgeBase());
    window.show();
    return QApplication::exec();
}

} // namespace advisor::ui
