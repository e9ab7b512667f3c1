// Not a check but a look: grabs every page at 1024×700 in light and dark, and at the window's
// minimum size in light, to PNG files so a person can see clipping, unreadable axes or wrong
// colours. Hidden from the normal run; use
//   advisor_ui_tests "[.screenshots]"      (ADVISOR_SCREENSHOT_DIR picks the folder)
#include "main_window_fixture.h"
#include "screenshot_folder.h"
#include "ui/appearance.h"
#include "ui/results/results_page.h"

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <catch2/catch.hpp>

using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

TEST_CASE("Grab every page in light and dark", "[.screenshots]") {
    const QString folder = advisor::ui::test::screenshotFolder();
    const std::array<std::pair<PaletteMode, const char*>, 2> modes = {
        std::pair{PaletteMode::Light, "light"}, std::pair{PaletteMode::Dark, "dark"}};
    const std::array<const char*, MainWindow::PageCount> names = {
        "questionnaire", "results", "weights", "evidence", "history", "lab", "group"};
    for (const auto& [mode, modeName] : modes) {
        applyPaletteMode(mode);
        {
            // Before any answer: the tie, and what the page says instead of reasons.
            WindowFixture empty;
            empty.window->showPage(MainWindow::ResultsView);
            REQUIRE(QTest::qWaitFor([&] { return empty.window->resultsPage()->chartsReady(); }));
            QTest::qWait(30);
            CHECK(empty.window->grab().save(QStringLiteral("%1/results-unanswered-%2.png")
                                                .arg(folder, QString::fromLatin1(modeName))));
            empty.window->showPage(MainWindow::WeightsView);
            QTest::qWait(30);
            CHECK(empty.window->grab().save(QStringLiteral("%1/weights-unanswered-%2.png")
                                                .arg(folder, QString::fromLatin1(modeName))));
        }
        WindowFixture f;
        REQUIRE(f.window->openAnswers(QStringLiteral(ADVISOR_TEST_DATA_DIR) +
                                      QStringLiteral("/answers/mixed-realtime-ml.json")));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            f.window->showPage(static_cast<MainWindow::Page>(p));
            if (p == MainWindow::ResultsView)
                REQUIRE(QTest::qWaitFor([&] { return f.window->resultsPage()->chartsReady(); }));
            QTest::qWait(30);
            const QString file =
                QStringLiteral("%1/%2-%3.png")
                    .arg(folder, QString::fromLatin1(names[static_cast<std::size_t>(p)]),
                         QString::fromLatin1(modeName));
            CHECK(f.window->grab().save(file));
        }
        if (mode != PaletteMode::Light)
            continue;
        // The smallest the window allows: what a small laptop screen or a tiled desktop gives.
        f.window->resize(f.window->minimumSize());
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            f.window->showPage(static_cast<MainWindow::Page>(p));
            QTest::qWait(30);
            CHECK(f.window->grab().save(
                QStringLiteral("%1/small-%2.png")
                    .arg(folder, QString::fromLatin1(names[static_cast<std::size_t>(p)]))));
        }
    }
    applyPaletteMode(PaletteMode::System);
}

TEST_CASE("Grab the two lenses of a decision the team's situation turns", "[.screenshots]") {
    const QString folder = advisor::ui::test::screenshotFolder();
    const std::array<std::pair<PaletteMode, const char*>, 2> modes = {
        std::pair{PaletteMode::Light, "light"}, std::pair{PaletteMode::Dark, "dark"}};
    for (const auto& [mode, modeName] : modes) {
        applyPaletteMode(mode);
        WindowFixture f;
        REQUIRE(f.window->openAnswers(QStringLiteral(ADVISOR_TEST_DATA_DIR) +
                                      QStringLiteral("/answers/flask-live-updates.json")));
        f.window->showPage(MainWindow::ResultsView);
        REQUIRE(QTest::qWaitFor([&] { return f.window->resultsPage()->chartsReady(); }));
        QTest::qWait(30);
        const QString name = QString::fromLatin1(modeName);
        CHECK(
            f.window->grab().save(QStringLiteral("%1/results-situation-%2.png").arg(folder, name)));
        f.window->showPage(MainWindow::WeightsView);
        QTest::qWait(30);
        CHECK(
            f.window->grab().save(QStringLiteral("%1/weights-situation-%2.png").arg(folder, name)));
        f.window->showPage(MainWindow::ResultsView);
        if (mode != PaletteMode::Light)
            continue;
        f.window->resize(f.window->minimumSize());
        QTest::qWait(30);
        CHECK(f.window->grab().save(QStringLiteral("%1/small-results-situation.png").arg(folder)));
    }
    applyPaletteMode(PaletteMode::System);
}

TEST_CASE("Grab a group decision's pages in light and dark", "[.screenshots]") {
    const QString folder = advisor::ui::test::screenshotFolder();
    const std::array<std::pair<PaletteMode, const char*>, 2> modes = {
        std::pair{PaletteMode::Light, "light"}, std::pair{PaletteMode::Dark, "dark"}};
    for (const auto& [mode, modeName] : modes) {
        applyPaletteMode(mode);
        WindowFixture f;
        REQUIRE(f.window->openAnswers(QStringLiteral(ADVISOR_TEST_DATA_DIR) +
                                      QStringLiteral("/answers/team-group.json")));
        const QString name = QString::fromLatin1(modeName);
        f.window->showPage(MainWindow::GroupView);
        QTest::qWait(30);
        CHECK(f.window->grab().save(QStringLiteral("%1/group-team-%2.png").arg(folder, name)));
        // The grid and the charts below the fold.
        auto* scroll = f.window->findChild<QScrollArea*>(QStringLiteral("groupScrollArea"));
        REQUIRE(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(30);
        CHECK(
            f.window->grab().save(QStringLiteral("%1/group-team-bottom-%2.png").arg(folder, name)));
        f.window->showPage(MainWindow::QuestionnaireView);
        QTest::qWait(30);
        CHECK(f.window->grab().save(
            QStringLiteral("%1/group-questionnaire-%2.png").arg(folder, name)));
        f.window->showPage(MainWindow::ResultsView);
        REQUIRE(QTest::qWaitFor([&] { return f.window->resultsPage()->chartsReady(); }));
        QTest::qWait(30);
        CHECK(f.window->grab().save(QStringLiteral("%1/group-results-%2.png").arg(folder, name)));
        if (mode != PaletteMode::Light)
            continue;
        f.window->resize(f.window->minimumSize());
        f.window->showPage(MainWindow::GroupView);
        QTest::qWait(30);
        CHECK(f.window->grab().save(QStringLiteral("%1/small-group-team.png").arg(folder)));
    }
    applyPaletteMode(PaletteMode::System);
}
