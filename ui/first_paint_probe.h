// Runs work one event-loop turn after a widget's first paint: what is not needed for the first
// frame (the result charts, the first topic's later questions, the draft offer) waits for it,
// and --benchmark-startup times the first frame with it.
#pragma once

#include <QObject>
#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor::ui {

// Watches one widget for its first paint event. The paint event itself arrives before the
// widget has drawn, so `onPainted` runs in a zero-timer queued from it: that timer runs once
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

} // namespace advisor::ui
