#include "core/kb/knowledge_base_loader.h"
#include "ui/decision_session.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using advisor::builtInKnowledgeBase;
using advisor::ui::DecisionSession;

TEST_CASE("An answer change recomputes the evaluation and can be undone", "[session]") {
    DecisionSession session(builtInKnowledgeBase());
    QSignalSpy changed(&session, &DecisionSession::evaluationChanged);
    const auto& kb = session.knowledgeBase();
    const auto team = *kb.questionIndex("team");
    const auto python = *kb.questions[team].optionIndex("python");
    const double before = session.evaluation().recommendation.margin;

    session.setSingleAnswer(team, python);
    CHECK(changed.count() == 1);
    CHECK(session.answers().answered(team));
    CHECK(session.evaluation().recommendation.margin != before);

    session.undoStack()->undo();
    CHECK_FALSE(session.answers().answered(team));
    CHECK(session.evaluation().recommendation.margin == before);
}

TEST_CASE("Dragging weights merges into one undo step", "[session]") {
    DecisionSession session(builtInKnowledgeBase());
    session.setWeightOverride(std::vector<double>{1, 1, 1, 1});
    session.setWeightOverride(std::vector<double>{2, 1, 1, 1});
    session.setWeightOverride(std::vector<double>{3, 1, 1, 1});
    CHECK(session.undoStack()->count() == 1);
    REQUIRE(session.answers().weights);
    CHECK((*session.answers().weights)[0] == Approx(0.5));
    session.undoStack()->undo();
    CHECK_FALSE(session.answers().weights);
}

TEST_CASE("Weight changes after a pause are separate undo steps", "[session]") {
    DecisionSession session(builtInKnowledgeBase());
    session.setWeightOverride(std::vector<double>{1, 1, 1, 1});
    QTest::qWait(900);
    session.setWeightOverride(std::vector<double>{3, 1, 1, 1});
    CHECK(session.undoStack()->count() == 2);
    session.undoStack()->undo();
    REQUIRE(session.answers().weights);
    CHECK((*session.answers().weights)[0] == Approx(0.25));
}
