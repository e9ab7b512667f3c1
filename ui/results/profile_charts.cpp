#include "ui/results/profile_charts.h"

#include "core/evaluation.h"
#include "core/knowledge_base.h"
#include "ui/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>
#include <algorithm>

namespace advisor::ui {
namespace {

double angleOf(std::size_t criterion, std::size_t count) {
    return 360.0 * static_cast<double>(criterion) / static_cast<double>(count);
}

QString figureLabel(const Figure& figure) {
    QString unit = QString::fromStdString(figure.unit);
    // "relative response time (Node.js = 1)": the parenthesis explains the raw unit, which the
    // normalised chart no longer shows.
    if (const auto paren = unit.indexOf(QLatin1String(" (")); paren > 0)
        unit.truncate(paren);
    if (!unit.isEmpty())
        unit[0] = unit[0].toUpper();
    return unit; // the caption says which raw figures are better when lower
}

} // namespace

ProfileRadarChart::ProfileRadarChart(const KnowledgeBase& kb, QWidget* parent)
    : ResultChartView(kb, parent) {
    setObjectName(QStringLiteral("radarChart"));
    auto* chart = new QPolarChart;
    chart->setTitle(tr("Profiles (score 0–10 per criterion)"));
    const std::size_t n = kb.criteria.size();
    auto* angular = new QCategoryAxis(chart);
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category axis needs increasing end values: criterion 0 sits at 0° = 360°, so its label
    // is appended last, at 360.
    for (std::size_t c = 1; c <= n; ++c)
        angular->append(QString::fromStdString(kb.criteria[c % n].name), angleOf(c, n));
    auto* radial = new QValueAxis(chart);
    radial->setRange(0, 10);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (const Alternative& a : kb.alternatives) {
        auto* line = new QLineSeries(chart);
        line->setName(QString::fromStdString(a.name));
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        lines_.push_back(line);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setAccessibleName(chart->title());
    restyle();
}

void ProfileRadarChart::showEvaluation(const Evaluation& evaluation) {
    const std::size_t n = kb_.criteria.size();
    for (const AlternativeResult& result : evaluation.alternatives) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(n + 1));
        for (std::size_t c = 0; c < n; ++c)
            points.append(QPointF(angleOf(c, n), result.scores[c]));
        if (n > 0)
            points.append(QPointF(360.0, result.scores[0])); // close the outline
        lines_[result.alternative]->replace(points);
    }
}

void ProfileRadarChart::applySeriesColors() {
    for (std::size_t a = 0; a < lines_.size(); ++a) {
        QPen pen(alternativeColor(kb_, a));
        pen.setWidthF(2.5);
        lines_[a]->setPen(pen);
    }
}

EvidenceFiguresChart::EvidenceFiguresChart(const KnowledgeBase& kb, QWidget* parent)
    : ResultChartView(kb, parent) {
    setObjectName(QStringLiteral("evidenceChart"));
    for (std::size_t e = 0; e < kb.evidence.size(); ++e) {
        const auto& figure = kb.evidence[e].figure;
        if (figure && figure->values.size() == kb.alternatives.size())
            figures_.push_back(e);
    }
    auto* chart = new QChart;
    chart->setTitle(tr("The article's figures (share of the better value, %)"));
    auto* series = new QHorizontalBarSeries(chart);
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a) {
        auto* set = new QBarSet(QString::fromStdString(kb.alternatives[a].name), series);
        for (std::size_t e : figures_) {
            const Figure& f = *kb.evidence[e].figure;
            std::vector<double> mids;
            for (const auto& value : f.values)
                mids.push_back(value.mid());
            const auto [lo, hi] = std::minmax_element(mids.begin(), mids.end());
            const double v = mids[a];
            const double share =
                f.lowerIsBetter ? (v > 0 ? *lo / v : 0.0) : (*hi > 0 ? v / *hi : 0.0);
            set->append(100.0 * share);
        }
        series->append(set);
        sets_.push_back(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    QStringList categories;
    for (std::size_t e : figures_)
        categories.append(figureLabel(*kb.evidence[e].figure));
    installHorizontalBars(chart, series, categories, 100);
}

QString EvidenceFiguresChart::caption() const {
    QStringList lines;
    QStringList sources;
    for (std::size_t e : figures_) {
        const EvidenceItem& item = kb_.evidence[e];
        lines << (item.figure->lowerIsBetter
                      ? tr("• %1 (a time: the bar shows the better value ÷ this one)")
                      : tr("• %1"))
                     .arg(QString::fromStdString(item.figure->text));
        const QString source = tr("%1 (%2)").arg(QString::fromStdString(item.source.title),
                                                 QString::fromStdString(item.source.date));
        if (!sources.contains(source))
            sources << source;
    }
    lines << tr("Source: %1").arg(sources.join(tr("; ")));
    return lines.join(QLatin1Char('\n'));
}

void EvidenceFiguresChart::applySeriesColors() {
    for (std::size_t a = 0; a < sets_.size(); ++a) {
        sets_[a]->setColor(alternativeColor(kb_, a));
        sets_[a]->setBorderColor(alternativeColor(kb_, a));
        sets_[a]->setLabelColor(palette().color(QPalette::Text));
    }
}

} // namespace advisor::ui
