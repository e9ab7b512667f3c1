// The start-up baseline of SPEC section 10: a bare Qt Widgets window holding one QtCharts bar
// chart. It prints the milliseconds from process start to its first paint, then quits, exactly
// as `backend-advisor --benchmark-startup` does for the real window.
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

namespace {

// Reports the first paint of the chart view and quits.
class FirstPaintView : public QChartView {
public:
    FirstPaintView(QChart* chart, const QElapsedTimer& clock) : QChartView(chart), clock_(clock) {}

protected:
    void paintEvent(QPaintEvent* event) override {
        QChartView::paintEvent(event);
        if (!reported_) {
            reported_ = true;
            std::printf("%lld\n", static_cast<long long>(clock_.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
    }

private:
    const QElapsedTimer& clock_;
    bool reported_ = false;
};

} // namespace

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
    window.setCentralWidget(new FirstPaintView(chart, clock));
    window.resize(1024, 700);
    window.show();
    return QApplication::exec();
}
