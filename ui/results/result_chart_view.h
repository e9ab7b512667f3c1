// Base for the results charts: one QChart built once, series updated in place, and a restyle
// whenever the palette changes (light/dark), since QChart::setTheme resets series colours.
#pragma once

#include <QChartView>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
QT_END_NAMESPACE

namespace advisor {
struct Evaluation;
struct KnowledgeBase;
} // namespace advisor

namespace advisor::ui {

class ResultChartView : public QChartView {
    Q_OBJECT

public:
    ResultChartView(const KnowledgeBase& kb, QWidget* parent = nullptr);

    // Writes the evaluation into the existing series; never creates series or axes.
    virtual void showEvaluation(const Evaluation& evaluation) = 0;

protected:
    // Called after the chart theme was applied: give each series its colours again.
    virtual void applySeriesColors() = 0;
    void restyle();
    void changeEvent(QEvent* event) override;
    // Horizontal bars: `categories` down the left, values 0..`maximum` along the bottom, the
    // legend below; then the view takes the chart, named for assistive technology, and styled.
    void installHorizontalBars(QChart* chart, QAbstractBarSeries* series,
                               const QStringList& categories, int maximum);

    const KnowledgeBase& kb_;
};

} // namespace advisor::ui
