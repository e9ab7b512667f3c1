#include "ui/lab/lab_charts.h"

#include "core/measurement/lab_servers.h"
#include "ui/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace advisor::ui {
namespace {

// A round axis end above `maximum`: 1, 2 or 5 times a power of ten.
double niceCeiling(double maximum) {
    if (maximum <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= maximum)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

std::vector<LabChartRow> labChartRows(const lab::LabRun& run, LabEndpoint endpoint) {
    std::vector<LabChartRow> rows;
    for (const auto& s : run.servers) {
        const auto& figures = endpoint == LabEndpoint::Json ? s.json : s.compute;
        if (s.status != lab::ServerStatus::Measured || !figures)
            continue;
        const auto* spec = lab::findServer(s.id);
        rows.push_back({QString::fromStdString(s.name), spec && spec->runtime == lab::Runtime::Node,
                        figures->median});
    }
    return rows;
}

LabChartView::LabChartView(QWidget* parent) : QChartView(parent) {
    styleChartView(this);
    // Five servers read well at this height, and the claims below stay in view.
    setFixedHeight(260);
}

void LabChartView::install(QChart* chart, QAbstractBarSeries* series) {
    chart->addSeries(series);
    categories_ = new QBarCategoryAxis(chart);
    values_ = new QValueAxis(chart);
    values_->setLabelFormat(QStringLiteral("%.0f"));
    values_->setTickCount(6);
    chart->addAxis(categories_, Qt::AlignLeft);
    chart->addAxis(values_, Qt::AlignBottom);
    series->attachAxis(categories_);
    series->attachAxis(values_);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    restyle();
}

void LabChartView::setCategories(const QStringList& names, double maximum) {
    // The first server at the top, as in the table below.
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    categories_->setCategories(reversed);
    const double top = niceCeiling(maximum);
    values_->setRange(0, top);
    // Five-digit labels need room: three ticks keep them whole in a narrow window.
    values_->setTickCount(top >= 10'000 ? 3 : 5);
}

void LabChartView::restyle() {
    QChart* c = chart();
    styleChart(c, palette());
    styleAxes(c, palette());
    applySeriesColors();
}

void LabChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

LabThroughputChart::LabThroughputChart(QColor nodeColor, QColor pythonColor, QWidget* parent)
    : LabChartView(parent), nodeColor_(nodeColor), pythonColor_(pythonColor),
      node_(new QBarSet(tr("Node.js"))), python_(new QBarSet(tr("Python"))) {
    setObjectName(QStringLiteral("labThroughputChart"));
    auto* chart = new QChart;
    chart->setTitle(tr("Requests per second (more is better)"));
    auto* series = new QHorizontalStackedBarSeries(chart);
    series->append(node_);
    series->append(python_);
    install(chart, series);
    setAccessibleName(chart->title());
}

void LabThroughputChart::showRows(const std::vector<LabChartRow>& rows) {
    QStringList names;
    QList<qreal> node, python;
    double maximum = 0;
    // Bars run bottom-up: the last row first, so the first server is at the top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        node.append(it->node ? it->figures.requestsPerSecond : 0);
        python.append(it->node ? 0 : it->figures.requestsPerSecond);
        maximum = std::max(maximum, it->figures.requestsPerSecond);
    }
    for (const auto& row : rows)
        names.append(row.name);
    node_->remove(0, node_->count());
    python_->remove(0, python_->count());
    node_->append(node);
    python_->append(python);
    setCategories(names, maximum);
}

void LabThroughputChart::applySeriesColors() {
    node_->setColor(nodeColor_);
    node_->setBorderColor(nodeColor_);
    python_->setColor(pythonColor_);
    python_->setBorderColor(pythonColor_);
}

LabLatencyChart::LabLatencyChart(QWidget* parent)
    : LabChartView(parent), sets_{new QBarSet(tr("p50")), new QBarSet(tr("p90")),
                                  new QBarSet(tr("p99"))} {
    setObjectName(QStringLiteral("labLatencyChart"));
    auto* chart = new QChart;
    chart->setTitle(tr("Latency under load, ms (less is better)"));
    auto* series = new QHorizontalBarSeries(chart);
    for (QBarSet* set : sets_)
        series->append(set);
    install(chart, series);
    setAccessibleName(chart->title());
}

void LabLatencyChart::showRows(const std::vector<LabChartRow>& rows) {
    std::array<QList<qreal>, 3> values;
    double maximum = 0;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        const auto& l = it->figures.latencyMs;
        values[0].append(l.p50);
        values[1].append(l.p90);
        values[2].append(l.p99);
        maximum = std::max(maximum, l.p99);
    }
    QStringList names;
    for (const auto& row : rows)
        names.append(row.name);
    for (std::size_t i = 0; i < sets_.size(); ++i) {
        sets_[i]->remove(0, sets_[i]->count());
        sets_[i]->append(values[i]);
    }
    setCategories(names, maximum);
}

void LabLatencyChart::applySeriesColors() {
    // One hue, darker for the slower percentiles; readable on both palettes.
    const std::array<QColor, 3> colors = {QColor(0x9e, 0xca, 0xe1), QColor(0x42, 0x92, 0xc6),
                                          QColor(0x08, 0x45, 0x94)};
    for (std::size_t i = 0; i < sets_.size(); ++i) {
        sets_[i]->setColor(colors[i]);
        sets_[i]->setBorderColor(colors[i]);
    }
}

} // namespace advisor::ui
