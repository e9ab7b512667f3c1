#include "ui/main_window.h"

#include "ui/decision_session.h"
#include "ui/weights_page.h"

namespace advisor::ui {

MainWindow::MainWindow(KnowledgeBase kb, QWidget* parent)
    : QMainWindow(parent), session_(new DecisionSession(std::move(kb), this)) {
    setWindowTitle(tr("Backend Advisor"));
    setCentralWidget(new WeightsPage(session_, this));
}

} // namespace advisor::ui
