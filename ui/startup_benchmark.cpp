#include "ui/startup_benchmark.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace advisor::ui {

FirstPaintProbe::FirstPaintProbe(QWidget* watched, std::function<void()> onPainted)
    : QObject(watched), onPainted_(std::move(onPainted)) {
    watched->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event) {
    if (!seen_ && event->type() == QEvent::Paint) {
        seen_ = true;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] { onPainted_(); });
    }
    return false;
}

void printStartupFigure(const char* label, const QElapsedTimer& sinceStart) {
    const double ms = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    if (label)
        std::printf("%s %.1f\n", label, ms);
    else
        std::printf("%.1f\n", ms);
    std::fflush(stdout);
}

void benchmarkFirstPaint(QWidget* window, const QElapsedTimer& sinceStart) {
    new FirstPaintProbe(window, [sinceStart] {
        printStartupFigure(nullptr, sinceStart);
        QCoreApplication::exit(0);
    });
}

} // namespace advisor::ui
