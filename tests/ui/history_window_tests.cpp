// The history wired into the main window: File ▸ Save into the store, reopening from History,
// the draft autosave offered again after a restart, and a database that is damaged or cannot
// be opened at all.
#include "history_fixture.h"
#include "main_window_fixture.h"
#include "screenshot_folder.h"
#include "test_files.h"
#include "ui/appearance.h"
#include "ui/results/recommendation_banner.h"
#include "ui/results/results_page.h"
#include "ui/store/draft_autosave.h"
#include "ui/store/draft_banner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::answersFile;
using advisor::ui::test::WindowFixture;

namespace {

// A window on its own database in `dir`, as `backend-advisor --db FILE` starts it.
std::unique_ptr<WindowFixture> windowOn(const QString& databasePath) {
    GuiStartup startup = test::builtInStartup();
    startup.databasePath = databasePath;
    return std::make_unique<WindowFixture>(std::move(startup));
}

// Waits, as a user would, for the page to have read what it shows.
void settle(HistoryPage* page) {
    REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, 10'000));
}

HistoryPage* historyOf(WindowFixture& f) {
    f.window->showPage(MainWindow::HistoryView);
    auto* page = f.find<HistoryPage>(QStringLiteral("historyPage"));
    if (page)
        settle(page);
    return page;
}

QStringList titlesIn(HistoryPage* page) {
    settle(page);
    QStringList out;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        out << page->model()->index(r, HistoryModel::Title).data().toString();
    return out;
}

// Opens the chat answers as "Chat backend" and saves them with Ctrl+S: the open decision.
std::int64_t saveChatBackend(MainWindow* window) {
    REQUIRE(window->openAnswers(answersFile("realtime-chat-js")));
    window->session()->setTitle(QStringLiteral("Chat backend"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    const std::int64_t id = window->sessionSaver()->savedId();
    REQUIRE(id > 0);
    return id;
}

} // namespace

TEST_CASE("Ctrl+S saves the decision into the history: reopening it restores answers and "
          "results",
          "[history][window]") {
    QTemporaryDir dir;
    auto f = windowOn(dir.filePath(QStringLiteral("decisions.sqlite3")));
    MainWindow* window = f->window.get();
    REQUIRE(window->openAnswers(answersFile("realtime-chat-js")));
    window->session()->setTitle(QStringLiteral("Chat backend"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    const std::int64_t chatId = window->sessionSaver()->savedId();
    REQUIRE(chatId > 0);
    CHECK_FALSE(window->isWindowModified());
    const AnswerSet chatAnswers = window->session()->answers();
    window->showPage(MainWindow::ResultsView);
    const QString chatBanner = window->resultsPage()->banner()->text();
    REQUIRE(chatBanner.contains(QStringLiteral("Node.js")));

    REQUIRE(window->openAnswers(answersFile("ml-platform-python")));
    window->session()->setTitle(QStringLiteral("ML platform"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(window->sessionSaver()->savedId() != chatId);

    HistoryPage* page = historyOf(*f);
    REQUIRE(page);
    CHECK(titlesIn(page) ==
          QStringList({QStringLiteral("ML platform"), QStringLiteral("Chat backend")}));

    // Select the chat decision and press Return: it opens in the editor, on the results.
    page->selectIds({chatId});
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    CHECK(window->currentPage() == MainWindow::ResultsView);
    CHECK(window->sessionSaver()->savedId() == chatId);
    CHECK(window->session()->answers().choices == chatAnswers.choices);
    INFO(window->resultsPage()->banner()->text().toStdString() + "\n---\n" +
         chatBanner.toStdString());
    CHECK(window->resultsPage()->banner()->text() == chatBanner);
    CHECK(window->windowTitle().startsWith(QStringLiteral("Chat backend")));
    CHECK_FALSE(window->isWindowModified());

    // Saving again updates that record instead of adding a third.
    const auto team = *window->session()->knowledgeBase().questionIndex("team");
    window->session()->setSingleAnswer(team, 1);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    CHECK(window->sessionSaver()->savedId() == chatId);
    settle(page);
    CHECK(page->model()->totalCount() == std::optional<std::size_t>(2));
}

TEST_CASE("Renaming the open decision in History renames it in the editor: Save keeps the name",
          "[history][window]") {
    QTemporaryDir dir;
    auto f = windowOn(dir.filePath(QStringLiteral("decisions.sqlite3")));
    MainWindow* window = f->window.get();
    const std::int64_t id = saveChatBackend(window);

    HistoryPage* page = historyOf(*f);
    REQUIRE(page);
    const QModelIndex title = page->model()->index(page->model()->rowOf(id), HistoryModel::Title);
    REQUIRE(page->model()->setData(title, QStringLiteral("Realtime chat"), Qt::EditRole));

    // The editor follows the saved record, and the window is no more modified than before.
    CHECK(window->session()->answers().title == "Realtime chat");
    CHECK(window->windowTitle().startsWith(QStringLiteral("Realtime chat")));
    CHECK_FALSE(window->isWindowModified());
    window->showPage(MainWindow::QuestionnaireView);
    CHECK(f->find<QLineEdit>(QStringLiteral("decisionTitle"))->text() ==
          QStringLiteral("Realtime chat"));

    // A later Save must not write the old name back over the rename.
    const auto team = *window->session()->knowledgeBase().questionIndex("team");
    window->session()->setSingleAnswer(team, 1);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    CHECK(titlesIn(page) == QStringList{QStringLiteral("Realtime chat")});

    // Undo in the editor goes back past the rename, like any other edit there.
    window->session()->undoStack()->undo(); // the answer
    window->session()->undoStack()->undo(); // the rename
    CHECK(window->session()->answers().title == "Chat backend");
    CHECK(window->isWindowModified());
}

TEST_CASE("Other changes to the open decision in History leave an unsaved title alone",
          "[history][window]") {
    QTemporaryDir dir;
    auto f = windowOn(dir.filePath(QStringLiteral("decisions.sqlite3")));
    MainWindow* window = f->window.get();
    const std::int64_t id = saveChatBackend(window);

    window->session()->setTitle(QStringLiteral("Chat backend, second look")); // not saved yet
    REQUIRE(historyOf(*f));
    auto* library = f->window->findChild<DecisionLibrary*>();
    REQUIRE(library);
    REQUIRE(library->setRevisitDate(id, std::string("2030-01-15")));
    CHECK(window->session()->answers().title == "Chat backend, second look");
    CHECK(window->isWindowModified());
}

TEST_CASE("Unsaved answers are autosaved after a pause and offered again after a restart",
          "[history][window]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("decisions.sqlite3"));
    AnswerSet edited;
    {
        auto f = windowOn(db);
        MainWindow* window = f->window.get();
        const auto team = *window->session()->knowledgeBase().questionIndex("team");
        window->session()->setTitle(QStringLiteral("Half-finished"));
        window->session()->setSingleAnswer(team, 1);
        auto* autosave = window->findChild<DraftAutosave*>();
        REQUIRE(autosave);
        CHECK(autosave->pending()); // waits for the typing to stop
        CHECK(QTest::qWaitFor([&] { return !autosave->pending(); }, 3000));
        CHECK(window->decisionLibrary()->loadDraft().has_value());
        edited = window->session()->answers();
        // The "crash": the window goes without anyone saving.
    }
    auto f = windowOn(db);
    auto* banner = f->find<DraftBanner>(QStringLiteral("draftBanner"));
    REQUIRE(banner);
    // Offered after the first paint, without a modal dialog.
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 3000));
    CHECK(banner->text().contains(QStringLiteral("Half-finished")));
    QTest::mouseClick(banner->restoreButton(), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
    CHECK(f->window->session()->answers().choices == edited.choices);
    CHECK(f->window->session()->answers().title == "Half-finished");
    CHECK(f->window->isWindowModified()); // restored, not yet saved
    CHECK(f->window->sessionSaver()->savedId() == 0);

    // An explicit save clears the draft: the next start offers nothing.
    QTest::keyClick(f->window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(QTest::qWaitFor([&] { return !f->window->decisionLibrary()->loadDraft(); }));
}

TEST_CASE("Closing the window writes a pending draft at once: Discard drops it",
          "[history][window]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("decisions.sqlite3"));
    {
        auto f = windowOn(db);
        f->window->session()->setTitle(QStringLiteral("Typed just before quitting"));
        REQUIRE(f->window->findChild<DraftAutosave*>()->pending());
        f->window->close();
    }
    auto f = windowOn(db);
    auto* banner = f->find<DraftBanner>(QStringLiteral("draftBanner"));
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 3000));
    CHECK(banner->text().contains(QStringLiteral("Typed just before quitting")));
    QTest::mouseClick(banner->discardButton(), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
    CHECK(f->window->session()->answers().title.empty());
    CHECK_FALSE(f->window->decisionLibrary()->loadDraft().has_value());
}

TEST_CASE("A damaged --db file is refused, left as it is, and the history disabled",
          "[history][window][issue23]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("decisions.sqlite3"));
    const QByteArray damaged(4096, '\x7f');
    test::writeFile(db, damaged);
    auto f = windowOn(db);
    HistoryPage* page = historyOf(*f);
    REQUIRE(page);
    const QString notice = f->window->notice();
    CHECK(notice.contains(db));
    CHECK(notice.contains(QStringLiteral("left as it is")));
    CHECK_FALSE(notice.contains(QStringLiteral(".corrupt-")));
    CHECK_FALSE(page->table()->isEnabled());
    f.reset(); // closing the window writes nothing there either
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == damaged);
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("decisions.sqlite3")});
}

TEST_CASE("The app's own damaged database is moved aside and the window says where it went",
          "[history][window]") {
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    const QString db = dir.filePath(QStringLiteral("backend-advisor/decisions.sqlite3"));
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("backend-advisor")));
    test::writeFile(db, QByteArray(4096, '\x7f'));
    auto f = windowOn(QString()); // no --db: the default database
    HistoryPage* page = historyOf(*f);
    if (previous.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);
    REQUIRE(page);
    const QString notice = f->window->notice();
    CHECK(notice.contains(db + QStringLiteral(".corrupt-")));
    CHECK(notice.contains(QStringLiteral("new, empty database")));
    CHECK(page->table()->isEnabled()); // a fresh database works
}

