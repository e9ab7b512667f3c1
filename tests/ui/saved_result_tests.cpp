// Reopening a decision saved with another knowledge base: the window says which version it was
// made with and, where today's gives another answer, shows both; saving it again records
// today's result and the notice goes.
#include "core/engine/engine.h"
#include "core/store/decision_store.h"
#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/store/session_saver.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

namespace {

constexpr const char* kFirstReleaseHash =
    "sha256:7c5911c91111bac3b6ca475d9f4058a65bc1c4def16958a437b6a3086da7a326";

// A decision as the first release saved it: its answers, its knowledge base and its result.
std::int64_t saveAsFirstRelease(const std::string& path, const std::string& title,
                                const AnswerSet& answers, const std::string& winner,
                                const std::string& verdict, double margin) {
    const KnowledgeBase& kb = builtInKnowledgeBase();
    auto store = DecisionStore::open(path);
    REQUIRE(store.ok());
    auto record = makeDecision(kb, answers, evaluate(kb, answers), {});
    record.title = title;
    record.kbVersion = "2025.04.1";
    record.kbHash = kFirstReleaseHash;
    record.winner = winner;
    record.winnerName = winner == "nodejs" ? "Node.js" : "Python";
    record.verdict = verdict;
    record.margin = margin;
    const auto id = store->save(record);
    REQUIRE(id.ok());
    return *id;
}

std::unique_ptr<WindowFixture> windowOn(const QString& databasePath) {
    GuiStartup startup = test::builtInStartup();
    startup.databasePath = databasePath;
    return std::make_unique<WindowFixture>(std::move(startup));
}

} // namespace

TEST_CASE("A decision saved with another knowledge base shows both answers when they differ",
          "[history][window][saved]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decisions.sqlite3"));
    // The first release said "lean Node.js, 0.90" with nothing answered; today it is a tie.
    const auto id =
        saveAsFirstRelease(path.toStdString(), "Made last month",
                           AnswerSet::empty(builtInKnowledgeBase()), "nodejs", "lean", 0.9);
    auto f = windowOn(path);
    REQUIRE(f->window->notice().isEmpty());
    REQUIRE(f->window->sessionSaver()->reopen(id)); // what History ▸ Reopen does

    const QString notice = f->window->notice();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("“Made last month” was saved on")));
    CHECK(notice.contains(QStringLiteral("with knowledge base 2025.04.1, which gave: Node.js, "
                                         "lean, by 0.90 points")));
    const QString today = QString::fromStdString(builtInKnowledgeBase().version);
    CHECK(notice.contains(QStringLiteral("Today's knowledge base, %1, gives another "
                                         "answer: no stack ahead (a tie)")
                              .arg(today)));
    // The saved record still holds its own result: nothing was re-scored behind the user's back.
    {
        auto store = DecisionStore::open(path.toStdString());
        REQUIRE(store.ok());
        CHECK(store->get(id)->winner == "nodejs");
    }

    // Saving it again records today's result, and the notice no longer applies.
    QTest::keyClick(f->window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(f->window->notice().isEmpty());
    auto store = DecisionStore::open(path.toStdString());
    REQUIRE(store.ok());
    const auto resaved = store->get(id);
    REQUIRE(resaved.ok());
    CHECK(resaved->winner.empty());
    CHECK(resaved->kbVersion == builtInKnowledgeBase().version);
}

TEST_CASE("A decision saved with another knowledge base that agrees today says so",
          "[history][window][saved]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decisions.sqlite3"));
    auto answers =
        loadAnswers(std::string(ADVISOR_TEST_DATA_DIR) + "/answers/realtime-chat-js.json",
                    builtInKnowledgeBase());
    REQUIRE(answers.ok());
    const auto id =
        saveAsFirstRelease(path.toStdString(), "Chat backend", *answers, "nodejs", "clear", 4.65);
    auto f = windowOn(path);
    REQUIRE(f->window->sessionSaver()->reopen(id));
    const QString notice = f->window->notice();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("with knowledge base 2025.04.1. Today's knowledge base, "
                                         "%1, gives the same answer: Node.js, clear")
                              .arg(QString::fromStdString(builtInKnowledgeBase().version))));
    // Opening something else makes the notice about this decision go.
    f->window->session()->clear();
    CHECK(f->window->notice().isEmpty());
}

TEST_CASE("A decision saved with another knowledge base says what changed, reason by reason",
          "[history][window][saved][situation]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decisions.sqlite3"));
    auto answers =
        loadAnswers(std::string(ADVISOR_TEST_DATA_DIR) + "/answers/realtime-chat-js.json",
                    builtInKnowledgeBase());
    REQUIRE(answers.ok());
    const auto id =
        saveAsFirstRelease(path.toStdString(), "Chat backend", *answers, "nodejs", "clear", 2.17);
    {
        // As the previous release recorded it: team skills an article item, worth 0.12.
        auto store = DecisionStore::open(path.toStdString());
        REQUIRE(store.ok());
        auto record = store->get(id).value();
        auto article = nlohmann::ordered_json::array();
        for (const auto& r : record.result["reasons"])
            if (r["lens"] != "situation")
                article.push_back(r);
        article.push_back({{"evidence", {"javascript_team"}},
                           {"favours", "nodejs"},
                           {"impact", 0.12},
                           {"text", "A team builds fastest in technology it already knows well."}});
        record.result["reasons"] = std::move(article);
        REQUIRE(store->update(record).ok());
    }
    auto f = windowOn(path);
    REQUIRE(f->window->sessionSaver()->reopen(id));
    const QString notice = f->window->notice();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("What changed, reason by reason: ")));
    // Each named by the start of today's paraphrase, cut at a word.
    CHECK(notice.contains(QStringLiteral("“A team builds fastest, and runs a system most…”: "
                                         "0.12 → 0.29 points for Node.js")));
    CHECK(notice.contains(QStringLiteral(": counts now, ")));
}
