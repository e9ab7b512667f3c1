#include "ui/report/report_export_job.h"

#include "core/atomic_file.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/thread_placement.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
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
        auto owned = std::make_shared<const OwnedInput>(
            OwnedInput{input.kb, input.answers, input.evaluation, input.settings, input.generatedAt,
                       input.status});
        runOnWorker(
            [owned, write = writer->second, target] { return write(owned->input(), target); });
        return job;
    }
    if (extension == ".pdf" || extension == ".html") {
        if (auto ok = checkWritableTarget(target); !ok) {
            runOnWorker([ok] { return ok; });
            return job;
        }
        QByteArray bytes;
        if (extension == ".html") {
            bytes = htmlReport(input);
        } else if (auto pdf = pdfReport(input, target)) {
            bytes = std::move(pdf).value();
        } else {
            const Status failed = pdf.error();
            runOnWorker([failed] { return failed; });
            return job;
        }
        runOnWorker([bytes, target] {
            return writeFileAtomically(
                target,
                std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        });
        return job;
    }
    // An unknown extension: the same message the command line gives.
    const Status unknown = Status(reportWriterFor(target, offThread).error());
    runOnWorker([unknown] { return unknown; });
    return job;
}

} // namespace advisor::ui
