// --benchmark-startup: measures the time from the start of runGui to the main window's first
// completed paint, prints it in milliseconds on its own line and quits.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <functional>

namespace advisor::ui {

// Watches one widget for its first paint event. The paint event itself arrives before the
// widget has drawn, so the time is taken in a zero-timer queued from it: that timer runs once
// the whole window's paint (children included) has been done and flushed.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    FirstPaintProbe(QWidget* watched, std::function<void()> onPainted);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> onPainted_;
    bool seen_ = false;
};

// Installs a probe on `window` that prints the milliseconds elapsed on `sinceStart` at its
// first paint, then quits the application with exit code 0.
void benchmarkFirstPaint(QWidget* window, const QElapsedTimer& sinceStart);

// As benchmarkFirstPaint, then waits for `completed` (a signal of `sender`, emitted when the
// content deferred past the first paint is built and laid out) and prints "complete <ms>" on a
// second line before quitting: the deferral is measured, not hidden.
template <typename Sender, typename Signal>
void benchmarkFirstPaintAndCompletion(QWidget* window, const QElapsedTimer& sinceStart,
                                      Sender* sender, Signal completed);

void printStartupFigure(const char* label, const QElapsedTimer& sinceStart);

template <typename Sender, typename Signal>
void benchmarkFirstPaintAndCompletion(QWidget* window, const QElapsedTimer& sinceStart,
                                      Sender* sender, Signal completed) {
    new FirstPaintProbe(window, [sinceStart] { printStartupFigure(nullptr, sinceStart); });
    QObject::connect(sender, completed, window, [sinceStart] {
        printStartupFigure("complete", sinceStart);
        QCoreApplication::exit(0);
    });
}

} // namespace advisor::ui
