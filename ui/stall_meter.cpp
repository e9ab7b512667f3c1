#include "ui/stall_meter.h"

#include <QCoreApplication>
#include <algorithm>

namespace advisor::ui {

StallMeter::StallMeter(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(1);
    connect(&timer_, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start() {
    longestNs_ = 0;
    clock_.start();
    lastNs_ = 0;
    timer_.start();
}

void StallMeter::stop() {
    tick(); // a stall still going on when the work ends counts too
    timer_.stop();
}

void StallMeter::tick() {
    const qint64 now = clock_.nsecsElapsed();
    longestNs_ = std::max(longestNs_, now - lastNs_);
    lastNs_ = now;
}

void runEventLoopUntil(const std::function<bool()>& done) {
    // A tick now and then, so a condition that changes without an event is still seen.
    QTimer tick;
    tick.start(10);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace advisor::ui
