// Runs the Evidence Lab off the GUI thread: core's runLab on a thread of its own, its progress
// and result handed back to the GUI thread as signals. Cancel, or destroying the controller
// (closing the window, quitting the app), stops the run and every server it started before
// returning.
#pragma once

#include "core/lab/lab_runner.h"
#include "core/measurement/lab_run.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <thread>

namespace advisor::ui {

class LabController : public QObject {
    Q_OBJECT

public:
    explicit LabController(QObject* parent = nullptr);
    ~LabController() override;

    // Where the servers, the lock and the tools are; found beside the app unless a test sets it.
    void setEnvironment(lab::LabEnvironment environment) { environment_ = std::move(environment); }

    // Starts a run; false (and nothing started) while one is under way or the lab's servers are
    // not installed (failed() says so).
    bool start(const lab::LabSettings& settings);
    void cancel();
    [[nodiscard]] bool isRunning() const { return running_; }

signals:
    void progressed(const advisor::lab::LabProgress& progress);
    void finished(const advisor::lab::LabRun& run);
    void failed(const QString& message);
    void cancelled();

private:
    void join();
    void done(Result<lab::LabRun> result);

    std::optional<lab::LabEnvironment> environment_;
    std::atomic<bool> cancel_{false};
    std::thread thread_;
    bool running_ = false;
};

} // namespace advisor::ui
