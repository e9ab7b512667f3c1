// File ▸ Export Report off the GUI thread (issue #16): ReportExportJob writes every format,
// makes Markdown and JSON on a worker thread, keeps its own copy of the decision, and names
// the file when it fails.
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "core/report/markdown_report.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/report/report_export_job.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

namespace {

using namespace advisor;

struct Exported {
    bool finished = false;
    Status result = Ok{};
};

// Starts the job and waits, turning the event loop, for it to finish.
Exported exportTo(const ReportInput& input, const QString& path,
                  ReportWriters offThread = builtInReportWriters()) {
    auto outcome = std::make_shared<Exported>();
    auto* job = ui::ReportExportJob::start(input, path, nullptr, std::move(offThread));
    QObject::connect(job, &ui::ReportExportJob::finished, job, [outcome](const Status& result) {
        outcome->finished = true;
        outcome->result = result;
    });
    REQUIRE(QTest::qWaitFor([&] { return outcome->finished; }, 30'000));
    return *outcome;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("An exported report is written in every format, Markdown and JSON off the GUI thread",
          "[report][export]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    auto answers = std::make_unique<AnswerSet>(
        loadAnswers(ADVISOR_TEST_DATA_DIR "/answers/realtime-chat-js.json", kb).value());
    auto evaluation = std::make_unique<Evaluation>(evaluate(kb, *answers));
    const ReportInput input{kb, *answers, *evaluation, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    QTemporaryDir dir;

    // A writer standing in for Markdown's: where does it run, and on what?
    QThread* ranOn = nullptr;
    std::string titleSeen;
    ReportWriters probe = builtInReportWriters();
    probe[".md"] = [&](const ReportInput& in, const std::string& path) {
        ranOn = QThread::currentThread();
        titleSeen = in.answers.title;
        return writeMarkdownReport(in, path);
    };
    const QString markdown = dir.filePath(QStringLiteral("report.md"));
    auto* job = ui::ReportExportJob::start(input, markdown, nullptr, probe);
    bool finished = false;
    QObject::connect(job, &ui::ReportExportJob::finished, job, [&](const Status& result) {
        CHECK(result.ok());
        finished = true;
    });
    // The job owns a copy: the decision may change or go while the file is made.
    const std::string title = answers->title;
    answers.reset();
    evaluation.reset();
    REQUIRE(QTest::qWaitFor([&] { return finished; }, 30'000));
    CHECK(ranOn != nullptr);
    CHECK(ranOn != QApplication::instance()->thread());
    CHECK(titleSeen == title);
    CHECK(readAll(markdown).contains(QByteArray::fromStdString(title)));
}

TEST_CASE("Exported PDF, HTML and JSON reports are complete files", "[report][export]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    const AnswerSet answers =
        loadAnswers(ADVISOR_TEST_DATA_DIR "/answers/ml-platform-python.json", kb).value();
    const Evaluation evaluation = evaluate(kb, answers);
    const ReportInput input{kb, answers, evaluation, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    QTemporaryDir dir;
    for (const char* name : {"report.pdf", "report.html", "report.json"}) {
        INFO(name);
        const QString path = dir.filePath(QString::fromLatin1(name));
        const Exported exported = exportTo(input, path);
        REQUIRE(exported.result.ok());
        const QByteArray bytes = readAll(path);
        if (path.endsWith(QLatin1String(".pdf")))
            CHECK(bytes.startsWith("%PDF-"));
        else if (path.endsWith(QLatin1String(".html")))
            CHECK(bytes.contains("<svg"));
        else
            CHECK(nlohmann::json::parse(bytes.toStdString())["format"] == "backend-advisor/report");
    }
}

TEST_CASE("An export that cannot be written says which file, and leaves nothing behind",
          "[report][export]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    const AnswerSet answers = AnswerSet::empty(kb);
    const Evaluation evaluation = evaluate(kb, answers);
    const ReportInput input{kb, answers, evaluation, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    QTemporaryDir dir;
    for (const char* name : {"missing/report.pdf", "missing/report.md", "report.docx"}) {
        INFO(name);
        const QString path = dir.filePath(QString::fromLatin1(name));
        const Exported exported = exportTo(input, path);
        REQUIRE_FALSE(exported.result.ok());
        CHECK(exported.result.error().file == QFile::encodeName(path).toStdString());
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("PDF and HTML laid out on the export worker match those made on the GUI thread",
          "[report][export]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    const AnswerSet answers =
        loadAnswers(ADVISOR_TEST_DATA_DIR "/answers/mixed-realtime-ml.json", kb).value();
    const Evaluation evaluation = evaluate(kb, answers);
    const ReportInput input{kb, answers, evaluation, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(exportTo(input, html).result.ok());
    // The charts' recorded drawings play back the same on any thread: the same text, the same
    // elements with the same attributes. (Their order may differ: QtCharts does not always add
    // a bar chart's labels to its scene in the same order, on either thread.)
    const QByteArray onGuiThread = ui::htmlReport(input);
    CHECK(onGuiThread.count("<svg") == 4);
    const auto elements = [](const QByteArray& document) {
        QList<QByteArray> parts = document.split('>');
        std::sort(parts.begin(), parts.end());
        return parts;
    };
    CHECK(elements(readAll(html)) == elements(onGuiThread));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(exportTo(input, pdf).result.ok());
    const auto pages = [](const QByteArray& bytes) {
        return bytes.count("/Type /Page\n");
    };
    const QByteArray exportedPdf = readAll(pdf);
    const QByteArray guiPdf = ui::pdfReport(input, "gui.pdf").value();
    CHECK(pages(exportedPdf) >= 3);
    CHECK(pages(exportedPdf) == pages(guiPdf));
    // Same drawing, so the same size to within the few bytes of its creation time.
    CHECK(std::abs(exportedPdf.size() - guiPdf.size()) < 64);
}
