#include "ui/qt_log_bridge.h"

#include <QString>
#include <QtGlobal>
#include <spdlog/spdlog.h>

namespace advisor::ui {
namespace {

spdlog::level::level_enum levelFor(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void forwardToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray text = message.toUtf8();
    const char* category = context.category ? context.category : "qt";
    spdlog::log(levelFor(type), "[{}] {}", category, text.constData());
    if (type == QtFatalMsg)
        spdlog::default_logger()->flush(); // Qt aborts right after a fatal message
}

} // namespace

void installQtMessageBridge() {
    qInstallMessageHandler(forwardToSpdlog);
}

} // namespace advisor::ui
