#include "gui_benchmarks.h"

#include "bench_harness.h"
#include "core/base/json_io.h"
#include "core/engine/engine.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/model/answers.h"
#include "core/report/report_input.h"
#include "core/store/synthetic_history.h"
#include "ui/decision_session.h"
#include "ui/group/group_page.h"
#include "ui/gui_startup.h"
#include "ui/history/history_benchmarks.h"
#include "ui/main_window.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/report/report_export_job.h"
#include "ui/results/results_page.h"
#include "ui/stall_meter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>

namespace advisor::bench {
namespace {

AnswerSet chatAnswers(const KnowledgeBase& kb) {
    const auto json = nlohmann::json::parse(R"({"title": "Realtime chat startup", "answers": {
        "app_type": ["chat", "api"], "concurrency": "massive", "latency": "realtime",
        "workload": "io", "ml_libraries": "none", "team": "javascript", "time_to_market": "urgent",
        "architecture": "microservices", "fullstack_js": "yes", "growth": "rapid"}})");
    return parseAnswers(json, kb, "bench").value();
}

// The real main window on the built-in knowledge base, its store and settings in `dir`, shown.
std::unique_ptr<ui::MainWindow> shownWindow(const QTemporaryDir& dir, QSize size) {
    ui::GuiStartup startup;
    startup.knowledgeBase = builtInKnowledgeBase();
    startup.databasePath = dir.filePath(QStringLiteral("decisions.sqlite3"));
    startup.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    auto window = std::make_unique<ui::MainWindow>(std::move(startup));
    window->resize(size);
    window->show();
    (void)QTest::qWaitForWindowExposed(window.get());
    return window;
}

void answerToCharts() {
    QTemporaryDir dir;
    const auto shown = shownWindow(dir, QSize(1024, 700));
    ui::MainWindow& window = *shown;
    window.showPage(ui::MainWindow::ResultsView);
    window.resultsPage()->ensureCharts();
    QApplication::processEvents();

    auto* session = window.session();
    const auto& kb = session->knowledgeBase();
    const auto team = *kb.questionIndex("team");
    const auto javascript = *kb.questions[team].optionIndex("javascript");
    const auto python = *kb.questions[team].optionIndex("python");
    bool toPython = true;
    // One answer changes; the results page recomputes and replaces every series in place; the
    // repaint is forced so the time includes drawing the four charts.
    print(measure("answer_to_charts", 60, [&] {
        session->setSingleAnswer(team, toPython ? python : javascript);
        toPython = !toPython;
        window.repaint();
    }));
}

// A 20-person group open on the Group page; one respondent's answer changes and every group
// view (respondents table, result, tally, grid, margin chart, weights table) is updated and
// repainted. The window is tall enough for the whole page to be on screen, charts included.
void groupAnswerToCharts() {
    QTemporaryDir dir;
    const auto shown = shownWindow(dir, QSize(1280, 1800));
    ui::MainWindow& window = *shown;

    auto* session = window.session();
    const auto& kb = session->knowledgeBase();
    const auto team = *kb.questionIndex("team");
    const auto workload = *kb.questionIndex("workload");
    const auto javascript = *kb.questions[team].optionIndex("javascript");
    const auto python = *kb.questions[team].optionIndex("python");
    const auto cpu = *kb.questions[workload].optionIndex("cpu");
    AnswerSet group = AnswerSet::empty(kb);
    group.title = "Twenty people";
    for (int i = 0; i < 20; ++i) {
        Respondent r;
        r.name = "Person " + std::to_string(i + 1);
        r.answers = chatAnswers(kb);
        r.answers.title.clear();
        // A third of them lean the other way, so the group disagrees on real questions.
        if (i % 3 == 0) {
            r.answers.choices[team] = std::vector<std::size_t>{python};
            r.answers.choices[workload] = std::vector<std::size_t>{cpu};
        }
        group.respondents.push_back(std::move(r));
    }
    session->load(std::move(group));
    session->selectRespondent(4);
    window.showPage(ui::MainWindow::GroupView);
    QApplication::processEvents();

    bool toPython = true;
    print(measure("group_answer_to_charts", 40, [&] {
        session->setSingleAnswer(team, toPython ? python : javascript);
        toPython = !toPython;
        window.repaint();
    }));
}

