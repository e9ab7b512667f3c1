#include "ui/group/margin_chart.h"

#include "core/group/group_result.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"
#include "ui/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace advisor::ui {

MarginChart::MarginChart(const KnowledgeBase& kb, QWidget* parent) : ResultChartView(kb, parent) {
    setObjectName(QStringLiteral("marginChart"));
    auto* chart = new QChart;
    chart->setTitle(kb.alternatives.size() >= 2
                        ? tr("Each respondent's margin: right favours %1, left %2")
                              .arg(QString::fromStdString(kb.alternatives[0].name),
                                   QString::fromStdString(kb.alternatives[1].name))
                        : tr("Each respondent's margin"));
    // Stacked so each row has one bar, in the colour of the alternative it favours.
    auto* series = new QHorizontalStackedBarSeries(chart);
    for (const Alternative& a : kb.alternatives) {
        auto* set = new QBarSet(tr("Favours %1").arg(QString::fromStdString(a.name)), series);
        series->append(set);
        sets_.push_back(set);
    }
    installHorizontalBars(chart, series, {}, 1);
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* category = qobject_cast<QBarCategoryAxis*>(axis))
            categoryAxis_ = category;
        else if (auto* value = qobject_cast<QValueAxis*>(axis))
            valueAxis_ = value;
    }
    // Names are short and the view has room for them; QtCharts would otherwise cut them to "…"
    // when they arrive after the first layout.
    categoryAxis_->setTruncateLabels(false);
    valueAxis_->setLabelFormat(QStringLiteral("%.1f"));
    valueAxis_->setTickCount(5);
}

QStringList MarginChart::categories() const {
    return categoryAxis_->categories();
}

void MarginChart::showEvaluation(const Evaluation& evaluation) {
    if (!evaluation.group)
        return;
    // Rows: the respondents in the decision's order, the group's last (at the top).
    const auto& own = evaluation.group->respondents;
    std::vector<double> signedMargin;
    std::vector<std::size_t> favoured;
    auto add = [&](std::size_t winner, double margin, bool tied) {
        favoured.push_back(winner);
        signedMargin.push_back(tied ? 0.0 : (winner == 0 ? margin : -margin));
    };
    for (const RespondentResult& r : own)
        add(r.winner, r.margin, r.tied);
    const auto& rec = evaluation.recommendation;
    add(rec.winner, rec.margin, rec.tied);

    const auto rows = static_cast<int>(signedMargin.size());
    if (categoryAxis_->categories() != names_) {
        categoryAxis_->clear();
        categoryAxis_->append(names_);
    }
    for (std::size_t a = 0; a < sets_.size(); ++a) {
        QBarSet* set = sets_[a];
        if (set->count() > rows)
            set->remove(rows, set->count() - rows);
        while (set->count() < rows)
            set->append(0.0);
        for (int i = 0; i < rows; ++i) {
            const auto row = static_cast<std::size_t>(i);
            set->replace(i, favoured[row] == a ? signedMargin[row] : 0.0);
        }
    }
    double largest = 0.5;
    for (const double m : signedMargin)
        largest = std::max(largest, std::abs(m));
    largest = std::ceil(largest * 2.0) / 2.0;
    if (valueAxis_->max() != largest)
        valueAxis_->setRange(-largest, largest);
}

void MarginChart::showGroup(const AnswerSet& decision, const Evaluation& evaluation) {
    QStringList names;
    for (const Respondent& r : decision.respondents)
        names << QString::fromStdString(r.name);
    names << tr("The group");
    // Two rows with one name would merge on a category axis; respondents' names are unique.
    names_ = std::move(names);
    showEvaluation(evaluation);
}

void MarginChart::applySeriesColors() {
    for (std::size_t a = 0; a < sets_.size(); ++a) {
        sets_[a]->setColor(alternativeColor(kb_, a));
        sets_[a]->setBorderColor(alternativeColor(kb_, a));
    }
}

} // namespace advisor::ui
