#include "ui/weights/flip_chart.h"

#include "core/model/explanations.h"
#include "core/model/sensitivity.h"
#include "ui/chart_style.h"
#include "ui/locale_format.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace advisor::ui {
namespace {

double lineAt(const std::pair<double, double>& line, double t) {
    return line.first + (line.second - line.first) * t;
}

} // namespace

FlipChart::FlipChart(const KnowledgeBase& kb, QWidget* parent) : QWidget(parent), kb_(kb) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Criterion:"), this);
    combo_ = new QComboBox(this);
    combo_->setObjectName(QStringLiteral("flipCriterion"));
    combo_->setAccessibleName(tr("Criterion whose weight the chart varies"));
    label->setBuddy(combo_);
    for (std::size_t c = 0; c < kb_.criteria.size(); ++c)
        combo_->addItem(QString::fromStdString(kb_.criteria[c].name), static_cast<qulonglong>(c));
    row->addWidget(label);
    row->addWidget(combo_, 1);
    layout->addLayout(row);

    view_ = new QChartView(this);
    view_->setObjectName(QStringLiteral("flipChartView"));
    view_->setAccessibleName(tr("Total score against the chosen criterion's weight"));
    styleChartView(view_);
    view_->setMinimumHeight(280); // room for the legend, both axis titles and the label
    chart_ = view_->chart();      // the view owns the chart it was created with
    layout->addWidget(view_, 1);

    axisX_ = new QValueAxis(chart_);
    axisX_->setRange(0.0, 1.0);
    axisX_->setTickCount(6);
    axisX_->setLabelFormat(QStringLiteral("%.1f"));
    axisY_ = new QValueAxis(chart_);
    axisY_->setLabelFormat(QStringLiteral("%.0f"));
    axisY_->setTitleText(tr("Total score"));
    axisY_->setTickType(QValueAxis::TicksDynamic);
    axisY_->setTickAnchor(0.0);
    chart_->addAxis(axisX_, Qt::AlignBottom);
    chart_->addAxis(axisY_, Qt::AlignLeft);

    auto addSeries = [this](QXYSeries* series) {
        chart_->addSeries(series);
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
    };
    for (std::size_t a = 0; a < kb_.alternatives.size(); ++a) {
        auto* series = new QLineSeries(chart_);
        series->setName(QString::fromStdString(kb_.alternatives[a].name));
        totals_.push_back(series);
        addSeries(series);
    }
    current_ = new QLineSeries(chart_);
    current_->setName(tr("Current weight"));
    addSeries(current_);
    crossover_ = new QScatterSeries(chart_);
    crossover_->setName(tr("Winner changes"));
    crossover_->setMarkerSize(11.0);
    addSeries(crossover_);

    crossoverBox_ = new QGraphicsRectItem(chart_);
    crossoverBox_->setZValue(10.0); // above the series
    crossoverText_ = new QGraphicsSimpleTextItem(crossoverBox_);
    connect(chart_, &QChart::plotAreaChanged, this, [this] { placeCrossoverLabel(); });

    connect(combo_, &QComboBox::activated, this, [this] {
        userChoseCriterion_ = true;
        redraw();
    });
    restyle();
}

std::size_t FlipChart::criterion() const {
    return static_cast<std::size_t>(combo_->currentData().toULongLong());
}

QString FlipChart::crossoverLabel() const {
    return crossoverText_->text();
}

std::size_t FlipChart::nearestFlipCriterion(const Evaluation& ev) {
    std::size_t best = 0;
    double bestDistance = 2.0;
    for (const auto& point : ev.sensitivity.flipPoints) {
        if (!point.flipsAt)
            continue;
        const double distance = std::abs(*point.flipsAt - point.weightNow);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = point.criterion;
        }
    }
    return best;
}

void FlipChart::setEvaluation(const Evaluation& ev) {
    evaluation_ = ev;
    if (!userChoseCriterion_) {
        // Until the user picks one, show the criterion closest to changing the answer.
        const QSignalBlocker blocker(combo_);
        combo_->setCurrentIndex(
            combo_->findData(static_cast<qulonglong>(nearestFlipCriterion(ev))));
    }
    redraw();
}

