#include "ui/startup_benchmark.h"

#include "ui/first_paint_probe.h"

#include <QCoreApplication>
#include <cstdio>

namespace advisor::ui {
namespace {

void printFigure(const char* label, const QElapsedTimer& sinceStart) {
    const double ms = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    if (label)
        std::printf("%s %.1f\n", label, ms);
    else
        std::printf("%.1f\n", ms);
    std::fflush(stdout);
}

} // namespace

void benchmarkFirstPaint(QWidget* window, const QElapsedTimer& sinceStart, AfterFirstPaint after) {
    new FirstPaintProbe(window, [sinceStart, after] {
        printFigure(nullptr, sinceStart);
        if (after == AfterFirstPaint::Quit)
            QCoreApplication::exit(0);
    });
}

void reportCompletion(const QElapsedTimer& sinceStart) {
    printFigure("complete", sinceStart);
    QCoreApplication::exit(0);
}

} // namespace advisor::ui
