// One-way sensitivity as a picture: each alternative's total as a line against one criterion's
// weight from 0 to 1 (the others keeping their proportions), the current weight as a vertical
// line and the point where the winner changes marked and labelled.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"

#include <QWidget>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace advisor::ui {

class FlipChart : public QWidget {
    Q_OBJECT

public:
    FlipChart(const KnowledgeBase& kb, QWidget* parent);

    void setEvaluation(const Evaluation& ev);

    [[nodiscard]] std::size_t criterion() const;
    [[nodiscard]] QComboBox* criterionCombo() const { return combo_; }
    [[nodiscard]] QChart* chart() const { return chart_; }
    [[nodiscard]] QLineSeries* totalSeries(std::size_t alternative) const {
        return totals_[alternative];
    }
    [[nodiscard]] QLineSeries* currentWeightSeries() const { return current_; }
    [[nodiscard]] QScatterSeries* crossoverSeries() const { return crossover_; }
    [[nodiscard]] QString crossoverLabel() const;

    // The criterion whose flip point lies nearest its current weight, or 0 if none flips.
    [[nodiscard]] static std::size_t nearestFlipCriterion(const Evaluation& ev);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void restyle();
    void placeCrossoverLabel();

    const KnowledgeBase& kb_;
    std::optional<Evaluation> evaluation_;
    bool userChoseCriterion_ = false;
    QComboBox* combo_ = nullptr;
    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QValueAxis* axisX_ = nullptr;
    QValueAxis* axisY_ = nullptr;
    std::vector<QLineSeries*> totals_;
    QLineSeries* current_ = nullptr;
    QScatterSeries* crossover_ = nullptr;
    QGraphicsRectItem* crossoverBox_ = nullptr; // behind the label, so lines do not cross it
    QGraphicsSimpleTextItem* crossoverText_ = nullptr;
};

} // namespace advisor::ui
