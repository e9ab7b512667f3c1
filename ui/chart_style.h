// One look for every chart: each alternative keeps its knowledge-base colour everywhere, and
// charts follow the application palette (light or dark) with animations off so updates are
// instant.
#pragma once

#include "core/kb/knowledge_base.h"

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace advisor::ui {

QColor alternativeColor(const KnowledgeBase& kb, std::size_t alternative);
// A lighter (light palette) or darker (dark palette) variant for a secondary series.
QColor alternativeAccent(const KnowledgeBase& kb, std::size_t alternative, const QPalette& palette);

bool isDarkPalette(const QPalette& palette);

// Theme, background, fonts and animation settings for a chart that lives in `palette`.
void styleChart(QChart* chart, const QPalette& palette);
// Axis labels, titles and grid lines of `chart` in the palette's text and mid colours.
void styleAxes(QChart* chart, const QPalette& palette);
void styleChartView(QChartView* view);

} // namespace advisor::ui
