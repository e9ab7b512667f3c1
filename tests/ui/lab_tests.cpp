// The Evidence Lab page as a user meets it: a recorded run shown as charts, claims and the
// machine; the endpoint switch; missing packages with the apt-get line; and real runs on
// 127.0.0.1 that report progress by server and stage, finish without blocking the window, or
// are cancelled with every server stopped.
#include "core/base/json_io.h"
#include "core/kb/knowledge_base_loader.h"
#include "core/lab/child_process.h"
#include "core/lab/lab_runner.h"
#include "main_window_fixture.h"
#include "screenshot_folder.h"
#include "ui/appearance.h"
#include "ui/lab/claims_model.h"
#include "ui/lab/lab_charts.h"
#include "ui/lab/lab_controller.h"
#include "ui/lab/lab_page.h"

#include <QBarSet>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <fstream>
#include <unistd.h>

using namespace advisor;
using namespace advisor::ui;

namespace {

lab::LabRun recordedRun() {
    const std::string path = ADVISOR_TEST_DATA_DIR "/lab/lab-run.json";
    auto json = loadJsonFile(path);
    REQUIRE(json);
    auto run = lab::parseLabRun(*json, path);
    REQUIRE(run);
    return *run;
}

// A page shown at a usual size, with the lab's lock in a folder of its own so the end-to-end
// CLI test running beside it does not refuse it.
struct LabFixture {
    LabFixture() : page(kb) {
        auto env = lab::defaultLabEnvironment();
        REQUIRE(env);
        env->lockPath = lockDir.filePath(QStringLiteral("lab.lock")).toStdString();
        page.controller()->setEnvironment(*env);
        page.resize(1000, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
    template <typename T> T* find(const char* name) const {
        return page.findChild<T*>(QString::fromLatin1(name));
    }

    KnowledgeBase kb = builtInKnowledgeBase();
    QTemporaryDir lockDir;
    LabPage page;
};

// Running processes this test process's labs started: they carry its pid in their
// environment (child_process.h), which another test's lab running beside this one does not.
int labProcessesRunning() {
    const std::string mark = std::string(lab::kLabChildMark) + "=" + std::to_string(::getpid());
    int count = 0;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        entry.toInt(&isPid);
        if (!isPid)
            continue;
        std::ifstream environ("/proc/" + entry.toStdString() + "/environ");
        std::string text((std::istreambuf_iterator<char>(environ)), {});
        std::ifstream stat("/proc/" + entry.toStdString() + "/stat");
        std::string statText((std::istreambuf_iterator<char>(stat)), {});
        const auto close = statText.rfind(')');
        const bool zombie =
            close != std::string::npos && close + 2 < statText.size() && statText[close + 2] == 'Z';
        if (!zombie && (text.find(mark + '\0') != std::string::npos ||
                        (text.size() >= mark.size() &&
                         text.compare(text.size() - mark.size(), mark.size(), mark) == 0)))
            ++count;
    }
    return count;
}

} // namespace

TEST_CASE("Evidence Lab: a run shows as charts, claims beside the article and the machine",
          "[lab]") {
    LabFixture f;
    const auto run = recordedRun();
    f.page.showRun(run);

    auto* table = f.find<QTableView>("labClaims");
    REQUIRE(table->model()->rowCount() == static_cast<int>(run.claims.size()));
    const auto cell = [&](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    CHECK(cell(0, ClaimsModel::ArticleColumn).contains(QStringLiteral("40,000 requests")));
    CHECK(cell(0, ClaimsModel::ClaimedColumn) == QStringLiteral("4\u00d7"));
    CHECK(cell(0, ClaimsModel::VerdictColumn) == ClaimsModel::verdictText(run.claims[0].verdict));
    CHECK(cell(1, ClaimsModel::ClaimedColumn) == QStringLiteral("2\u20133\u00d7"));
    CHECK(cell(0, ClaimsModel::MeasuredColumn).endsWith(QStringLiteral("\u00d7")));

    // Requests/s per server, in the language's colour; /json first, /compute on request.
    auto* chart = f.find<LabThroughputChart>("labThroughputChart");
    REQUIRE(chart->nodeSet()->count() == 5);
    const auto* node = run.server("node-http");
    // The first server is drawn at the top, the last bar index.
    CHECK(chart->nodeSet()->at(4) == Approx(node->json->median.requestsPerSecond));
    CHECK(chart->pythonSet()->at(4) == 0);
    CHECK(chart->pythonSet()->at(0) ==
          Approx(run.server("django")->json->median.requestsPerSecond));
    auto* latency = f.find<LabLatencyChart>("labLatencyChart");
    CHECK(latency->sets()[2]->at(4) == Approx(node->json->median.latencyMs.p99));
    QTest::mouseClick(f.find<QRadioButton>("labEndpointCompute"), Qt::LeftButton, {}, QPoint(8, 8));
    CHECK(chart->nodeSet()->at(4) == Approx(node->compute->median.requestsPerSecond));

    const QString machine = f.find<QLabel>("labMachine")->text();
    CHECK(machine.contains(QString::fromStdString(run.machine.cpu)));
    CHECK(machine.contains(QStringLiteral("wrk 4.1.0")));
    CHECK(machine.contains(QStringLiteral("django 3.2.25")));
    CHECK(f.find<QWidget>("labMissing")->isHidden());
}

TEST_CASE("Evidence Lab: what is missing is listed with the apt-get line to copy", "[lab]") {
    LabFixture f;
    auto run = recordedRun();
    auto& django = run.servers.back();
    django.status = lab::ServerStatus::Missing;
    django.missingPackages = {"python3-django", "python3-gunicorn"};
    django.json.reset();
    django.compute.reset();
    run.missingPackages = django.missingPackages;
    run.installCommand = "sudo apt-get install python3-django python3-gunicorn";
    f.page.showRun(run);

    REQUIRE(f.find<QWidget>("labMissing")->isVisible());
    INFO(f.find<QLabel>("labMissingText")->text().toStdString());
    CHECK(f.find<QLabel>("labMissingText")
              ->text()
              .contains(QStringLiteral("Django was not measured: python3-django, "
                                       "python3-gunicorn not installed.")));
    CHECK(f.find<QLineEdit>("labInstallCommand")->text() ==
          QStringLiteral("sudo apt-get install python3-django python3-gunicorn"));
    // The charts hold the measured servers only.
    CHECK(f.find<LabThroughputChart>("labThroughputChart")->nodeSet()->count() == 4);
}

TEST_CASE("Evidence Lab: Run reports server and stage, Cancel stops every server", "[lab]") {
    LabFixture f;
    auto* run = f.find<QPushButton>("labRun");
    auto* cancel = f.find<QPushButton>("labCancel");
    auto* progress = f.find<QProgressBar>("labProgress");
    CHECK_FALSE(cancel->isEnabled());
    f.find<QSpinBox>("labSeconds")->setValue(5);
    QTest::mouseClick(run, Qt::LeftButton);
    CHECK_FALSE(run->isEnabled());
    CHECK(cancel->isEnabled());
    // The window keeps handling events while the lab works: qWaitFor spins the event loop.
    REQUIRE(QTest::qWaitFor(
        [&] { return progress->format().contains(QStringLiteral("measuring /json")); }, 60'000));
    CHECK(progress->format().startsWith(QStringLiteral("Round 1 of 3 \u00b7 Node.js http")));
    CHECK(progress->value() > 0);
    CHECK(labProcessesRunning() >= 1);

    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return run->isEnabled(); }, 20'000));
    CHECK(f.find<QLabel>("labStatus")->text().startsWith(QStringLiteral("Cancelled.")));
    CHECK_FALSE(cancel->isEnabled());
    CHECK(labProcessesRunning() == 0);
    CHECK_FALSE(f.page.run());
}

TEST_CASE("Evidence Lab: a finished run fills the page, and closing mid-run stops the servers",
          "[lab]") {
    LabFixture f;
    lab::LabSettings one;
    one.seconds = 1;
    one.rounds = 1;
    one.servers = {"node-http"};
    REQUIRE(f.page.controller()->start(one));
    CHECK_FALSE(f.page.controller()->start(one)); // one run at a time
    REQUIRE(QTest::qWaitFor([&] { return f.page.run().has_value(); }, 60'000));
    CHECK(f.find<QProgressBar>("labProgress")->format() == QStringLiteral("Done"));
    CHECK(f.find<QLabel>("labStatus")->text() == QStringLiteral("Finished: 1 server measured."));
    CHECK(f.find<LabThroughputChart>("labThroughputChart")->nodeSet()->at(0) > 0);
    CHECK(labProcessesRunning() == 0);

    // A page (a window) destroyed while its lab runs takes the servers with it.
    {
        auto page = std::make_unique<LabPage>(f.kb);
        auto env = lab::defaultLabEnvironment();
        REQUIRE(env);
        env->lockPath = f.lockDir.filePath(QStringLiteral("lab2.lock")).toStdString();
        page->controller()->setEnvironment(*env);
        bool measuring = false;
        QObject::connect(page->controller(), &LabController::progressed,
                         [&](const lab::LabProgress& p) {
                             measuring = measuring || p.stage == lab::LabStage::WarmingUp;
                         });
        lab::LabSettings longer = one;
        longer.seconds = 10;
        REQUIRE(page->controller()->start(longer));
        REQUIRE(QTest::qWaitFor([&] { return measuring; }, 60'000));
        CHECK(labProcessesRunning() >= 1);
    }
    CHECK(labProcessesRunning() == 0);
}

TEST_CASE("Evidence Lab: the View menu's sixth page", "[lab][window]") {
    test::WindowFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    CHECK(f.window->currentPage() == MainWindow::LabView);
    auto* page = f.find<LabPage>(QStringLiteral("labPage"));
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(f.find<QProgressBar>(QStringLiteral("labProgress"))->format() ==
          QStringLiteral("Not run yet"));
}

// Not a check but a look (hidden like the other screenshots): the page with a recorded run, in
// the main window, light and dark, and at the window's minimum size.
TEST_CASE("Grab the Evidence Lab page with a run", "[.screenshots]") {
    const QString folder = test::screenshotFolder();
    for (const auto& [mode, name] :
         {std::pair{PaletteMode::Light, "light"}, std::pair{PaletteMode::Dark, "dark"}}) {
        applyPaletteMode(mode);
        test::WindowFixture f;
        f.window->showPage(MainWindow::LabView);
        auto* page = f.find<LabPage>(QStringLiteral("labPage"));
        auto run = recordedRun();
        run.servers.back().status = lab::ServerStatus::Missing;
        run.servers.back().missingPackages = {"python3-gunicorn"};
        run.installCommand = "sudo apt-get install python3-gunicorn";
        page->showRun(run);
        QTest::qWait(30);
        CHECK(f.window->grab().save(
            QStringLiteral("%1/lab-run-%2.png").arg(folder, QString::fromLatin1(name))));
        if (mode == PaletteMode::Light) {
            f.window->resize(f.window->minimumSize());
            QTest::qWait(30);
            CHECK(f.window->grab().save(QStringLiteral("%1/small-lab-run.png").arg(folder)));
        }
    }
    applyPaletteMode(PaletteMode::System);
}
