#include "ui/lab/lab_controller.h"

#include <QMetaObject>

namespace advisor::ui {

LabController::LabController(QObject* parent) : QObject(parent) {}

LabController::~LabController() {
    cancel_.store(true);
    join();
}

void LabController::join() {
    if (thread_.joinable())
        thread_.join();
}

bool LabController::start(const lab::LabSettings& settings) {
    if (running_)
        return false;
    if (!environment_) {
        auto found = lab::defaultLabEnvironment();
        if (!found) {
            emit failed(QString::fromStdString(found.error().oneLine()));
            return false;
        }
        environment_ = std::move(found).value();
    }
    join(); // the previous run's thread has already handed over its result
    cancel_.store(false);
    running_ = true;
    thread_ = std::thread([this, settings, env = *environment_] {
        // Queued to this object: if it is destroyed first, Qt drops the calls.
        auto result = lab::runLab(
            settings, env,
            [this](const lab::LabProgress& p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { emit progressed(p); }, Qt::QueuedConnection);
            },
            cancel_);
        QMetaObject::invokeMethod(
            this, [this, r = std::move(result)]() mutable { done(std::move(r)); },
            Qt::QueuedConnection);
    });
    return true;
}

void LabController::cancel() {
    cancel_.store(true);
}

void LabController::done(Result<lab::LabRun> result) {
    running_ = false;
    join();
    if (result)
        emit finished(*result);
    else if (lab::wasCancelled(result.error()))
        emit cancelled();
    else
        emit failed(QString::fromStdString(result.error().oneLine()));
}

} // namespace advisor::ui
