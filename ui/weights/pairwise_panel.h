// Weights from pairwise comparisons: the judgement matrix, its consistency ratio and warning
// while it is being edited, the weights it implies, and the switch that puts them in force.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionSession;
class PairwiseModel;

class PairwisePanel : public QWidget {
    Q_OBJECT

public:
    PairwisePanel(DecisionSession* session, QWidget* parent);

    [[nodiscard]] PairwiseModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }

private:
    void onJudgementsEdited();
    void onEvaluationChanged();
    void showAnalysis();
    [[nodiscard]] bool pairwiseInForce() const;

    DecisionSession* session_;
    PairwiseModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* consistency_ = nullptr;
    QFrame* warningBox_ = nullptr;
    QLabel* warning_ = nullptr;
    QLabel* implied_ = nullptr;
    QPushButton* use_ = nullptr;
};

} // namespace advisor::ui
