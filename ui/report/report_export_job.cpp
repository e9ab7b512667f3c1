#include "ui/report/report_export_job.h"

#include "core/base/atomic_file.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/report/report_charts.h"
#include "ui/thread_placement.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <iterator>
#include <memory>

namespace advisor::ui {
namespace {

// The decision as the report needs it, owned: ReportInput only refers to its parts.
struct OwnedInput {
    KnowledgeBase kb;
    AnswerSet answers;
    Evaluation evaluation;
    MonteCarloSettings settings;
    std::chrono::system_clock::time_point generatedAt;
    std::string status;

    [[nodiscard]] ReportInput input() const {
        return ReportInput{kb, answers, evaluation, settings, generatedAt, status};
    }
};

std::shared_ptr<const OwnedInput> ownedCopy(const ReportInput& input) {
    return std::make_shared<const OwnedInput>(OwnedInput{input.kb, input.answers, input.evaluation,
                                                         input.settings, input.generatedAt,
                                                         input.status});
}

// Draws the report's charts into pictures one per event-loop turn, so the window repaints
// between them, then hands them to `done`. The application is the context, not the job: a
// window closed meanwhile still gets its file written, as the worker's part always did.
void recordCharts(std::shared_ptr<const OwnedInput> owned, std::function<void(RecordedCharts)> done,
                  RecordedCharts sofar = {}, std::size_t next = 0) {
    if (next == std::size(kAllReportCharts)) {
        done(std::move(sofar));
        return;
    }
    QTimer::singleShot(0, QCoreApplication::instance(), [=]() mutable {
        const ReportChartKind kind = kAllReportCharts[next];
        sofar.append(
            ReportCharts(owned->kb, owned->evaluation, reportDpi(), {&kind, 1}).recorded());
        recordCharts(std::move(owned), std::move(done), std::move(sofar), next + 1);
    });
}

// The exports' own thread, behind the GUI thread (runBehindGuiThread). Owned by the
// application, whose end waits for an export still running.
QThreadPool* exportThread() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace

ReportExportJob::ReportExportJob(QString path, QObject* parent)
    : QObject(parent), path_(std::move(path)) {}

void ReportExportJob::finish(const Status& result) {
    emit finished(result);
    deleteLater();
}

ReportExportJob* ReportExportJob::start(const ReportInput& input, const QString& path,
                                        QObject* parent, ReportWriters offThread) {
    auto* job = new ReportExportJob(path, parent);
    const std::string target = QFile::encodeName(path).toStdString();
    // Results come back through the application object, so the job is only ever looked at
    // on the GUI thread (it may be gone by then, with its parent).
    const auto runOnWorker = [job = QPointer<ReportExportJob>(job)](std::function<Status()> work) {
        exportThread()->start([job, work = std::move(work)] {
            runBehindGuiThread();
            const Status result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [job, result] {
                    if (job)
                        job->finish(result);
                },
                Qt::QueuedConnection);
        });
    };

    const std::string extension = reportExtension(target);
    if (const auto writer = offThread.find(extension);
        writer != offThread.end() && writer->second) {
        auto owned = ownedCopy(input);
        runOnWorker(
            [owned, write = writer->second, target] { return write(owned->input(), target); });
        return job;
    }
    if (extension == ".pdf" || extension == ".html") {
        if (auto ok = checkWritableTarget(target); !ok) {
            runOnWorker([ok] { return ok; });
            return job;
        }
        // The charts are widgets: drawn here, into pictures, a chart per turn of the event
        // loop. Laying out the document, drawing the pages and writing the file, most of the
        // work, happen on the worker.
        auto owned = ownedCopy(input);
        const bool html = extension == ".html";
        recordCharts(owned, [owned, html, target, runOnWorker](RecordedCharts recorded) {
            auto charts = std::make_shared<const RecordedCharts>(std::move(recorded));
            runOnWorker([owned, charts, html, target]() -> Status {
                QByteArray bytes;
                if (html) {
                    bytes = htmlReport(owned->input(), *charts);
                } else if (auto pdf = pdfReport(owned->input(), *charts, target)) {
                    bytes = std::move(pdf).value();
                } else {
                    return pdf.error();
                }
                return writeFileAtomically(
                    target,
                    std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
            });
        });
        return job;
    }
    // An unknown extension: the same message the command line gives.
    const Status unknown = Status(reportWriterFor(target, offThread).error());
    runOnWorker([unknown] { return unknown; });
    return job;
}

} // namespace advisor::ui
