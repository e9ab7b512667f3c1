// PDF and HTML reports, checked with real readers: poppler's pdftotext, pdfimages and pdfinfo
// read the PDF; the HTML is checked at the level of its tags; the command line runs as a child
// process, as a CI job would run it.
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"
#include "test_files.h"
#include "ui/report/gui_report_writers.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/report/print_report.h"
#include "ui/report/report_body.h"
#include "ui/report/report_charts.h"
#include "ui/report/report_document.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

using namespace advisor;

// An evaluated answers file from tests/data/answers, ready to report.
struct Decision {
    explicit Decision(const char* answersFile)
        : kb(builtInKnowledgeBase()),
          answers(loadAnswers(std::string(ADVISOR_TEST_DATA_DIR "/answers/") + answersFile, kb)
                      .value()),
          evaluation(evaluate(kb, answers)) {}

    [[nodiscard]] ReportInput input() const {
        using namespace std::chrono;
        return ReportInput{
            kb,        answers, evaluation, MonteCarloSettings{}, sys_days{year{2025} / 4 / 24},
            "Proposed"};
    }

    const KnowledgeBase& kb;
    AnswerSet answers;
    Evaluation evaluation;
};

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString& program, const QStringList& arguments,
                  std::optional<QProcessEnvironment> environment = std::nullopt) {
    QProcess process;
    if (environment)
        process.setProcessEnvironment(*environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString poppler(const char* tool) {
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO("poppler-utils provides " << tool << "; install it to run the report tests");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// pdftotext's text with ligatures spelt out and every run of white space one space, so a
// sentence reads the same wherever the layout wrapped it.
QString pdfText(const QString& pdf) {
    const auto result = run(poppler("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    QString text = result.out;
    text.replace(QChar(0xfb01), QStringLiteral("fi")).replace(QChar(0xfb02), QStringLiteral("fl"));
    return text.simplified();
}

int pdfPageCount(const QString& pdf) {
    const auto result = run(poppler("pdfinfo"), {pdf});
    REQUIRE(result.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(result.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// pdfimages -list prints two header lines, then one line per image.
int pdfImageCount(const QString& pdf) {
    const auto result = run(poppler("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(result.exitCode == 0);
    const auto lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return static_cast<int>(lines.size()) - 2;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// Every start tag in the document, so checks see markup and never escaped text.
QStringList startTags(const QString& html) {
    QStringList tags;
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z][^>]*>"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        tags << it.next().captured(0);
    return tags;
}

// Runs `handle` on the next modal dialog of type Dialog once it is open: file dialogs, message
// boxes and the print preview block in exec(), so the test acts from inside their event loop.
// A dialog of another type (one still closing) is left alone.
template <typename Dialog> void whenModal(std::function<void(Dialog*)> handle) {
    auto* poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle = std::move(handle)] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            handle(dialog);
        }
    });
    poll->start();
}

} // namespace

TEST_CASE("The PDF report reads back with the verdict, citations and flip sentences, and holds "
          "no bitmaps",
          "[report][pdf]") {
    const Decision decision("realtime-chat-js.json");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto written = ui::writePdfReport(decision.input(), pdf.toStdString());
    INFO((written ? std::string() : written.error().oneLine()));
    REQUIRE(written);

    const QString text = pdfText(pdf);
    const auto& ev = decision.evaluation;
    const auto& kb = decision.kb;
    CHECK(text.contains(q(kb.alternatives[ev.recommendation.winner].name)));
    CHECK(text.contains(q(headline(kb, ev))));
    CHECK(text.contains(q(verdictLabel(ev.recommendation.verdict))));
    CHECK(text.contains(q(kb.evidence[ev.reasons.front().evidence].source.text()).simplified()));
    REQUIRE_FALSE(ev.sensitivity.flipPoints.empty());
    CHECK(text.contains(q(flipSentence(kb, ev, ev.sensitivity.flipPoints.front()))));
    CHECK(text.contains(q(confidenceSentence(kb, ev))));
    CHECK(text.contains(QStringLiteral("Realtime chat startup")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    // The summary comes first: the recommendation precedes the charts and the reasons.
    CHECK(text.indexOf(QStringLiteral("Recommendation")) < text.indexOf(QStringLiteral("Charts")));

    CHECK(pdfImageCount(pdf) == 0);
    CHECK(pdfPageCount(pdf) >= 2);
}

TEST_CASE("The HTML report is one self-contained file with inline SVG charts and escaped text",
          "[report][html]") {
    Decision decision("realtime-chat-js.json");
    decision.answers.title = "<img src=x onerror=alert(1)>";
    decision.answers.notes = "<script>alert(2)</script>\n\"quoted\" & 'single'";
    const QString html = QString::fromUtf8(ui::htmlReport(decision.input()));

    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.count(QStringLiteral("<svg")) == 4);
    CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    CHECK(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("&quot;quoted&quot; &amp; &#39;single&#39;")));

    // No tag loads anything: no src, href or xlink:href attribute, no embedded bitmap.
    for (const QString& tag : startTags(html)) {
        INFO(tag.toStdString());
        CHECK_FALSE(tag.contains(QRegularExpression(QStringLiteral("\\s(src|href|xlink:href)\\s*="),
                                                    QRegularExpression::CaseInsensitiveOption)));
        CHECK_FALSE(tag.startsWith(QStringLiteral("<image"), Qt::CaseInsensitive));
        CHECK_FALSE(tag.startsWith(QStringLiteral("<link"), Qt::CaseInsensitive));
        CHECK_FALSE(tag.startsWith(QStringLiteral("<iframe"), Qt::CaseInsensitive));
        CHECK_FALSE(tag.startsWith(QStringLiteral("<object"), Qt::CaseInsensitive));
    }
    CHECK_FALSE(html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));

    // The same sections as the PDF.
    const auto& ev = decision.evaluation;
    CHECK(html.contains(ui::escapeHtml(headline(decision.kb, ev))));
    CHECK(html.contains(
        ui::escapeHtml(flipSentence(decision.kb, ev, ev.sensitivity.flipPoints.front()))));
    for (const char* section :
         {"Charts", "Answers", "Scores and weights", "Sensitivity", "Sources"})
        CHECK(html.contains(QStringLiteral("<h2>%1</h2>").arg(QLatin1String(section))));
}

TEST_CASE("A failed report write names the file and leaves the old one untouched", "[report]") {
    const Decision decision("realtime-chat-js.json");
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    advisor::ui::test::writeFile(notAFolder, "not a folder");

    for (const char* name : {"report.pdf", "report.html"}) {
        const std::string target =
            (notAFolder + QLatin1Char('/') + QLatin1String(name)).toStdString();
        auto writer = reportWriterFor(target, ui::guiReportWriters());
        REQUIRE(writer);
        const auto written = (*writer)(decision.input(), target);
        REQUIRE_FALSE(written);
        CHECK(written.error().oneLine().find(target) != std::string::npos);
        CHECK(readFile(notAFolder) == "not a folder");
    }

    // A name so long that the temporary file beside it cannot exist: the write fails after
    // the report is drawn, and the existing report must survive byte for byte.
    for (const char* extension : {".pdf", ".html"}) {
        const QString target =
            dir.filePath(QString(240, QLatin1Char('r')) + QLatin1String(extension));
        advisor::ui::test::writeFile(target, "the old report");
        const std::string path = target.toStdString();
        const auto written =
            (*reportWriterFor(path, ui::guiReportWriters()))(decision.input(), path);
        REQUIRE_FALSE(written);
        CHECK(written.error().oneLine().find(path) != std::string::npos);
        CHECK(readFile(target) == "the old report");
        // ... and no temporary file is left behind.
        for (const QString& entry : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            CHECK_FALSE(entry.startsWith(QLatin1Char('.')));
    }
}

TEST_CASE("The print preview draws the same pages as the PDF", "[report][print]") {
    const Decision decision("realtime-chat-js.json");
    QTemporaryDir dir;
    ui::ReportDocument document(decision.input());
    // A PDF-format printer is what the preview's printer becomes when the user prints to a
    // file; it goes through the same paint path as the preview pages. The preview repaints
    // whenever its page setup changes, so the same document is painted twice.
    auto print = [&](const QString& name) {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setResolution(ui::reportDpi());
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(name));
        ui::ReportDocument::setUpPage(printer);
        return document.paint(printer);
    };
    const int pages = print(QStringLiteral("printed.pdf"));
    CHECK(pages >= 2);
    CHECK(print(QStringLiteral("printed-again.pdf")) == pages);

    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    REQUIRE(ui::writePdfReport(decision.input(), exported.toStdString()));
    CHECK(pdfPageCount(exported) == pages);
    CHECK(pdfText(dir.filePath(QStringLiteral("printed-again.pdf"))) == pdfText(exported));
}

TEST_CASE("Print opens a preview, and Export writes the chosen file or names the one that failed",
          "[report][print]") {
    const Decision decision("realtime-chat-js.json");
    bool previewed = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        previewed = true;
        preview->close();
    });
    ui::printReport(nullptr, decision.input());
    CHECK(previewed);

    QTemporaryDir dir;
    // QFileDialog's own accept() is protected; QDialog's is the public slot.
    // selectFile() alone races the dialog's folder loading, which may put the suggested name
    // back; the name field is what accept() reads, so the full path goes there as well.
    const auto choose = [](QFileDialog* dialog, const QString& file) {
        dialog->selectFile(file);
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(file);
        static_cast<QDialog*>(dialog)->accept();
    };
    const QString target = dir.filePath(QStringLiteral("export.html"));
    whenModal<QFileDialog>([&](QFileDialog* dialog) { choose(dialog, target); });
    CHECK(ui::exportReport(nullptr, decision.input()));
    CHECK(readFile(target).contains("<svg"));

    // A folder that is a file: the dialog's own check would catch it, so the name is typed
    // without one (a file of that name is created after the dialog's check).
    const QString blocked = dir.filePath(QStringLiteral("later-a-file/report.pdf"));
    QDir(dir.path()).mkdir(QStringLiteral("later-a-file"));
    QString message;
    whenModal<QFileDialog>([&](QFileDialog* dialog) {
        choose(dialog, blocked);
        QDir(dir.path()).rmdir(QStringLiteral("later-a-file"));
        advisor::ui::test::writeFile(dir.filePath(QStringLiteral("later-a-file")), "a file now");
        whenModal<QMessageBox>([&](QMessageBox* box) {
            message = box->text();
            box->close();
        });
    });
    CHECK_FALSE(ui::exportReport(nullptr, decision.input()));
    INFO(message.toStdString());
    CHECK(message.contains(blocked));
}

TEST_CASE("evaluate --report writes PDF and HTML from the command line, and refuses unknown "
          "types",
          "[report][cli]") {
    QTemporaryDir dir;
    const QString answers = QStringLiteral(ADVISOR_TEST_DATA_DIR "/answers/realtime-chat-js.json");
    const QString cli = QStringLiteral(ADVISOR_CLI_PATH);

    // As a CI job runs it: no display and no platform chosen; the writer must go offscreen.
    QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        headless.remove(QString::fromLatin1(variable));

    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    auto result =
        run(cli, {QStringLiteral("evaluate"), answers, QStringLiteral("--report"), pdf}, headless);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    CHECK(pdfPageCount(pdf) >= 2);

    const QString html = dir.filePath(QStringLiteral("out.html"));
    result =
        run(cli, {QStringLiteral("evaluate"), answers, QStringLiteral("--report"), html}, headless);
    CHECK(result.exitCode == 0);
    const QByteArray page = readFile(html);
    CHECK(page.startsWith("<!DOCTYPE html>"));
    CHECK(page.contains("<svg"));

    const QString text = dir.filePath(QStringLiteral("out.txt"));
    result = run(cli, {QStringLiteral("evaluate"), answers, QStringLiteral("--report"), text});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(text));
    CHECK_FALSE(QFile::exists(text));
}

// Not a pass/fail test (timing depends on the machine); run it on a Release build with
//   advisor_ui_tests "[.benchmark]"
TEST_CASE("Report timing", "[.benchmark][report]") {
    const Decision decision("realtime-chat-js.json");
    const auto input = decision.input();
    auto median = [](auto&& work) {
        std::vector<double> ms;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    const double pdf = median([&] { (void)ui::pdfReport(input, "bench.pdf"); });
    const double html = median([&] { (void)ui::htmlReport(input); });
    const double charts = median([&] { ui::ReportCharts c(decision.kb, decision.evaluation, 96); });
    const double document = median([&] { ui::ReportDocument d(input); });
    std::printf("PDF report %.1f ms (building the paged document with its charts: %.1f ms); HTML "
                "report %.1f ms; building the four charts alone: %.1f ms\n",
                pdf, document, html, charts);
    SUCCEED();
}

TEST_CASE("PDF and HTML reports show both lenses and the team's own facts with their sources",
          "[report][html][situation]") {
    Decision decision("flask-live-updates.json");
    const Evaluation& ev = decision.evaluation;
    const QString html = QString::fromUtf8(ui::htmlReport(decision.input()));
    CHECK(html.contains(QStringLiteral("<h2>Your situation</h2>")));
    // As the report escapes text: & < > " and the apostrophe.
    const auto escaped = [](const std::string& text) {
        return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\''),
                                                                    QStringLiteral("&#39;"));
    };
    CHECK(html.contains(escaped(articleLensSentence(builtInKnowledgeBase(), ev))));
    CHECK(html.contains(escaped(situationFlipSentence(builtInKnowledgeBase(), ev))));
    CHECK(html.contains(QStringLiteral("Things You Should Never Do, Part I")));
    CHECK(html.contains(QStringLiteral("because of your answer")));
    // A decision whose two lenses agree says both as well.
    Decision chat("realtime-chat-js.json");
    CHECK(QString::fromUtf8(ui::htmlReport(chat.input()))
              .contains(QStringLiteral("The article&#39;s criteria: Node.js, clear")));
}
