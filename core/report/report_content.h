// What a report says about one decision, decided once for every format: which reasons appear
// in which group and order, which criteria are gains and which trade-offs, which weight moves
// are worth listing, which figures are quoted and how the sources are numbered. The Markdown
// record (core) and the PDF and HTML reports (ui) only render this in their own words.
#pragma once

#include "core/report/report_input.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace advisor {

// One evidence item cited as a reason.
struct ReportReason {
    std::size_t reason = 0;   // index into Evaluation::reasons
    std::size_t evidence = 0; // index into KnowledgeBase::evidence
    std::size_t source = 0;   // 1-based number in ReportContent::sources
};

// A list of reasons under one heading: for the winner, against it, or (when the lead is tied)
// towards one alternative.
struct ReasonGroup {
    enum class Kind { InFavour, Against, Towards };
    Kind kind = Kind::InFavour;
    std::size_t alternative = 0; // the winner for InFavour and Against
    std::vector<ReportReason> items;
};

struct ReportAnswer {
    std::size_t question = 0;
    std::vector<std::size_t> options; // in effect: the answer or the neutral default
    bool defaulted = false;           // left unanswered
    bool outsideArticle = false;      // the chosen options rest on sources outside the article
    // A group whose respondents answered this differently: `options` are then empty, and the
    // section on who answered what shows every answer.
    bool differs = false;
};

// A figure the report quotes, with its source's number.
struct ReportFigure {
    std::size_t evidence = 0;
    std::size_t source = 0;
};

// "Who answered, and where they differ": a group decision's own section.
struct ReportGroup {
    std::vector<std::size_t> respondents; // indices into AnswerSet::respondents, in order
    std::vector<std::size_t>
        disagreements;               // indices into GroupResult::disagreements: decisive first
    std::vector<std::size_t> agreed; // questions everyone answered alike
};

struct ReportContent {
    bool tied = false;
    std::vector<ReportReason> topReasons; // the summary's: the strongest for the winner
    std::vector<ReasonGroup> reasonGroups;
    std::vector<ReportAnswer> answers;
    // The winner scores at least as well (gains) or worse (trade-offs) than the runner-up on
    // these criteria; both empty for a tie.
    std::vector<std::size_t> gains;
    std::vector<std::size_t> tradeOffs;
    std::vector<std::size_t> weightMoves; // indices into Evaluation::weightTrace, largest first
    std::vector<ReportFigure> figures;
    std::optional<std::size_t> hybridSource;    // number in `sources`
    std::optional<std::size_t> undecidedSource; // number in `sources`
    std::vector<Citation> sources;              // numbered from 1 in the order first cited
    // The article's claims the decision's Evidence Lab run measured (indices into
    // Evaluation::measured), each with its article source's number; empty without a run.
    std::vector<std::pair<std::size_t, std::size_t>> measured;
    std::string labMachine;           // "AMD EPYC 7B13, 2 logical cores", for the measured section
    std::optional<ReportGroup> group; // a group decision's section
    // The team's situation's reasons (indices into Evaluation::situation.reasons), each with
    // its source's number, in the engine's order.
    std::vector<std::pair<std::size_t, std::size_t>> situationReasons;
};

// How many of the strongest reasons the summary repeats, and how many weight moves are listed.
inline constexpr std::size_t kReportSummaryReasons = 3;
inline constexpr std::size_t kReportWeightMoves = 8;

ReportContent reportContent(const ReportInput& input);

} // namespace advisor
