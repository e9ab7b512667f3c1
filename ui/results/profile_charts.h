// The results charts that show profiles rather than totals: a radar of each alternative's
// criterion scores, and the article's measured figures (throughput, response time).
#pragma once

#include "ui/results/result_chart_view.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QLineSeries;
QT_END_NAMESPACE

namespace advisor::ui {

// A polar chart: one closed line per alternative through its 0–10 criterion scores.
class ProfileRadarChart : public ResultChartView {
    Q_OBJECT

public:
    explicit ProfileRadarChart(const KnowledgeBase& kb, QWidget* parent = nullptr);
    void showEvaluation(const Evaluation& evaluation) override;
    [[nodiscard]] const std::vector<QLineSeries*>& profiles() const { return lines_; }

protected:
    void applySeriesColors() override;

private:
    std::vector<QLineSeries*> lines_; // per alternative
};

// The figures quoted by the evidence (items whose figure has one value per alternative). They
// come in different units, so each is shown as a share of the better value, higher meaning
// better even where the raw figure is a time; a range in the article ("2 to 3 times") is drawn
// as a range. The caption gives the raw figures and source.
class EvidenceFiguresChart : public ResultChartView {
    Q_OBJECT

public:
    explicit EvidenceFiguresChart(const KnowledgeBase& kb, QWidget* parent = nullptr);
    void showEvaluation(const Evaluation&) override {} // the article's figures do not change
    // Per alternative: the bars up to the low end of each figure, and the lighter part stacked
    // on them up to the high end (zero where the article gives one number); one value per
    // figure, in knowledge-base order (drawn from the bottom).
    [[nodiscard]] const std::vector<QBarSet*>& solidSets() const { return solid_; }
    [[nodiscard]] const std::vector<QBarSet*>& rangeSets() const { return range_; }
    [[nodiscard]] QString caption() const; // plain text
    [[nodiscard]] bool hasFigures() const { return !figures_.empty(); }

protected:
    void applySeriesColors() override;

private:
    std::vector<std::size_t> figures_; // evidence indices
    std::vector<QBarSet*> solid_;      // per alternative
    std::vector<QBarSet*> range_;      // per alternative
};

} // namespace advisor::ui