void reports() {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = chatAnswers(kb);
    const auto ev = evaluate(kb, answers);
    const ReportInput input{kb, answers, ev, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    print(measure("report_pdf", 15, [&] { (void)ui::pdfReport(input, "bench.pdf"); }));
    print(measure("report_html", 15, [&] { (void)ui::htmlReport(input); }));
}

// File ▸ Export Report as the window runs it (ReportExportJob): how long the GUI thread
// stalls while each format is made and written, and how long the whole export takes.
void reportExportStalls() {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = chatAnswers(kb);
    const auto ev = evaluate(kb, answers);
    const ReportInput input{kb, answers, ev, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    QTemporaryDir dir;
    for (const char* format : {"pdf", "html", "md", "json"}) {
        const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
        std::vector<double> stalls;
        std::vector<double> totals;
        for (int run = 0; run < 8; ++run) {
            ui::StallMeter meter;
            bool done = false;
            QElapsedTimer timer;
            meter.start();
            timer.start();
            auto* job = ui::ReportExportJob::start(input, path);
            QObject::connect(job, &ui::ReportExportJob::finished, job,
                             [&](const Status&) { done = true; });
            ui::runEventLoopUntil([&] { return done; });
            totals.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            meter.stop();
            if (run >= 2) // the first runs load fonts and plugins
                stalls.push_back(meter.longestMs());
        }
        totals.erase(totals.begin(), totals.begin() + 2);
        print(figureOf(std::string("report_export_stall_") + format, stalls));
        print(figureOf(std::string("report_export_") + format, totals));
    }
}

// Issue #16's sizes: the page, a search keystroke, deleting everything shown and opening the
// store, each at 10,000, 100,000 and a million decisions (delete-all up to 100,000).
void history() {
    struct Size {
        std::size_t decisions;
        const char* name;
        bool fullDocuments; // a million full documents would be some 18 GB
    };
    for (const Size size :
         {Size{10'000, "10k", true}, Size{100'000, "100k", true}, Size{1'000'000, "1m", false}}) {
        const std::string suffix = size.name;
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("decisions.sqlite3")).toStdString();
        QElapsedTimer generating;
        generating.start();
        if (auto ok = writeSyntheticHistory(db, {size.decisions, size.fullDocuments}); !ok) {
            std::printf("BENCH history_generate_%s error=%s\n", size.name,
                        ok.error().oneLine().c_str());
            continue;
        }
        const double generateMs = static_cast<double>(generating.nsecsElapsed()) / 1e6;
        print(figureOf("history_generate_" + suffix, {generateMs}));

        std::vector<double> stalls;
        std::vector<double> opens;
        for (int run = 0; run < 5; ++run) {
            const auto open = ui::measureStoreOpen(db);
            stalls.push_back(open.longestStallMs);
            opens.push_back(open.openMs);
        }
        print(figureOf("store_open_stall_" + suffix, stalls));
        print(figureOf("store_open_" + suffix, opens));

        print(measureReported(
            "history_list_" + suffix, 5, [&] { return ui::measureHistoryList(db); }, 1));

        std::vector<double> rows;
        std::vector<double> counted;
        std::vector<double> searchStalls;
        for (int run = 0; run < 3; ++run) {
            const auto typed = ui::measureHistorySearch(db, "team 3");
            rows.insert(rows.end(), typed.rowsMs.begin(), typed.rowsMs.end());
            counted.insert(counted.end(), typed.countedMs.begin(), typed.countedMs.end());
            searchStalls.push_back(typed.longestStallMs);
        }
        print(figureOf("history_search_" + suffix, rows));
        print(figureOf("history_search_counted_" + suffix, counted));
        print(figureOf("history_search_stall_" + suffix, searchStalls));

        if (size.decisions > 100'000)
            continue;
        std::vector<double> deletes;
        std::vector<double> undos;
        std::vector<double> deleteStalls;
        for (int run = 0; run < 3; ++run) { // undo puts every decision back for the next run
            const auto all = ui::measureHistoryDeleteAll(db);
            if (all.deleted != size.decisions)
                std::printf("BENCH history_delete_all_%s error=deleted-%zu\n", size.name,
                            all.deleted);
            deletes.push_back(all.deleteMs);
            undos.push_back(all.undoMs);
            deleteStalls.push_back(all.longestStallMs);
        }
        print(figureOf("history_delete_all_" + suffix, deletes));
        print(figureOf("history_undo_delete_all_" + suffix, undos));
        print(figureOf("history_delete_all_stall_" + suffix, deleteStalls));
    }
}

} // namespace

void runGroupGuiBenchmark() {
    groupAnswerToCharts();
}

void runGuiBenchmarks(bool historyOnly) {
    if (!historyOnly) {
        answerToCharts();
        groupAnswerToCharts();
        reports();
        reportExportStalls();
    }
    history();
}

} // namespace advisor::bench
