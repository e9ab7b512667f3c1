#include "ui/results/profile_charts.h"

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "ui/chart_style.h"
#include "ui/locale_format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
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
    radial->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once localised
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
    // One stacked series per alternative, side by side in each figure's row: a bar up to the
    // share at one end of the article's range and, where it gives a range ("2 to 3 times"), a
    // lighter part up to the other end.
    auto* categories = new QBarCategoryAxis(chart);
    for (std::size_t e : figures_)
        categories->append(figureLabel(*kb.evidence[e].figure));
    auto* values = new QValueAxis(chart);
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once localised
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    for (std::size_t a = 0; a < kb.alternatives.size(); ++a) {
        auto* series = new QHorizontalStackedBarSeries(chart);
        const QString name = QString::fromStdString(kb.alternatives[a].name);
        auto* solid = new QBarSet(name, series);
        auto* range = new QBarSet(tr("%1, the rest of the article's range").arg(name), series);
        for (std::size_t e : figures_) {
            const Figure& f = *kb.evidence[e].figure;
            double best = f.lowerIsBetter ? f.values[0].low : f.values[0].high;
            for (const FigureValue& v : f.values)
                best = f.lowerIsBetter ? std::min(best, v.low) : std::max(best, v.high);
            const FigureValue& v = f.values[a];
            // Higher means better on every row: a time becomes best ÷ this one.
            const double low = f.lowerIsBetter ? (v.high > 0 ? best / v.high : 0.0)
                                               : (best > 0 ? v.low / best : 0.0);
            const double high = f.lowerIsBetter ? (v.low > 0 ? best / v.low : 0.0)
                                                : (best > 0 ? v.high / best : 0.0);
            solid->append(100.0 * low);
            range->append(100.0 * (high - low));
        }
        series->append(solid);
        series->append(range);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        series->attachAxis(categories);
        series->attachAxis(values);
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(marker->label() == name);
        solid_.push_back(solid);
        range_.push_back(range);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setAccessibleName(chart->title());
    restyle();
}

QString EvidenceFiguresChart::caption() const {
    QStringList lines;
    QStringList sources;
    for (std::size_t e : figures_) {
        const EvidenceItem& item = kb_.evidence[e];
        const bool range = std::any_of(item.figure->values.begin(), item.figure->values.end(),
                                       [](const FigureValue& v) { return v.isRange(); });
        QString line = tr("• %1").arg(QString::fromStdString(item.figure->text));
        if (item.figure->lowerIsBetter)
            line += tr(" (a time: the bar shows the better value ÷ this one)");
        if (range)
            line += tr(" (a range in the article: the lighter part runs to its other end)");
        lines << line;
        const QString source = tr("%1 (%2)").arg(QString::fromStdString(item.source.title),
                                                 QString::fromStdString(item.source.date));
        if (!sources.contains(source))
            sources << source;
    }
    lines << tr("Source: %1").arg(sources.join(tr("; ")));
    return lines.join(QLatin1Char('\n'));
}

void EvidenceFiguresChart::applySeriesColors() {
    for (std::size_t a = 0; a < solid_.size(); ++a) {
        const QColor color = alternativeColor(kb_, a);
        solid_[a]->setColor(color);
        solid_[a]->setBorderColor(color);
        QColor light = color;
        light.setAlphaF(0.35);
        range_[a]->setColor(light);
        range_[a]->setBorderColor(color);
        solid_[a]->setLabelColor(palette().color(QPalette::Text));
        // The lighter part's own length means nothing to a reader; the caption gives the range.
        range_[a]->setLabelColor(Qt::transparent);
    }
}

} // namespace advisor::ui
