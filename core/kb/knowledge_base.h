// The knowledge base: alternatives, criteria, cited evidence and the questionnaire, as plain data.
// Everything the engine knows about Node.js and Python comes from here, never from code.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace advisor {

struct Alternative {
    std::string id;
    std::string name;
    std::string color; // "#rrggbb", the same everywhere the alternative is drawn
    std::string summary;
};

struct Criterion {
    std::string id;
    std::string name;
    std::string description;
    double baseWeight = 1.0; // raw weight before answers move it; weights are normalised later
};

// Where an evidence item, or a suggestion, comes from. An item resting on the knowledge base's
// article carries the article's own words (`quote`); anything else says so (`outsideArticle`)
// and names a public source by title and url.
struct Citation {
    std::string title;
    std::string date; // ISO 8601; may be empty for a source outside the article
    std::string section;
    std::string publisher;
    std::string quote; // verbatim from the article; empty only outside it
    bool outsideArticle = false;
    std::string url; // the public source of an item outside the article

    [[nodiscard]] std::string text() const; // "Title (2025-04-24), section “Scalability”"
};

// One alternative's value in a figure: a number, or a range where the source gives one
// ("2 to 3 times"). `low == high` for a single number.
struct FigureValue {
    double low = 0.0;
    double high = 0.0;

    [[nodiscard]] bool isRange() const { return low != high; }
    [[nodiscard]] double mid() const { return (low + high) / 2.0; }
};

// A quantity quoted by the source, for display and the evidence chart.
struct Figure {
    std::string text;                // the figure in the source's words
    std::string unit;                // what the values measure; empty when there are none
    std::vector<FigureValue> values; // per alternative, in knowledge-base order; empty if none
    bool lowerIsBetter = false;
};

struct EvidenceItem {
    std::string id;
    std::size_t criterion = 0;   // index into KnowledgeBase::criteria
    std::vector<double> ratings; // 0..10 per alternative: how well each fares on this point
    double baseRelevance = 1.0;  // share of the criterion's base score this item carries
    std::string summary;         // a paraphrase, never the source's own sentence
    std::optional<Figure> figure;
    Citation source;
    // The Evidence Lab claim that measures this item on the user's machine ("throughput"), if
    // any: a decision with a lab run shows the measurement beside it or lets it replace it.
    std::string labClaim;
};

// How choosing an option moves the decision: raw criterion weights, evidence emphasis, or how
// much less a criterion's claims count (an option does one of the three).
struct OptionEffects {
    std::vector<double> weightDeltas;                     // per criterion (raw units)
    std::vector<std::pair<std::size_t, double>> emphasis; // evidence index -> boost in score points
    // Per criterion, the share of its alternatives' score gaps that stays (1: all of it): "few
    // users" makes the article's claims about many connections count for less, and changes
    // nothing else, where moving weight off a criterion would raise the others. Empty: none.
    std::vector<double> damp;
    // The share by which the claims the kinds of work apply (the questions that signal a use
    // case) count more: "getting a first version out" makes choosing the right tool for the
    // job matter more, whichever stack the job points to. 0: none.
    double amplify = 0.0;
};

struct Option {
    std::string id;
    std::string label;
    std::string help;
    std::optional<std::size_t> leans; // the alternative this use case points to, if any
    OptionEffects effects;
};

enum class QuestionKind { Single, Multi };

struct Question {
    std::string id;
    std::string topic; // id of the questionnaire page
    std::string text;
    std::string help;
    QuestionKind kind = QuestionKind::Single;
    std::vector<Option> options;
    std::vector<std::size_t> defaultOptions; // the neutral answer used when unanswered
    bool signalsUseCase = false; // options' `leans` count when looking for a split use case
    // About the schedule rather than the work: such answers may tip a close call but the loader
    // proves they can never outweigh a lean the other answers give.
    bool context = false;
    // About the team's situation (its code, skills, organisation), not the work: its options move
    // none of the article's criteria; the situation's facts (KnowledgeBase::situation) name what
    // each option asserts.
    bool situation = false;

    [[nodiscard]] std::optional<std::size_t> optionIndex(const std::string& optionId) const;
};

struct Topic {
    std::string id;
    std::string title;
    std::string intro;
};

struct HybridPattern {
    std::vector<std::size_t> alternatives; // the pair it applies to, unordered
    std::string text;
    Citation source; // usually outside the article: the article suggests no hybrid
};

// What the knowledge base says when nothing separates the alternatives, with its source.
struct Undecided {
    std::string text;
    Citation source;
};

// One fact about a team's situation an answer asserts ("there is Python code this extends"), the
// alternative it favours, and how strongly. Facts rest on sources outside the article.
struct SituationFact {
    std::string id;
    std::size_t question = 0;
    std::size_t option = 0;
    std::size_t favours = 0; // alternative index
    // 0 < strength < 1: the share of the room left below the cap this fact takes (see
    // core/model/situation.h for how facts that say the same thing combine).
    double strength = 0.0;
    std::string shortName; // "existing Python code", for sentences that name the facts
    std::string summary;   // a paraphrase of the source's point
    Citation source;       // always outside the article
};

// The team's situation, apart from the article's four criteria: its facts pull the lead towards
// a stack by at most `cap` points, as much as the team lets it (situation_counts, 0..1).
struct Situation {
    // The most the situation can move a lead, on the 0..10 scale: below the margin of a clear
    // verdict, so that the situation alone never makes a clear verdict against the article's
    // reading of the project (the loader proves cap < kClearMargin).
    double cap = 0.0;
    double defaultCounts = 1.0; // situation_counts when an answers file does not give it
    std::vector<SituationFact> facts;

    [[nodiscard]] bool empty() const { return facts.empty(); }
};

struct KnowledgeBase {
    int format = 3;
    std::string version;
    std::string hash; // sha256 of the canonical JSON, "sha256:<hex>"
    std::string title;
    std::vector<Alternative> alternatives;
    std::vector<Criterion> criteria;
    std::vector<EvidenceItem> evidence;
    std::vector<Topic> topics;
    std::vector<Question> questions;
    std::vector<HybridPattern> hybrids;
    std::optional<Undecided> undecided;
    Situation situation; // empty in a format-2 knowledge base

    [[nodiscard]] std::optional<std::size_t> alternativeIndex(const std::string& id) const;
    [[nodiscard]] std::optional<std::size_t> criterionIndex(const std::string& id) const;
    [[nodiscard]] std::optional<std::size_t> evidenceIndex(const std::string& id) const;
    [[nodiscard]] std::optional<std::size_t> questionIndex(const std::string& id) const;
    [[nodiscard]] std::optional<std::size_t> factIndex(const std::string& id) const;
};

} // namespace advisor
