#include "gui_benchmarks.h"

#include "bench_harness.h"
#include "core/answers.h"
#include "core/engine.h"
#include "core/json_io.h"
#include "core/knowledge_base_loader.h"
#include "core/report_input.h"
#include "ui/decision_session.h"
#include "ui/gui_startup.h"
#include "ui/history/history_benchmarks.h"
#include "ui/main_window.h"
#include "ui/report/html_report.h"
#include "ui/report/pdf_report.h"
#include "ui/results/results_page.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>

namespace advisor::bench {
namespace {

AnswerSet chatAnswers(const KnowledgeBase& kb) {
    const auto json = nlohmann::json::parse(R"({"title": "Realtime chat startup", "answers": {
        "app_type": ["chat", "api"], "concurrency": "massive", "latency": "realtime",
        "workload": "io", "ml_libraries": "none", "team": "javascript", "time_to_market": "urgent",
        "architecture": "microservices", "fullstack_js": "yes", "growth": "rapid"}})");
    return parseAnswers(json, kb, "bench").value();
}

void answerToCharts() {
    QTemporaryDir dir;
    ui::GuiStartup startup;
    startup.knowledgeBase = builtInKnowledgeBase();
    startup.databasePath = dir.filePath(QStringLiteral("decisions.sqlite3"));
    startup.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    ui::MainWindow window(std::move(startup));
    window.resize(1024, 700);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
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

void reports() {
    const auto& kb = builtInKnowledgeBase();
    const auto answers = chatAnswers(kb);
    const auto ev = evaluate(kb, answers);
    const ReportInput input{kb, answers, ev, MonteCarloSettings{},
                            std::chrono::system_clock::now()};
    print(measure("report_pdf", 15, [&] { (void)ui::pdfReport(input, "bench.pdf"); }));
    print(measure("report_html", 15, [&] { (void)ui::htmlReport(input); }));
}

// The budget is for 10,000 decisions; 1,000 and 100,000 show how the cost grows.
void history() {
    for (const std::size_t decisions : {1'000u, 10'000u, 100'000u}) {
        const std::string size = std::to_string(decisions / 1'000) + "k";
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("decisions.sqlite3")).toStdString();
        if (!ui::seedHistoryDatabase(db, decisions)) {
            std::printf("BENCH history_list_%s error=cannot-seed\n", size.c_str());
            continue;
        }
        // The page's own timing: from building it to its table painted, the database already
        // open (as it is when the user opens History), not the opening and closing around it.
        print(measureReported(
            "history_list_" + size, 5, [&] { return ui::measureHistoryList(db); }, 1));
        const auto keys = ui::measureHistorySearch(db, "team 3");
        std::printf("BENCH history_search_%s median_ms=%.4f max_ms=%.4f keystrokes=%zu\n",
                    size.c_str(), keys.medianMs, keys.worstMs, keys.keystrokes);
    }
}

} // namespace

void runGuiBenchmarks() {
    answerToCharts();
    reports();
    history();
}

} // namespace advisor::bench
