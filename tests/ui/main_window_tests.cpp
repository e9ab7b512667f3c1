#include "core/kb/knowledge_base_loader.h"
#include "main_window_fixture.h"
#include "test_files.h"
#include "ui/about_box.h"
#include "ui/decision_session.h"
#include "ui/questionnaire/questionnaire_page.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::optionName;
using advisor::ui::test::WindowFixture;

TEST_CASE("A fresh start opens on an empty questionnaire with the other pages not yet built",
          "[window]") {
    WindowFixture f;
    CHECK(f.window->currentPage() == MainWindow::QuestionnaireView);
    CHECK(f.window->notice().isEmpty());
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Untitled decision")));
    for (std::size_t q = 0; q < f.window->session()->knowledgeBase().questions.size(); ++q)
        CHECK_FALSE(f.window->session()->answers().answered(q));
    CHECK(f.window->findChild<QWidget*>(QStringLiteral("resultsPage")) == nullptr);
    CHECK(f.window->findChild<QWidget*>(QStringLiteral("evidencePage")) == nullptr);
    CHECK(f.window->findChild<QWidget*>(QStringLiteral("historyPage")) == nullptr);
}

TEST_CASE("The navigation list and the View shortcuts switch pages", "[window]") {
    WindowFixture f;
    auto* navigation = f.find<QListWidget>(QStringLiteral("navigation"));
    REQUIRE(navigation->count() == MainWindow::PageCount);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(f.window->currentPage() == MainWindow::ResultsView);
    QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
    CHECK(f.window->currentPage() == MainWindow::HistoryView);
    auto* history = f.find<QWidget>(QStringLiteral("historyPage"));
    REQUIRE(history);
    CHECK(history->isVisible());
    CHECK(navigation->currentRow() == MainWindow::HistoryView);
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(f.window->currentPage() == MainWindow::WeightsView);
    CHECK(f.window->findChild<QWidget*>(QStringLiteral("evidencePage")) == nullptr);
}

TEST_CASE("The View menu names each page as the navigation does, without stray mnemonics",
          "[window]") {
    WindowFixture f;
    auto* navigation = f.find<QListWidget>(QStringLiteral("navigation"));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        auto* action = f.window->findChild<QAction*>(QStringLiteral("showPage%1").arg(i));
        REQUIRE(action);
        // iconText() is the text as shown, mnemonic markers removed: "Weights & sensitivity"
        // must not become "Weights  sensitivity" with an underlined space.
        CHECK(action->iconText().toStdString() == navigation->item(i)->text().toStdString());
    }
}

TEST_CASE("Undo reverts an answer given with a click", "[window]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const auto team = *session->knowledgeBase().questionIndex("team");
    // "Your situation", built when shown.
    f.window->questionnaire()->setCurrentTopic(
        static_cast<int>(session->knowledgeBase().topics.size()) - 1);
    auto* python = f.find<QRadioButton>(optionName("team", "python"));
    REQUIRE(python);
    QApplication::processEvents(); // lay the newly shown topic out before clicking into it
    test::click(python);
    REQUIRE(session->answers().answered(team));
    CHECK(f.window->isWindowModified());

    auto* undo = f.window->findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(session->answers().answered(team));
    CHECK(f.find<QRadioButton>(QStringLiteral("skip_team"))->isChecked());
    CHECK_FALSE(python->isChecked());
    f.window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    CHECK(python->isChecked());
}

TEST_CASE("The window remembers its page and geometry in the settings registry", "[window]") {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    GuiStartup startup = test::builtInStartup();
    startup.settingsPath = ini;
    {
        MainWindow window(startup);
        window.setDiscardConfirmation([] { return true; });
        window.resize(1000, 690);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::EvidenceView);
        window.close();
    }
    Settings settings(ini);
    CHECK(settings.lastPage() == MainWindow::EvidenceView);
    CHECK_FALSE(settings.windowGeometry().isEmpty());
    MainWindow reopened(startup);
    CHECK(reopened.currentPage() == MainWindow::EvidenceView);
    CHECK(reopened.size() == QSize(1000, 690));
}

TEST_CASE("The settings registry keeps values within their bounds", "[window][settings]") {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    test::writeFile(ini, "[window]\nlastPage=42\n[appearance]\npalette=banana\n");
    Settings settings(ini);
    CHECK(settings.lastPage() == 0);
    CHECK(settings.paletteMode() == PaletteMode::System);
    settings.setLastPage(-3);
    CHECK(settings.lastPage() == 0);
    settings.setPaletteMode(PaletteMode::Dark);
    CHECK(settings.paletteMode() == PaletteMode::Dark);
}

TEST_CASE("Answers save atomically and open again: a bad file is reported, not fatal",
          "[window][file]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const auto team = *session->knowledgeBase().questionIndex("team");
    session->setTitle(QStringLiteral("Chat <backend>"));
    session->setSingleAnswer(team, 1);
    const QString path = f.dir.filePath(QStringLiteral("answers.json"));
    REQUIRE(f.window->saveAnswers(path));
    CHECK_FALSE(f.window->isWindowModified());

    f.window->findChild<QAction*>(QStringLiteral("newAction"))->trigger();
    CHECK_FALSE(session->answers().answered(team));
    REQUIRE(f.window->openAnswers(path));
    CHECK(session->answers().title == "Chat <backend>");
    CHECK(session->answers().choices[team] == std::vector<std::size_t>{1});

    const QString broken = f.dir.filePath(QStringLiteral("broken.json"));
    test::writeFile(broken, R"({"answers": {"team": "cobol"}})");
    CHECK_FALSE(f.window->openAnswers(broken));
    CHECK(f.window->notice().contains(QStringLiteral("broken.json")));
    CHECK(f.window->notice().contains(QStringLiteral("team")));
    CHECK(session->answers().title == "Chat <backend>"); // the open decision is untouched
}

TEST_CASE("The File menu has the standard shortcuts, export and print", "[window]") {
    WindowFixture f;
    auto action = [&](const char* name) {
        auto* a = f.window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(a);
        return a;
    };
    CHECK(action("newAction")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(action("openAction")->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(action("saveAction")->shortcut() == QKeySequence(QKeySequence::Save));
    CHECK(action("quitAction")->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK(action("exportAction")->isEnabled());
    CHECK(action("exportAction")->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    CHECK(action("exportAction")->toolTip().contains(QStringLiteral("PDF")));
    CHECK(action("printAction")->isEnabled());
    CHECK(action("printAction")->shortcut() == QKeySequence(QKeySequence::Print));
}

TEST_CASE("About names the knowledge base's version, hash and source article", "[window]") {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    const QString text = aboutText(kb);
    CHECK(text.contains(QString::fromStdString(kb.version)));
    CHECK(text.contains(QString::fromStdString(kb.hash)));
    CHECK(text.contains(QStringLiteral("Node.js vs Python Backend: Which One Should You Choose?")));
    CHECK(text.contains(QStringLiteral("2025-04-24")));
}
