// --benchmark-startup: measures the time from the start of runGui to the main window's first
// completed paint, prints it in milliseconds on its own line and quits.
#pragma once

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

} // namespace advisor::ui
