#include "ui/results/result_chart_view.h"

#include "ui/chart_style.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QEvent>
#include <QValueAxis>

namespace advisor::ui {

ResultChartView::ResultChartView(const KnowledgeBase& kb, QWidget* parent)
    : QChartView(parent), kb_(kb) {
    styleChartView(this);
}

void ResultChartView::restyle() {
    QChart* c = chart();
    styleChart(c, palette());
    styleAxes(c, palette());
    applySeriesColors();
}

void ResultChartView::installHorizontalBars(QChart* chart, QAbstractBarSeries* series,
                                            const QStringList& categories, int maximum) {
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    auto* values = new QValueAxis(chart);
    values->setRange(0, maximum);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once localised
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart); // the view takes ownership
    setAccessibleName(chart->title());
    restyle();
}

void ResultChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace advisor::ui
