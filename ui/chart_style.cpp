#include "ui/chart_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPainter>

namespace advisor::ui {

QColor alternativeColor(const KnowledgeBase& kb, std::size_t alternative) {
    if (alternative < kb.alternatives.size()) {
        const QColor color(QString::fromStdString(kb.alternatives[alternative].color));
        if (color.isValid())
            return color;
    }
    return QColor::fromHsv(static_cast<int>((alternative * 97) % 360), 160, 180);
}

QColor alternativeAccent(const KnowledgeBase& kb, std::size_t alternative,
                         const QPalette& palette) {
    const QColor base = alternativeColor(kb, alternative);
    return isDarkPalette(palette) ? base.lighter(140) : base.lighter(160);
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void styleAxes(QChart* chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

void styleChart(QChart* chart, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets colours; the window colour keeps the chart part of the page.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis and bar labels in the system locale's digits, as the rest of the window.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

void styleChartView(QChartView* view) {
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
}

} // namespace advisor::ui
