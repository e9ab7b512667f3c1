#include "core/kb/knowledge_base_loader.h"
#include "main_window_fixture.h"
#include "test_files.h"
#include "ui/gui_startup.h"

#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <catch2/catch.hpp>
#include <string>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

namespace {

QStringList args(std::initializer_list<const char*> list) {
    QStringList out{QStringLiteral("backend-advisor")};
    for (const char* a : list)
        out << QString::fromLatin1(a);
    return out;
}

} // namespace

TEST_CASE("The GUI understands --kb, --db and --benchmark-startup", "[startup]") {
    const GuiArguments parsed =
        parseGuiArguments(args({"--kb", "my.json", "--db=decisions.db", "--benchmark-startup"}));
    CHECK(parsed.error.isEmpty());
    CHECK(parsed.knowledgeBasePath == QStringLiteral("my.json"));
    CHECK(parsed.databasePath == QStringLiteral("decisions.db"));
    CHECK(parsed.benchmarkStartup);

    CHECK(parseGuiArguments(args({"--frobnicate"})).error.contains(QStringLiteral("--frobnicate")));
    CHECK_FALSE(parseGuiArguments(args({"--kb"})).error.isEmpty());
    CHECK(parseGuiArguments(args({})).error.isEmpty());
}

TEST_CASE("A broken --kb falls back to the built-in knowledge base and says so in the window",
          "[startup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad-kb.json"));
    std::string json(builtInKnowledgeBaseJson());
    const std::string field = "\"version\": \"" + builtInKnowledgeBase().version + "\"";
    const auto at = json.find(field);
    REQUIRE(at != std::string::npos);
    json.replace(at, field.size(), "\"version\": 42");
    test::writeFile(path, QByteArray::fromStdString(json));

    GuiArguments arguments;
    arguments.knowledgeBasePath = path;
    arguments.databasePath = dir.filePath(QStringLiteral("d.sqlite3"));
    GuiStartup startup = prepareStartup(arguments);
    CHECK(startup.knowledgeBase.hash == builtInKnowledgeBase().hash);
    CHECK(startup.databasePath == arguments.databasePath);

    WindowFixture f(std::move(startup));
    auto* notice = f.find<QLabel>(QStringLiteral("noticeText"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("bad-kb.json")));
    CHECK(notice->text().contains(QStringLiteral("/version")));
    CHECK(notice->text().contains(QStringLiteral("built-in")));
    CHECK(f.window->statusBar()->currentMessage() == notice->text());
    QTest::mouseClick(f.find<QWidget>(QStringLiteral("noticeDismiss")), Qt::LeftButton);
    CHECK(f.window->notice().isEmpty());
}

TEST_CASE("A good --kb is used as it is", "[startup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kb.json"));
    const auto text = builtInKnowledgeBaseJson();
    test::writeFile(path, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    GuiArguments arguments;
    arguments.knowledgeBasePath = path;
    const GuiStartup startup = prepareStartup(arguments);
    CHECK(startup.knowledgeBaseNotice.isEmpty());
    CHECK(startup.knowledgeBase.version == builtInKnowledgeBase().version);
}
