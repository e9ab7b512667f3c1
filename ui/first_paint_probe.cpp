#include "ui/first_paint_probe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

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

} // namespace advisor::ui
