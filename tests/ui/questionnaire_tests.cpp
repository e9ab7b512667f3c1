#include "core/kb/score_model.h"
#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/questionnaire/questionnaire_page.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::optionName;
using advisor::ui::test::WindowFixture;

namespace {

QuestionnairePage* questionnaire(WindowFixture& f) {
    auto* page = f.window->questionnaire();
    REQUIRE(page != nullptr);
    return page;
}

std::size_t question(const DecisionSession& s, const char* id) {
    return *s.knowledgeBase().questionIndex(id);
}

// A main window built but not shown yet: what exists before its first paint.
struct UnshownWindow {
    UnshownWindow() {
        GuiStartup startup = test::builtInStartup();
        startup.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        window = std::make_unique<MainWindow>(std::move(startup));
    }
    QuestionnairePage* page() const {
        QuestionnairePage* questionnaire = window->questionnaire();
        REQUIRE(questionnaire != nullptr);
        return questionnaire;
    }

    QTemporaryDir dir; // outlives the window, which writes its settings on close
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("The questionnaire has one page per knowledge-base topic, built from its questions",
          "[questionnaire]") {
    WindowFixture f;
    const KnowledgeBase& kb = f.window->session()->knowledgeBase();
    CHECK(f.window->currentPage() == MainWindow::QuestionnaireView);
    CHECK(questionnaire(f)->topicCount() == static_cast<int>(kb.topics.size()));
    // Topics are built when first shown: visit each.
    for (int t = questionnaire(f)->topicCount() - 1; t >= 0; --t)
        questionnaire(f)->setCurrentTopic(t);
    for (const Question& q : kb.questions) {
        for (const Option& o : q.options) {
            const QString name = optionName(q.id.c_str(), o.id.c_str());
            QAbstractButton* button =
                q.kind == QuestionKind::Multi
                    ? static_cast<QAbstractButton*>(f.find<QCheckBox>(name))
                    : static_cast<QAbstractButton*>(f.find<QRadioButton>(name));
            INFO(name.toStdString());
            REQUIRE(button != nullptr);
            CHECK(button->accessibleName() == QString::fromStdString(o.label));
            // An answer that rests on a source outside the article says so with its help.
            CHECK(button->accessibleDescription() ==
                  (restsOutsideArticle(kb, o)
                       ? QString::fromStdString(o.help) + QStringLiteral(" (outside the article)")
                       : QString::fromStdString(o.help)));
        }
        if (q.kind == QuestionKind::Single)
            CHECK(f.find<QRadioButton>(QStringLiteral("skip_") + QString::fromStdString(q.id)));
    }
    // A fresh start: nothing answered, every single-choice question on "skip".
    CHECK(f.find<QRadioButton>(QStringLiteral("skip_team"))->isChecked());
    CHECK(f.find<QLabel>(QStringLiteral("progressText"))
              ->text()
              .contains(QStringLiteral("Topic 1 of 6")));
}

TEST_CASE("At start-up the first question paints first and the topic's others follow at once",
          "[questionnaire]") {
    UnshownWindow unshown;
    MainWindow& window = *unshown.window;
    QuestionnairePage* page = unshown.page();
    // Before the first paint: the first question only (the start-up budget's first frame).
    CHECK(window.findChild<QCheckBox*>(optionName("app_type", "chat")) != nullptr);
    CHECK(window.findChild<QRadioButton*>(optionName("workload", "cpu")) == nullptr);
    CHECK_FALSE(page->isFullyBuilt());
    QSignalSpy built(page, &QuestionnairePage::firstTopicBuilt);

    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([page] { return page->isFullyBuilt(); }));
    CHECK(built.count() == 1); // --benchmark-startup's "complete" figure waits for it
    // Straight away, before any further event: the first question still has all the room it
    // asks for (laying out the new questions must not squeeze it, even for one frame).
    auto* first = window.findChild<QWidget*>(QStringLiteral("question_app_type"));
    REQUIRE(first != nullptr);
    CHECK(first->height() >= first->sizeHint().height());
    auto* workload = window.findChild<QRadioButton*>(optionName("workload", "cpu"));
    REQUIRE(workload != nullptr);
    CHECK(workload->isVisible());
    // In reading order for Tab: the last option of the first question leads to the second's.
    auto* lastFirst = window.findChild<QCheckBox*>(optionName("app_type", "crud"));
    REQUIRE(lastFirst != nullptr);
    QWidget* after = lastFirst->nextInFocusChain();
    while (after && !after->isEnabled())
        after = after->nextInFocusChain();
    REQUIRE(after != nullptr);
    CHECK(after->objectName().contains(QStringLiteral("workload")));
}

TEST_CASE("A window that never paints (started minimised) still gets the whole first topic",
          "[questionnaire]") {
    UnshownWindow unshown;
    QuestionnairePage* page = unshown.page();
    CHECK_FALSE(page->isFullyBuilt());
    CHECK(QTest::qWaitFor([page] { return page->isFullyBuilt(); }, 3000));
}

TEST_CASE("Moving to another topic before the first paint still builds the first topic whole",
          "[questionnaire]") {
    UnshownWindow unshown;
    QuestionnairePage* page = unshown.page();
    page->setCurrentTopic(1);
    CHECK(page->isFullyBuilt());
    CHECK(unshown.window->findChild<QRadioButton*>(optionName("workload", "cpu")) != nullptr);
}

TEST_CASE("The whole questionnaire can be completed with the keyboard alone", "[questionnaire]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const KnowledgeBase& kb = session->knowledgeBase();
    QuestionnairePage* page = questionnaire(f);
    auto* first = f.find<QCheckBox>(optionName("app_type", "chat"));
    first->setFocus(Qt::TabFocusReason);
    REQUIRE(first->hasFocus());

    // Page 1: tick "chat" with Space, then Tab on to the single-choice questions and choose
    // with the arrow keys (which select within a radio group).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(session->answers().answered(question(*session, "app_type")));

    for (int topic = 0; topic < page->topicCount(); ++topic) {
        REQUIRE(page->currentTopic() == topic);
        // Walk every control of the page with Tab. Tab enters a radio group once; Space
        // chooses the focused option and Down moves the choice to the next one. A page opens
        // on its first question's current answer: "skip", the last, where Up picks an option.
        for (int step = 0; step < 60; ++step) {
            QWidget* focus = QApplication::focusWidget();
            REQUIRE(focus != nullptr);
            REQUIRE(page->isAncestorOf(focus));
            if (focus->objectName().startsWith(QStringLiteral("skip_"))) {
                QTest::keyClick(focus, Qt::Key_Up);
                CHECK(qobject_cast<QRadioButton*>(QApplication::focusWidget())->isChecked());
            } else if (qobject_cast<QRadioButton*>(focus)) {
                QTest::keyClick(focus, Qt::Key_Space);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
                CHECK(qobject_cast<QRadioButton*>(QApplication::focusWidget())->isChecked());
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (qobject_cast<QPushButton*>(QApplication::focusWidget()))
                break; // past the last question: Back or Next
        }
        // A mnemonic "animates" the click: the button is released a moment later.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        REQUIRE(QTest::qWaitFor([&] {
            return page->currentTopic() != topic ||
                   f.window->currentPage() == MainWindow::ResultsView;
        }));
    }

    CHECK(f.window->currentPage() == MainWindow::ResultsView);
    std::size_t answered = 0;
    for (std::size_t q = 0; q < kb.questions.size(); ++q)
        answered += session->answers().answered(q) ? 1 : 0;
    CHECK(answered == kb.questions.size());
    CHECK(session->evaluation().defaultsUsed.empty());
}

