#include "ui/results/result_chart_view.h"

#include "ui/chart_style.h"

#include <QAbstractAxis>
#include <QEvent>

namespace advisor::ui {

ResultChartView::ResultChartView(const KnowledgeBase& kb, QWidget* parent)
    : QChartView(parent), kb_(kb) {
    styleChartView(this);
}

void ResultChartView::restyle() {
    QChart* c = chart();
    styleChart(c, palette());
    const QColor text = palette().color(QPalette::Text);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
    applySeriesColors();
}

void ResultChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace advisor::ui
