// The two lenses on the Results page: the article's criteria and the team's situation, each
// said in the sentences the CLI and the report use, and the one control that weighs them.
#include "core/model/situation_explanations.h"
#include "main_window_fixture.h"
#include "ui/decision_session.h"
#include "ui/results/lenses_panel.h"
#include "ui/results/results_page.h"

#include <QLabel>
#include <QSlider>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::WindowFixture;

namespace {

void choose(DecisionSession* session, const char* question, const char* option) {
    const auto& kb = session->knowledgeBase();
    const auto q = *kb.questionIndex(question);
    session->setSingleAnswer(q, kb.questions[q].optionIndex(option));
}

QString labelText(WindowFixture& f, const char* name) {
    return f.find<QLabel>(QString::fromLatin1(name))->text();
}

} // namespace

TEST_CASE("The two lenses say what the article and the team's situation each favour, and the "
          "slider weighs the situation, undoably",
          "[results][situation]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    const auto& kb = session->knowledgeBase();
    // A Python/Flask backend adding live updates: the article's criteria lean Node.js, the
    // team's own code says Python.
    choose(session, "latency", "realtime");
    choose(session, "concurrency", "massive");
    choose(session, "existing_code", "python");
    choose(session, "team", "python");
    f.window->showPage(MainWindow::ResultsView);
    QApplication::processEvents();
    const Evaluation& ev = session->evaluation();
    REQUIRE(ev.article.winner == *kb.alternativeIndex("nodejs"));
    REQUIRE(ev.situation.winner() == kb.alternativeIndex("python"));

    CHECK(labelText(f, "articleLensLabel") == QString::fromStdString(articleLensSentence(kb, ev)));
    CHECK(labelText(f, "articleLensLabel")
              .startsWith(QStringLiteral("The article's criteria: Node.js")));
    CHECK(labelText(f, "situationLensLabel").contains(QStringLiteral("existing Python code")));
    CHECK(labelText(f, "situationFlipLabel") ==
          QString::fromStdString(situationFlipSentence(kb, ev)));
    auto* slider = f.find<QSlider>(QStringLiteral("situationCountsSlider"));
    CHECK(slider->value() == 100);
    CHECK(labelText(f, "situationCountsValue") == QStringLiteral("100 %"));
    CHECK_FALSE(slider->accessibleName().isEmpty());

    // With the situation at 0 the result is the article's alone.
    const int stepsBefore = session->undoStack()->index();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    CHECK(session->evaluation().situation.counts == 0.0);
    CHECK(session->evaluation().recommendation.winner == session->evaluation().article.winner);
    CHECK(session->evaluation().recommendation.margin ==
          Approx(session->evaluation().article.margin));
    CHECK(labelText(f, "situationCountsValue") == QStringLiteral("0 %"));
    CHECK(labelText(f, "situationLensLabel").contains(QStringLiteral("count for nothing")));

    // A key step moves it by 5 %.
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(session->evaluation().situation.counts == Approx(0.05));
    // Undo takes the slider's steps back (quick steps merge into one, as a drag does) and
    // stops at the answers given before it moved.
    REQUIRE(session->undoStack()->index() > stepsBefore);
    while (session->undoStack()->index() > stepsBefore)
        session->undoStack()->undo();
    CHECK(session->evaluation().situation.counts == 1.0);
    CHECK(slider->value() == 100);
    CHECK(session->answers().answered(*kb.questionIndex("team")));
}

TEST_CASE("Without situation answers the lenses agree and the slider changes nothing",
          "[results][situation]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    choose(session, "workload", "cpu");
    f.window->showPage(MainWindow::ResultsView);
    QApplication::processEvents();
    const double margin = session->evaluation().recommendation.margin;
    CHECK(labelText(f, "situationLensLabel").contains(QStringLiteral("nothing in it favours")));
    auto* slider = f.find<QSlider>(QStringLiteral("situationCountsSlider"));
    QTest::keyClick(slider, Qt::Key_End);
    QTest::keyClick(slider, Qt::Key_Home);
    CHECK(session->evaluation().recommendation.margin == Approx(margin));
}

TEST_CASE("The Weights page weighs the situation beside the criteria, in step with Results",
          "[weights][situation]") {
    WindowFixture f;
    DecisionSession* session = f.window->session();
    choose(session, "latency", "realtime");
    choose(session, "existing_code", "python");
    choose(session, "team", "python");
    f.window->showPage(MainWindow::WeightsView);
    QApplication::processEvents();
    auto* slider = f.find<QSlider>(QStringLiteral("weights_situationCountsSlider"));
    REQUIRE(slider);
    CHECK(slider->isVisible());
    REQUIRE(session->evaluation().recommendation.winner ==
            *session->knowledgeBase().alternativeIndex("python"));
    CHECK(labelText(f, "weights_situationFlipLabel")
              .startsWith(QStringLiteral("Python stays ahead while your situation counts for "
                                         "more than")));
    const auto flipsAt = session->evaluation().situation.flipsAt;
    REQUIRE(flipsAt);
    slider->setFocus();
    while (slider->value() >= *flipsAt * 100.0 && slider->value() > 0)
        QTest::keyClick(slider, Qt::Key_PageDown); // 25 % less each time
    CHECK(session->evaluation().situation.counts == Approx(slider->value() / 100.0));
    CHECK(session->evaluation().recommendation.winner ==
          *session->knowledgeBase().alternativeIndex("nodejs"));
    // The Results page's slider follows.
    f.window->showPage(MainWindow::ResultsView);
    QApplication::processEvents();
    auto* results = f.find<QSlider>(QStringLiteral("situationCountsSlider"));
    REQUIRE(results);
    CHECK(results->value() == slider->value());
}
