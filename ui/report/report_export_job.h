// File ▸ Export Report without holding up the window. The Markdown and JSON reports are made
// and written on a worker thread. The PDF and HTML reports draw the results charts, which are
// Qt widgets and may only be built on the GUI thread: they are drawn there into pictures
// (ReportCharts::recorded), and the document is laid out, its pages drawn and the file written
// — flushed to disk and renamed into place — on the worker. The job
// keeps its own copy of the decision, so the answers may change, or the window close, while
// it runs.
#pragma once

#include "core/report/report_input.h"
#include "core/report/report_writers.h"

#include <QObject>
#include <QString>

namespace advisor::ui {

class ReportExportJob : public QObject {
    Q_OBJECT

public:
    // Starts writing `input` to `path`, in the format its extension names. `offThread` are the
    // writers that run whole on the worker (core's Markdown and JSON; tests pass their own).
    // The job deletes itself after finished().
    static ReportExportJob* start(const ReportInput& input, const QString& path,
                                  QObject* parent = nullptr,
                                  ReportWriters offThread = builtInReportWriters());

    [[nodiscard]] QString path() const { return path_; }

signals:
    // On the GUI thread: the file is written, or why not (naming the file).
    void finished(const advisor::Status& result);

private:
    ReportExportJob(QString path, QObject* parent);
    void finish(const Status& result);

    QString path_;
};

} // namespace advisor::ui
