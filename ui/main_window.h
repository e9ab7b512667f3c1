// The main window: navigation between the questionnaire, results, weights, evidence and history.
#pragma once

#include "core/knowledge_base.h"

#include <QMainWindow>

namespace advisor::ui {

class DecisionSession;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(KnowledgeBase kb, QWidget* parent = nullptr);

    [[nodiscard]] DecisionSession* session() const { return session_; }

private:
    DecisionSession* session_;
};

} // namespace advisor::ui
