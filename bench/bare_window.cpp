// The start-up baseline of SPEC section 10: a bare Qt Widgets window holding one QtCharts bar
// chart. It prints the milliseconds from the start of main to its first paint, then quits. It
// uses the app's own probe (ui/first_paint_probe.h: the window's first Paint event, then one
// event-loop turn so the whole paint has finished), so both are measured the same way.
#include "ui/startup_benchmark.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QMainWindow>

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    auto* set = new QBarSet(QStringLiteral("requests/s"));
    *set << 40000 << 10000;
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setAnimationOptions(QChart::NoAnimation);
    QMainWindow window;
    auto* view = new QChartView(chart);
    window.setCentralWidget(view);
    window.resize(1024, 700);
    // The chart view covers the whole window, and a graphics view paints in its viewport: that
    // is where the first paint arrives.
    advisor::ui::benchmarkFirstPaint(view->viewport(), clock);
    window.show();
    return QApplication::exec();
}