TEST_CASE("Going back to a topic finds its answers kept", "[questionnaire]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    QuestionnairePage* page = questionnaire(f);
    test::click(f.find<QCheckBox>(optionName("app_type", "ml")));
    test::click(f.find<QRadioButton>(optionName("workload", "cpu")));

    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("nextButton")), Qt::LeftButton);
    CHECK(page->currentTopic() == 1);
    test::click(f.find<QRadioButton>(optionName("concurrency", "high")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    CHECK(QTest::qWaitFor([page] { return page->currentTopic() == 0; }));

    CHECK(f.find<QCheckBox>(optionName("app_type", "ml"))->isChecked());
    CHECK(f.find<QRadioButton>(optionName("workload", "cpu"))->isChecked());
    CHECK(f.find<QRadioButton>(optionName("concurrency", "high"))->isChecked());
    const auto workload = question(*session, "workload");
    REQUIRE(session->answers().answered(workload));
    CHECK(session->answers().choices[workload]->front() ==
          *session->knowledgeBase().questions[workload].optionIndex("cpu"));
}

TEST_CASE("Skip returns a question to its default: unticking every box does the same",
          "[questionnaire]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const auto workload = question(*session, "workload");
    const auto appType = question(*session, "app_type");

    test::click(f.find<QRadioButton>(optionName("workload", "io")));
    CHECK(session->answers().answered(workload));
    // The skip choice is below the fold: reach it by keyboard, which scrolls it into view.
    auto* skip = f.find<QRadioButton>(QStringLiteral("skip_workload"));
    skip->setFocus(Qt::TabFocusReason);
    QTest::keyClick(skip, Qt::Key_Space);
    CHECK(skip->visibleRegion().boundingRect().height() == skip->height());
    CHECK_FALSE(session->answers().answered(workload));

    auto* chat = f.find<QCheckBox>(optionName("app_type", "chat"));
    test::click(chat);
    CHECK(session->answers().answered(appType));
    test::click(chat);
    CHECK_FALSE(session->answers().answered(appType));
}

TEST_CASE("Progress shows the topic and how many questions are answered", "[questionnaire]") {
    WindowFixture f;
    auto* progress = f.find<QProgressBar>(QStringLiteral("questionnaireProgress"));
    auto* text = f.find<QLabel>(QStringLiteral("progressText"));
    CHECK(progress->value() == 1);
    CHECK(text->text().contains(QStringLiteral("0 of 13")));
    test::click(f.find<QRadioButton>(optionName("workload", "io")));
    CHECK(text->text().contains(QStringLiteral("1 of 13")));
    QTest::keyClick(f.find<QRadioButton>(optionName("workload", "io")), Qt::Key_Return);
    CHECK(progress->value() == 2);
    CHECK(text->text().contains(QStringLiteral("Topic 2 of 6")));
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("nextButton"))
                    ->text()
                    .contains(QStringLiteral("results")));
}

TEST_CASE("Title and notes are edited on the questionnaire and can be undone", "[questionnaire]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    auto* title = f.find<QLineEdit>(QStringLiteral("decisionTitle"));
    auto* notes = f.find<QPlainTextEdit>(QStringLiteral("decisionNotes"));
    QTest::keyClicks(title, QStringLiteral("Chat backend"));
    CHECK(session->answers().title == "Chat backend");
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Chat backend")));
    QTest::keyClicks(notes, QStringLiteral("Met on Monday"));
    CHECK(session->answers().notes == "Met on Monday");

    session->undoStack()->undo(); // typing merges into one step per field
    CHECK(session->answers().notes.empty());
    CHECK(notes->toPlainText().isEmpty());
    session->undoStack()->undo();
    CHECK(title->text().isEmpty());
    CHECK(notes->accessibleName() == QStringLiteral("Decision notes"));
}
