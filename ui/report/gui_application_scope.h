// Report writers draw with Qt's widget and chart classes, which need a QApplication; the command
// line (`evaluate --report out.pdf`) runs without one. This makes one for the length of a write
// — on the offscreen platform when there is no display — and is the only place that does.
#pragma once

#include <QtGlobal>
#include <memory>

QT_BEGIN_NAMESPACE
class QApplication;
QT_END_NAMESPACE

namespace advisor::ui {

class GuiApplicationScope {
public:
    // Uses the running QApplication, or creates one until this scope ends.
    GuiApplicationScope();
    ~GuiApplicationScope();
    GuiApplicationScope(const GuiApplicationScope&) = delete;
    GuiApplicationScope& operator=(const GuiApplicationScope&) = delete;

    // False when a non-GUI QCoreApplication is already running: Qt allows one application
    // object, and a plain core one cannot draw widgets.
    [[nodiscard]] bool ok() const { return ok_; }

private:
    int argc_ = 1;
    char programName_[16] = "backend-advisor";
    char* argv_[2] = {programName_, nullptr};
    std::unique_ptr<QApplication> created_;
    bool ok_ = true;
};

} // namespace advisor::ui
