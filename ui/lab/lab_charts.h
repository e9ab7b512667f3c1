// The Evidence Lab's two charts, for one endpoint at a time (/json or /compute): requests per
// second per server, coloured by language, and the latency percentiles (p50, p90, p99) per
// server. Built once; a new run replaces the values in place.
#pragma once

#include "core/measurement/lab_run.h"

#include <QChartView>
#include <QColor>
#include <array>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace advisor::ui {

enum class LabEndpoint { Json, Compute };

// The servers of a run that were measured, and their figures for `endpoint`.
struct LabChartRow {
    QString name;
    bool node = false;
    lab::EndpointFigures figures;
};
[[nodiscard]] std::vector<LabChartRow> labChartRows(const lab::LabRun& run, LabEndpoint endpoint);

class LabChartView : public QChartView {
    Q_OBJECT

public:
    explicit LabChartView(QWidget* parent = nullptr);
    virtual void showRows(const std::vector<LabChartRow>& rows) = 0;

protected:
    void changeEvent(QEvent* event) override;
    void restyle();
    virtual void applySeriesColors() = 0;
    // Servers down the left, values along the bottom; the view takes the chart.
    void install(QChart* chart, QAbstractBarSeries* series);
    void setCategories(const QStringList& names, double maximum);

    QBarCategoryAxis* categories_ = nullptr;
    QValueAxis* values_ = nullptr;
};

// Requests per second: a Node.js set and a Python set, stacked so each server's bar has its
// language's colour.
class LabThroughputChart : public LabChartView {
    Q_OBJECT

public:
    LabThroughputChart(QColor nodeColor, QColor pythonColor, QWidget* parent = nullptr);
    void showRows(const std::vector<LabChartRow>& rows) override;
    [[nodiscard]] QBarSet* nodeSet() const { return node_; }
    [[nodiscard]] QBarSet* pythonSet() const { return python_; }

protected:
    void applySeriesColors() override;

private:
    QColor nodeColor_, pythonColor_;
    QBarSet* node_;
    QBarSet* python_;
};

// Latency percentiles: three bars per server.
class LabLatencyChart : public LabChartView {
    Q_OBJECT

public:
    explicit LabLatencyChart(QWidget* parent = nullptr);
    void showRows(const std::vector<LabChartRow>& rows) override;
    [[nodiscard]] const std::array<QBarSet*, 3>& sets() const { return sets_; }

protected:
    void applySeriesColors() override;

private:
    std::array<QBarSet*, 3> sets_; // p50, p90, p99
};

} // namespace advisor::ui
