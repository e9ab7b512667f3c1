// Regression (issue #14): a group decision opened in the window was edited as if it were one
// person's: the questionnaire wrote the group's own, unused choices, so no answer changed
// anything anyone saw. Answers go to the selected respondent (the first, on opening).
#include "main_window_fixture.h"
#include "ui/decision_session.h"

#include <QRadioButton>
#include <catch2/catch.hpp>

using namespace advisor;
using namespace advisor::ui;
using advisor::ui::test::optionName;
using advisor::ui::test::WindowFixture;

TEST_CASE("An answer given in an opened group decision is the first respondent's",
          "[group][issue14]") {
    WindowFixture f;
    REQUIRE(f.window->openAnswers(QStringLiteral(ADVISOR_TEST_DATA_DIR) +
                                  QStringLiteral("/answers/team-group.json")));
    DecisionSession* session = f.window->session();
    const auto& kb = session->knowledgeBase();
    const auto workload = *kb.questionIndex("workload");
    const auto cpu = *kb.questions[workload].optionIndex("cpu");
    const double marginBefore = session->evaluation().recommendation.margin;
    // Ana, first in the file, left the question unanswered: the questionnaire shows her answers.
    REQUIRE_FALSE(session->answers().respondents[0].answers.answered(workload));
    auto* button = f.find<QRadioButton>(optionName("workload", "cpu"));
    REQUIRE_FALSE(button->isChecked());
    test::click(button);
    CHECK_FALSE(session->answers().answered(workload)); // the group's own choices stay empty
    CHECK(session->answers().respondents[0].answers.choices[workload] ==
          std::vector<std::size_t>{cpu});
    CHECK(session->evaluation().recommendation.margin != marginBefore);
}
