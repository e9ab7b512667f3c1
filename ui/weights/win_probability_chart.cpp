#include "ui/weights/win_probability_chart.h"

#include "core/model/explanations.h"
#include "ui/chart_style.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace advisor::ui {

WinProbabilityChart::WinProbabilityChart(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), kb_(kb) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    view_ = new QChartView(this);
    view_->setObjectName(QStringLiteral("winProbabilityView"));
    view_->setAccessibleName(tr("Win probability of each alternative"));
    styleChartView(view_);
    view_->setMinimumHeight(280); // level with the flip chart beside it
    chart_ = view_->chart();      // the view owns the chart it was created with
    layout->addWidget(view_, 1);

    series_ = new QBarSeries(chart_);
    // One set per alternative so that each bar carries the alternative's own colour.
    for (const auto& alternative : kb_.alternatives) {
        auto* set = new QBarSet(QString::fromStdString(alternative.name), series_);
        set->append(0.0);
        series_->append(set);
        bars_.push_back(set);
    }
    series_->setLabelsVisible(true);
    series_->setLabelsFormat(QStringLiteral("@value%"));
    series_->setLabelsPrecision(3); // "87.1", "100", "0.5"
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart_->addSeries(series_);

    auto* axisX = new QBarCategoryAxis(chart_);
    // One unnamed category: the legend names the bars, and a label here would only be elided.
    axisX->append(QStringLiteral(" "));
    axisX->setLabelsVisible(false);
    axisY_ = new QValueAxis(chart_);
    axisY_->setRange(0.0, 100.0);
    axisY_->setTickCount(6);
    // Localised labels take "%.0f" and the rest literally: "%%" would print twice, "%d" nothing.
    axisY_->setLabelFormat(QStringLiteral("%.0f%"));
    chart_->addAxis(axisX, Qt::AlignBottom);
    chart_->addAxis(axisY_, Qt::AlignLeft);
    series_->attachAxis(axisX);
    series_->attachAxis(axisY_);

    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("confidenceSentence"));
    caption_->setWordWrap(true);
    layout->addWidget(caption_);
    restyle();
}

void WinProbabilityChart::setEvaluation(const Evaluation& ev) {
    const auto& mc = ev.sensitivity.monteCarlo;
    for (std::size_t a = 0; a < bars_.size(); ++a)
        bars_[a]->replace(0, a < mc.winProbability.size() ? mc.winProbability[a] * 100.0 : 0.0);
    const QString sentence = phraseText(confidencePhrase(kb_, ev, localeNumberFormat()));
    // The sentence already names the sample count; the seed makes the figure reproducible.
    const QString details =
        tr("Seed %1, Dirichlet concentration %2.").arg(mc.seed).arg(mc.concentration);
    caption_->setText(sentence.isEmpty() ? tr("No weight samples were drawn.")
                                         : sentence + QLatin1Char(' ') + details);
}

void WinProbabilityChart::restyle() {
    styleChart(chart_, palette());
    // The chart theme resets bar colours; put each alternative's own colour back.
    for (std::size_t a = 0; a < bars_.size(); ++a) {
        bars_[a]->setColor(alternativeColor(kb_, a));
        bars_[a]->setBorderColor(alternativeColor(kb_, a));
        bars_[a]->setLabelColor(palette().color(QPalette::Text));
    }
}

void WinProbabilityChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace advisor::ui
