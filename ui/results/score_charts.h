// The two bar charts of the results: each alternative's 0–10 score per criterion side by side,
// and each alternative's weighted contributions stacked up to its total.
#pragma once

#include "ui/results/result_chart_view.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace advisor::ui {

// Grouped bars: criteria along the axis, one bar set (colour) per alternative.
class CriterionScoresChart : public ResultChartView {
    Q_OBJECT

public:
    explicit CriterionScoresChart(const KnowledgeBase& kb, QWidget* parent = nullptr);
    void showEvaluation(const Evaluation& evaluation) override;
    [[nodiscard]] const std::vector<QBarSet*>& barSets() const { return sets_; }

protected:
    void applySeriesColors() override;

private:
    std::vector<QBarSet*> sets_; // per alternative
};

// Stacked bars: one bar per alternative, one segment per criterion (weight × score), so each
// bar's height is the alternative's total.
class ContributionsChart : public ResultChartView {
    Q_OBJECT

public:
    explicit ContributionsChart(const KnowledgeBase& kb, QWidget* parent = nullptr);
    void showEvaluation(const Evaluation& evaluation) override;
    [[nodiscard]] const std::vector<QBarSet*>& barSets() const { return sets_; }
    // The team's situation's points on top of the criteria (grey: not the article's); null
    // when the knowledge base weighs no situation.
    [[nodiscard]] QBarSet* situationSet() const { return situationSet_; }

protected:
    void applySeriesColors() override;

private:
    std::vector<QBarSet*> sets_; // per criterion
    QBarSet* situationSet_ = nullptr;
    QValueAxis* valueAxis_ = nullptr;
};

// A colour per criterion, distinct from the alternatives' colours and readable on both
// palettes (Okabe–Ito's colour-blind-safe set).
QColor criterionColor(std::size_t criterion);

} // namespace advisor::ui
