// How stable the answer is under reasonable disagreement about the weights: each alternative's
// Monte Carlo win probability as a bar, with the sample count, seed and the confidence sentence.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"

#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace advisor::ui {

class WinProbabilityChart : public QWidget {
    Q_OBJECT

public:
    WinProbabilityChart(const KnowledgeBase& kb, QWidget* parent);

    void setEvaluation(const Evaluation& ev);

    [[nodiscard]] QChart* chart() const { return chart_; }
    // The bar for an alternative; its one value is the win probability in percent.
    [[nodiscard]] QBarSet* bar(std::size_t alternative) const { return bars_[alternative]; }
    [[nodiscard]] QLabel* caption() const { return caption_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    const KnowledgeBase& kb_;
    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QBarSeries* series_ = nullptr;
    QValueAxis* axisY_ = nullptr;
    std::vector<QBarSet*> bars_;
    QLabel* caption_ = nullptr;
};

} // namespace advisor::ui