TEST_CASE("A --db that cannot be opened leaves the app running with the history disabled",
          "[history][window]") {
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    test::writeFile(blocker);
    auto f = windowOn(blocker + QStringLiteral("/decisions.sqlite3"));
    HistoryPage* page = historyOf(*f);
    REQUIRE(page);
    CHECK(f->window->notice().contains(QStringLiteral("unavailable")));
    CHECK(page->statusText().contains(QStringLiteral("unavailable")));
    CHECK_FALSE(page->table()->isEnabled());
    // Saving says why it cannot, and editing carries on.
    QTest::keyClick(f->window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(f->window->sessionSaver()->savedId() == 0);
    const auto team = *f->window->session()->knowledgeBase().questionIndex("team");
    f->window->session()->setSingleAnswer(team, 0);
    CHECK(f->window->session()->answers().answered(team));
}

// Not a check but a look: the History page inside the window at 1024×700, light and dark.
// advisor_ui_tests "[.history-screenshots]"
TEST_CASE("Grab the history page in the window", "[.history-screenshots]") {
    const QString folder = advisor::ui::test::screenshotFolder();
    for (const auto& [mode, name] :
         {std::pair{PaletteMode::Light, "light"}, std::pair{PaletteMode::Dark, "dark"}}) {
        applyPaletteMode(mode);
        QTemporaryDir dir;
        auto f = windowOn(dir.filePath(QStringLiteral("decisions.sqlite3")));
        MainWindow* window = f->window.get();
        for (const auto& [file, title] :
             {std::pair{"realtime-chat-js", "Chat backend"},
              std::pair{"ml-platform-python", "Recommendation engine"},
              std::pair{"mixed-realtime-ml", "Live sports analytics"}}) {
            REQUIRE(window->openAnswers(answersFile(file)));
            window->session()->setTitle(QString::fromLatin1(title));
            REQUIRE(window->sessionSaver()->save());
        }
        REQUIRE(window->decisionLibrary()->setRevisitDate(window->sessionSaver()->savedId(),
                                                          "2025-01-15"));
        HistoryPage* page = historyOf(*f);
        page->selectIds({window->sessionSaver()->savedId()});
        QTest::qWait(30);
        CHECK(window->grab().save(
            QStringLiteral("%1/window-history-%2.png").arg(folder, QString::fromLatin1(name))));
    }
    applyPaletteMode(PaletteMode::System);
}
