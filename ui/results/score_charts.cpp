#include "ui/results/score_charts.h"

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "ui/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace advisor::ui {
namespace {

QStringList criterionNames(const KnowledgeBase& kb) {
    QStringList names;
    for (const Criterion& c : kb.criteria)
        names << QString::fromStdString(c.name);
    return names;
}

QStringList alternativeNames(const KnowledgeBase& kb) {
    QStringList names;
    for (const Alternative& a : kb.alternatives)
        names << QString::fromStdString(a.name);
    return names;
}

} // namespace

QColor criterionColor(std::size_t criterion) {
    static constexpr std::array<QRgb, 6> kColors = {0xe69f00, 0x56b4e9, 0xcc79a7,
                                                    0xf0e442, 0xd55e00, 0x009e73};
    return QColor(kColors[criterion % kColors.size()]);
}

CriterionScoresChart::CriterionScoresChart(const KnowledgeBase& kb, QWidget* parent)
    : ResultChartView(kb, parent) {
    setObjectName(QStringLiteral("scoresChart"));
    auto* chart = new QChart;
    chart->setTitle(tr("Score per criterion (0–10)"));
    // Horizontal bars: criterion names sit on the left at full length instead of being cut
    // to fit under narrow groups.
    auto* series = new QHorizontalBarSeries(chart);
    for (const Alternative& a : kb.alternatives) {
        auto* set = new QBarSet(QString::fromStdString(a.name), series);
        for (std::size_t c = 0; c < kb.criteria.size(); ++c)
            set->append(0.0);
        series->append(set);
        sets_.push_back(set);
    }
    installHorizontalBars(chart, series, criterionNames(kb), 10);
}

void CriterionScoresChart::showEvaluation(const Evaluation& evaluation) {
    for (const AlternativeResult& result : evaluation.alternatives)
        for (std::size_t c = 0; c < result.scores.size(); ++c)
            sets_[result.alternative]->replace(static_cast<int>(c), result.scores[c]);
}

void CriterionScoresChart::applySeriesColors() {
    for (std::size_t a = 0; a < sets_.size(); ++a) {
        sets_[a]->setColor(alternativeColor(kb_, a));
        sets_[a]->setBorderColor(alternativeColor(kb_, a));
    }
}

ContributionsChart::ContributionsChart(const KnowledgeBase& kb, QWidget* parent)
    : ResultChartView(kb, parent) {
    setObjectName(QStringLiteral("contributionsChart"));
    auto* chart = new QChart;
    chart->setTitle(tr("Weighted contributions to each total"));
    auto* series = new QStackedBarSeries(chart);
    for (const Criterion& c : kb.criteria) {
        auto* set = new QBarSet(QString::fromStdString(c.name), series);
        for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
            set->append(0.0);
        series->append(set);
        sets_.push_back(set);
    }
    if (!kb.situation.empty()) {
        situationSet_ = new QBarSet(tr("Your situation"), series);
        for (std::size_t a = 0; a < kb.alternatives.size(); ++a)
            situationSet_->append(0.0);
        series->append(situationSet_);
    }
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis(chart);
    categories->append(alternativeNames(kb));
    valueAxis_ = new QValueAxis(chart);
    valueAxis_->setRange(0, 10);
    valueAxis_->setTickCount(6);
    valueAxis_->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once localised
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(valueAxis_, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis_);
    // Four criterion names do not fit in one row under a half-width chart.
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    setAccessibleName(chart->title());
    restyle();
}

void ContributionsChart::showEvaluation(const Evaluation& evaluation) {
    for (const AlternativeResult& result : evaluation.alternatives)
        for (std::size_t c = 0; c < result.contributions.size(); ++c)
            sets_[c]->replace(static_cast<int>(result.alternative), result.contributions[c]);
    if (situationSet_)
        for (const AlternativeResult& result : evaluation.alternatives)
            situationSet_->replace(static_cast<int>(result.alternative), result.situation);
    // The situation's points stack on top of the criteria's 0..10: room for them too.
    double highest = 10.0;
    for (const AlternativeResult& result : evaluation.alternatives)
        highest = std::max(highest, result.total);
    valueAxis_->setRange(0, std::ceil(highest));
}

void ContributionsChart::applySeriesColors() {
    for (std::size_t c = 0; c < sets_.size(); ++c) {
        sets_[c]->setColor(criterionColor(c));
        sets_[c]->setBorderColor(palette().color(QPalette::Base));
        sets_[c]->setLabelColor(Qt::black);
    }
    if (situationSet_) {
        // A neutral grey, apart from the criteria's colours: the team's own facts, not the
        // article's. (A hatched brush would read better, but a report's SVG would then refer
        // to a pattern by url(), which the HTML report keeps out.)
        situationSet_->setColor(QColor(0x8c, 0x8c, 0x8c));
        situationSet_->setBorderColor(palette().color(QPalette::Base));
        situationSet_->setLabelColor(Qt::black);
    }
}

} // namespace advisor::ui
