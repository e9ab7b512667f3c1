// Measures how long the GUI thread goes without turning its event loop — the longest time the
// window could not have repainted or answered a key — while some work runs. A timer ticks
// every millisecond; the longest gap between two ticks is the longest stall (give or take the
// one millisecond of the tick itself). For the benchmarks.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace advisor::ui {

class StallMeter : public QObject {
public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    void stop();
    // Milliseconds of the longest gap since start().
    [[nodiscard]] double longestMs() const { return longestNs_ / 1e6; }

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 longestNs_ = 0;
};

// Turns the event loop until `done`, sleeping while there is nothing to do — as the app's own
// loop does. (QCoreApplication::processEvents with a time limit never sleeps: a benchmark
// waiting that way keeps a core busy and takes it from the threads it is timing.)
void runEventLoopUntil(const std::function<bool()>& done);

} // namespace advisor::ui
