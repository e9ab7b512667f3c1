// The Group page's chart: each respondent's own margin beside the group's, as bars signed
// toward the first alternative (right: it wins; left: the other does), in the alternatives'
// colours. Series are updated in place; only a change in who is in the group rebuilds the axis.
#pragma once

#include "ui/results/result_chart_view.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace advisor {
struct AnswerSet;
}

namespace advisor::ui {

class MarginChart : public ResultChartView {
    Q_OBJECT

public:
    explicit MarginChart(const KnowledgeBase& kb, QWidget* parent = nullptr);
    // `decision` names the respondents; `evaluation` is the group's (with its `group`).
    void showGroup(const AnswerSet& decision, const Evaluation& evaluation);
    void showEvaluation(const Evaluation& evaluation) override;
    [[nodiscard]] const std::vector<QBarSet*>& barSets() const { return sets_; }
    [[nodiscard]] QStringList categories() const;

protected:
    void applySeriesColors() override;

private:
    std::vector<QBarSet*> sets_; // per alternative: the margins it wins
    QBarCategoryAxis* categoryAxis_ = nullptr;
    QValueAxis* valueAxis_ = nullptr;
    QStringList names_;
};

} // namespace advisor::ui
