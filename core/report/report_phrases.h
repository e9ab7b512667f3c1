// Every sentence, heading and label a report says, decided once: the Markdown record (core)
// renders them in English, the PDF and HTML reports (ui) through the translations. Markup is
// the renderer's: a labelled item is a label and a body, never "<b>" or "**" in a template.
#pragma once

#include "core/base/phrase.h"
#include "core/model/evaluation.h"
#include "core/report/report_content.h"

#include <cstddef>
#include <string>

namespace advisor::report_phrases {

// A list item that opens with a label the renderer sets apart ("Gains: ...").
struct LabelledPhrase {
    Phrase label;
    Phrase body;
    // The label reads on into the body as one sentence ("Revisit when ..."): no colon between.
    bool runsOn = false;
};

// Headings and table headers.
Phrase untitledDecision(); // the title of a decision without one
Phrase contextHeading();
Phrase decisionHeading();
Phrase whyHeading();
Phrase pullsEachWayHeading(); // a tie's "why"
Phrase whyWinnerHeading(const std::string& winner);
Phrase topReasonsHeading();
Phrase chartsHeading();
Phrase answersHeading();
Phrase measuredHeading();
Phrase scoresAndWeightsHeading();
Phrase sensitivityHeading();
Phrase consequencesHeading();
Phrase sourcesHeading();
Phrase situationHeading();      // "Your situation"
Phrase articleLensLabel();      // "The article's criteria"
Phrase situationLensLabel();    // "Your situation"
Phrase situationReasonsIntro(); // introduces the situation's facts, each with its part
Phrase questionHeader();
Phrase answerHeader();
Phrase criterionHeader();
Phrase weightHeader();
Phrase totalLabel();
Phrase verdictLabelText();
Phrase marginLabel();
Phrase confidenceLabel();
Phrase hybridLabel();
Phrase respondentsLabel();
Phrase warningLabel();
Phrase recommendationLabel();

// The record's header.
Phrase dateLabel();
Phrase statusLabel();
Phrase knowledgeBaseLabel();
Phrase generatedByLabel();
Phrase generatedBy(const std::string& generator, const std::string& seed,
                   const std::string& samples);
Phrase metaLine(const std::string& date, const std::string& status, const std::string& kbVersion);

// A group's section.
Phrase groupHeading();
Phrase respondentHeader();
Phrase roleHeader();
Phrase votingWeightHeader();
Phrase ownResultHeader();
Phrase notVotingMark();
Phrase aTie();
Phrase everyoneAlikeEverywhere();
Phrase differencesIntro();
Phrase decisiveMark();
Phrase everyoneAlikeOn(const std::string& questions);

// The answers.
Phrase describedProject();  // introduces the table of answers
Phrase notAnsweredMark();   // "(not answered; neutral default)"
Phrase answersDifferMark(); // a group whose respondents answered differently
Phrase noAnswer();          // a multi-choice question answered with nothing
Phrase defaultsPhrase(std::size_t defaultsUsed);

// The recommendation.
Phrase noRecommendationYet(); // "none yet, a tie"
Phrase useAlternative(const std::string& name);
Phrase marginPhrase(const Recommendation& rec, const std::string& margin,
                    const std::string& runnerUp);
Phrase noHybrid(bool tied);
Phrase noRecommendationYetSentence(); // the Decision section's opening for a tie
Phrase verdictWithMargin(const std::string& verdict, const Recommendation& rec,
                         const std::string& margin, const std::string& runnerUp);

// The reasons.
Phrase noReasonsYet();
Phrase reasonGroupIntro(const ReasonGroup& group, const std::string& alternative);
Phrase noneInGroup();
LabelledPhrase figureMark(const std::string& figure);
Phrase figuresQuoted(const std::string& figures);
Phrase measuredMark(const std::string& date);
Phrase labRunAdded(const std::string& machine);

// Weights, scores and sensitivity.
Phrase weightSourcePhrase(WeightSource source);
Phrase scoresExplained();
Phrase weightMovesIntro();
Phrase weightMove(const std::string& option, const std::string& question, bool fromDefault,
                  const std::string& criterion, const std::string& signedDelta);
Phrase weightsListIntro();
Phrase answersListIntro();
Phrase noAnswerFlips();
Phrase winsShare(const std::string& alternative, const std::string& percent);
Phrase monteCarloSettings(const std::string& samples, const std::string& seed,
                          const std::string& concentration);
Phrase pairwiseIntro();
Phrase consistency(const std::string& ratio, const std::string& lambdaMax,
                   const std::string& acceptable);

// Consequences.
LabelledPhrase noChoiceYet();
LabelledPhrase gains(const std::string& winner, const std::string& runnerUp,
                     const std::string& criteria);
LabelledPhrase tradeOffs(const std::string& runnerUp, const std::string& criteria);
LabelledPhrase ifSplitMatters(const std::string& hybrid);
LabelledPhrase revisit(bool someAnswerFlips);

// Sources.
Phrase noSources();

} // namespace advisor::report_phrases