void FlipChart::redraw() {
    if (!evaluation_)
        return;
    const Evaluation& ev = *evaluation_;
    const std::size_t k = criterion();
    if (k >= ev.weights.size())
        return;
    const auto lines = totalLines(ev, k);

    double low = 10.0;
    double high = 0.0;
    for (std::size_t a = 0; a < totals_.size() && a < lines.size(); ++a) {
        totals_[a]->replace({QPointF(0.0, lines[a].first), QPointF(1.0, lines[a].second)});
        low = std::min({low, lines[a].first, lines[a].second});
        high = std::max({high, lines[a].first, lines[a].second});
    }
    // Whole points keep the axis steady while weights move a little.
    low = std::max(0.0, std::floor(low - 0.25));
    high = std::min(10.0, std::ceil(high + 0.25));
    if (high <= low)
        high = low + 1.0;
    axisY_->setRange(low, high);
    // A label every point, or every other point when the range is wide, so labels never crowd.
    axisY_->setTickInterval(high - low > 5.0 ? 2.0 : 1.0);

    const QString name = QString::fromStdString(kb_.criteria[k].name);
    axisX_->setTitleText(tr("Weight of %1").arg(name));
    const double now = ev.weights[k];
    current_->replace({QPointF(now, low), QPointF(now, high)});

    const FlipPoint* point = nullptr;
    for (const auto& p : ev.sensitivity.flipPoints)
        if (p.criterion == k)
            point = &p;
    if (point && point->flipsAt && point->newWinner) {
        const double t = *point->flipsAt;
        // Where the two lines meet: the winner's total at the flip weight.
        const double y = lineAt(lines[ev.recommendation.winner], t);
        crossover_->replace({QPointF(t, y)});
        const QString winner = QString::fromStdString(kb_.alternatives[*point->newWinner].name);
        const QString weight = QString::fromStdString(formatWeight(t, localeNumberFormat()));
        crossoverText_->setText(t < now ? tr("%1 wins below %2").arg(winner, weight)
                                        : tr("%1 wins above %2").arg(winner, weight));
        crossoverBox_->show();
    } else {
        crossover_->clear();
        crossoverText_->setText({});
        crossoverBox_->hide();
    }
    placeCrossoverLabel();
}

void FlipChart::placeCrossoverLabel() {
    if (crossover_->count() == 0)
        return;
    constexpr double kPadding = 3.0;
    constexpr double kGap = 10.0;
    const QRectF text = crossoverText_->boundingRect();
    const QSizeF size(text.width() + 2 * kPadding, text.height() + 2 * kPadding);
    crossoverBox_->setRect(QRectF(QPointF(0.0, 0.0), size));
    crossoverText_->setPos(kPadding, kPadding);
    const QPointF at = chart_->mapToPosition(crossover_->at(0), crossover_);
    const QRectF plot = chart_->plotArea();
    // Above and to the right of the point, flipped to stay inside the plot so the label is never
    // cut off at either end of an axis.
    double x = at.x() + kGap;
    if (x + size.width() > plot.right())
        x = at.x() - kGap - size.width();
    double y = at.y() - kGap - size.height();
    if (y < plot.top())
        y = at.y() + kGap;
    crossoverBox_->setPos(std::max(x, plot.left()), y);
}

void FlipChart::restyle() {
    const QPalette& pal = palette();
    styleChart(chart_, pal);
    // The chart theme resets series colours; put each alternative's own colour back.
    for (std::size_t a = 0; a < totals_.size(); ++a) {
        QPen pen(alternativeColor(kb_, a));
        pen.setWidthF(2.5);
        totals_[a]->setPen(pen);
    }
    QPen marker(pal.color(QPalette::Text));
    marker.setStyle(Qt::DashLine);
    marker.setWidthF(1.5);
    current_->setPen(marker);
    crossover_->setColor(pal.color(QPalette::Text));
    crossover_->setBorderColor(pal.color(QPalette::Base));
    crossoverText_->setBrush(pal.color(QPalette::Text));
    QColor boxFill = pal.color(QPalette::Base);
    boxFill.setAlphaF(0.85);
    crossoverBox_->setBrush(boxFill);
    crossoverBox_->setPen(QPen(pal.color(QPalette::Mid)));
    QFont font = crossoverText_->font();
    font.setBold(true);
    crossoverText_->setFont(font);
}

void FlipChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace advisor::ui
